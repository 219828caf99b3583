#pragma once
// Excel 97-2003 workbooks (.xls: BIFF8 in an OLE container, as Excel, WPS
// and LibreOffice still save them; BIFF5 of Excel 95 too) read through
// FreeXL, into the same sheets and cells as an .xlsx (xlsx_reader.hpp), so
// that the import reads both alike: text as text, numbers as numbers, a
// number in a date format as a number in a date style (the day as Excel
// counts it, in the workbook's 1900 or 1904 system).
// What FreeXL does not give: merged ranges (which only shape titles) and a
// formula's result (a cell computed by a formula reads as empty); booleans
// and error values read as the numbers 1 and 0.
// FreeXL runs in a helper process, cwtrack-xls-reader (exchange/helper/),
// installed beside the programs: on a damaged file it can read past its
// buffers, and such a crash, a hang or a runaway allocation must end the
// helper, never the program reading the file (which then says the file is
// damaged). FreeXL reads a file by its name: the bytes are written to a
// temporary file for it (scratch_file.hpp), removed once it has read them.
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/expected.hpp"

namespace cwt {

class XlsWorkbook {
 public:
  // Every sheet is read here (FreeXL reads the whole file when it opens
  // it). Fails with a reason for the officer: a damaged or truncated file,
  // a workbook protected by a password, an OLE file holding no workbook.
  static Expected<XlsWorkbook> from_bytes(std::string_view bytes);

  const std::vector<std::string>& sheet_names() const { return sheet_names_; }
  bool uses_1904_dates() const { return date1904_; }
  // The sheet at `index`, or why it is refused, naming the cell: a sheet
  // larger than the import holds (kMaxXlsxHeldBytes), a cell longer than
  // kMaxXlsxCellBytes.
  Expected<XlsxSheet> sheet(std::size_t index) const { return sheets_->at(index); }

 private:
  std::shared_ptr<const std::vector<Expected<XlsxSheet>>> sheets_;
  std::vector<std::string> sheet_names_;
  bool date1904_ = false;
};

// How long the helper may read one workbook before it is stopped and the
// file called damaged (default 60 s); the fuzz target shortens it.
void set_xls_reading_time_limit(std::chrono::milliseconds limit);
// The helper program the import starts: by default cwtrack-xls-reader
// beside the running program (helper_program.hpp); tests name a stand-in
// that crashes, hangs or writes too much. An empty path restores the
// default.
void use_xls_reader_program(std::filesystem::path program);

// The day Excel counts for a date FreeXL writes as text ("2024-03-01",
// "2024-03-01 08:30:00", "08:30:00" for a time alone) in the 1900 or 1904
// date system; nothing for text that is not such a date.
std::optional<double> excel_serial_of(std::string_view freexl_text, bool date1904);

}  // namespace cwt
