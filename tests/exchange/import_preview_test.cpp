// What an import shows before it writes: every row's outcome (new worker,
// update with the fields old -> new, new record, already recorded, rejected
// with its problems); importing only the good rows and handing the rejected
// ones back in the file's layout; columns matched by hand and the mapping
// saved for the next workbook; messages that say what to do.
#include <gtest/gtest.h>

#include <map>

#include "cwt/exchange/column_mapping.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::today;

using test::dump;

std::map<int, RowOutcome> outcomes(const ImportPlan& plan) {
  std::map<int, RowOutcome> by_line;
  for (const auto& preview : plan.previews) by_line[preview.line] = preview.outcome;
  return by_line;
}

const std::string a(test::id_a);
const std::string b(test::id_b);
const std::string c(test::id_c);
const std::string d(test::id_d);

class ImportPreview : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.records_on_file = store_.get();
    const auto roster =
        import(ImportKind::workers, "roster.csv",
               "身份证号,姓名,街道,社区,入职日期,职务,联系电话,离职日期\n" + a +
                   ",张三,劝业场街道,花园里社区,2019-03-01,网格员,13800000000,\n" + b +
                   ",李四,劝业场街道,花园里社区,2019-03-01,网格员,,2025-12-31\n");
    ASSERT_TRUE(roster.ready) << dump(roster);
    store_->apply(roster.change);
  }
  ImportPlan import(ImportKind kind, const std::string& name, const std::string& csv) {
    return plan_import(kind, dir_.write(name, csv), store_->id_numbers(), today, Policy{},
                       options_);
  }
  test::TempDir dir_;
  std::unique_ptr<SqliteStore> store_ = SqliteStore::in_memory();
  ImportOptions options_;
};

TEST_F(ImportPreview, EachWorkerRowSaysWhatItDoes) {
  const auto plan = import(ImportKind::workers, "w.csv",
                           "身份证号,姓名,街道,社区,入职日期,职务\n" +                  // 1
                               a + ",张三,劝业场街道,花园里社区,2019-03-01,网格员\n" +  // 2 same
                               b + ",李四,劝业场街道,新兴社区,2019-03-01,网格员\n" +    // 3 moved
                               c + ",王五,劝业场街道,新兴社区,2020-05-01,网格员\n" +    // 4 new
                               d + ",赵六,劝业场街道,新兴社区,2020-02-30,网格员\n");    // 5 bad
  EXPECT_EQ(outcomes(plan), (std::map<int, RowOutcome>{{2, RowOutcome::already_recorded},
                                                       {3, RowOutcome::updated_worker},
                                                       {4, RowOutcome::new_worker},
                                                       {5, RowOutcome::rejected}}));
  EXPECT_EQ(plan.previews[1].changes,
            (std::vector<FieldChange>{{"community", "花园里社区", "新兴社区"}}));
  EXPECT_EQ(plan.previews[1].name, "李四");
  ASSERT_EQ(plan.previews[3].problems.size(), 1u);
  EXPECT_EQ(plan.previews[3].problems[0].column_name, "入职日期");
  EXPECT_EQ(plan.rejected, 1u);
  EXPECT_FALSE(plan.ready) << "one rejected row blocks the import by default";
  EXPECT_TRUE(plan.change.empty());
}

TEST_F(ImportPreview, ColumnsTheFileLacksKeepWhatIsOnFile) {
  // A roster without 联系电话 and 离职日期 neither erases the phone number
  // nor brings back a worker who left.
  const auto plan = import(ImportKind::workers, "w.csv",
                           "身份证号,姓名,街道,社区,入职日期,职务\n" + a +
                               ",张三丰,劝业场街道,花园里社区,2019-03-01,网格员\n" + b +
                               ",李四,劝业场街道,花园里社区,2019-03-01,网格员\n");
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(outcomes(plan)[2], RowOutcome::updated_worker);
  EXPECT_EQ(plan.previews[0].changes, (std::vector<FieldChange>{{"name", "张三", "张三丰"}}));
  EXPECT_EQ(outcomes(plan)[3], RowOutcome::already_recorded);
  store_->apply(plan.change);
  EXPECT_EQ(store_->find_worker(a)->phone, "13800000000");
  EXPECT_EQ(store_->find_worker(a)->name, "张三丰");
  EXPECT_TRUE(store_->find_worker(b)->leave_date.has_value());
}

