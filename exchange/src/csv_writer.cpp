#include "cwt/exchange/csv_writer.hpp"

namespace cwt {

std::string csv_field(std::string_view text) {
  // A text Excel or WPS would run as a formula (=, +, -, @, or a tab or
  // carriage return before one) gets a leading apostrophe, which both show
  // as text: a name like =HYPERLINK(...) must never become a live link.
  std::string guarded;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
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

}  // namespace cwt
