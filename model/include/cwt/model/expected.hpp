#pragma once
// A value or a one-line reason why there is none. (std::expected is C++23.)
#include <string>
#include <utility>
#include <variant>

namespace cwt {

template <class T>
class Expected {
 public:
  Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  static Expected failure(std::string reason) {
    return Expected(std::in_place_index<1>, std::move(reason));
  }
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }
  const std::string& error() const { return std::get<1>(state_); }

 private:
  template <std::size_t I, class A>
  Expected(std::in_place_index_t<I> i, A&& a) : state_(i, std::forward<A>(a)) {}
  std::variant<T, std::string> state_;
};

}  // namespace cwt
