#pragma once
// The street and district a roster names around its table rather than in a
// column: street offices keep their roster under a title such as
// "和平区劝业场街道社区工作者花名册" (merged across the sheet or not) and a line
// "填报单位：和平区劝业场街道办事处", with no 区 or 街道 column. The import
// proposes what it finds here as the value for every row; the officer
// confirms or corrects it (the wizard's columns page, the command line's
// --set), nothing is taken silently.
//   street    the characters before "街道", back to the start of the text, a
//             punctuation mark, a digit, 年 (年度) or an administrative suffix
//             (省 市 区 县 镇 乡): "劝业场街道".
//   district  a name ending in 区 or 县 after the start, a punctuation mark,
//             省 or 市 (天津市和平区 gives 和平区), of two to six characters,
//             and not a 社区, 小区, 园区 or 片区 nor a name holding 街道.
// The first line that names one wins, so a title and its 填报单位 line
// agreeing or not, the title (read first) decides.
#include <span>
#include <string>
#include <string_view>

namespace cwt {

struct TitleValues {
  std::string district;  // 和平区; empty when no line names one
  std::string street;    // 劝业场街道; empty when no line names one
  bool operator==(const TitleValues&) const = default;
};

// What the lines (the texts of the rows around the table, in order; a
// row's cells joined by spaces) name.
TitleValues values_in_title(std::span<const std::string> lines);

// One line's district and street, as above.
TitleValues values_in_line(std::string_view line);

}  // namespace cwt
