#pragma once
// Resident ID numbers (GB 11643-1999).
#include <string>
#include <string_view>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

struct IdNumber {
  std::string digits;  // always the 18-character form, check character upper case
  Date birth_date;
  Gender gender;
};

// The check character for the first 17 digits: weights 7 9 10 5 8 4 2 1 6 3 7
// 9 10 5 8 4 2, sum mod 11 indexes "10X98765432".
char id_check_character(std::string_view first17);

// Accepts 18 characters (a lower-case x is taken as X) or the old 15-digit form
// (YYMMDD, converted by inserting "19" and computing the check character).
// Fails with a reason for a wrong length, a non-digit, a wrong check
// character, an impossible birth date or one after `today`.
Expected<IdNumber> parse_id_number(std::string_view text, Date today);

// 120101********123X: the region code and the last four characters kept.
std::string mask_id_number(std::string_view digits18);

}  // namespace cwt
