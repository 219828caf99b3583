// A street office's roster (issue 22): it names its street only in its
// title or 填报单位 line and has no 街道 or 区 column. The import proposes the
// street and district it finds there, takes one value for every row of a
// column the file lacks, refuses one for a column the file has, and counts
// the workers it would save without a district.
#include <gtest/gtest.h>

#include "../fixtures/street_roster.hpp"
#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/title_values.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::dump;
using test::today;

TEST(TitleValues, TheStreetAndDistrictOfEveryUsualTitle) {
  const std::vector<std::pair<std::string, TitleValues>> titles = {
      {"和平区劝业场街道社区工作者花名册", {"和平区", "劝业场街道"}},
      {"劝业场街道社区工作者花名册", {"", "劝业场街道"}},
      {"填报单位：和平区劝业场街道办事处", {"和平区", "劝业场街道"}},
      {"填报单位（盖章）：劝业场街道办事处 填报日期：2026年6月30日", {"", "劝业场街道"}},
      {"单位:河西区友谊路街道", {"河西区", "友谊路街道"}},
      {"天津市和平区劝业场街道2026年社区工作者花名册", {"和平区", "劝业场街道"}},
      {"2026年度小白楼街道社区工作者名册", {"", "小白楼街道"}},
      {"社区工作者花名册（滨海新区新港街道）", {"滨海新区", "新港街道"}},
      {"蓟州区渔阳镇社区工作者花名册", {"蓟州区", ""}},
      {"宝坻县城关街道社区工作者名单", {"宝坻县", "城关街道"}},
      // Nothing to propose: no street, and 社区 / 小区 are no districts.
      {"社区工作者花名册", {"", ""}},
      {"新兴社区居委会工作人员名单", {"", ""}},
      {"填报单位：街道办事处", {"", ""}},
      {"", {"", ""}}};
  for (const auto& [title, expected] : titles)
    EXPECT_EQ(values_in_line(title), expected) << title << " -> " << values_in_line(title).district
                                               << " / " << values_in_line(title).street;
}

TEST(TitleValues, TheFirstLineThatNamesEachWins) {
  // The title names the street; the 填报单位 line below it the district.
  const std::vector<std::string> lines = {"劝业场街道社区工作者花名册",
                                          "填报单位：和平区劝业场街道办事处"};
  EXPECT_EQ(values_in_title(lines), (TitleValues{"和平区", "劝业场街道"}));
  const std::vector<std::string> disagreeing = {"劝业场街道社区工作者花名册",
                                                "填报单位：小白楼街道"};
  EXPECT_EQ(values_in_title(disagreeing).street, "劝业场街道");
}

TEST(CellValues, AYearAndMonthTypedIntoANumberCell) {
  const auto number = [](double value, std::string written) {
    return SourceCell{SourceCell::Kind::number, std::move(written), value, false};
  };
  EXPECT_EQ(field_text(number(1985.03, "1985.03"), FieldType::date, false).value(), "1985-03");
  EXPECT_EQ(field_text(number(1985.1, "1985.1"), FieldType::date, false).value(), "1985-10");
  EXPECT_EQ(field_text(number(1985.12, "1985.12"), FieldType::date, false).value(), "1985-12");
  EXPECT_FALSE(field_text(number(1985.13, "1985.13"), FieldType::date, false));
  // A serial day with a time of day stays a day.
  EXPECT_EQ(field_text(number(45352.5, "45352.5"), FieldType::date, false).value(), "2024-03-01");
}

class StreetRosterImport : public ::testing::Test {
 protected:
  ImportPlan plan(const ImportOptions& options = {}) {
    return plan_import(ImportKind::workers, roster_.file, {}, today, Policy{}, options);
  }
  static ImportOptions every_row(FieldValues values, bool good_rows_only = true) {
    ImportOptions options;
    options.every_row = std::move(values);
    options.good_rows_only = good_rows_only;
    return options;
  }
  test::TempDir dir_;
  test::StreetRoster roster_ = test::write_street_roster(dir_.path() / "roster.xlsx");
};

TEST_F(StreetRosterImport, WithoutAStreetColumnItStopsAndProposesTheTitlesStreet) {
  const ImportPlan stopped = plan();
  EXPECT_FALSE(stopped.ready);
  ASSERT_FALSE(stopped.problems.empty());
  EXPECT_NE(dump(stopped).find("street"), std::string::npos) << dump(stopped);
  EXPECT_EQ(stopped.header_line, roster_.header_row);
  EXPECT_EQ(stopped.proposed, (FieldValues{{"street", "劝业场街道"}}))
      << "proposed even though the file cannot be read as it is";
}