TEST_F(ImportPreview, TheGoodRowsAloneWhenAskedAndTheRejectedOnesHandedBack) {
  const std::string csv = "培训记录\n身份证号,培训日期,学时,类别,课程,备注\n" +  // 1, 2
                          a + ",2025-03-01,4,技能,消防,\n" +                     // 3
                          a + ",2025-03-02,2.3,技能,消防,补课\n" +               // 4 bad hours
                          b + ",2025-03-03,4,技能,消防,\n" +                     // 5
                          c + ",2025-03-04,4,技能,消防,\n";                      // 6 not on file
  const auto blocked = import(ImportKind::training, "t.csv", csv);
  EXPECT_FALSE(blocked.ready);
  EXPECT_TRUE(blocked.change.empty());

  options_.good_rows_only = true;
  const auto plan = import(ImportKind::training, "t.csv", csv);
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(plan.change.add_training.size(), 2u);
  EXPECT_EQ(plan.rejected, 2u);
  EXPECT_EQ(outcomes(plan), (std::map<int, RowOutcome>{{3, RowOutcome::new_record},
                                                       {4, RowOutcome::rejected},
                                                       {5, RowOutcome::new_record},
                                                       {6, RowOutcome::rejected}}));
  // Handed back as the file has them: its header and cells, and why.
  const RejectedRows& back = plan.rejected_rows;
  ASSERT_EQ(back.header.cells.size(), 6u);
  EXPECT_EQ(back.header.cells[5].text, "备注");
  ASSERT_EQ(back.rows.size(), 2u);
  EXPECT_EQ(back.rows[0].line, 4);
  EXPECT_EQ(back.rows[0].cells[2].text, "2.3");
  EXPECT_EQ(back.rows[0].cells[5].text, "补课");
  EXPECT_NE(back.reasons[0].find("学时"), std::string::npos) << back.reasons[0];
  EXPECT_NE(back.reasons[1].find("not the ID number of a worker on file"), std::string::npos)
      << back.reasons[1];
  store_->apply(plan.change);
  EXPECT_EQ(store_->training_of(a).size(), 1u);
  EXPECT_EQ(store_->training_of(b).size(), 1u);
}

TEST_F(ImportPreview, AProblemOfTheHeaderStopsEvenTheGoodRows) {
  options_.good_rows_only = true;
  const auto plan = import(ImportKind::training, "t.csv",
                           "身份证号,培训日期,学时,学时,类别\n" + a + ",2025-03-01,4,4,技能\n");
  EXPECT_FALSE(plan.ready);
  EXPECT_TRUE(plan.change.empty());
}

TEST_F(ImportPreview, AWorkersPositionsGoTogether) {
  options_.good_rows_only = true;
  const auto plan = import(ImportKind::positions, "p.csv",
                           "id_number,position,start_date,end_date\n" +          // 1
                               a + ",community_staff,2019-03-01,2020-12-31\n" +  // 2
                               a + ",grid_worker,2020-06-01,\n" +                // 3 overlaps
                               b + ",grid_worker,2019-03-01,2021-12-31\n" +      // 4
                               b + ",community_staff,2022-01-01,2025-12-31\n");  // 5
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(outcomes(plan), (std::map<int, RowOutcome>{{2, RowOutcome::rejected},
                                                       {3, RowOutcome::rejected},
                                                       {4, RowOutcome::new_record},
                                                       {5, RowOutcome::new_record}}));
  ASSERT_EQ(plan.previews[0].problems.size(), 1u);
  EXPECT_NE(plan.previews[0].problems[0].message.find("line 3"), std::string::npos);
  EXPECT_EQ(plan.change.replace_history.size(), 1u);
  EXPECT_TRUE(plan.change.replace_history.contains(b));
  EXPECT_EQ(plan.problem_count, 1u) << "the row rejected with its worker's is no problem itself";
}

