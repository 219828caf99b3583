#include "cwt/exchange/xls_reader.hpp"

#include <freexl.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <mutex>

#include "cwt/model/messages.hpp"
#include "cwt/platform/helper_program.hpp"
#include "cwt/platform/platform.hpp"
#include "ole_container.hpp"
#include "read_budget.hpp"
#include "scratch_file.hpp"
#include "xls_stream.hpp"

namespace cwt {

namespace {

// How long the helper may read one workbook. An .xls holds at most 65,536
// rows: FreeXL reads the largest in a few seconds. A damaged file can keep
// it counting (a date cell's days are counted one by one): past the limit
// the helper is stopped and the file called damaged.
std::atomic<long long> helper_time_limit_ms{60'000};

// What the helper may write for one workbook: more than any .xls of
// 65,536 rows and 256 columns of ordinary cells, and a bound on the memory
// an import of a damaged file can take.
constexpr std::size_t kMaxHelperOutput = std::size_t{512} << 20;

// A stand-in for the helper (tests only: use_xls_reader_program).
std::mutex stand_in_mutex;
std::filesystem::path stand_in_program;

std::filesystem::path reader_program() {
  const std::lock_guard lock(stand_in_mutex);
  return stand_in_program.empty() ? helper_program("cwtrack-xls-reader") : stand_in_program;
}

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

// A cell as the helper wrote it, as an .xlsx cell.
XlsxCell cell_of(xls_stream::Reader& in, bool date1904) {
  XlsxCell cell;
  switch (in.u8()) {
    case FREEXL_CELL_INT: {
      // Also a boolean or an error value (FreeXL makes them 1 or 0).
      const std::int32_t value = in.i32();
      cell.kind = XlsxCell::Kind::number;
      cell.number = value;
      cell.text = std::to_string(value);
      break;
    }
    case FREEXL_CELL_DOUBLE:
      cell.kind = XlsxCell::Kind::number;
      cell.number = in.f64();
      cell.text = number_text(cell.number);
      break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      cell.text = in.text();
      if (!cell.text.empty()) cell.kind = XlsxCell::Kind::text;
      break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: {
      // A number in a date format, which FreeXL writes as text: the number
      // again, as an .xlsx holds it.
      std::string text = in.text();
      if (const auto serial = excel_serial_of(text, date1904)) {
        cell.kind = XlsxCell::Kind::number;
        cell.number = *serial;
        cell.date_style = true;
        cell.text = number_text(*serial);
      } else if (!text.empty()) {
        cell.kind = XlsxCell::Kind::text;
        cell.text = std::move(text);
      }
      break;
    }
    default:  // the helper writes no other type
      throw xls_stream::Truncated{};
  }
  return cell;
}

// One sheet of the helper's stream, from after its `sheet` tag to its
// `sheet_end`, read whole even where the sheet is refused (the next sheet
// follows). Cells come row by row, left to right.
Expected<XlsxSheet> read_sheet(xls_stream::Reader& in, const std::string& name, bool date1904) {
  using Result = Expected<XlsxSheet>;
  using xls_stream::Tag;
  XlsxSheet sheet;
  sheet.name = name;
  const bool dimensions = in.u8() != 0;
  const std::uint32_t rows = in.u32();
  const std::uint16_t columns = in.u16();
  std::optional<std::string> refusal;
  if (!dimensions) refusal = open_failure(FREEXL_CRAFTED_FILE);
  ReadBudget budget;
  XlsxRow row;
  std::size_t held = 0;
  long long last_row = -1, last_column = -1;
  const auto finish_row = [&] {
    if (refusal || (row.cells.empty() && row.far_cells.empty())) return;
    held += row.cells.capacity() * sizeof(XlsxCell) +
            row.far_cells.capacity() * sizeof(XlsxFarCell) + sizeof(XlsxRow);
    if (!budget.charge(held)) {
      // TRANSLATORS: {1} a row's number.
      refusal =
          tr("is too large to read: by row {1} its cells take more than {2} MB of memory, "
             "more than cwtrack holds for one sheet; import its rows in smaller workbooks",
             row.number, budget.limit() >> 20);
      return;
    }
    sheet.rows.push_back(std::move(row));
    row = XlsxRow{};
    held = 0;
  };
  for (Tag tag = in.tag(); tag != Tag::sheet_end; tag = in.tag()) {
    if (tag != Tag::cell) throw xls_stream::Truncated{};
    const std::uint32_t r = in.u32();
    const std::uint16_t c = in.u16();
    // Where the helper's stream is not what it writes: damaged.
    if (r >= rows || c >= columns || r < last_row || (r == last_row && c <= last_column))
      throw xls_stream::Truncated{};
    if (r != last_row) {
      finish_row();
      row = XlsxRow{};
      held = 0;
      row.number = static_cast<int>(r) + 1;
    }
    last_row = r;
    last_column = c;
    XlsxCell cell = cell_of(in, date1904);
    if (refusal || cell.kind == XlsxCell::Kind::empty) continue;
    const int column = static_cast<int>(c) + 1;
    if (cell.text.size() > kMaxXlsxCellBytes) {
      refusal =
          tr("cell {1} holds more than {2} KB, far more than any value cwtrack reads (is "
             "it the right file?)",
             column_letters(column) + std::to_string(row.number), kMaxXlsxCellBytes / 1024);
      continue;
    }
    held += ReadBudget::owned(cell.text);
    if (column <= kXlsxDenseColumns) {
      row.cells.resize(static_cast<std::size_t>(column));
      row.cells.back() = std::move(cell);
    } else {
      row.far_cells.push_back({column, std::move(cell)});
    }
  }
  finish_row();
  if (refusal) return Result::failure(*refusal);
  return sheet;
}

struct ReadWorkbook {
  std::vector<std::string> names;
  bool date1904 = false;
  std::vector<Expected<XlsxSheet>> sheets;
};

// The workbook in the helper's stream; throws xls_stream::Truncated where
// the stream is not whole.
Expected<ReadWorkbook> read_workbook(std::string_view output) {
  using Result = Expected<ReadWorkbook>;
  using xls_stream::Tag;
  xls_stream::Reader in(output);
  if (!in.magic() || in.tag() != Tag::open) throw xls_stream::Truncated{};
  if (const int code = in.i32(); code != FREEXL_OK) return Result::failure(open_failure(code));
  if (in.tag() != Tag::info) throw xls_stream::Truncated{};
  const std::uint32_t password = in.u32(), mode = in.u32(), count = in.u32();
  if (password == FREEXL_BIFF_OBFUSCATED) return Result::failure(password_refusal());
  ReadWorkbook book;
  book.date1904 = mode == FREEXL_BIFF_DATEMODE_1904;
  for (std::uint32_t i = 0; i < count && i <= 0xFFFF; ++i) {
    if (in.tag() != Tag::sheet) throw xls_stream::Truncated{};
    book.names.push_back(in.text());
    book.sheets.push_back(read_sheet(in, book.names.back(), book.date1904));
  }
  if (in.tag() != Tag::done) throw xls_stream::Truncated{};
  return book;
}

}  // namespace

void set_xls_reading_time_limit(std::chrono::milliseconds limit) {
  helper_time_limit_ms = limit.count();
}

void use_xls_reader_program(std::filesystem::path program) {
  const std::lock_guard lock(stand_in_mutex);
  stand_in_program = std::move(program);
}

Expected<XlsWorkbook> XlsWorkbook::from_bytes(std::string_view bytes) {
  using Result = Expected<XlsWorkbook>;
  // An encrypted workbook's records are ciphertext: said before FreeXL
  // reads them as if they were not.
  if (xls_has_password(bytes)) return Result::failure(password_refusal());
  // What FreeXL 1.0.6 is known to read past its buffers on
  // (ole_container.hpp): refused without starting the helper.
  if (!ole_directory_is_sound(bytes)) return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  auto file = ScratchFile::write(bytes);
  if (!file) return Result::failure(file.error());
  const auto program = reader_program();
  const HelperRun run = run_helper(program, file->narrow_path(), kMaxHelperOutput,
                                   std::chrono::milliseconds(helper_time_limit_ms.load()));
  switch (run.ending) {
    case HelperRun::Ending::not_started:
      // TRANSLATORS: {1} the helper program's file.
      return Result::failure(
          tr("cannot be read: cwtrack's reader of Excel 97-2003 workbooks ({1}) is missing or "
             "cannot start; install cwtrack again, or save the file as \"Excel 工作簿 (*.xlsx)\" "
             "and import that file",
             utf8_from_path(program)));
    case HelperRun::Ending::killed_by_size:
      return Result::failure(open_failure(FREEXL_INSUFFICIENT_MEMORY));
    case HelperRun::Ending::exited:
      if (run.exit_code == 0) break;
      [[fallthrough]];
    default:  // crashed or stopped at the time limit: the file is damaged
      return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  }
  Expected<ReadWorkbook> read = Expected<ReadWorkbook>::failure(std::string());
  try {
    read = read_workbook(run.output);
  } catch (const xls_stream::Truncated&) {
    return Result::failure(open_failure(FREEXL_CRAFTED_FILE));
  }
  if (!read) return Result::failure(read.error());
  ReadWorkbook whole = std::move(read).value();
  if (whole.names.empty()) return Result::failure(tr("is an Excel workbook without a worksheet"));
  XlsWorkbook book;
  book.sheet_names_ = std::move(whole.names);
  book.date1904_ = whole.date1904;
  book.sheets_ = std::make_shared<const std::vector<Expected<XlsxSheet>>>(std::move(whole.sheets));
  return book;
}

}  // namespace cwt
