#include "cwt/model/line_break.hpp"

#include <cstddef>
#include <string_view>

namespace cwt {

namespace {

// Chinese characters and the full-width forms: each one a unit a line may
// end after (CJK ideographs and their extensions, kana, CJK punctuation,
// full-width forms).
bool is_wide(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x201C ||
         c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
}

// Marks that must not begin a line.
bool is_closing(char32_t c) {
  constexpr std::u32string_view closing = U"，。、；：？！）》」』】〕〉”’％‰·…—～,.;:?!)]}%";
  return closing.find(c) != std::u32string_view::npos;
}

// Marks that must not end a line.
bool is_opening(char32_t c) {
  constexpr std::u32string_view opening = U"（《「『【〔〈“‘([{";
  return opening.find(c) != std::u32string_view::npos;
}

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

bool may_break_between(char32_t previous, char32_t next) {
  if (is_closing(next) || is_opening(previous)) return false;
  if (is_blank(next)) return false;  // after the blank, not before it
  if (is_blank(previous)) return true;
  return is_wide(previous) || is_wide(next);
}

std::vector<std::u32string> break_lines(const std::u32string& text, double width,
                                        const CharAdvance& advance, bool* cut_run) {
  std::vector<std::u32string> lines;
  if (cut_run) *cut_run = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    // One paragraph: up to the next '\n'.
    std::size_t end = text.find(U'\n', start);
    if (end == std::u32string::npos) end = text.size();
    std::size_t line_start = start;
    while (line_start < end) {
      double used = 0;
      std::size_t last_break = 0;  // a position in (line_start, i] where a break is allowed
      std::size_t i = line_start;
      for (; i < end; ++i) {
        const char32_t c = text[i];
        if (i > line_start) {
          const char32_t previous = text[i - 1];
          bool allowed = may_break_between(previous, c);
          // "20 学时": the blank between a number and the unit after it holds.
          if (is_blank(previous) && i >= line_start + 2 && is_digit(text[i - 2]) && is_wide(c))
            allowed = false;
          if (allowed) last_break = i;
        }
        const double w = is_blank(c) ? advance(U' ') : advance(c);
        if (used + w > width && i > line_start && !is_blank(c)) break;
        used += w;
      }
      if (i >= end) {
        lines.push_back(text.substr(line_start, end - line_start));
        line_start = end;
        break;
      }
      const std::size_t cut = last_break > line_start ? last_break : i;
      if (cut_run && last_break <= line_start) *cut_run = true;
      std::size_t kept = cut;
      while (kept > line_start && is_blank(text[kept - 1])) --kept;
      lines.push_back(text.substr(line_start, kept - line_start));
      line_start = cut;
      while (line_start < end && is_blank(text[line_start])) ++line_start;
    }
    if (start == end) lines.emplace_back();  // an empty paragraph
    if (end == text.size()) break;
    start = end + 1;
  }
  if (lines.empty()) lines.emplace_back();
  // Trailing blanks of the last line of each paragraph go too.
  for (auto& line : lines)
    while (!line.empty() && is_blank(line.back())) line.pop_back();
  return lines;
}

}  // namespace cwt
