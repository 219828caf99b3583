// The printed reports from the outside: the command line writes each report
// of a fixed demo database and day, and
//  - its CSV and HTML equal the checked-in files under expected/ (golden
//    tests; a missing file fails; CWTRACK_UPDATE_GOLDEN=1 rewrites them:
//    see scripts/update-report-goldens);
//  - the training and summary totals equal sums over `status --format json`,
//    and deadlines and overdue list exactly the workers the status says.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "cli_test_support.hpp"
#include "cwt/model/codes.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/plan_report.hpp"
#include "cwt/reports/report.hpp"
#include "cwt/reports/report_file.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/plan_session.hpp"
#include "cwt/workspace/workspace.hpp"
#include "recording_progress.hpp"

namespace cwt::cli::testing {
namespace {

const std::filesystem::path kExpected = CWTRACK_GOLDEN_DIR;

class ReportsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    ASSERT_EQ(run({"demo", "--workers", "60", "--seed", "7", "--as-of", "2026-06-30"}).exit_code,
              0);
  }

  // The report's file as the command line writes it.
  std::string report(const std::vector<std::string>& options, const std::string& format) {
    const auto file = dir() / ("report." + format);
    std::vector<std::string> arguments{"report"};
    arguments.insert(arguments.end(), options.begin(), options.end());
    arguments.insert(arguments.end(),
                     {"--as-of", "2026-06-30", "--format", format, "-o", file.string()});
    const auto result = run(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return read_bytes(file);
  }

  nlohmann::json status_json() {
    const auto result = run({"status", "--as-of", "2026-06-30", "--format", "json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }

  // The document itself, for sums over its rows.
  reports::Document document(reports::ReportKind kind) {
    auto store = SqliteStore::open_existing(db_path());
    reports::ReportRequest request;
    request.kind = kind;
    request.as_of = Date(2026, 6, 30);
    request.full_id = true;
    return reports::build_report(request, *store);
  }
};

void expect_golden(const std::string& name, const std::string& actual) {
  const auto path = kExpected / name;
  if (const char* update = std::getenv("CWTRACK_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing: run scripts/update-report-goldens and review the diff";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_TRUE(expected.str() == actual)
      << name << " differs from the expected file; if the change is intended, run "
      << "scripts/update-report-goldens and review the diff";
}

TEST_F(ReportsTest, EveryReportEqualsItsExpectedCsvAndHtml) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> reports{
      {"deadlines", {"deadlines"}},
      {"training", {"training"}},
      {"overdue", {"overdue"}},
      {"summary", {"summary"}},
      {"card", {"card", "--community", "天塔里社区"}}};
  for (const auto& [name, options] : reports)
    for (const std::string lang : {"zh_CN", "en"})
      for (const std::string format : {"csv", "html"}) {
        auto with_lang = options;
        with_lang.insert(with_lang.end(), {"--lang", lang});
        expect_golden(name + "-" + lang + "." + format, report(with_lang, format));
      }
}

// Every 小计 and 合计 value of every grouped report stands under its own
// header as drawn (issue 23: a joined empty cell slid numbers one column).
TEST_F(ReportsTest, EveryTotalStandsUnderItsOwnHeader) {
  for (const auto kind : {reports::ReportKind::deadlines, reports::ReportKind::training,
                          reports::ReportKind::overdue, reports::ReportKind::summary}) {
    const auto built = document(kind);
    std::size_t checked = 0;
    for (const auto& block : built.blocks)
      for (const auto& table : block.tables)
        for (const auto& row : table.rows) {
          if (row.kind != reports::RowKind::subtotal && row.kind != reports::RowKind::total)
            continue;
          for (const auto& drawn : reports::drawn_cells(row, table.columns.size())) {
            if (drawn.cell->kind == reports::Cell::Kind::text) continue;
            ++checked;
            EXPECT_EQ(drawn.first_column, drawn.last_column)
                << built.title << ": the total under " << table.columns[drawn.first_column].title
                << " spans to " << table.columns[drawn.last_column].title;
          }
        }
    EXPECT_GT(checked, 0u) << built.title;
  }
}

// The training plan's report (issue 23: its 已安排 total stood under 出席):
// a demo plan with courses held and marked attended by the day.
class PlanReportTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    ASSERT_EQ(run({"demo", "--workers", "60", "--seed", "7", "--as-of", "2026-06-30",
                   "--plan-courses", "6"})
                  .exit_code,
              0);
  }
};

TEST_F(PlanReportTest, ThePlanReportEqualsItsExpectedFilesAndEveryTotalStandsInItsColumn) {
  auto store = SqliteStore::open_existing(db_path());
  ASSERT_EQ(store->training_plans().size(), 1u);
  const std::string plan = store->training_plans().front().name;
  for (const std::string lang : {"zh_CN", "en"})
    for (const std::string format : {"csv", "html"}) {
      const auto file = dir() / ("plan." + format);
      const auto result = run({"--lang", lang, "plan", "report", "--plan", plan, "--format", format,
                               "-o", file.string()});
      ASSERT_EQ(result.exit_code, 0) << result.err;
      expect_golden("plan-" + lang + "." + format, read_bytes(file));
    }
  // The document as the Planning page prints it: attendance is marked
  // (courses held by the day), and every number of every 小计 and 合计
  // row is drawn under its own header.
  Workspace workspace(*store, Date(2026, 6, 30));
  PlanSession session(workspace);
  ASSERT_TRUE(session.choose(plan));
  const reports::Document document =
      reports::plan_report(*session.plan(), session.state(), session.uncovered(), Language::zh,
                           session.day(), false, std::nullopt);
  std::size_t checked = 0, attended = 0;
  for (const auto& block : document.blocks)
    for (const auto& table : block.tables) {
      for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].title == "出席")
          for (const auto& row : table.rows)
            if (row.kind == reports::RowKind::total && row.cells[c].value > 0) ++attended;
      for (const auto& row : table.rows) {
        if (row.kind != reports::RowKind::subtotal && row.kind != reports::RowKind::total) continue;
        for (const auto& drawn : reports::drawn_cells(row, table.columns.size())) {
          if (drawn.cell->kind == reports::Cell::Kind::text) continue;
          ++checked;
          EXPECT_EQ(drawn.first_column, drawn.last_column)
              << table.caption << ": the total under " << table.columns[drawn.first_column].title
              << " spans to " << table.columns[drawn.last_column].title;
        }
      }
    }
  EXPECT_GT(checked, 10u);
  EXPECT_EQ(attended, 1u) << "the courses' table has a 出席 total above nought";
}

// Sums of the half hours of the status JSON's workers.
std::int64_t half_hours(const nlohmann::json& statuses, const char* field) {
  std::int64_t sum = 0;
  for (const auto& s : statuses)
    sum += static_cast<std::int64_t>(s["training"][field].get<double>() * 2 + 0.5);
  return sum;
}

const reports::Row& total_row(const reports::Document& document) {
  const auto& rows = document.blocks.at(0).tables.at(0).rows;
  EXPECT_EQ(rows.back().kind, reports::RowKind::total);
  return rows.back();
}

TEST_F(ReportsTest, TrainingTotalsAreTheStatusSums) {
  const auto statuses = status_json();
  const auto training = document(reports::ReportKind::training);
  const auto& total = total_row(training);
  EXPECT_EQ(total.cells[4].value, half_hours(statuses, "required_hours"));
  EXPECT_EQ(total.cells[5].value, half_hours(statuses, "completed_hours"));
  EXPECT_EQ(total.cells[6].value, half_hours(statuses, "shortfall_hours"));
  std::size_t met = 0, required = 0;
  for (const auto& s : statuses) {
    met += s["training"]["status"] == "met";
    required += s["training"]["required_hours"].get<double>() > 0;
  }
  EXPECT_DOUBLE_EQ(total.cells[7].ratio, static_cast<double>(met) / static_cast<double>(required));
  // Every active worker listed once.
  std::size_t listed = 0;
  for (const auto& row : training.blocks[0].tables[0].rows)
    listed += row.kind == reports::RowKind::data;
  EXPECT_EQ(listed, statuses.size());
}

TEST_F(ReportsTest, SummaryTotalsAreTheStatusCounts) {
  const auto statuses = status_json();
  std::int64_t must = 0, certified = 0, overdue = 0, met = 0;
  for (const auto& s : statuses) {
    must += s["must_certify"].get<bool>();
    certified += s["must_certify"].get<bool>() && s["certification"]["status"] == "certified";
    overdue += s["certification"]["status"] == "overdue";
    met += s["training"]["status"] == "met";
  }
  const auto summary = document(reports::ReportKind::summary);
  const auto& total = total_row(summary);
  EXPECT_EQ(total.cells[2].value, static_cast<std::int64_t>(statuses.size()));
  EXPECT_EQ(total.cells[3].value, must);
  EXPECT_EQ(total.cells[4].value, certified);
  EXPECT_EQ(total.cells[6].value, overdue);
  EXPECT_EQ(total.cells[7].value, met);
}

// The ID numbers of the data rows (column `column`, printed in full).
// Issue 23: the 街道 column printed "和平区 劝业场街道" on every row of a
// one-district table, so every row wrapped; the district is named only
// when the rows span several.
TEST_F(ReportsTest, TheStreetColumnNamesTheDistrictOnlyWhenTheRowsSpanSeveral) {
  const auto street_column = [&] {
    std::set<std::string> streets;
    const reports::Document summary = document(reports::ReportKind::summary);
    for (const auto& row : summary.blocks[0].tables[0].rows)
      if (row.kind == reports::RowKind::data) streets.insert(row.cells[0].text);
    return streets;
  };
  EXPECT_EQ(street_column(), std::set<std::string>{"劝业场街道"});
  ASSERT_EQ(run({"worker", "add", "--id-number", "120103199001011231", "--name", "周立",
                 "--district", "河西区", "--street", "友谊路街道", "--community", "平江南里社区",
                 "--hire-date", "2020-03-01", "--position", "grid_worker"})
                .exit_code,
            0);
  EXPECT_EQ(street_column(), (std::set<std::string>{"和平区 劝业场街道", "河西区 友谊路街道"}));
}

std::multiset<std::string> listed_ids(const reports::Document& document, std::size_t column) {
  std::multiset<std::string> ids;
  for (const auto& row : document.blocks.at(0).tables.at(0).rows)
    if (row.kind == reports::RowKind::data) ids.insert(row.cells.at(column).text);
  return ids;
}

TEST_F(ReportsTest, DeadlinesAndOverdueListExactlyTheStatusWorkers) {
  const auto statuses = status_json();
  std::multiset<std::string> open, overdue;
  for (const auto& s : statuses) {
    const std::string status = s["certification"]["status"];
    if (s["must_certify"].get<bool>() &&
        (status == "pending" || status == "due_soon" || status == "overdue"))
      open.insert(s["id_number"].get<std::string>());
    if (status == "overdue") overdue.insert(s["id_number"].get<std::string>());
  }
  ASSERT_FALSE(overdue.empty()) << "the demo should hold overdue workers";
  EXPECT_EQ(listed_ids(document(reports::ReportKind::deadlines), 2), open);
  EXPECT_EQ(listed_ids(document(reports::ReportKind::overdue), 2), overdue);
}

// Issue 22, item 3: a worker on the overdue list who has passed the exam
// (the certificate still to be collected) is said so in the 备注 column,
// the words of `worker show` and the Workers list.
TEST_F(ReportsTest, AnOverdueWorkerWhoPassedTheExamIsMarkedInTheRemarks) {
  std::string id;
  for (const auto& s : status_json())
    if (s["certification"]["status"] == "overdue") {
      id = s["id_number"].get<std::string>();
      break;
    }
  ASSERT_FALSE(id.empty());
  const auto masked = id.substr(0, 6) + "********" + id.substr(14);
  const auto row_of = [&](const std::string& csv) {
    const auto at = csv.find(masked);
    if (at == std::string::npos) return std::string();
    std::string row = csv.substr(at, csv.find('\n', at) - at);
    if (!row.empty() && row.back() == '\r') row.pop_back();  // CSV lines end in CRLF
    return row;
  };
  const std::string before = row_of(report({"overdue", "--lang", "zh_CN"}, "csv"));
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(before.find("待领证"), std::string::npos) << before;
  ASSERT_EQ(run({"exam", "add", "--id-number", id, "--exam-date", "2026-05-16", "--exam",
                 "city_community", "--result", "passed"})
                .exit_code,
            0);
  const std::string after = row_of(report({"overdue", "--lang", "zh_CN"}, "csv"));
  EXPECT_TRUE(after.ends_with(",已通过考试，待领证")) << after;
  EXPECT_TRUE(row_of(report({"overdue", "--lang", "en"}, "csv"))
                  .ends_with(",\"exam passed, certificate to collect\""))
      << row_of(report({"overdue", "--lang", "en"}, "csv"));
  // Still on the list: a passed exam does not by itself certify.
  EXPECT_NE(row_of(report({"overdue", "--lang", "zh_CN"}, "html")), std::string());
}

// Issue 23, item 7: a browser breaks a date after its hyphen (2024-11- /
// 01) and "20 学时" at its blank in a narrow column; the HTML holds every
// date, number and ID number cell, and such runs inside texts, on one line.
TEST_F(ReportsTest, HtmlKeepsDatesNumbersAndIdNumbersOnOneLine) {
  const std::regex nowrap_style(R"(\.nw \{ white-space: nowrap; \})");
  const std::regex cell(R"re(<td class="([^"]*)">([^<]*)</td>)re");
  const std::regex one_value(R"(-?[0-9][0-9.%-]*|[0-9]{6}\*+[0-9]{3}[0-9X])");
  for (const std::string name : {"deadlines", "training", "overdue", "card"}) {
    const std::string html = report({name, "--lang", "zh_CN"}, "html");
    EXPECT_TRUE(std::regex_search(html, nowrap_style)) << name;
    std::size_t held = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), cell);
         it != std::sregex_iterator(); ++it) {
      const std::string classes = (*it)[1];
      const std::string text = (*it)[2];
      if (!std::regex_match(text, one_value)) continue;
      ++held;
      EXPECT_NE((" " + classes + " ").find(" nw "), std::string::npos) << name << ": " << it->str();
    }
    EXPECT_GT(held, 10u) << name;
  }
  // In texts: the note's "20 学时", the card's "（期限 2016-01-01）".
  const std::string training = report({"training", "--lang", "zh_CN"}, "html");
  EXPECT_NE(training.find("<span class=\"nw\">20 学时</span>"), std::string::npos);
  const std::string card = report({"card", "--community", "天塔里社区", "--lang", "zh_CN"}, "html");
  EXPECT_TRUE(
      std::regex_search(card, std::regex(R"(期限 <span class="nw">\d{4}-\d{2}-\d{2}</span>)")));
}

