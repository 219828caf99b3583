// Issue 23, item 3: a report's workbook prints like its PDF. Each report is
// written by the command line as XLSX, and the workbook's parts are
// read back (the exchange layer's zip and XML readers, and its workbook
// reader for the cells): A4 in the PDF's orientation, one page wide, the
// table's header row repeated, the footer numbering the pages, the sheet and
// the file named after the report, each card on a page of its own.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>

#include "cli_test_support.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/text.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/paper.hpp"
#include "cwt/reports/plan_report.hpp"
#include "cwt/reports/render_xlsx.hpp"
#include "cwt/reports/report.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "xml_reader.hpp"
#include "zip_archive.hpp"

namespace cwt::cli::testing {
namespace {

struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;
};

// Every element of a part, in document order, with its attributes (by
// local name) and the text directly inside it.
class Collector : public XmlHandler {
 public:
  void start(std::string_view name, const XML_Char** attributes) override {
    Element element{std::string(name), {}, {}};
    for (const XML_Char** a = attributes; a && *a; a += 2) {
      std::string_view key(a[0]);
      if (const auto colon = key.rfind(':'); colon != std::string_view::npos)
        key = key.substr(colon + 1);
      element.attributes[std::string(key)] = a[1];
    }
    open_.push_back(elements.size());
    elements.push_back(std::move(element));
  }
  void end(std::string_view) override { open_.pop_back(); }
  void text(std::string_view text) override {
    if (!open_.empty()) elements[open_.back()].text += text;
  }
  std::vector<Element> elements;

 private:
  std::vector<std::size_t> open_;
};

std::vector<Element> elements_of(const std::string& workbook, const std::string& part) {
  auto zip = ZipArchive::open(workbook);
  EXPECT_TRUE(zip.ok()) << (zip.ok() ? "" : zip.error());
  if (!zip.ok()) return {};
  Collector collector;
  XmlReader reader(collector);
  const auto read = zip.value()->read(
      part, [&](std::string_view chunk) { return reader.feed(chunk).ok(); }, std::size_t{1} << 28);
  EXPECT_TRUE(read.ok()) << part << ": " << (read.ok() ? "" : read.error());
  EXPECT_TRUE(reader.finish().ok()) << part;
  return std::move(collector.elements);
}

std::vector<Element> named(const std::vector<Element>& elements, std::string_view name) {
  std::vector<Element> found;
  for (const Element& element : elements)
    if (element.name == name) found.push_back(element);
  return found;
}

std::string attribute(const std::vector<Element>& elements, std::string_view name,
                      const std::string& key) {
  const auto found = named(elements, name);
  if (found.empty()) return "(no " + std::string(name) + ")";
  const auto value = found.front().attributes.find(key);
  return value == found.front().attributes.end() ? "(none)" : value->second;
}

// A sheet's rows as texts, by row number (1-based).
std::map<int, std::vector<std::string>> sheet_texts(const std::filesystem::path& file,
                                                    std::size_t index) {
  auto book = XlsxWorkbook::from_file(file);
  EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error());
  std::map<int, std::vector<std::string>> rows;
  if (!book.ok()) return rows;
  const auto sheet = book->sheet(index);
  EXPECT_TRUE(sheet.ok());
  if (!sheet.ok()) return rows;
  for (const XlsxRow& row : sheet->rows)
    for (const XlsxCell& cell : row.cells) rows[row.number].push_back(cell.text);
  return rows;
}

const std::string kPlan = "2026年度社区工作者培训计划";

class XlsxPrintTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    ASSERT_EQ(run({"demo", "--workers", "60", "--seed", "7", "--as-of", "2026-06-30",
                   "--plan-courses", "6"})
                  .exit_code,
              0);
  }

  // The report (its name and options; "plan" for the plan's) written as
  // `format` in `lang`; the file's path.
  std::filesystem::path written(const std::vector<std::string>& report, const std::string& lang,
                                const std::string& format) {
    const auto file = dir() / (report.front() + "-" + lang + "." + format);
    std::vector<std::string> arguments{"--lang", lang};
    if (report.front() == "plan") {
      arguments.insert(arguments.end(), {"plan", "report", "--plan", kPlan});
    } else {
      arguments.push_back("report");
      arguments.insert(arguments.end(), report.begin(), report.end());
      arguments.insert(arguments.end(), {"--as-of", "2026-06-30"});
    }
    arguments.insert(arguments.end(), {"--format", format, "-o", file.string()});
    const auto result = run(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return file;
  }

  // The report's document, as the PDF is laid out from it.
  reports::Document document(const std::vector<std::string>& report, Language language) {
    if (report.front() == "plan")  // its orientation and title do not depend on the plan's rows
    {
      TrainingPlan plan;
      plan.name = kPlan;
      plan.year = 2026;
      return reports::plan_report(plan, PlanState{}, {}, language, Date(2026, 6, 30), false,
                                  std::nullopt);
    }
    auto store = SqliteStore::open_existing(db_path());
    reports::ReportRequest request;
    request.kind = *reports::parse_report_kind(report.front());
    request.as_of = Date(2026, 6, 30);
    request.language = language;
    for (std::size_t i = 1; i + 1 < report.size(); i += 2)
      if (report[i] == "--community") request.scope.community = report[i + 1];
    return reports::build_report(request, *store);
  }
};

