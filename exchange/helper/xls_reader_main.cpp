// cwtrack-xls-reader FILE: reads an Excel 97-2003 workbook (.xls) with
// FreeXL and writes its sheets and cells on standard output in the form of
// exchange/src/xls_stream.hpp, for cwtrack's import (xls_reader.cpp), which
// starts this program for each .xls it reads. FreeXL runs here, in a
// process of its own, because on a damaged file it can read past its
// buffers (found by fuzzing, docs/fuzzing.md): such a crash ends this
// process, and the import says the file is damaged. Nothing here judges the
// cells: the import does, in the officer's language.
// Exit status 0 when the stream is written whole (including a file FreeXL
// refused: the stream says why), 2 on wrong usage.
#include <freexl.h>

#include <cstdio>
#include <memory>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

#include "../src/xls_stream.hpp"

namespace {

struct CloseFreexl {
  void operator()(const void* handle) const { freexl_close(handle); }
};
using FreexlHandle = std::unique_ptr<const void, CloseFreexl>;

void write_cell(cwt::xls_stream::Writer& out, unsigned int row, unsigned short column,
                const FreeXL_CellValue& value) {
  const bool text = value.type == FREEXL_CELL_TEXT || value.type == FREEXL_CELL_SST_TEXT ||
                    value.type == FREEXL_CELL_DATE || value.type == FREEXL_CELL_DATETIME ||
                    value.type == FREEXL_CELL_TIME;
  const bool number = value.type == FREEXL_CELL_INT || value.type == FREEXL_CELL_DOUBLE;
  if (!number && !(text && value.value.text_value)) return;  // empty
  out.tag(cwt::xls_stream::Tag::cell);
  out.u32(row);
  out.u16(column);
  out.u8(value.type);
  if (value.type == FREEXL_CELL_INT)
    out.i32(value.value.int_value);
  else if (value.type == FREEXL_CELL_DOUBLE)
    out.f64(value.value.double_value);
  else
    out.text(value.value.text_value);
}

void write_sheet(cwt::xls_stream::Writer& out, const void* handle, unsigned short index,
                 const char* name) {
  using cwt::xls_stream::Tag;
  unsigned int rows = 0;
  unsigned short columns = 0;
  const bool dimensions = freexl_select_active_worksheet(handle, index) == FREEXL_OK &&
                          freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK;
  out.tag(Tag::sheet);
  out.text(name);
  out.u8(dimensions ? 1 : 0);
  out.u32(dimensions ? rows : 0);
  out.u16(dimensions ? columns : 0);
  if (dimensions)
    for (unsigned int r = 0; r < rows; ++r)
      for (unsigned int c = 0; c < columns; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(handle, r, static_cast<unsigned short>(c), &value) == FREEXL_OK)
          write_cell(out, r, static_cast<unsigned short>(c), value);
      }
  out.tag(Tag::sheet_end);
}

}  // namespace

int main(int argc, char** argv) {
  using cwt::xls_stream::Tag;
  if (argc != 2) {
    std::fputs("usage: cwtrack-xls-reader FILE.xls (started by cwtrack's import)\n", stderr);
    return 2;
  }
#ifdef _WIN32
  // A crash ends the process at once, without Windows' "stopped working"
  // box that would keep it (and the import waiting for it) alive.
  SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
  _setmode(_fileno(stdout), _O_BINARY);
#endif
  std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  cwt::xls_stream::Writer out(stdout);
  out.magic();
  const void* opened = nullptr;
  const int code = freexl_open(argv[1], &opened);
  const FreexlHandle handle(opened);  // closed on every path, failed or not
  const bool usable = code == FREEXL_OK && handle;
  out.tag(Tag::open);
  out.i32(usable ? FREEXL_OK : code != FREEXL_OK ? code : FREEXL_CRAFTED_FILE);
  if (usable) {
    unsigned int password = 0, mode = 0, count = 0;
    freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &password);
    freexl_get_info(handle.get(), FREEXL_BIFF_DATEMODE, &mode);
    if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) count = 0;
    out.tag(Tag::info);
    out.u32(password);
    out.u32(mode);
    out.u32(count);
    // FreeXL numbers sheets with an unsigned short.
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
      const auto index = static_cast<unsigned short>(i);
      const char* name = nullptr;
      if (freexl_get_worksheet_name(handle.get(), index, &name) != FREEXL_OK || !name) break;
      write_sheet(out, handle.get(), index, name);
    }
  }
  out.tag(Tag::done);
  return std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : 1;
}
