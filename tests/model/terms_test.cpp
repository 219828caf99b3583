// The one table of column titles (model/terms.hpp): every term has its two
// words, no two terms share one (a title names one field), and the words
// are those the printed papers have always used.
#include "cwt/model/terms.hpp"

#include <gtest/gtest.h>

#include <set>

namespace cwt {
namespace {

TEST(Terms, EveryTermHasItsOwnWordsInBothLanguages) {
  std::set<std::string_view> chinese, english;
  for (int i = 0; i <= static_cast<int>(Term::training); ++i) {
    const auto which = static_cast<Term>(i);
    const std::string_view zh = term(which, Language::zh), en = term(which, Language::en);
    EXPECT_FALSE(zh.empty()) << i;
    EXPECT_FALSE(en.empty()) << i;
    EXPECT_TRUE(chinese.insert(zh).second) << zh;
    EXPECT_TRUE(english.insert(en).second) << en;
  }
  EXPECT_EQ(term(Term::id_number, Language::zh), "身份证号");
  EXPECT_EQ(term(Term::id_number, Language::en), "ID number");
  EXPECT_EQ(term_text(Term::street, Language::zh), "街道");
  EXPECT_EQ(term_text(Term::days_left, Language::en), "Days left");
}

}  // namespace
}  // namespace cwt