const std::vector<std::vector<std::string>> kReports{
    {"deadlines"}, {"training"}, {"overdue"}, {"summary"}, {"card", "--community", "天塔里社区"},
    {"plan"}};

TEST_F(XlsxPrintTest, EveryReportWorkbookPrintsOnA4AsItsPdfByAScaleThatKeepsItsBreaks) {
  for (const auto& report : kReports) {
    SCOPED_TRACE(report.front());
    // The orientation the PDF's pages take (layout.cpp's geometry).
    const bool landscape = document(report, Language::zh).landscape;
    const auto sheet =
        elements_of(read_bytes(written(report, "zh_CN", "xlsx")), "xl/worksheets/sheet1.xml");
    EXPECT_EQ(attribute(sheet, "pageSetup", "paperSize"), "9");  // A4
    EXPECT_EQ(attribute(sheet, "pageSetup", "orientation"), landscape ? "landscape" : "portrait");
    // One page wide by its scale, not "fit to pages": fitted, Excel and WPS
    // ignore the manual page breaks (the cards', the PDF's). The scale is
    // 96 % or what brings a stretched grid back within it.
    EXPECT_EQ(attribute(sheet, "pageSetUpPr", "fitToPage"), "(no pageSetUpPr)");
    const std::string scale = attribute(sheet, "pageSetup", "scale");
    ASSERT_NE(scale, "(none)");
    EXPECT_GE(std::stoi(scale), 10);
    EXPECT_LE(std::stoi(scale), 96);
    // The PDF's margins.
    const auto m = reports::paper::margins(landscape);
    for (const auto& [side, mm] : {std::pair{"left", m.left}, std::pair{"right", m.right},
                                   std::pair{"top", m.top}, std::pair{"bottom", m.bottom}})
      EXPECT_NEAR(std::stod(attribute(sheet, "pageMargins", side)), mm / 25.4, 1e-6) << side;
  }
}

// The PDF repeats a table's header on every page; the workbook repeats the
// header row of its main table (Excel repeats one set of rows a sheet): a
// one-table report's, and the plan's workers table, which fills most of its
// paper. The cards (a page each) repeat none.
TEST_F(XlsxPrintTest, TheTablesHeaderRowIsRepeatedOnEveryPrintedPage) {
  for (const auto& report : kReports) {
    SCOPED_TRACE(report.front());
    const auto file = written(report, "zh_CN", "xlsx");
    std::vector<Element> print_titles;
    for (const Element& name :
         named(elements_of(read_bytes(file), "xl/workbook.xml"), "definedName"))
      if (name.attributes.at("name") == "_xlnm.Print_Titles") print_titles.push_back(name);
    if (report.front() == "card") {
      EXPECT_TRUE(print_titles.empty());
      continue;
    }
    ASSERT_EQ(print_titles.size(), 1u);
    EXPECT_EQ(print_titles[0].attributes.at("localSheetId"), "0");
    std::smatch rows;
    ASSERT_TRUE(std::regex_search(print_titles[0].text, rows, std::regex(R"(!\$(\d+):\$(\d+)$)")))
        << print_titles[0].text;
    EXPECT_EQ(rows[1], rows[2]) << "one header row";
    const auto built = document(report, Language::zh);
    const auto& table = built.blocks[0].tables[report.front() == "plan" ? 1 : 0];
    std::vector<std::string> expected;
    for (const auto& column : table.columns) expected.push_back(column.title);
    EXPECT_EQ(sheet_texts(file, 0)[std::stoi(rows[1])], expected) << print_titles[0].text;
  }
}

TEST_F(XlsxPrintTest, TheFooterNumbersThePagesInTheReportsLanguage) {
  for (const auto& report : kReports) {
    SCOPED_TRACE(report.front());
    for (const auto& [lang, footer] :
         {std::pair{"zh_CN", "&C第 &P 页 / 共 &N 页"}, std::pair{"en", "&CPage &P of &N"}}) {
      const auto sheet =
          elements_of(read_bytes(written(report, lang, "xlsx")), "xl/worksheets/sheet1.xml");
      const auto odd = named(sheet, "oddFooter");
      ASSERT_EQ(odd.size(), 1u) << lang;
      EXPECT_EQ(odd[0].text, footer);
    }
  }
}

