// The import wizard's state without a display: columns corrected by hand and
// read again, the preview's filters and texts, what blocks Finish and why,
// a mapping saved and loaded.
#include "cwt/workspace/import_session.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../fixtures/street_roster.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/import_summary.hpp"
#include "recording_progress.hpp"

namespace cwt {
namespace {

const Date kToday{2026, 6, 30};
const std::string kA = "120101198503121230";  // 1985-03-12
const std::string kB = "120101199001010025";  // 1990-01-01
const std::string kC = "120103199208150044";  // 1992-08-15

class ImportSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Worker worker;
    worker.id_number = kA;
    worker.name = "张三";
    worker.birth_date = Date(1985, 3, 12);
    worker.org = {"和平区", "劝业场街道", "花园里社区"};
    worker.hire_date = Date(2019, 3, 1);
    worker.position = Position::grid_worker;
    ChangeSet change;
    change.upsert_workers.push_back(worker);
    store_->apply(change);
  }
  void TearDown() override { std::filesystem::remove(file_); }
  std::string write(const std::string& text) {
    std::ofstream(file_, std::ios::binary) << text;
    return file_.string();
  }
  // One file per test: ctest runs the tests side by side.
  std::filesystem::path file_ =
      std::filesystem::temp_directory_path() /
      ("cwtrack-import-session-" +
       std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".csv");
  std::unique_ptr<SqliteStore> store_ = SqliteStore::in_memory();
};

TEST_F(ImportSessionTest, AColumnCorrectedByHandIsReadAtTheNextPlan) {
  ImportSession session(ImportKind::workers,
                        write("证件号,姓名,区,街道,社区,入职日期,职务,籍贯\n" + kA +
                              ",张三,和平区,劝业场街道,新兴社区,2019-03-01,网格员,天津\n" + kB +
                              ",李四,和平区,劝业场街道,新兴社区,2020-05-01,网格员,\n" + kC +
                              ",王五,和平区,劝业场街道,新兴社区,2020-02-30,网格员,\n"));
  EXPECT_TRUE(session.sheets().empty());
  session.plan(*store_, kToday, Policy{});
  EXPECT_FALSE(session.can_import()) << "证件号 is no known header: id_number is missing";
  EXPECT_EQ(session.columns()[0], (std::pair<std::string, std::string>{"证件号", ""}));
  // Words in both languages: the code stays internal.
  EXPECT_EQ(session.field_label("id_number", Language::zh), "身份证号");
  EXPECT_EQ(session.field_label("id_number", Language::en), "ID number");

  session.set_field(0, "id_number");
  EXPECT_TRUE(session.mapping_changed());
  EXPECT_FALSE(session.can_import()) << "a change waits for the file to be read again";
  session.plan(*store_, kToday, Policy{});
  EXPECT_EQ(session.rows(RowFilter::all).size(), 3u);
  EXPECT_EQ(session.rows(RowFilter::updates), (std::vector<std::size_t>{0}));
  EXPECT_EQ(session.rows(RowFilter::new_rows), (std::vector<std::size_t>{1}));
  EXPECT_EQ(session.rows(RowFilter::problems), (std::vector<std::size_t>{2}));
  EXPECT_EQ(session.details(session.result().previews[0], Language::zh),
            "社区: 花园里社区 → 新兴社区");
  EXPECT_NE(session.details(session.result().previews[2], Language::en).find("入职日期: "),
            std::string::npos);
  EXPECT_EQ(session.summary(), "3 rows, 1 new worker, 1 worker on file updated, 1 row rejected");
  EXPECT_FALSE(session.can_import());
  EXPECT_NE(session.blocked_reason().find("import only the good rows"), std::string::npos);

  session.set_good_rows_only(true);
  session.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(session.can_import()) << session.blocked_reason();
  EXPECT_EQ(session.result().change.upsert_workers.size(), 2u);

  // The mapping saved and loaded into a fresh session reads the same columns.
  const std::string mapping = session.mapping_text();
  ImportSession next(ImportKind::workers, file_.string());
  next.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(next.load_mapping(mapping));
  next.plan(*store_, kToday, Policy{});
  EXPECT_EQ(next.columns(), session.columns());
  EXPECT_FALSE(next.load_mapping("column,field\n证件号,idnumber\n"));
}

