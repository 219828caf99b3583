#pragma once
// Class hours (学时) as text <-> whole half hours.
#include <cstdint>
#include <string>
#include <string_view>

#include "cwt/model/expected.hpp"

namespace cwt {

// "4", "2.5", "2.50", " 3 " -> half hours. Fails unless a positive multiple of 0.5.
Expected<int> parse_hours(std::string_view text);

// 40 -> "20", 35 -> "17.5".
std::string format_hours(std::int64_t half_hours);

// For JSON: 40 -> 20.0, 35 -> 17.5 (exact in binary floating point).
double hours_value(int half_hours);

}  // namespace cwt