TEST_F(StreetRosterImport, OneValueForEveryRowReadsTheRosterAsKept) {
  const ImportPlan read =
      plan(every_row({{"street", "劝业场街道"}, {"district", "和平区"}}, false));
  // Only the 18-digit number Excel rounded is refused, in its cell, saying why.
  ASSERT_EQ(read.problems.size(), 1u) << dump(read);
  EXPECT_EQ(read.problems[0].line, roster_.lost_row);
  EXPECT_EQ(read.problems[0].column, 4);
  EXPECT_NE(read.problems[0].message.find("15 digits"), std::string::npos) << dump(read);
  EXPECT_EQ(read.rows, roster_.data_rows) << "合计, the note and the signature are no workers";
  EXPECT_EQ(read.skipped_rows, roster_.skipped_rows);
  EXPECT_FALSE(read.ready) << "all or nothing: one row is rejected";

  const ImportPlan good = plan(every_row({{"street", "劝业场街道"}, {"district", "和平区"}}));
  ASSERT_TRUE(good.ready) << dump(good);
  ASSERT_EQ(good.change.upsert_workers.size(), roster_.good.size());
  for (std::size_t i = 0; i < roster_.good.size(); ++i) {
    const Worker& worker = good.change.upsert_workers[i];
    EXPECT_EQ(worker.id_number, roster_.good[i].id_number);
    EXPECT_EQ(worker.name, roster_.good[i].name);
    EXPECT_EQ(worker.org.street, "劝业场街道");
    EXPECT_EQ(worker.org.district, "和平区");
  }
  const Worker& zhang = good.change.upsert_workers[0];
  EXPECT_EQ(zhang.birth_date, Date(1985, 3, 12)) << "1985.03, a number cell: the day from the ID";
  EXPECT_EQ(zhang.hire_date, Date(2012, 4, 1)) << "an Excel date";
  EXPECT_EQ(zhang.education, Education::bachelor) << "大学本科";
  EXPECT_EQ(zhang.phone, "13812345678");
  const Worker& li = good.change.upsert_workers[1];
  EXPECT_EQ(li.id_number.back(), 'X');
  EXPECT_EQ(li.hire_date, Date(2019, 7, 1)) << "2019.07.01 as text";
  EXPECT_EQ(li.education, Education::below_college) << "中专";
  EXPECT_EQ(good.change.upsert_workers[2].id_number, "120101198001010311")
      << "an old 15-digit number stored as a number is exact";
  EXPECT_EQ(good.without_district, 0u);
  EXPECT_EQ(good.rejected, 1u);
}

TEST_F(StreetRosterImport, WorkersWithoutADistrictAreCounted) {
  const ImportPlan plan = this->plan(every_row({{"street", "劝业场街道"}}));
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(plan.without_district, roster_.good.size());

  // A worker on file keeps the district the file does not give.
  auto store = SqliteStore::in_memory();
  ChangeSet change;
  change.upsert_workers.push_back(plan.change.upsert_workers.front());
  change.upsert_workers.back().org.district = "和平区";
  store->apply(change);
  ImportOptions options = every_row({{"street", "劝业场街道"}});
  options.records_on_file = store.get();
  const ImportPlan again =
      plan_import(ImportKind::workers, roster_.file, store->id_numbers(), today, Policy{}, options);
  EXPECT_EQ(again.without_district, roster_.good.size() - 1) << dump(again);
}

TEST_F(StreetRosterImport, AValueForAColumnTheFileHasIsRefused) {
  // The roster has 社区: which of the two is meant cannot be guessed.
  const ImportPlan plan =
      this->plan(every_row({{"street", "劝业场街道"}, {"community", "花园里社区"}}));
  EXPECT_FALSE(plan.ready);
  ASSERT_EQ(plan.problems.size(), 1u) << dump(plan);
  EXPECT_EQ(plan.problems[0].line, roster_.header_row);
  EXPECT_EQ(plan.problems[0].column_name, "社区");
  EXPECT_NE(plan.problems[0].message.find("花园里社区"), std::string::npos) << dump(plan);
  EXPECT_TRUE(plan.previews.empty()) << "no row is read";
}

TEST_F(StreetRosterImport, ValuesForEveryRowAreCheckedLikeCells) {
  // The ID number cannot be one for all; a bad position is every row's problem.
  EXPECT_FALSE(can_apply_to_every_row("id_number"));
  EXPECT_FALSE(can_apply_to_every_row("name"));
  EXPECT_TRUE(can_apply_to_every_row("street"));
  const ImportPlan id = plan(every_row({{"street", "劝业场街道"}, {"id_number", "1"}}));
  EXPECT_FALSE(id.ready);
  EXPECT_NE(dump(id).find("id_number cannot be given"), std::string::npos) << dump(id);

  // A CSV without 职务: one position for every row, its label or code, and
  // a mistyped one named as the value given for every row.
  const std::string csv = "身份证号,姓名,街道,社区,入职日期\n" + std::string(test::id_a) +
                          ",张三,劝业场街道,花园里社区,2019-03-01\n";
  const auto file = dir_.write("no-position.csv", csv);
  ImportOptions options;
  options.every_row = {{"position", "网格员"}, {"district", "  "}};
  const auto read = plan_import(ImportKind::workers, file, {}, today, Policy{}, options);
  ASSERT_TRUE(read.ready) << dump(read);
  EXPECT_EQ(read.change.upsert_workers.at(0).position, Position::grid_worker);
  EXPECT_EQ(read.without_district, 1u) << "an empty value is none given";
  options.every_row = {{"position", "网格长"}};
  const auto wrong = plan_import(ImportKind::workers, file, {}, today, Policy{}, options);
  ASSERT_EQ(wrong.problems.size(), 1u) << dump(wrong);
  EXPECT_NE(wrong.problems[0].message.find("position (职务), given for every row"),
            std::string::npos)
      << dump(wrong);
}

}  // namespace
}  // namespace cwt