TEST_F(ImportSessionTest, AFileAlreadyOnFileHasNothingToImport) {
  ImportSession session(ImportKind::workers,
                        write("身份证号,姓名,区,街道,社区,入职日期,职务\n" + kA +
                              ",张三,和平区,劝业场街道,花园里社区,2019-03-01,网格员\n"));
  session.plan(*store_, kToday, Policy{});
  EXPECT_FALSE(session.can_import());
  EXPECT_EQ(session.rows(RowFilter::already_recorded).size(), 1u);
  EXPECT_NE(session.blocked_reason().find("on file already"), std::string::npos);
}

// A street office's roster without 街道 or 区 columns: the street its title
// names is proposed and taken for every row, the district typed, the row
// whose ID number Excel rounded read whole, and the summary once written.
// Issue 23: an .xls (Excel 97-2003, as WPS saves it) offers its sheets as an
// .xlsx does; the one that names the columns is read, or the one chosen.
TEST_F(ImportSessionTest, AnXlsOffersItsSheetsAndReadsTheOneThatFits) {
  ImportSession session(ImportKind::workers, CWTRACK_FIXTURES_DIR "/xls/two_sheets.xls");
  EXPECT_EQ(session.sheets(), (std::vector<std::string>{"说明", "名单"}));
  session.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(session.can_import()) << session.blocked_reason();
  EXPECT_EQ(session.result().sheet, "名单");
  EXPECT_EQ(session.result().change.upsert_workers.size(), 3u);
  session.choose_sheet("说明");
  session.plan(*store_, kToday, Policy{});
  EXPECT_FALSE(session.can_import()) << "the notes sheet has no table";
  EXPECT_EQ(session.result().sheet, "说明");
}

TEST_F(ImportSessionTest, ARosterWithoutAStreetColumnTakesTheTitlesStreet) {
  const auto dir = std::filesystem::temp_directory_path() / "cwtrack-import-session-roster";
  std::filesystem::create_directories(dir);
  const auto roster = test::write_street_roster(dir / "roster.xlsx");
  ImportSession session(ImportKind::workers, roster.file.string());
  session.plan(*store_, kToday, Policy{});
  EXPECT_FALSE(session.can_import()) << "the file has no street column";
  EXPECT_EQ(session.every_row_fields(), (std::vector<std::string>{"district", "street"}))
      << "社区 is a column of the file: no value offered for it";
  EXPECT_EQ(session.every_row_value("street"), "劝业场街道") << "the title's street, proposed";
  EXPECT_EQ(session.every_row_value("district"), "") << "the title names none";
  EXPECT_TRUE(session.mapping_changed()) << "read again with the street";

  session.set_good_rows_only(true);
  session.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(session.can_import()) << session.blocked_reason();
  EXPECT_EQ(session.result().change.upsert_workers.size(), roster.good.size());
  EXPECT_EQ(session.result().change.upsert_workers[0].org.street, "劝业场街道");
  EXPECT_NE(session.district_question().find(std::to_string(roster.good.size()) + " workers"),
            std::string::npos)
      << session.district_question();

  // The rejected row whole, each problem on its own line, nothing cut.
  const auto rejected = session.rows(RowFilter::problems);
  ASSERT_EQ(rejected.size(), 1u);
  const RowPreview& row = session.result().previews[rejected[0]];
  const std::string whole = session.full_details(row, Language::en);
  EXPECT_EQ(whole.substr(0, whole.find('\n')),
            "Line " + std::to_string(roster.lost_row) + ": 赵敏 (rejected)");
  EXPECT_NE(whole.find("\n身份证号码: the ID number is stored as a number "
                       "(1.2010119920315E+17)"),
            std::string::npos)
      << whole;
  EXPECT_NE(whole.find("type the ID numbers again"), std::string::npos) << "not cut: " << whole;
  EXPECT_EQ(whole.find("…"), std::string::npos) << whole;

  session.set_every_row_value("district", "和平区");
  EXPECT_FALSE(session.can_import()) << "a value changed: read again first";
  session.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(session.can_import()) << session.blocked_reason();
  EXPECT_EQ(session.district_question(), "");
  EXPECT_EQ(session.result().change.upsert_workers[0].org.district, "和平区");

  store_->apply(session.result().change);
  EXPECT_EQ(session.done_summary(),
            (std::vector<std::string>{
                "Imported 7 workers from roster.xlsx: 7 new", "1 row with problems not imported",
                "5 rows around the table skipped (title, 填报单位, 合计, notes, signatures)"}));
  std::filesystem::remove_all(dir);
}

