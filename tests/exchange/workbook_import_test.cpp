// Importing officers' workbooks: the table found among title, 填报单位, 合计,
// notes and signature rows; cells as workbooks hold them (serial dates in
// either date system, dates typed in every usual style, month-only dates,
// numbers stored as text, ID numbers stored as numbers); the sheet chosen.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/source_table.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "support.hpp"

namespace cwt {
namespace {

using test::today;

using test::dump;

SourceCell text(std::string value) { return {SourceCell::Kind::text, std::move(value), 0}; }
SourceCell number(double value, std::string as_written) {
  return {SourceCell::Kind::number, std::move(as_written), value};
}
SourceCell date(double serial) { return {SourceCell::Kind::date, std::to_string(serial), serial}; }

TEST(CellValues, DatesInEveryStyleWorkbooksHold) {
  for (const auto* typed : {"2024-03-01", "2024/3/1", "2024年3月1日", "2024.3.1", "20240301",
                            "2024-03-01 00:00:00", "2024/3/1 8:30", " 2024.03.01 "})
    EXPECT_EQ(field_text(text(typed), FieldType::date, false).value(), "2024-03-01") << typed;
  // Serial numbers: 45352 is 2024-03-01 in the 1900 system; 1904 counts 1,462 days fewer.
  EXPECT_EQ(field_text(date(45352), FieldType::date, false).value(), "2024-03-01");
  EXPECT_EQ(field_text(date(45352.75), FieldType::date, false).value(), "2024-03-01");
  EXPECT_EQ(field_text(date(43890), FieldType::date, true).value(), "2024-03-01");
  EXPECT_EQ(field_text(number(45352, "45352"), FieldType::date, false).value(), "2024-03-01");
  EXPECT_EQ(field_text(date(59), FieldType::date, false).value(), "1900-02-28");
  EXPECT_EQ(field_text(date(61), FieldType::date, false).value(), "1900-03-01");
  EXPECT_FALSE(field_text(date(60), FieldType::date, false));  // Excel's 29 Feb 1900
  // 20240301 typed into a number cell.
  EXPECT_EQ(field_text(number(20240301, "20240301"), FieldType::date, false).value(), "2024-03-01");
  // Month-only, as rosters write 出生年月.
  for (const auto* typed : {"1985.03", "1985.3", "1985年3月", "198503", "1985-03", "1985/3"})
    EXPECT_EQ(field_text(text(typed), FieldType::date, false).value(), "1985-03") << typed;
  EXPECT_EQ(field_text(number(198503, "198503"), FieldType::date, false).value(), "1985-03");
  EXPECT_TRUE(is_month_only("1985-03"));
  EXPECT_FALSE(is_month_only("1985-03-01"));
  // Not dates: left for the parser to name.
  EXPECT_EQ(field_text(text("2024.2.30"), FieldType::date, false).value(), "2024.2.30");
  EXPECT_EQ(field_text(text("去年"), FieldType::date, false).value(), "去年");
}

TEST(CellValues, NumbersAndIdNumbers) {
  EXPECT_EQ(field_text(number(2.5, "2.5"), FieldType::number, false).value(), "2.5");
  EXPECT_EQ(field_text(number(4, "4"), FieldType::number, false).value(), "4");
  EXPECT_EQ(field_text(text("2.5"), FieldType::number, false).value(), "2.5");  // number as text
  EXPECT_EQ(field_text(number(13812345678, "13812345678"), FieldType::text, false).value(),
            "13812345678");
  // An ID number as text stays as it is; a 15-digit old number as a number is exact.
  EXPECT_EQ(field_text(text("12010119900307001X"), FieldType::id_number, false).value(),
            "12010119900307001X");
  EXPECT_EQ(
      field_text(number(120101850312123, "120101850312123"), FieldType::id_number, false).value(),
      "120101850312123");
  // An 18-digit number cell has lost its last digits: refused, never guessed.
  const auto lost =
      field_text(number(1.20101198503121e17, "1.20101198503121E+17"), FieldType::id_number, false);
  ASSERT_FALSE(lost);
  EXPECT_NE(lost.error().find("1.20101198503121E+17"), std::string::npos) << lost.error();
}

SourceRow row(int line, std::vector<std::string> cells) {
  SourceRow out{line, {}};
  for (auto& c : cells) out.cells.push_back(text(std::move(c)));
  return out;
}

TEST(FindTable, TitleLinesAboveTotalsNotesAndSignaturesBelow) {
  SourceTable table;
  table.rows = {row(1, {"和平区劝业场街道社区工作者花名册"}),
                row(2, {"填报单位（盖章）：劝业场街道办事处", "", "", "填报日期：2026年6月30日"}),
                row(4, {"序号", "姓 名", "公民身份号码", "性别", "所在社区", "职务"}),
                row(5, {"1", "张三", "120101198503121230", "男", "花园里社区", "网格员"}),
                row(6, {"2", "李四", "120101199001010025", "女", "花园里社区", "网格员"}),
                row(7, {"合计", "2人"}),
                row(9, {"注：本表由街道填报。"}),
                row(10, {"填表人：王五", "", "审核人：赵六"})};
  const auto found = find_table(table, worker_fields());
  ASSERT_TRUE(found.found);
  EXPECT_EQ(found.header, 2u);  // "姓 名" matches 姓名, spaces inside ignored
  EXPECT_EQ(found.end, 5u);     // the 合计 row ends it
  EXPECT_EQ(found.skipped_above, 2u);
  EXPECT_EQ(found.skipped_below, 3u);
}

class WorkbookImport : public ::testing::Test {
 protected:
  // A roster as an office keeps it: a merged title, the 填报单位 line, a
  // blank row, the header (Chinese, in its own order, with columns cwtrack
  // does not use), rows, 合计, a note and the signature line.
  std::filesystem::path roster(const std::string& name, bool id_as_number) {
    // Written under an ASCII name (libxlsxwriter opens narrow paths), then
    // given its own, which the import opens as it is (a wide path on Windows).
    const auto written = dir_.path() / "written.xlsx";
    const auto file = dir_.path() / path_from_utf8(name);
    lxw_workbook* book = workbook_new(written.string().c_str());
    workbook_add_worksheet(book, "说明");
    lxw_worksheet* sheet = workbook_add_worksheet(book, "花名册");
    lxw_format* day = workbook_add_format(book);
    format_set_num_format(day, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_merge_range(sheet, 0, 0, 0, 8, "和平区劝业场街道社区工作者花名册", nullptr);
    worksheet_write_string(sheet, 1, 0, "填报单位（盖章）：劝业场街道办事处", nullptr);
    worksheet_write_string(sheet, 1, 6, "填报日期：2026年6月30日", nullptr);
    const char* header[] = {"序号", "姓名", "身份证号码",   "籍贯", "出生年月",
                            "街道", "社区", "参加工作时间", "岗位", "备注"};
    for (int c = 0; c < 10; ++c)
      worksheet_write_string(sheet, 3, static_cast<lxw_col_t>(c), header[c], nullptr);
    struct Row {
      const char* name;
      std::string_view id;
      const char* born;
      double hired_serial;  // 0: written as text below
      const char* hired_text;
      const char* position;
    };
    const Row rows[] = {{"张三", test::id_a, "1985.03", 41000, "", "网格员"},
                        {"李四", test::id_b, "1990年1月", 0, "2015.7.1", "社区专职工作者"},
                        {"王五", test::id_e15, "198001", 0, "20100301", "网格员"}};
    int r = 4;
    for (const auto& x : rows) {
      worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 0, r - 3, nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 1, x.name, nullptr);
      if (id_as_number)
        worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 2, std::stod(std::string(x.id)),
                               nullptr);
      else
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 2, std::string(x.id).c_str(),
                               nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 3, "天津", nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 4, x.born, nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 5, "劝业场街道", nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 6, "花园里社区", nullptr);
      if (x.hired_serial > 0)
        worksheet_write_number(sheet, static_cast<lxw_row_t>(r), 7, x.hired_serial, day);
      else
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 7, x.hired_text, nullptr);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 8, x.position, nullptr);
      ++r;
    }
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 0, "合计", nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 1, "3人", nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 2), 0, "注：按街道汇总。", nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 3), 0, "填表人：", nullptr);
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    std::filesystem::rename(written, file);
    return file;
  }
  test::TempDir dir_;
};