TEST_F(ImportPreview, ColumnsMatchedByHandAndTheMappingSavedForNextTime) {
  const std::string csv = "证件号,参工时间,姓名,所属街道办,社区,职务,籍贯\n" + c +
                          ",2020-05-01,王五,劝业场街道,新兴社区,网格员,天津\n";
  const auto unmatched = import(ImportKind::workers, "w.csv", csv);
  EXPECT_FALSE(unmatched.ready);
  options_.mapping = {
      {"证件号", "id_number"}, {"参工时间", "hire_date"}, {"所属街道办", "street"}, {"籍贯", ""}};
  const auto plan = import(ImportKind::workers, "w.csv", csv);
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(plan.change.upsert_workers.at(0).hire_date, Date(2020, 5, 1));
  EXPECT_EQ(plan.change.upsert_workers.at(0).org.street, "劝业场街道");

  // Saved and read back: the same choices, for every column.
  const std::string saved = column_mapping_text(plan.columns);
  EXPECT_TRUE(
      saved.starts_with("\xEF\xBB\xBF"
                        "column,field\r\n"))
      << saved;
  const auto read = read_column_mapping(saved, ImportKind::workers);
  ASSERT_TRUE(read) << read.error();
  options_.mapping = *read;
  const auto again = import(ImportKind::workers, "w.csv", csv);
  EXPECT_TRUE(again.ready) << dump(again);
  EXPECT_EQ(again.columns, plan.columns);
  EXPECT_EQ(again.columns.back(), (std::pair<std::string, std::string>{"籍贯", ""}));

  const auto wrong = read_column_mapping("column,field\n证件号,id_number\n参工时间,hiredate\n",
                                         ImportKind::workers);
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().find("line 3"), std::string::npos) << wrong.error();
  EXPECT_NE(wrong.error().find("hire_date"), std::string::npos) << wrong.error();
  EXPECT_FALSE(read_column_mapping("a,b\n", ImportKind::workers));
}

TEST_F(ImportPreview, MessagesSayWhatToDo) {
  // A title taken for the header (no row names a column).
  const auto title =
      import(ImportKind::workers, "w.csv", "劝业场街道社区工作者花名册\n张三,男\n李四,女\n");
  ASSERT_FALSE(title.problems.empty());
  EXPECT_NE(title.problems[0].message.find("is it a title?"), std::string::npos) << dump(title);
  EXPECT_NE(title.problems[0].message.find("劝业场街道社区工作者花名册"), std::string::npos);
  // A serial number where a date was expected: which date it is.
  const auto serial = import(ImportKind::training, "t.csv",
                             "身份证号,培训日期,学时,类别\n" + a + ",45352,4,技能\n");
  ASSERT_EQ(serial.problems.size(), 1u) << dump(serial);
  EXPECT_NE(serial.problems[0].message.find("2024-03-01"), std::string::npos) << dump(serial);
  // A birth date that disagrees with the ID number: the column may go.
  const auto birth = import(ImportKind::workers, "w.csv",
                            "身份证号,姓名,出生年月,街道,社区,入职日期,职务\n" + c +
                                ",王五,1992.09,劝业场街道,新兴社区,2020-05-01,网格员\n");
  ASSERT_EQ(birth.problems.size(), 1u) << dump(birth);
  EXPECT_EQ(birth.problems[0].column_name, "出生年月");
  EXPECT_NE(birth.problems[0].message.find("may be left out"), std::string::npos) << dump(birth);
}

}  // namespace
}  // namespace cwt