TEST_F(ImportSessionTest, TheSummarySaysWhatWasNewUpdatedAndLeftAsItWas) {
  // kC imported first; then kA on file updated (another community), kB new,
  // kC as on file, and a row without a district rejected (a duplicate of kB).
  ImportSession first(
      ImportKind::workers,
      write("区,街道,社区,身份证号,姓名,入职日期,职务\n和平区,劝业场街道,新兴社区," + kC +
            ",王五,2020-05-01,网格员\n"));
  first.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(first.can_import()) << first.blocked_reason();
  store_->apply(first.result().change);
  EXPECT_EQ(first.done_summary(),
            (std::vector<std::string>{"Imported 1 worker from " + file_.filename().string() +
                                      ": 1 new"}));

  const std::string org = "和平区,劝业场街道,新兴社区,";
  ImportSession session(ImportKind::workers,
                        write("花名册\n区,街道,社区,身份证号,姓名,入职日期,职务\n" + org + kA +
                              ",张三,2019-03-01,网格员\n" + org + kB + ",李四,2020-05-01,网格员\n" +
                              org + kC + ",王五,2020-05-01,网格员\n,劝业场街道,新兴社区," + kB +
                              ",李四,2020-05-01,网格员\n合计\n"));
  session.set_good_rows_only(true);
  session.plan(*store_, kToday, Policy{});
  ASSERT_TRUE(session.can_import()) << session.blocked_reason();
  EXPECT_EQ(session.district_question(), "") << "the one without a district is rejected";
  EXPECT_EQ(
      session.done_summary(),
      (std::vector<std::string>{
          "Imported 2 workers from " + file_.filename().string() + ": 1 new, 1 updated",
          "1 worker unchanged: on file as the file has them", "1 row with problems not imported",
          "2 rows around the table skipped (title, 填报单位, 合计, notes, signatures)"}));
}

// Issue 24, item 2: reading a file reports its rows checked, rising to all
// of them; cancelled at 10 %, 50 % or 90 % the read throws Cancelled, the
// plan before stays (none, or the last one whole) and nothing is written.
TEST_F(ImportSessionTest, CheckingTheRowsRisesToTheEndAndACancelKeepsThePlanBefore) {
  std::string csv = "身份证号,培训日期,学时,类别,课程\n";
  constexpr int kRows = 3000;
  for (int i = 0; i < kRows; ++i)
    csv += kA + ",2025-03-" + std::to_string(10 + i % 18) + ",1,skills,课程" + std::to_string(i) +
           "\n";
  ImportSession session(ImportKind::training, write(csv));
  const std::int64_t token = store_->change_token();

  for (const double share : {0.1, 0.5, 0.9}) {
    test::RecordingProgress stopping(share);
    EXPECT_THROW(session.plan(*store_, kToday, Policy{}, stopping), Cancelled) << share;
    EXPECT_FALSE(session.planned()) << share;
    EXPECT_LT(stopping.steps.back().first, stopping.steps.back().second) << share;
  }

  test::RecordingProgress whole;
  session.plan(*store_, kToday, Policy{}, whole);
  ASSERT_TRUE(session.planned());
  EXPECT_TRUE(whole.rises());
  ASSERT_GE(whole.steps.size(), 10u);
  EXPECT_EQ(whole.steps.back(), std::make_pair(std::uint64_t{kRows}, std::uint64_t{kRows}));
  EXPECT_EQ(session.result().change.add_training.size(), std::size_t{kRows});

  test::RecordingProgress stopping(0.5);
  EXPECT_THROW(session.plan(*store_, kToday, Policy{}, stopping), Cancelled);
  EXPECT_EQ(session.result().change.add_training.size(), std::size_t{kRows}) << "the plan before";
  EXPECT_EQ(store_->change_token(), token) << "reading writes nothing";
}

}  // namespace
}  // namespace cwt
