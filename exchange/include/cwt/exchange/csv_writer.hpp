#pragma once
// Writing CSV that spreadsheets open safely.
#include <string>
#include <string_view>

namespace cwt {

// One CSV field, quoted when it holds a comma, quote or line break; a text
// a spreadsheet would take for a formula (= + - @ tab CR first) is prefixed
// with an apostrophe, and so is one whose leading apostrophes stand before
// such a character ("'=1+1" is written "''=1+1"): the import takes one
// apostrophe off exactly those texts, so every text reads back unchanged.
std::string csv_field(std::string_view text);

// The text csv_field was given, from the field as a CSV reader reads it
// (the import reads every CSV text through here): one guard apostrophe off.
std::string csv_unguarded(std::string_view text);

}  // namespace cwt
