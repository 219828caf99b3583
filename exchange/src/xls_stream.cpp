#include "xls_stream.hpp"

#include <bit>

namespace cwt::xls_stream {

namespace {

std::uint64_t little_endian(std::string_view bytes) {
  std::uint64_t value = 0;
  for (std::size_t i = bytes.size(); i-- > 0;)
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

}  // namespace

void Writer::magic() { std::fwrite(kMagic.data(), 1, kMagic.size(), out_); }

void Writer::u8(std::uint8_t value) { std::fputc(value, out_); }

void Writer::u16(std::uint16_t value) {
  u8(static_cast<std::uint8_t>(value));
  u8(static_cast<std::uint8_t>(value >> 8));
}

void Writer::u32(std::uint32_t value) {
  u16(static_cast<std::uint16_t>(value));
  u16(static_cast<std::uint16_t>(value >> 16));
}

void Writer::f64(double value) {
  const auto bits = std::bit_cast<std::uint64_t>(value);
  u32(static_cast<std::uint32_t>(bits));
  u32(static_cast<std::uint32_t>(bits >> 32));
}

void Writer::text(std::string_view value) {
  u32(static_cast<std::uint32_t>(value.size()));
  std::fwrite(value.data(), 1, value.size(), out_);
}

bool Reader::magic() {
  if (!bytes_.starts_with(kMagic)) return false;
  at_ = kMagic.size();
  return true;
}

std::string_view Reader::take(std::size_t size) {
  if (bytes_.size() - at_ < size) throw Truncated{};
  const auto taken = bytes_.substr(at_, size);
  at_ += size;
  return taken;
}

std::uint8_t Reader::u8() { return static_cast<std::uint8_t>(little_endian(take(1))); }
std::uint16_t Reader::u16() { return static_cast<std::uint16_t>(little_endian(take(2))); }
std::uint32_t Reader::u32() { return static_cast<std::uint32_t>(little_endian(take(4))); }
double Reader::f64() { return std::bit_cast<double>(little_endian(take(8))); }

std::string Reader::text() {
  const std::uint32_t size = u32();
  return std::string(take(size));
}

}  // namespace cwt::xls_stream