TEST_F(WorkbookImport, ARosterAsOfficesKeepItImportsAsTyped) {
  const auto plan =
      plan_import(ImportKind::workers, roster("花名册.xlsx", false), {}, today, Policy{});
  ASSERT_TRUE(plan.problems.empty()) << dump(plan);
  EXPECT_EQ(plan.sheet, "花名册");  // the sheet whose header fits, not the first
  EXPECT_EQ(plan.header_line, 4);
  EXPECT_EQ(plan.rows, 3u);
  ASSERT_EQ(plan.change.upsert_workers.size(), 3u);
  const Worker& a = plan.change.upsert_workers[0];
  EXPECT_EQ(a.name, "张三");
  EXPECT_EQ(a.birth_date, Date(1985, 3, 12));  // 1985.03: the day from the ID number
  EXPECT_EQ(a.hire_date, Date(2012, 4, 1));    // serial 41000
  EXPECT_EQ(a.org.community, "花园里社区");
  EXPECT_EQ(a.position, Position::grid_worker);
  EXPECT_EQ(plan.change.upsert_workers[1].hire_date, Date(2015, 7, 1));
  // The 15-digit ID number is the worker's 18-digit one.
  EXPECT_EQ(plan.change.upsert_workers[2].id_number, test::id_e);
  EXPECT_EQ(plan.change.upsert_workers[2].hire_date, Date(2010, 3, 1));
}

