#include "cwt/model/terms.hpp"

#include <array>
#include <cstddef>

namespace cwt {

namespace {

struct TermWords {
  Term term;
  std::string_view zh;
  std::string_view en;
};

// In the order of the enum.
constexpr std::array kTerms{
    TermWords{Term::id_number, "身份证号", "ID number"},
    TermWords{Term::name, "姓名", "Name"},
    TermWords{Term::age, "年龄", "Age"},
    TermWords{Term::district, "区", "District"},
    TermWords{Term::street, "街道", "Street"},
    TermWords{Term::community, "社区", "Community"},
    TermWords{Term::position, "职务", "Position"},
    TermWords{Term::certification, "取证状态", "Certification"},
    TermWords{Term::deadline, "截止日期", "Deadline"},
    TermWords{Term::days_left, "剩余天数", "Days left"},
    TermWords{Term::action, "处理", "Action"},
    TermWords{Term::training, "培训状态", "Training"},
};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kTerms.size(); ++i)
    if (static_cast<std::size_t>(kTerms[i].term) != i) return false;
  return true;
}
static_assert(in_enum_order(), "kTerms lists the terms in the enum's order");

}  // namespace

std::string_view term(Term which, Language language) {
  const TermWords& words = kTerms.at(static_cast<std::size_t>(which));
  return language == Language::zh ? words.zh : words.en;
}

}  // namespace cwt
