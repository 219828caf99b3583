#pragma once
// Writing CSV that spreadsheets open safely.
#include <string>
#include <string_view>

namespace cwt {

// One CSV field, quoted when it holds a comma, quote or line break; a text
// a spreadsheet would take for a formula (= + - @ tab CR first) is prefixed
// with an apostrophe.
std::string csv_field(std::string_view text);

}  // namespace cwt
