#include "cwt/model/id_number.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {
namespace {

bool all_digits(std::string_view text) {
  return std::ranges::all_of(text,
                             [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int digits_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

char id_check_character(std::string_view first17) {
  static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view characters = "10X98765432";
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) sum += (first17[i] - '0') * weights[i];
  return characters[static_cast<std::size_t>(sum % 11)];
}

Expected<IdNumber> parse_id_number(std::string_view text, Date today) {
  text = trim_blanks(text);
  // Made only for a message: the hot path (a row per worker) needs none.
  const auto as_shown = [text] { return shown(text); };
  using Result = Expected<IdNumber>;
  std::string digits;
  if (text.size() == 15 && all_digits(text)) {
    // The old form has a two-digit year of the 1900s and no check character.
    digits = std::string(text.substr(0, 6)) + "19" + std::string(text.substr(6));
    digits += id_check_character(digits);
  } else if (text.size() == 18 && all_digits(text.substr(0, 17)) &&
             (std::isdigit(static_cast<unsigned char>(text[17])) || text[17] == 'x' ||
              text[17] == 'X')) {
    digits = std::string(text);
    digits[17] = static_cast<char>(std::toupper(static_cast<unsigned char>(digits[17])));
  } else {
    return Result::failure(
        tr("{1} is not an ID number: 18 characters (17 digits and a digit or "
           "X) or the old 15 digits",
           as_shown()));
  }

  const auto birth =
      parse_date(digits.substr(6, 4) + "-" + digits.substr(10, 2) + "-" + digits.substr(12, 2));
  if (!birth)
    return Result::failure(
        tr("ID number {1} holds an impossible birth date {2}", as_shown(), digits.substr(6, 8)));
  if (*birth > today)
    return Result::failure(
        tr("ID number {1} holds a birth date in the future ({2})", as_shown(), to_iso(*birth)));
  const char expected = id_check_character(std::string_view(digits).substr(0, 17));
  if (digits[17] != expected)
    return Result::failure(tr("ID number {1} has check character {2}, expected {3}", as_shown(),
                              std::string(1, digits[17]), std::string(1, expected)));
  const int sequence = digits_value(std::string_view(digits).substr(14, 3));
  return IdNumber{digits, *birth, sequence % 2 == 1 ? Gender::male : Gender::female};
}

std::string mask_id_number(std::string_view digits18) {
  if (digits18.size() != 18) return std::string(digits18);
  return std::string(digits18.substr(0, 6)) + "********" + std::string(digits18.substr(14));
}

}  // namespace cwt