// Issue 23, item 7: 填报单位 as the officer gives it (--unit), on every
// report and the plan report; without it what the scope names; "" blank.
TEST_F(ReportsTest, TheUnitGivenIsPrintedAsTheFilingUnit) {
  const std::string community = status_json().at(0)["community"].get<std::string>();
  const std::string unit = "和平区劝业场街道办事处";
  const std::string line = "填报单位（盖章）：";
  for (const std::string format : {"csv", "html"}) {
    for (const std::string name : {"deadlines", "training", "overdue", "summary"}) {
      const auto given = report({name, "--lang", "zh_CN", "--unit", unit}, format);
      EXPECT_NE(given.find(line + unit), std::string::npos) << name << "." << format;
    }
    const auto scoped = report({"summary", "--community", community, "--lang", "zh_CN"}, format);
    EXPECT_NE(scoped.find(line + community), std::string::npos) << format;
    const auto both =
        report({"summary", "--community", community, "--lang", "zh_CN", "--unit", unit}, format);
    EXPECT_NE(both.find(line + unit), std::string::npos) << format;
    EXPECT_EQ(both.find(line + community), std::string::npos) << format;
    const auto blank =
        report({"summary", "--community", community, "--lang", "zh_CN", "--unit", ""}, format);
    EXPECT_NE(blank.find(line + std::string(16, ' ')), std::string::npos) << format;
    const auto english = report({"summary", "--lang", "en", "--unit", unit}, format);
    EXPECT_NE(english.find("Reporting unit (seal): " + unit), std::string::npos) << format;
  }
  // The plan report: its scope's street by default, the unit given.
  const std::string street = status_json().at(0)["street"].get<std::string>();
  ASSERT_EQ(
      run({"plan", "create", "--year", "2026", "--name", "计划", "--street", street}).exit_code, 0);
  for (const std::string format : {"csv", "html"}) {
    const auto file = dir() / ("plan." + format);
    const auto plan_report = [&](std::vector<std::string> extra) {
      std::vector<std::string> arguments{"--lang", "zh_CN",    "plan", "report", "--plan",
                                         "计划",   "--format", format, "-o",     file.string()};
      arguments.insert(arguments.end(), extra.begin(), extra.end());
      const auto result = run(arguments);
      EXPECT_EQ(result.exit_code, 0) << result.err;
      return read_bytes(file);
    };
    EXPECT_NE(plan_report({}).find(line + street), std::string::npos) << format;
    EXPECT_NE(plan_report({"--unit", unit}).find(line + unit), std::string::npos) << format;
  }
}

