#pragma once
// The words that title a worker's fields and statuses wherever they head a
// column or a line: the printed reports, the status table (CSV, workbook,
// the command line's text table), the desktop program's Workers list and
// its export, the command line's worker, event and plan tables. One table
// (KiCad's template_fieldnames.h is the pattern), so that "身份证号" is
// typed once and the papers, the lists and the exports cannot drift apart.
// Import headers are another matter: field_specs.cpp lists every spelling
// an officer's workbook may use, these first.
#include <string>
#include <string_view>

#include "cwt/model/codes.hpp"

namespace cwt {

enum class Term {
  id_number,      // 身份证号
  name,           // 姓名
  age,            // 年龄
  district,       // 区
  street,         // 街道
  community,      // 社区
  position,       // 职务
  certification,  // 取证状态
  deadline,       // 截止日期
  days_left,      // 剩余天数
  action,         // 处理
  training,       // 培训状态
};

// The title in `language` ("身份证号" / "ID number").
std::string_view term(Term term, Language language);
inline std::string term_text(Term which, Language language) {
  return std::string(term(which, language));
}

}  // namespace cwt
