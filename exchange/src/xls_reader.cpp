#include "cwt/exchange/xls_reader.hpp"

#include <freexl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "cwt/model/messages.hpp"
#include "ole_container.hpp"
#include "read_budget.hpp"
#include "scratch_file.hpp"

namespace cwt {

namespace {

struct CloseFreexl {
  void operator()(const void* handle) const { freexl_close(handle); }
};
using FreexlHandle = std::unique_ptr<const void, CloseFreexl>;

// Why FreeXL could not open the file, for the officer.
std::string open_failure(int code) {
  switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
      // FreeXL refuses a sheet whose cells would take more than 256 MB.
      return tr(
          "is an Excel 97-2003 workbook (.xls) too large to read: a sheet takes more than 256 MB "
          "of memory; import its rows in smaller workbooks");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      return tr(
          "is an Office file that holds no Excel workbook (a Word document?): choose the "
          "workbook (.xlsx or .xls) or CSV file to import");
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
      return tr(
          "is an Excel 97-2003 workbook (.xls) whose text is in a character set cwtrack cannot "
          "read: open it in Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\", then import that "
          "file");
    default:
      return tr(
          "is an Excel 97-2003 workbook (.xls) that is damaged or incomplete, and cwtrack cannot "
          "read it: open it in Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\", then import "
          "that file");
  }
}

std::string password_refusal() {
  return tr(
      "is an Excel 97-2003 workbook (.xls) protected by a password, and cwtrack cannot open it: "
      "open it in Excel or WPS, remove the password (文件 > 信息 > 保护工作簿 > 用密码进行加密: "
      "clear the password), save it, then import it");
}

// A number as an .xlsx writes it: the shortest decimal that reads back as
// it, with an exponent where "%.16G" has one (as Excel and libxlsxwriter
// write them): 1.2010119920315E+17 for an ID number that lost its last
// digits, 13812345678 for a phone number.
std::string number_text(double number) {
  char buffer[32];
  const double size = std::fabs(number);
  const bool exponent = size >= 1e16 || (size != 0 && size < 1e-4);
  const auto end =
      exponent
          ? std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific).ptr
          : std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  std::string text(buffer, end);
  std::replace(text.begin(), text.end(), 'e', 'E');
  return text;
}

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + count, value);
  if (error != std::errc() || end != text.data() + at + count) return std::nullopt;
  return value;
}

// Days since 1970-01-01 of a day of the proleptic Gregorian calendar.
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// "HH:MM:SS" as a fraction of a day.
std::optional<double> day_fraction(std::string_view text) {
  if (text.size() != 8 || text[2] != ':' || text[5] != ':') return std::nullopt;
  const auto h = digits(text, 0, 2), m = digits(text, 3, 2), s = digits(text, 6, 2);
  if (!h || !m || !s) return std::nullopt;
  return (*h * 3600.0 + *m * 60.0 + *s) / 86400.0;
}

}  // namespace

