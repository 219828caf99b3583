#pragma once
// Tianjin's districts with their ID-number region codes and streets (街道),
// and the parts community (社区) names are made of.
#include <span>
#include <string_view>

namespace cwt::demo_detail {

struct District {
  std::string_view name;
  std::string_view region_code;  // GB/T 2260 code of today's district
  // People born before `code_since` carry the code of the county or district
  // the area belonged to then (e.g. 武清县 120222 before 武清区 in 2000).
  std::string_view old_code;
  int code_since;
  std::span<const std::string_view> streets;
};

std::span<const District> districts();

// Region codes elsewhere in North China, for workers born outside Tianjin.
std::span<const std::string_view> other_region_codes();

// A community is named prefix + suffix + "社区", e.g. 朝阳里社区.
std::span<const std::string_view> community_prefixes();
std::span<const std::string_view> community_suffixes();

}  // namespace cwt::demo_detail
