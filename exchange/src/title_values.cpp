#include "cwt/exchange/title_values.hpp"

#include <algorithm>

#include "cwt/model/text.hpp"

namespace cwt {

namespace {

constexpr std::u32string_view kStreet = U"街道";
constexpr std::size_t kMaxDistrictChars = 6;

bool is_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Characters a street's own name does not hold: where it starts is after them.
bool ends_street_prefix(char32_t c) {
  static constexpr std::u32string_view kStops = U"省市区县镇乡年度";
  return !is_ideograph(c) || kStops.find(c) != std::u32string_view::npos;
}

// Where a district's name starts after: punctuation, digits, spaces, a year
// (2024年度) or a province or city before it (天津市和平区).
bool ends_district_prefix(char32_t c) {
  static constexpr std::u32string_view kStops = U"省市年度";
  return !is_ideograph(c) || kStops.find(c) != std::u32string_view::npos;
}

std::string utf8(std::u32string_view text) {
  std::string out;
  for (const char32_t c : text) out += utf8_of(c);
  return out;
}

std::string street_in(std::u32string_view text) {
  for (std::size_t at = text.find(kStreet); at != std::u32string_view::npos;
       at = text.find(kStreet, at + kStreet.size())) {
    std::size_t start = at;
    while (start > 0 && !ends_street_prefix(text[start - 1])) --start;
    if (start < at) return utf8(text.substr(start, at - start + kStreet.size()));
  }
  return {};
}

std::string district_in(std::u32string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] != U'区' && text[at] != U'县') continue;
    std::size_t start = at;
    while (start > 0 && !ends_district_prefix(text[start - 1])) --start;
    const std::u32string_view name = text.substr(start, at - start + 1);
    if (name.size() < 2 || name.size() > kMaxDistrictChars) continue;
    // 社区 / 小区 / 园区 / 片区 are no districts, nor is "劝业场街道社区".
    static constexpr std::u32string_view kNotBefore = U"社小园片";
    if (kNotBefore.find(name[name.size() - 2]) != std::u32string_view::npos) continue;
    if (name.find(kStreet) != std::u32string_view::npos) continue;
    return utf8(name);
  }
  return {};
}

}  // namespace

TitleValues values_in_line(std::string_view line) {
  const std::u32string text = code_points(line);
  return {district_in(text), street_in(text)};
}

TitleValues values_in_title(std::span<const std::string> lines) {
  TitleValues found;
  for (const auto& line : lines) {
    const TitleValues here = values_in_line(line);
    if (found.district.empty()) found.district = here.district;
    if (found.street.empty()) found.street = here.street;
  }
  return found;
}

}  // namespace cwt