std::optional<double> excel_serial_of(std::string_view text, bool date1904) {
  if (text.size() == 8) return day_fraction(text);
  if (text.size() != 10 && text.size() != 19) return std::nullopt;
  if (text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  double fraction = 0;
  if (text.size() == 19) {
    if (text[10] != ' ') return std::nullopt;
    const auto time = day_fraction(text.substr(11));
    if (!time) return std::nullopt;
    fraction = *time;
  }
  const long day = days_from_civil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
  long serial = 0;
  if (date1904) {
    serial = day - days_from_civil(1904, 1, 1);
  } else {
    // FreeXL counts as Excel does, with a 29 February 1900 that never was
    // (serial 60): days after it are one further on.
    if (*y == 1900 && *m == 2 && *d == 29) return 60 + fraction;
    serial = day - days_from_civil(1899, 12, 31);
    if (serial >= 60) ++serial;
  }
  return static_cast<double>(serial) + fraction;
}

namespace {

// The cell at (row, column) of the active sheet as an .xlsx cell.
XlsxCell cell_of(const FreeXL_CellValue& value, bool date1904) {
  XlsxCell cell;
  switch (value.type) {
    case FREEXL_CELL_INT:
      // Also a boolean or an error value (FreeXL makes them 1 or 0).
      cell.kind = XlsxCell::Kind::number;
      cell.number = value.value.int_value;
      cell.text = std::to_string(value.value.int_value);
      break;
    case FREEXL_CELL_DOUBLE:
      cell.kind = XlsxCell::Kind::number;
      cell.number = value.value.double_value;
      cell.text = number_text(cell.number);
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      if (value.value.text_value && *value.value.text_value) {
        cell.kind = XlsxCell::Kind::text;
        cell.text = value.value.text_value;
      }
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      // A number in a date format, which FreeXL writes as text: the number
      // again, as an .xlsx holds it.
      if (!value.value.text_value) break;
      if (const auto serial = excel_serial_of(value.value.text_value, date1904)) {
        cell.kind = XlsxCell::Kind::number;
        cell.number = *serial;
        cell.date_style = true;
        cell.text = number_text(*serial);
      } else {
        cell.kind = XlsxCell::Kind::text;
        cell.text = value.value.text_value;
      }
      break;
    default:
      break;
  }
  return cell;
}

Expected<XlsxSheet> read_sheet(const void* handle, unsigned short index, std::string name,
                               bool date1904) {
  using Result = Expected<XlsxSheet>;
  XlsxSheet sheet;
  sheet.name = std::move(name);
  unsigned int rows = 0;
  unsigned short columns = 0;
  if (freexl_select_active_worksheet(handle, index) != FREEXL_OK ||
      freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
    return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  ReadBudget budget;
  for (unsigned int r = 0; r < rows; ++r) {
    XlsxRow row;
    row.number = static_cast<int>(r) + 1;
    std::size_t held = 0;
    for (unsigned int c = 0; c < columns; ++c) {
      FreeXL_CellValue value;
      if (freexl_get_cell_value(handle, r, static_cast<unsigned short>(c), &value) != FREEXL_OK)
        continue;
      XlsxCell cell = cell_of(value, date1904);
      if (cell.kind == XlsxCell::Kind::empty) continue;
      const int column = static_cast<int>(c) + 1;
      if (cell.text.size() > kMaxXlsxCellBytes)
        return Result::failure(
            tr("cell {1} holds more than {2} KB, far more than any value cwtrack reads (is "
               "it the right file?)",
               column_letters(column) + std::to_string(row.number), kMaxXlsxCellBytes / 1024));
      held += ReadBudget::owned(cell.text);
      if (column <= kXlsxDenseColumns) {
        row.cells.resize(static_cast<std::size_t>(column));
        row.cells.back() = std::move(cell);
      } else {
        row.far_cells.push_back({column, std::move(cell)});
      }
    }
    if (row.cells.empty() && row.far_cells.empty()) continue;
    held += row.cells.capacity() * sizeof(XlsxCell) +
            row.far_cells.capacity() * sizeof(XlsxFarCell) + sizeof(XlsxRow);
    if (!budget.charge(held))
      // TRANSLATORS: {1} a row's number.
      return Result::failure(
          tr("is too large to read: by row {1} its cells take more than {2} MB of memory, "
             "more than cwtrack holds for one sheet; import its rows in smaller workbooks",
             row.number, budget.limit() >> 20));
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

}  // namespace

Expected<XlsWorkbook> XlsWorkbook::from_bytes(std::string_view bytes) {
  using Result = Expected<XlsWorkbook>;
  // An encrypted workbook's records are ciphertext: said before FreeXL
  // reads them as if they were not.
  if (xls_has_password(bytes)) return Result::failure(password_refusal());
  // What FreeXL would read past its buffers on (ole_container.hpp).
  if (!ole_directory_is_sound(bytes)) return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  auto file = ScratchFile::write(bytes);
  if (!file) return Result::failure(file.error());
  const void* opened = nullptr;
  const int code = freexl_open(file->narrow_path().c_str(), &opened);
  const FreexlHandle handle(opened);  // closed on every path, failed or not
  if (code != FREEXL_OK || !handle) return Result::failure(open_failure(code));

  unsigned int password = 0, mode = 0, count = 0;
  if (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
      password == FREEXL_BIFF_OBFUSCATED)
    return Result::failure(password_refusal());
  freexl_get_info(handle.get(), FREEXL_BIFF_DATEMODE, &mode);
  if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
    return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  XlsWorkbook book;
  book.date1904_ = mode == FREEXL_BIFF_DATEMODE_1904;
  auto sheets = std::make_shared<std::vector<Expected<XlsxSheet>>>();
  // FreeXL numbers sheets with an unsigned short.
  for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
    const auto index = static_cast<unsigned short>(i);
    const char* name = nullptr;
    if (freexl_get_worksheet_name(handle.get(), index, &name) != FREEXL_OK || !name)
      return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
    book.sheet_names_.emplace_back(name);
    sheets->push_back(read_sheet(handle.get(), index, name, book.date1904_));
  }
  if (book.sheet_names_.empty())
    return Result::failure(tr("is an Excel workbook without a worksheet"));
  book.sheets_ = std::move(sheets);
  return book;
}

}  // namespace cwt
