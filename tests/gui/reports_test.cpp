// The Reports page: the print preview has the pages of the PDF, with the same
// rows on each; files are saved whole; a wrong field is refused with a
// message and nothing is made.
#include <podofo/podofo.h>
#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/dcsvg.h>
#include <wx/textctrl.h>

#include <cstdio>
#include <fstream>

#include "gui_fixture.hpp"
#include "layout_printout.hpp"
#include "reports_page.hpp"

namespace cwt::gui {
namespace {

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What the printout draws for `page`, as the text of an SVG drawing: the
// preview's own drawing code (OnPrintPage), on a DC whose text can be read.
std::string drawn_text(const LayoutPrintout& shown, int page, const std::filesystem::path& file) {
  LayoutPrintout printout(shown.report());
  const auto& laid_out = shown.report()->layout.pages.at(static_cast<std::size_t>(page - 1));
  const int width = static_cast<int>(laid_out.width), height = static_cast<int>(laid_out.height);
  {
    wxSVGFileDC dc(wx(utf8_from_path(file)), width, height, 72);
    printout.SetDC(&dc);
    printout.SetPPIScreen(72, 72);
    printout.SetPPIPrinter(72, 72);
    printout.SetPageSizePixels(width, height);
    printout.SetPaperRectPixels(wxRect(0, 0, width, height));
    EXPECT_TRUE(printout.OnPrintPage(page));
    printout.SetDC(nullptr);
  }
  return read_file(file);
}

// The ID numbers (printed in full) of the workers' rows on a laid-out page.
std::vector<std::string> ids_on(const PreparedReport& report, std::size_t page) {
  std::vector<std::string> ids;
  if (page >= report.layout.pages.size()) return ids;
  for (const auto& at : report.layout.pages[page].rows) {
    const auto& row = report.document.blocks[at.block].tables[at.table].rows[at.row];
    if (row.kind == reports::RowKind::data) ids.push_back(row.cells.at(2).text);
  }
  return ids;
}

// Lets the windows draw.
void settle() {
  for (int i = 0; i < 10; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxTheApp->Yield(true);
  }
}

#ifndef _WIN32
// pdftotext's text of one page of a PDF (poppler, an independent reader).
std::string pdf_page_text(const std::filesystem::path& pdf, int page) {
  const std::string command = "pdftotext -f " + std::to_string(page) + " -l " +
                              std::to_string(page) + " '" + pdf.string() + "' -";
  std::string text;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
    pclose(pipe);
  }
  return text;
}
#endif

TEST_F(GuiTest, ThePreviewHasThePdfsPagesWithTheSameRowsOnEach) {
  frame_->show_page(Page::reports);
  auto& page = frame_->reports();
  page.choose(reports::ReportKind::training);
  // In full, so that each worker's row is found on a page by its ID number.
  find<wxCheckBox>("report_full_id", &page)->SetValue(true);
  auto* shown = page.preview();
  ASSERT_NE(shown, nullptr) << (hook_.titles.empty() ? wxString() : hook_.titles.front());
  settle();  // the preview counts the pages when it first draws
  auto* printout = dynamic_cast<LayoutPrintout*>(shown->preview().GetPrintout());
  ASSERT_NE(printout, nullptr);
  const PreparedReport& report = *printout->report();
  const int pages = shown->preview().GetMaxPage();
  EXPECT_EQ(static_cast<std::size_t>(pages), report.layout.pages.size());
  EXPECT_GE(pages, 5);  // 300 workers: several pages

  const auto pdf = dir_ / "training.pdf";
  ASSERT_TRUE(page.save_to(reports::ReportFormat::pdf, utf8_from_path(pdf)));
  PoDoFo::PdfError::EnableLogging(false);  // it prints the trailer it reads
  PoDoFo::PdfMemDocument document;
  document.Load(pdf.string().c_str());
  EXPECT_EQ(document.GetPageCount(), pages);

  std::size_t rows = 0;
  for (int n = 1; n <= pages; ++n) {
    const auto here = ids_on(report, static_cast<std::size_t>(n - 1));
    const auto next = ids_on(report, static_cast<std::size_t>(n));
    rows += here.size();
    ASSERT_FALSE(here.empty()) << "page " << n;
    const std::string drawn = drawn_text(*printout, n, dir_ / "page.svg");
    for (const auto& id : here) EXPECT_NE(drawn.find(id), std::string::npos) << n << " " << id;
    for (const auto& id : next) EXPECT_EQ(drawn.find(id), std::string::npos) << n << " " << id;
#ifndef _WIN32
    const std::string printed = pdf_page_text(pdf, n);
    for (const auto& id : here) EXPECT_NE(printed.find(id), std::string::npos) << n << " " << id;
    for (const auto& id : next) EXPECT_EQ(printed.find(id), std::string::npos) << n << " " << id;
#endif
  }
  EXPECT_EQ(rows, frame_->workspace().statuses().size());  // every worker, once
  EXPECT_TRUE(hook_.titles.empty());
  shown->Destroy();
}

TEST_F(GuiTest, ExcelAndCsvAreSavedWholeAndAFailedSaveLeavesNothing) {
  auto& page = frame_->reports();
  page.choose(reports::ReportKind::summary);
  const auto xlsx = dir_ / u8"汇总 表.xlsx";
  ASSERT_TRUE(page.save_to(reports::ReportFormat::xlsx, utf8_from_path(xlsx)));
  EXPECT_EQ(read_file(xlsx).substr(0, 2), "PK");  // a zip: the workbook
  const auto csv = dir_ / "summary.csv";
  ASSERT_TRUE(page.save_to(reports::ReportFormat::csv, utf8_from_path(csv)));
  std::ostringstream out, err;
  const auto cli_csv = dir_ / "cli.csv";
  ASSERT_EQ(
      cli::run_cli({"cwtrack-cli", "--db", db_, "--lang", "zh", "report", "summary", "--as-of",
                    "2026-06-30", "--format", "csv", "-o", utf8_from_path(cli_csv)},
                   out, err, kToday),
      0)
      << err.str();
  EXPECT_EQ(read_file(csv), read_file(cli_csv));  // the command line's report, byte for byte
  EXPECT_TRUE(hook_.titles.empty());

  const auto nowhere = dir_ / "no such folder" / "summary.pdf";
  EXPECT_FALSE(page.save_to(reports::ReportFormat::pdf, utf8_from_path(nowhere)));
  ASSERT_EQ(hook_.titles.size(), 1u);  // the error, said
  EXPECT_FALSE(std::filesystem::exists(nowhere.parent_path()));
  for (const auto& entry : std::filesystem::directory_iterator(dir_))  // no scratch file left
    EXPECT_EQ(entry.path().filename().string().find("partial"), std::string::npos) << entry.path();
}

// 填报单位 (issue 23, item 7): the field shows what the scope names until the
// officer types their unit, which the report prints and the next start shows.
TEST_F(GuiTest, TheUnitFieldFollowsTheScopeUntilTypedAndIsRemembered) {
  frame_->show_page(Page::reports);
  auto& page = frame_->reports();
  page.choose(reports::ReportKind::summary);
  auto* unit = find<wxTextCtrl>("report_unit", &page);
  const auto place = frame_->workspace().tally_by_community().front();
  page.set_scope(place.district, place.street, "");
  EXPECT_EQ(utf8(unit->GetValue()), place.district + " " + place.street);
  page.set_scope(place.district, place.street, place.community);
  EXPECT_EQ(utf8(unit->GetValue()), place.community);
  unit->SetValue(wx("劝业场街道办事处"));  // typed: sends the text event
  page.set_scope("", "", "");
  EXPECT_EQ(utf8(unit->GetValue()), "劝业场街道办事处");
  EXPECT_EQ(page.form().unit, "劝业场街道办事处");
  const auto csv = dir_ / "unit.csv";
  ASSERT_TRUE(page.save_to(reports::ReportFormat::csv, utf8_from_path(csv)));
  EXPECT_NE(read_file(csv).find("劝业场街道办事处"), std::string::npos);
  EXPECT_EQ(utf8(wxConfigBase::Get()->Read("/reports/unit", wxEmptyString)), "劝业场街道办事处");
  // The next start's page shows it.
  auto* next = new ReportsPage(frame_, *frame_);
  EXPECT_EQ(utf8(find<wxTextCtrl>("report_unit", next)->GetValue()), "劝业场街道办事处");
  next->Destroy();
  // Emptied: the scope names it again, and nothing is remembered.
  unit->SetValue("");
  page.set_scope(place.district, "", "");
  EXPECT_EQ(utf8(unit->GetValue()), place.district);
  EXPECT_FALSE(wxConfigBase::Get()->HasEntry("/reports/unit"));
}

TEST_F(GuiTest, ACardForAnUnknownWorkerIsRefusedAndNothingIsMade) {
  auto& page = frame_->reports();
  page.choose(reports::ReportKind::card);
  page.set_worker("110101199003070011");  // well formed, not on file
  const auto pdf = dir_ / "card.pdf";
  EXPECT_FALSE(page.save_to(reports::ReportFormat::pdf, utf8_from_path(pdf)));
  ASSERT_EQ(hook_.titles.size(), 1u);
  EXPECT_FALSE(std::filesystem::exists(pdf));
  // One worker on file: one page.
  const std::string id = frame_->workspace().statuses().front().worker->id_number;
  page.set_worker(wx(id));
  auto* shown = page.preview();
  ASSERT_NE(shown, nullptr);
  settle();
  EXPECT_EQ(shown->preview().GetMaxPage(), 1);
  shown->Destroy();
}

}  // namespace
}  // namespace cwt::gui
