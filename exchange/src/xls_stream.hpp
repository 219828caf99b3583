#pragma once
// What cwtrack-xls-reader (exchange/helper/) writes on its standard output
// and the import reads back: the workbook FreeXL read, cell by cell, in a
// small binary form of cwtrack's own. FreeXL runs in that helper process,
// never in the program itself: fuzzing found it reading past its buffers on
// damaged files (docs/fuzzing.md), and a crash there must end the helper,
// not the officer's window.
//
// The stream: the magic line, then records, each a tag byte and its fields;
// integers little-endian, text as a 32-bit length and its UTF-8 bytes.
//   open       i32 FreeXL's code for freexl_open; when not FREEXL_OK, the
//              stream ends with `done`
//   info       u32 password (FREEXL_BIFF_PASSWORD), u32 date mode, u32
//              sheet count
//   sheet      text name, u8 whether its dimensions were read, u32 rows,
//              u16 columns
//   cell       u32 row, u16 column (from 0), u8 FreeXL's cell type, then
//              i32 (INT), f64 (DOUBLE) or text (the text and date types)
//   sheet_end
//   done       the helper read the whole workbook
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace cwt::xls_stream {

inline constexpr std::string_view kMagic = "cwtrack-xls 1\n";

enum class Tag : unsigned char {
  open = 'O',
  info = 'I',
  sheet = 'S',
  cell = 'C',
  sheet_end = 'E',
  done = 'Z',
};

// Writes the stream (the helper's side).
class Writer {
 public:
  explicit Writer(std::FILE* out) : out_(out) {}
  void magic();
  void tag(Tag tag) { u8(static_cast<unsigned char>(tag)); }
  void u8(std::uint8_t value);
  void u16(std::uint16_t value);
  void u32(std::uint32_t value);
  void i32(std::int32_t value) { u32(static_cast<std::uint32_t>(value)); }
  void f64(double value);
  void text(std::string_view value);

 private:
  std::FILE* out_;
};

// What the stream does not hold where a field should be: it ended early
// or does not begin as the helper's stream does.
struct Truncated {};

// Reads the stream (the import's side); each read throws Truncated past
// the end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  // Whether the stream begins with the magic line (consumed).
  bool magic();
  Tag tag() { return static_cast<Tag>(u8()); }
  std::uint8_t u8();
  std::uint16_t u16();
  std::uint32_t u32();
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  double f64();
  std::string text();

 private:
  std::string_view take(std::size_t size);
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace cwt::xls_stream
