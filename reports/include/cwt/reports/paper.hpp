#pragma once
// The paper every printed report is set on, one definition for the PDF's
// layout (layout.hpp) and the workbook's page setup (render_xlsx.hpp), so
// that the two print alike: A4, portrait with GB/T 9704's margins (top
// 37 mm, bottom 35 mm, binding side 28 mm, other side 26 mm) or landscape
// (wide tables: 25 mm at the binding side, 20 mm elsewhere); the type sizes
// in points (五号 10.5 for the lines under the title, 小五 9 for table
// cells) and a table row's leading and padding. Which orientation a report
// takes is the report's own (Document::landscape).
namespace cwt::reports::paper {

inline constexpr double kPointsPerMm = 72.0 / 25.4;
inline constexpr double kA4ShortMm = 210;
inline constexpr double kA4LongMm = 297;

struct Margins {
  double top, bottom, left, right;  // mm; left is the binding side
};

constexpr Margins margins(bool landscape) {
  return landscape ? Margins{20, 20, 25, 20} : Margins{37, 35, 28, 26};
}

// The width between the margins, in points.
constexpr double content_width(bool landscape) {
  const Margins m = margins(landscape);
  return ((landscape ? kA4LongMm : kA4ShortMm) - m.left - m.right) * kPointsPerMm;
}

// The height between the margins, in points.
constexpr double content_height(bool landscape) {
  const Margins m = margins(landscape);
  return ((landscape ? kA4ShortMm : kA4LongMm) - m.top - m.bottom) * kPointsPerMm;
}

inline constexpr double kTitleSize = 18;
inline constexpr double kLineSize = 10.5;  // 五号: the lines under the title, notes, footer
inline constexpr double kTableSize = 9;    // 小五: table cells
inline constexpr double kCaptionSize = 11;
inline constexpr double kHeadingSize = 14;
inline constexpr double kLeading = 1.3;  // line height / font size
inline constexpr double kPad = 2;        // inside a table cell, each side

}  // namespace cwt::reports::paper