TEST_F(XlsxPrintTest, TheSheetAndTheFileAreNamedAfterTheReport) {
  for (const auto& report : kReports) {
    SCOPED_TRACE(report.front());
    for (const std::string lang : {"zh_CN", "en"}) {
      const std::string title = document(report, lang == "en" ? Language::en : Language::zh).title;
      const auto workbook = read_bytes(written(report, lang, "xlsx"));
      const auto sheets = named(elements_of(workbook, "xl/workbook.xml"), "sheet");
      ASSERT_EQ(sheets.size(), 1u);
      const std::string name = sheets[0].attributes.at("name");
      // Excel's rules: at most 31 characters, none of []:*?/\ .
      EXPECT_LE(code_points(name).size(), 31u) << name;
      EXPECT_EQ(name.find_first_of("[]:*?/\\"), std::string::npos) << name;
      if (lang == "zh_CN") {
        EXPECT_EQ(name, title);
      }
      // The title's words, as many as fit.
      std::string words = title;
      for (char& c : words)
        if (c == ':') c = ' ';
      std::string squeezed;
      for (char c : words)
        if (c != ' ' || squeezed.empty() || squeezed.back() != ' ') squeezed += c;
      EXPECT_TRUE(squeezed.starts_with(name)) << name << " / " << title;
      EXPECT_GT(name.size(), 10u) << name;
      const auto core = elements_of(workbook, "docProps/core.xml");
      ASSERT_EQ(named(core, "title").size(), 1u);
      EXPECT_EQ(named(core, "title")[0].text, title);
      ASSERT_EQ(named(core, "creator").size(), 1u);
      EXPECT_EQ(named(core, "creator")[0].text, "cwtrack");
    }
  }
  // The organisation filing the report is the file's company.
  const auto street = written({"summary", "--street", "劝业场街道"}, "zh_CN", "xlsx");
  const auto company = named(elements_of(read_bytes(street), "docProps/app.xml"), "Company");
  ASSERT_EQ(company.size(), 1u);
  EXPECT_EQ(company[0].text, "劝业场街道");
}

// As in the PDF, each card after the first starts a page: a manual page
// break above the row that opens it (the blank row before the worker's name).
TEST_F(XlsxPrintTest, EachCardStartsAPageOfItsOwn) {
  const std::vector<std::string> report{"card", "--community", "天塔里社区"};
  const auto built = document(report, Language::zh);
  ASSERT_GT(built.blocks.size(), 2u);
  const auto file = written(report, "zh_CN", "xlsx");
  const auto breaks = named(elements_of(read_bytes(file), "xl/worksheets/sheet1.xml"), "brk");
  ASSERT_EQ(breaks.size(), built.blocks.size() - 1);
  auto rows = sheet_texts(file, 0);
  for (std::size_t b = 1; b < built.blocks.size(); ++b) {
    // brk id: the last row above the break, counted from 1; the card's
    // name is the second row of its page.
    const int first = std::stoi(breaks[b - 1].attributes.at("id")) + 1;
    EXPECT_EQ(breaks[b - 1].attributes.at("man"), "1");
    EXPECT_TRUE(rows[first].empty()) << first;
    ASSERT_FALSE(rows[first + 1].empty()) << first + 1;
    EXPECT_EQ(rows[first + 1][0], built.blocks[b].heading);
  }
}

// The PDF keeps a group's heading with its rows and names a continued group
// again with （续）: the workbook, given the PDF's pages, starts each page
// at the row the PDF's starts with (a manual page break above it).
TEST_F(XlsxPrintTest, TheWorkbooksPagesBreakWhereThePdfsDo) {
  const auto fonts = reports::find_report_fonts({CWTRACK_FONT_DIR});
  ASSERT_TRUE(fonts);
  const auto built = document({"training"}, Language::zh);
  const auto layout = reports::lay_out(built, *fonts);
  ASSERT_GT(layout.pages.size(), 2u);
  const auto file = dir() / "training-paged.xlsx";
  reports::write_xlsx(built, file, &layout);
  const auto breaks = named(elements_of(read_bytes(file), "xl/worksheets/sheet1.xml"), "brk");
  ASSERT_EQ(breaks.size(), layout.pages.size() - 1);
  auto rows = sheet_texts(file, 0);
  const auto& table = built.blocks[0].tables[0];
  for (std::size_t p = 1; p < layout.pages.size(); ++p) {
    // brk id: the last row above the break, counted from 1.
    const int first = std::stoi(breaks[p - 1].attributes.at("id")) + 1;
    const auto& row = table.rows.at(layout.pages[p].rows.front().row);
    ASSERT_FALSE(rows[first].empty()) << "page " << p + 1;
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (row.cells[c].kind == reports::Cell::Kind::text) {
        EXPECT_EQ(rows[first].at(c), row.cells[c].text) << "page " << p + 1 << ", column " << c;
      }
  }
  // Without the pages, Excel breaks them itself.
  reports::write_xlsx(built, file);
  EXPECT_TRUE(named(elements_of(read_bytes(file), "xl/worksheets/sheet1.xml"), "brk").empty());
}

