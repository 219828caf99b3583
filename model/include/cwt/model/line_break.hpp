#pragma once
// Lines of a text for a given width, broken where Chinese typesetting
// allows (GB/T 15834 punctuation and the usual kinsoku rules): between any
// two Chinese characters, after a blank, never before a closing mark (，。、
// ；：？！）》」』】” and their ASCII forms) nor after an opening one (（《「『【“),
// never inside a run of Latin letters or digits (20, E+17, ID numbers), nor
// between a number and the Chinese unit after it ("20 学时"). Used for the
// desktop program's wrapped texts; the measure is the caller's (a font's
// advance widths in points, or a window's text extent in pixels).
#include <functional>
#include <string>
#include <vector>

namespace cwt {

// The width of one character, in the caller's unit.
using CharAdvance = std::function<double(char32_t)>;

// `text` in lines no wider than `width` where a break is allowed; a run
// that cannot be broken and is wider than `width` is cut between
// characters (nothing is lost). A line break in the text ('\n') is kept.
// Blanks at the end of a line are dropped. An empty text is one empty line.
// `cut`, when given, is set to whether some run had to be cut so.
std::vector<std::u32string> break_lines(const std::u32string& text, double width,
                                        const CharAdvance& advance, bool* cut = nullptr);

// Whether a line may end between `previous` and `next` (the rules above,
// but for the number and its unit, which needs the character before).
bool may_break_between(char32_t previous, char32_t next);

}  // namespace cwt