TEST_F(WorkbookImport, IdNumbersStoredAsNumbersAreRefusedNotGuessed) {
  const auto plan =
      plan_import(ImportKind::workers, roster("numbers.xlsx", true), {}, today, Policy{});
  EXPECT_TRUE(plan.change.upsert_workers.empty());
  // The two 18-digit numbers, in their cells; the 15-digit one is exact.
  ASSERT_EQ(plan.problems.size(), 2u) << dump(plan);
  EXPECT_EQ(plan.problems[0].line, 5);
  EXPECT_EQ(plan.problems[0].column, 3);
  EXPECT_NE(plan.problems[0].to_string().find("sheet 花名册: cell C5 (身份证号码)"),
            std::string::npos)
      << dump(plan);
  EXPECT_EQ(plan.problems[1].line, 6);
}

ImportOptions sheet_named(const std::string& sheet) {
  ImportOptions options;
  options.sheet = sheet;
  return options;
}

TEST_F(WorkbookImport, TheSheetNamedIsReadAndAnUnknownOneNamesTheSheets) {
  const auto file = roster("two.xlsx", false);
  const auto wrong =
      plan_import(ImportKind::workers, file, {}, today, Policy{}, sheet_named("说明"));
  ASSERT_FALSE(wrong.problems.empty());  // the first sheet has no table
  const auto missing =
      plan_import(ImportKind::workers, file, {}, today, Policy{}, sheet_named("Sheet9"));
  ASSERT_EQ(missing.problems.size(), 1u);
  EXPECT_NE(missing.problems[0].message.find("花名册"), std::string::npos) << dump(missing);
  const auto right =
      plan_import(ImportKind::workers, file, {}, today, Policy{}, sheet_named("花名册"));
  EXPECT_TRUE(right.problems.empty()) << dump(right);
}

TEST_F(WorkbookImport, AHireDateGivenAsAMonthIsAskedForTheDay) {
  const std::string csv = "身份证号,姓名,街道,社区,入职日期,职务\n" + std::string(test::id_a) +
                          ",张三,劝业场街道,花园里社区,2019.03,网格员\n";
  const auto plan =
      plan_import(ImportKind::workers, dir_.write("month.csv", csv), {}, today, Policy{});
  ASSERT_EQ(plan.problems.size(), 1u) << dump(plan);
  EXPECT_EQ(plan.problems[0].column, 5);
  EXPECT_NE(plan.problems[0].message.find("2019-03"), std::string::npos) << dump(plan);
}

TEST_F(WorkbookImport, VariantsOfCodedValuesAreReadAsTheirLabelsAndShown) {
  const std::string csv =
      "身份证号,姓名,性别,学历,政治面貌,街道,社区,入职日期,职务\n" + std::string(test::id_a) +
      ",张三,男性,大学本科,党员,劝业场街道,花园里社区,2019-03-01,网格员\n" +
      std::string(test::id_b) + ",李四,女性,中专,团员,劝业场街道,花园里社区,2019-03-01,网格员\n" +
      std::string(test::id_c) + ",王五,女,硕士,党员,劝业场街道,花园里社区,2019-03-01,网格员\n";
  const auto plan =
      plan_import(ImportKind::workers, dir_.write("variants.csv", csv), {}, today, Policy{});
  ASSERT_TRUE(plan.problems.empty()) << dump(plan);
  const auto& w = plan.change.upsert_workers;
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].education, Education::bachelor);
  EXPECT_EQ(w[0].political_status, PoliticalStatus::party_member);
  EXPECT_EQ(w[1].education, Education::below_college);
  EXPECT_EQ(w[1].political_status, PoliticalStatus::league_member);
  EXPECT_EQ(w[2].education, Education::postgraduate);
  // Each mapping once, with its rows: 党员 twice.
  std::map<std::string, std::size_t> shown;
  for (const auto& m : plan.mapped_values)
    shown[m.column_name + ":" + m.from + "->" + m.to] = m.rows;
  EXPECT_EQ(shown["政治面貌:党员->中共党员"], 2u);
  EXPECT_EQ(shown["学历:大学本科->本科"], 1u);
  EXPECT_EQ(shown["性别:男性->男"], 1u);
  EXPECT_EQ(shown.size(), 7u);  // 男性 女性 大学本科 中专 硕士 党员 团员
}

