// tr() and trn(): the sentence from the installed catalog, its placeholders
// filled in the translation's order; English when no catalog is installed.
#include "cwt/model/messages.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "cwt/model/validation.hpp"

namespace cwt {
namespace {

// A catalog of a few sentences, as a translator would write them.
class MessagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    install_message_catalog({[](const char* msgid) {
                               static const std::map<std::string, std::string> translations = {
                                   {"{1} is not a date", "{1} 不是日期"},
                                   {"from {1} to {2}", "至 {2}，自 {1}"},
                                   {"the name is empty", "姓名为空"},
                               };
                               const auto found = translations.find(msgid);
                               return found == translations.end() ? std::string(msgid)
                                                                  : found->second;
                             },
                             [](const char* singular, const char*, std::size_t) {
                               return std::string(singular) == "{1} problem"
                                          ? std::string("{1} 个问题")
                                          : std::string(singular);
                             }});
  }
  void TearDown() override { install_message_catalog({}); }
};

TEST(MessagesEnglish, WithoutCatalogTheEnglishSentenceIsFilled) {
  EXPECT_EQ(tr("{1} is not a date"), "{1} is not a date");
  EXPECT_EQ(tr("{1} is not a date", "\"x\""), "\"x\" is not a date");
  EXPECT_EQ(tr("line {1}, column {2}", 4, std::size_t{2}), "line 4, column 2");
  EXPECT_EQ(trn("{1} problem", "{1} problems", 1, 1), "1 problem");
  EXPECT_EQ(trn("{1} problem", "{1} problems", 3, 3), "3 problems");
}

TEST(MessagesEnglish, BracesThatAreNoPlaceholderStayText) {
  EXPECT_EQ(tr("{0} {x} {} {1} {12}", "a", "b"), "{0} {x} {} a {12}");
  EXPECT_EQ(tr("{2} and {1}", "a"), "{2} and a");  // a missing argument leaves its mark
  EXPECT_EQ(tr("ends with {"), "ends with {");
}

TEST_F(MessagesTest, TheCatalogsSentenceIsFilledInItsOwnOrder) {
  EXPECT_EQ(tr("{1} is not a date", "2026-02-30"), "2026-02-30 不是日期");
  EXPECT_EQ(tr("from {1} to {2}", "2026-01-01", "2026-06-30"), "至 2026-06-30，自 2026-01-01");
  EXPECT_EQ(trn("{1} problem", "{1} problems", 3, 3), "3 个问题");
  EXPECT_EQ(tr("not in the catalog {1}", 7), "not in the catalog 7");
}

TEST_F(MessagesTest, TheModelsProblemsComeFromTheCatalog) {
  Worker worker;
  worker.id_number = "110101199003071234";
  worker.name = " ";
  worker.birth_date = Date(1990, 3, 7);
  worker.org = {"和平区", "劝业场街道", "新华社区"};
  worker.hire_date = Date(2020, 5, 1);
  const Problems problems = check_worker(worker, Date(2026, 6, 30));
  std::string name_problem;
  for (const auto& problem : problems)
    if (problem.field == "name") name_problem += problem.message;
  EXPECT_EQ(name_problem, "姓名为空");
}

}  // namespace
}  // namespace cwt
