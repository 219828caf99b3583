#pragma once
// A cell's value as the field it lands in reads it: the text the record
// parsers take (ISO dates, plain numbers), from cells as workbooks and CSV
// files hold them.
//   dates     Excel serial numbers (1900 system, or 1904 where the workbook
//             says so), or text: 2024-03-01, 2024/3/1, 2024年3月1日, 2024.3.1,
//             20240301, a time after the day ignored (2024-03-01 00:00:00).
//             Month-only dates as rosters write them (1985.03, 1985年3月,
//             198503, 1985-03, 1985/3, and the number 1985.03 that a General
//             cell makes of "1985.03"; 1985.2 to 1985.9 typed so) come out as
//             "1985-03". A hire or other date is refused then, since the
//             deadline depends on the day; a birth date takes its day from the
//             ID number, whose month it must be (model/birth_date.hpp).
//   birth dates  the same, except 1985.1 (a number, or the text Excel writes
//             for it), kept as written: January, or October whose 0 Excel
//             dropped (it keeps 1985.10 as 1985.1); the ID number says which.
//             A plain date field reads the number 1985.1 as October.
//   ID numbers  text as it is; a number of 15 digits (an old ID) as its
//             digits; a longer number is refused: Excel keeps 15 significant
//             digits, so an 18-digit number typed into a number cell has lost
//             its last ones.
//   numbers   (hours, score) and text fields: a number cell as its shortest
//             exact decimal (2.5, 13812345678), a text cell as written.
#include <string>
#include <string_view>

#include "cwt/exchange/source_table.hpp"
#include "cwt/model/birth_date.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

enum class FieldType { text, id_number, date, birth_date, number };
FieldType field_type(std::string_view field_name);

// The day of an Excel serial number (fraction of a day ignored); nothing
// outside Excel's calendar (before 1900-01-01 or after 9999-12-31).
std::optional<Date> date_of_serial(double serial, bool date1904);

// A date written in any of the text forms above: "YYYY-MM-DD", "YYYY-MM"
// for a month-only date, or nothing when it is no date at all.
std::optional<std::string> normalised_date_text(std::string_view text);

// Whether text is a month-only date as normalised_date_text gives it.
bool is_month_only(std::string_view text);

// The birth a birth_date value gives (as field_text reads it, or as typed on
// the command line): a day, or a month with its readings; nothing when it
// is neither.
std::optional<GivenBirth> given_birth(std::string_view text);

// The text the field's parser reads; a failure says what is wrong with the
// cell (the caller names where).
Expected<std::string> field_text(const SourceCell& cell, FieldType type, bool date1904);

}  // namespace cwt
