#pragma once
// Word lists for people: surnames with their rough frequency, characters for
// given names, ethnic groups and mobile number prefixes.
#include <span>
#include <string_view>

namespace cwt::demo_detail {

struct Weighted {
  std::string_view text;
  int weight;
};

std::span<const Weighted> surnames();
std::span<const std::string_view> given_characters_female();
std::span<const std::string_view> given_characters_male();
std::span<const Weighted> ethnicities();  // 汉族 first, by far the most
std::span<const std::string_view> mobile_prefixes();

}  // namespace cwt::demo_detail
