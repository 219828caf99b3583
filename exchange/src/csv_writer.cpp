#include "cwt/exchange/csv_writer.hpp"

namespace cwt {

std::string csv_field(std::string_view text) {
  // A text Excel or WPS would run as a formula (=, +, -, @, or a tab or
  // carriage return before one) gets a leading apostrophe, which both show
  // as text: a name like =HYPERLINK(...) must never become a live link.
  //
  // The import takes that apostrophe off again (source_table.cpp), and it
  // takes one off any text of apostrophes before such a character: so a
  // text that itself starts with apostrophes before one ("'=1+1") gets an
  // apostrophe of its own too, and reads back as it was.
  std::string guarded;
  const auto first = text.find_first_not_of('\'');
  if (first != std::string_view::npos &&
      std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos) {
    guarded = "'" + std::string(text);
    text = guarded;
  }
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

// A text as written before csv_field guarded it: "'=1+1" is "=1+1". The
// apostrophe is what cwtrack's own CSV (and the usual formula-injection
// guard) puts before = + - @ tab CR so that a spreadsheet shows the text
// rather than running it; it is not part of the value. A text that itself
// begins with apostrophes before such a character got one more ("''=1+1"
// for "'=1+1"): one apostrophe comes off whenever apostrophes stand before
// one of them, and texts with an apostrophe before anything else ("'abc",
// "'", "''x") are read as they are.
std::string csv_unguarded(std::string_view text) {
  const auto first = text.find_first_not_of('\'');
  if (first != std::string_view::npos && first > 0 &&
      std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos)
    text.remove_prefix(1);
  return std::string(text);
}

}  // namespace cwt
