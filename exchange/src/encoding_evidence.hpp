#pragma once
// Which reading of a file's bytes is the Chinese text an officer wrote. Some
// GBK text is also valid UTF-8 (学习 as GBK bytes reads as Cyrillic "ѧϰ",
// 卢露 as "¬¶"), and some UTF-8 text is also valid GBK ("中文" reads as the
// rare "涓枃"). Real text is mostly the 3,755 commonest characters (GB2312
// level 1) and Chinese punctuation; a wrong reading is mostly letters of
// other scripts, symbols, private-use codes or rare characters.
#include <cstddef>
#include <string_view>

namespace cwt::detail {

// The non-ASCII characters of one reading, by kind.
struct ReadingEvidence {
  std::size_t common = 0;      // GB2312 level-1 hanzi, CJK punctuation, full-width forms
  std::size_t rare_hanzi = 0;  // other CJK ideographs: real in names, but uncommon
  std::size_t latin = 0;       // Latin letters with diacritics (José, Müller)
  std::size_t foreign = 0;     // anything else: Cyrillic, Greek, symbols, private use, ...

  std::size_t characters() const { return common + rare_hanzi + latin + foreign; }
  // From -2 (all foreign) to 1 (all common or Latin): per non-ASCII
  // character, common ones and Latin letters count 1, rare hanzi 1/4 and
  // foreign characters -2. Latin letters count fully so that a UTF-8 "José"
  // is never silently taken for the GBK "Jos茅": that file is ambiguous.
  double score() const;
};

// How much better one reading must score to be taken without asking. Tuned
// on random one- to three-row files of names valid both ways (10% of their
// characters rare): 3,000 UTF-8 files were read right but for 0.7% found
// ambiguous, and none wrong; GBK files valid as UTF-8, right but one in 136.
inline constexpr double kDecisiveScoreMargin = 0.2;

// Counts the non-ASCII characters of one reading: the same text as UTF-8 and
// as GB18030 bytes (one converted from the other), walked side by side so
// that each character is judged by its code point and its GB18030 code.
ReadingEvidence weigh_reading(std::string_view utf8, std::string_view gb18030);

}  // namespace cwt::detail
