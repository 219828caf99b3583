// The visible list exported as a workbook reads back as the list showed it:
// every row in order, the ID number in full and as text, hours and days as
// numbers (read back by the import's own reader here; the cell kinds are
// what a spreadsheet shows).
#include <gtest/gtest.h>

#include <filesystem>

#include "cwt/demo/demo.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/reports/data_export.hpp"
#include "cwt/reports/render_xlsx.hpp"
#include "cwt/reports/report_file.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/display.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt {
namespace {

TEST(ListExport, TheWorkbookHoldsTheRowsAsTheListShowsThem) {
  auto store = SqliteStore::in_memory();
  const Date day(2026, 6, 30);
  store->apply(make_demo({200, 4, 3, day}));
  Workspace workspace(*store, day);
  WorkerQuery overdue;
  overdue.certification = CertificationStatus::overdue;
  const auto rows = workspace.select(overdue);
  ASSERT_GT(rows.size(), 3u);
  const auto file = std::filesystem::temp_directory_path() / "cwtrack-list-export-test.xlsx";
  reports::write_xlsx(worker_list_document(workspace.statuses(), rows, Language::zh, day), file);

  const auto book = XlsxWorkbook::from_file(file);
  ASSERT_TRUE(book) << book.error();
  const auto sheet = book->sheet(0);
  ASSERT_TRUE(sheet) << sheet.error();
  std::filesystem::remove(file);
  // The header row, then one row per worker in the list's order.
  std::size_t header = 0;
  while (header < sheet->rows.size() &&
         (sheet->rows[header].cells.empty() || sheet->rows[header].cells[0].text != "姓名"))
    ++header;
  ASSERT_LT(header, sheet->rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& status = workspace.statuses()[rows[i]];
    const auto& cells = sheet->rows.at(header + 1 + i).cells;
    EXPECT_EQ(cells.at(0).text, status.worker->name);
    EXPECT_EQ(cells.at(1).kind, XlsxCell::Kind::text);
    EXPECT_EQ(cells.at(1).text, status.worker->id_number);  // in full, as text
    EXPECT_EQ(cells.at(6).kind, XlsxCell::Kind::number);    // age
    EXPECT_EQ(cells.at(6).number, status.age);
    EXPECT_EQ(cells.at(8).kind, XlsxCell::Kind::number);  // days left, negative when overdue
    EXPECT_EQ(cells.at(8).number, *status.certification.days_left);
    EXPECT_EQ(cells.at(10).kind, XlsxCell::Kind::number);  // completed hours
    EXPECT_DOUBLE_EQ(cells.at(10).number,
                     static_cast<double>(status.training.completed_half_hours) / 2.0);
  }
}

// One worker's records as the editor lists them, exported (Chinese headers
// and labels), import back as the same records: recognised as already
// recorded, every one.
TEST(ListExport, AWorkersRecordsExportedImportBackAsTheSame) {
  auto store = SqliteStore::in_memory();
  const Date day(2026, 6, 30);
  store->apply(make_demo({50, 4, 5, day}));
  std::string id;
  for (const auto& worker : store->workers())
    if (store->training_of(worker.id_number).size() > 3) id = worker.id_number;
  ASSERT_FALSE(id.empty());
  const auto records = store->training_of(id);
  std::vector<FieldValues> rows;
  for (const auto& record : records) rows.push_back(fields_of(record));
  const auto file = std::filesystem::temp_directory_path() / "cwtrack-records-export-test.xlsx";
  for (const auto format : {reports::ReportFormat::xlsx, reports::ReportFormat::csv}) {
    reports::save_report(
        reports::records_document("training", training_fields(), rows, Language::zh), format,
        file.string());
    ImportOptions options;
    options.records_on_file = store.get();
    const auto plan =
        plan_import(ImportKind::training, file, store->id_numbers(), day, store->policy(), options);
    EXPECT_TRUE(plan.ready) << (plan.problems.empty() ? "" : plan.problems[0].to_string());
    EXPECT_EQ(plan.already_recorded, records.size());
    EXPECT_TRUE(plan.change.add_training.empty());
  }
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace cwt