// A document of cards with one small table each, `cards` of them.
reports::Document cards_document(std::size_t cards) {
  reports::Document document;
  document.name = "card";
  document.title = "社区工作者档案卡";
  document.scope = "全部";
  for (std::size_t i = 0; i < cards; ++i) {
    reports::Table table;
    table.columns = {{"年度", 4, reports::Align::center}, {"学时", 5, reports::Align::right}};
    table.rows.push_back(
        {reports::RowKind::data, {reports::Cell::of_integer(2026), reports::Cell::of_hours(40)}});
    document.blocks.push_back({"工作者 " + std::to_string(i + 1),
                               {{"姓名", "工作者 " + std::to_string(i + 1)}},
                               {std::move(table)}});
  }
  return document;
}

// Excel keeps at most 1,023 page breaks a sheet: a thousand cards and more
// go on in a further sheet, numbered, set up as the first.
TEST_F(XlsxPrintTest, CardsBeyondAThousandPageBreaksGoOnInAFurtherSheet) {
  const auto file = dir() / "cards.xlsx";
  reports::write_xlsx(cards_document(1002), file);
  const auto workbook = read_bytes(file);
  const auto sheets = named(elements_of(workbook, "xl/workbook.xml"), "sheet");
  ASSERT_EQ(sheets.size(), 2u);
  EXPECT_EQ(sheets[0].attributes.at("name"), "社区工作者档案卡");
  EXPECT_EQ(sheets[1].attributes.at("name"), "社区工作者档案卡（2）");
  const auto first = elements_of(workbook, "xl/worksheets/sheet1.xml");
  const auto second = elements_of(workbook, "xl/worksheets/sheet2.xml");
  EXPECT_EQ(named(first, "brk").size(), 1000u);
  EXPECT_EQ(named(second, "brk").size(), 0u);
  EXPECT_EQ(attribute(second, "pageSetup", "paperSize"), "9");
  EXPECT_EQ(named(second, "oddFooter").size(), 1u);
  // The last card is on the second sheet.
  bool found = false;
  for (const auto& [number, texts] : sheet_texts(file, 1))
    found = found || (!texts.empty() && texts[0] == "工作者 1002");
  EXPECT_TRUE(found);
}

// A row is as tall as the PDF sets it: its tallest cell's lines, 9 points
// at 1.3 leading, and 2 points of padding above and below (in whole pixels),
// so that a printed page holds the rows a PDF page holds.
TEST_F(XlsxPrintTest, ARowIsAsTallAsThePdfSetsIt) {
  reports::Document document;
  document.name = "training";
  document.title = "测试表";
  reports::Table table;
  table.columns = {{"姓名", 1, reports::Align::left}, {"说明", 5, reports::Align::left}};
  // The second column: 5/6 of the page's width, so about 40 Chinese
  // characters a line; 100 of them take three lines.
  table.rows.push_back(
      {reports::RowKind::data, {reports::Cell::of_text("张三"), reports::Cell::of_text("短")}});
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "长";
  table.rows.push_back({reports::RowKind::data,
                        {reports::Cell::of_text("李四"), reports::Cell::of_text(long_text)}});
  document.blocks.push_back({{}, {}, {std::move(table)}});
  const auto file = dir() / "heights.xlsx";
  reports::write_xlsx(document, file);
  std::map<int, double> heights;
  for (const Element& row : named(elements_of(read_bytes(file), "xl/worksheets/sheet1.xml"), "row"))
    if (row.attributes.contains("ht"))
      heights[std::stoi(row.attributes.at("r"))] = std::stod(row.attributes.at("ht"));
  const auto pdf_height = [](int lines) {
    const double points = lines * 9 * 1.3 + 4;
    return std::ceil(points * 96 / 72 - 1e-9) * 72 / 96;
  };
  // Title, organisation, scope, blank, header: the rows are 6 and 7.
  ASSERT_TRUE(heights.contains(6) && heights.contains(7));
  EXPECT_DOUBLE_EQ(heights[6], pdf_height(1));
  EXPECT_DOUBLE_EQ(heights[7], pdf_height(3));
}

}  // namespace
}  // namespace cwt::cli::testing