// Empty formatted cells right of and below the table (a sheet whose borders
// were drawn over more rows than it holds), numbers typed as text, dates as
// text in two styles, and a worker named by the 15-digit form of the number
// on file: the two rows import as typed.
TEST_F(WorkbookImport, EmptyTrailingCellsNumbersAsTextAndAFifteenDigitId) {
  const auto written = dir_.path() / "written.xlsx";
  lxw_workbook* book = workbook_new(written.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, "培训");
  lxw_format* border = workbook_add_format(book);
  format_set_border(border, LXW_BORDER_THIN);
  const char* header[] = {"身份证号", "培训日期", "学时", "类别"};
  for (int c = 0; c < 4; ++c)
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], border);
  worksheet_write_string(sheet, 1, 0, std::string(test::id_e15).c_str(), border);
  worksheet_write_string(sheet, 1, 1, "2025/3/1", border);
  worksheet_write_string(sheet, 1, 2, "4", border);  // a number stored as text
  worksheet_write_string(sheet, 1, 3, "技能", border);
  worksheet_write_string(sheet, 2, 0, std::string(test::id_e).c_str(), border);
  worksheet_write_string(sheet, 2, 1, "2025年3月2日", border);
  worksheet_write_string(sheet, 2, 2, "2.5", border);
  worksheet_write_string(sheet, 2, 3, "社区实务", border);
  for (lxw_row_t r = 0; r < 30; ++r)
    for (lxw_col_t c = 4; c < 12; ++c) worksheet_write_blank(sheet, r, c, border);
  for (lxw_row_t r = 3; r < 30; ++r)
    for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_blank(sheet, r, c, border);
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  const auto plan =
      plan_import(ImportKind::training, written, {std::string(test::id_e)}, today, Policy{});
  ASSERT_TRUE(plan.ready) << dump(plan);
  EXPECT_EQ(plan.rows, 2u);
  ASSERT_EQ(plan.change.add_training.size(), 2u);
  EXPECT_EQ(plan.change.add_training[0].id_number, test::id_e);
  EXPECT_EQ(plan.change.add_training[0].date, Date(2025, 3, 1));
  EXPECT_EQ(plan.change.add_training[0].half_hours, 8);
  EXPECT_EQ(plan.change.add_training[1].date, Date(2025, 3, 2));
  EXPECT_EQ(plan.change.add_training[1].half_hours, 5);
}

// Officers import the same growing training sheet every month: what is on
// file already is recognised and skipped.
TEST_F(WorkbookImport, ReimportingAGrowingSheetAddsOnlyTheNewRows) {
  auto store = SqliteStore::in_memory();
  const std::string roster = "身份证号,姓名,街道,社区,入职日期,职务\n" + std::string(test::id_a) +
                             ",张三,劝业场街道,花园里社区,2019-03-01,网格员\n" +
                             std::string(test::id_b) +
                             ",李四,劝业场街道,花园里社区,2019-03-01,网格员\n";
  ImportOptions options;
  options.records_on_file = store.get();
  const auto import = [&](ImportKind kind, const std::string& name, const std::string& csv) {
    auto plan =
        plan_import(kind, dir_.write(name, csv), store->id_numbers(), today, Policy{}, options);
    EXPECT_TRUE(plan.problems.empty()) << dump(plan);
    store->apply(plan.change);
    return plan;
  };
  import(ImportKind::workers, "roster.csv", roster);
  const std::string header = "身份证号,培训日期,学时,类别,课程\n";
  std::string march;
  for (int day = 1; day <= 3; ++day)
    march += std::string(test::id_a) + ",2025-03-0" + std::to_string(day) + ",4,技能,消防\n";
  EXPECT_EQ(import(ImportKind::training, "m.csv", header + march).change.add_training.size(), 3u);

  // The same sheet again: nothing added, three recognised.
  const auto again = import(ImportKind::training, "m.csv", header + march);
  EXPECT_TRUE(again.change.add_training.empty());
  EXPECT_EQ(again.already_recorded, 3u);
  // April's sheet: March's rows and three new ones (one differing only in its hours).
  const std::string april = march + std::string(test::id_a) + ",2025-04-01,4,技能,消防\n" +
                            std::string(test::id_b) + ",2025-03-01,4,技能,消防\n" +
                            std::string(test::id_a) + ",2025-03-01,3.5,技能,消防\n";
  const auto grown = import(ImportKind::training, "a.csv", header + april);
  EXPECT_EQ(grown.change.add_training.size(), 3u);
  EXPECT_EQ(grown.already_recorded, 3u);
  EXPECT_EQ(store->training_of(test::id_a).size(), 5u);
  // A record the sheet holds twice and the store once is added once more.
  const std::string twice = header + std::string(test::id_b) + ",2025-03-01,4,技能,消防\n" +
                            std::string(test::id_b) + ",2025-03-01,4,技能,消防\n";
  const auto doubled = import(ImportKind::training, "t.csv", twice);
  EXPECT_EQ(doubled.change.add_training.size(), 1u);
  EXPECT_EQ(doubled.already_recorded, 1u);
}

}  // namespace
}  // namespace cwt