TEST(PrintedId, MaskedByDefaultWhateverTheLength) {
  EXPECT_EQ(reports::printed_id("12010119900307123X", false), "120101********123X");
  EXPECT_EQ(reports::printed_id("120101900307123", false), "120101*****7123");
  EXPECT_EQ(reports::printed_id("12345", false), "*2345");
  EXPECT_EQ(reports::printed_id("1234", false), "****");
  EXPECT_EQ(reports::printed_id("12010119900307123X", true), "12010119900307123X");
}

TEST_F(ReportsTest, AReportIsWrittenWholeOrNotAtAll) {
  const auto target = dir() / "no-such-folder" / "r.csv";
  const auto result =
      run({"report", "summary", "--as-of", "2026-06-30", "--format", "csv", "-o", target.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("nothing was written"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(target));
}

// Issue 24, item 2: writing a report's file reports its rows (a PDF's
// pages) rising to all of them, and a cancel at 10 %, 50 % or 90 % throws
// Cancelled and leaves the file named exactly as it was: an older file byte
// for byte, no file where there was none.
TEST_F(CliTest, WritingAReportRisesToTheEndAndACancelLeavesTheFileAsItWas) {
  ASSERT_EQ(run({"init"}).exit_code, 0);
  ASSERT_EQ(run({"demo", "--workers", "1000", "--seed", "3", "--as-of", "2026-06-30"}).exit_code,
            0);
  auto store = SqliteStore::open_existing(db_path());
  reports::ReportRequest request;
  request.kind = reports::ReportKind::training;
  request.as_of = Date(2026, 6, 30);
  const reports::Document document = reports::build_report(request, *store);
  const auto fonts = reports::report_fonts({CWTRACK_FONT_DIR});
  const reports::Layout layout = reports::lay_out(document, *fonts);
  ASSERT_GE(layout.pages.size(), 20u);

  for (const auto format : {reports::ReportFormat::pdf, reports::ReportFormat::xlsx,
                            reports::ReportFormat::csv, reports::ReportFormat::html}) {
    const std::string extension(reports::extension_of(format));
    SCOPED_TRACE(extension);
    const std::string file = (dir() / ("training." + extension)).string();
    test::RecordingProgress whole;
    reports::save_report(document, format, file, &layout, fonts.get(), whole);
    ASSERT_GE(whole.steps.size(), 20u);
    EXPECT_TRUE(whole.rises());
    EXPECT_EQ(whole.steps.back().first, whole.steps.back().second);
    const std::string older = read_bytes(file);
    ASSERT_FALSE(older.empty());

    for (const double share : {0.1, 0.5, 0.9}) {
      test::RecordingProgress stopping(share);
      EXPECT_THROW(reports::save_report(document, format, file, &layout, fonts.get(), stopping),
                   Cancelled)
          << share;
      EXPECT_LT(stopping.steps.back().first, stopping.steps.back().second) << share;
      EXPECT_EQ(read_bytes(file), older) << share;
      const auto fresh = dir() / ("fresh." + extension);
      test::RecordingProgress stopping_fresh(share);
      EXPECT_THROW(reports::save_report(document, format, fresh.string(), &layout, fonts.get(),
                                        stopping_fresh),
                   Cancelled)
          << share;
      EXPECT_FALSE(std::filesystem::exists(fresh)) << share;
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir()))
    EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace cwt::cli::testing
