#pragma once
// Every sentence a person reads is written in English in the code, marked
// with tr() or trn(), and looked up in the program's message catalog (po/),
// so that the command line and the desktop program speak the officer's
// language. The model knows no catalog format: each program installs a lookup
// at start (cwt::platform's use_message_language); without one the English
// text is used (tests, tools).
#include <concepts>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cwt {

struct MessageCatalog {
  // msgid -> its translation, or msgid itself when there is none.
  std::function<std::string(const char* msgid)> text;
  // The form for n of a sentence with singular and plural English forms.
  std::function<std::string(const char* singular, const char* plural, std::size_t n)> plural;
};

// Installed once at start, before any other thread runs; an empty catalog
// restores English.
void install_message_catalog(MessageCatalog catalog);

namespace detail {
std::string fill(std::string_view pattern, std::initializer_list<std::string> arguments);
inline std::string argument_text(std::string_view text) { return std::string(text); }
template <std::integral I>
requires(!std::same_as<I, bool> && !std::same_as<I, char>) std::string argument_text(I number) {
  return std::to_string(number);
}
}  // namespace detail

// Marks a sentence for the catalog where it is chosen, to be translated by
// tr() later where it is used (a pattern handed to a helper that fills it
// only when there is a problem: the hot path of an import pays no lookup).
constexpr const char* tr_noop(const char* msgid) { return msgid; }

// The sentence in the program's language.
std::string tr(const char* msgid);
// tr("{1} is not a date", text): {1}..{9} replaced by the arguments (texts or
// integers), in whatever order the translation puts them.
template <class... A>
std::string tr(const char* msgid, const A&... arguments) {
  return detail::fill(tr(msgid), {detail::argument_text(arguments)...});
}
// trn("{1} problem", "{1} problems", n, n): the form for n (English has two,
// Chinese one), then filled like tr.
std::string trn(const char* singular, const char* plural, std::size_t n);
template <class... A>
std::string trn(const char* singular, const char* plural, std::size_t n, const A&... arguments) {
  return detail::fill(trn(singular, plural, n), {detail::argument_text(arguments)...});
}

}  // namespace cwt
