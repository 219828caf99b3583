#include "cwt/model/hours.hpp"

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {

Expected<int> parse_hours(std::string_view text) {
  const std::string_view original = trim_blanks(text);
  std::string_view rest = original;
  const auto fail = [&] {
    return Expected<int>::failure(
        tr("{1} is not a positive number of class hours in steps of 0.5", shown(original)));
  };
  // Up to nine digits, so that a large number is read and then refused by
  // the limit that applies to it (max_record_hours), with that reason.
  auto whole = detail::take_number(rest, 9);
  if (!whole) return fail();
  int halves = *whole * 2;
  if (rest.starts_with('.')) {
    rest.remove_prefix(1);
    // The fraction must be .5 or .0, with any trailing zeros: 2.50 is 2.5.
    while (rest.size() > 1 && rest.back() == '0') rest.remove_suffix(1);
    if (rest == "5")
      halves += 1;
    else if (rest != "0")
      return fail();
    rest = {};
  }
  if (!rest.empty() || halves <= 0) return fail();
  return halves;
}

std::string format_hours(std::int64_t half_hours) {
  std::string text = std::to_string(half_hours / 2);
  if (half_hours % 2 != 0) text += ".5";
  return text;
}

double hours_value(int half_hours) { return half_hours / 2.0; }

}  // namespace cwt
