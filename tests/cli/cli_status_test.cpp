// `status` end to end through the command line: records entered with the
// add commands, results worked out by hand from DOMAIN.md on 2026-06-30.
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"

namespace cwt::cli::testing {
namespace {

using nlohmann::json;

class StatusTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    // A: new hire 2025-09-01, staff: deadline 2027-09-01, pending.
    add_worker(a, "张三", "2025-09-01", "community_staff");
    add_training(a, "2026-03-01", "8");
    add_training(a, "2026-05-01", "4");
    add_training(a, "2026-05-02", "9", "no");  // unverified: never counts
    // B: hired 2024-08-15, grid worker: deadline 2026-08-15, 46 days left.
    add_worker(b, "李四", "2024-08-15", "grid_worker");
    // C: hired 29 Feb 2024, elected: deadline 2026-02-28, 122 days overdue.
    add_worker(c, "王五", "2024-02-29", "居委会委员");
    // D: born 1960, hired 2010: 54 on 2014-01-01, exempt; a party secretary.
    add_worker(d, "赵六", "2010-03-01", "party_secretary");
    add_training(d, "2026-01-10", "40");
    // E: hired 29 Feb 2016 (deadline 2018-02-28), certificate 2018-03-05: late.
    add_worker(e, "钱七", "2016-02-29", "community_staff");
    EXPECT_EQ(
        run({"cert", "add", "--id-number", e, "--type", "city_cw", "--issue-date", "2018-03-05"})
            .exit_code,
        0);
    // F: left on the as-of day: not active.
    add_worker(f, "孙八", "2015-05-05", "community_staff", "2026-06-30");
    // G: hired 2026-03-15: by_month 10 months -> 20 x 10/12 = 16.67 -> 17.
    add_worker(g, "周九", "2026-03-15", "community_staff");
    add_training(g, "2026-04-01", "6.5");
  }

  void add_worker(const std::string& id, const std::string& name, const std::string& hired,
                  const std::string& position, const std::string& left = "") {
    std::vector<std::string> args{"worker",      "add",        "--id-number", id,
                                  "--name",      name,         "--district",  "和平区",
                                  "--street",    "劝业场街道", "--community", "新兴社区",
                                  "--hire-date", hired,        "--position",  position};
    if (!left.empty()) args.insert(args.end(), {"--leave-date", left});
    const auto result = run(args);
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  void add_training(const std::string& id, const std::string& date, const std::string& hours,
                    const std::string& verified = "yes") {
    const auto result = run({"training", "add", "--id-number", id, "--date", date, "--hours", hours,
                             "--category", "skills", "--verified", verified});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  json status_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"status", "--as-of", "2026-06-30", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = run(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return json::parse(result.out);
  }
  static json find(const json& all, const std::string& id) {
    for (const auto& entry : all)
      if (entry["id_number"] == id) return entry;
    ADD_FAILURE() << "no status for " << id;
    return json();
  }

  const std::string a = make_id("120101", "19900510", 11);
  const std::string b = make_id("120102", "19950101", 22);
  const std::string c = make_id("120103", "19850615", 33);
  const std::string d = make_id("120104", "19600101", 44);
  const std::string e = make_id("120105", "19880808", 55);
  const std::string f = make_id("120106", "19700101", 66);
  const std::string g = make_id("120110", "20000229", 77);
};

TEST_F(StatusTest, JsonHasEveryActiveWorkerOrderedByIdNumber) {
  const json all = status_json();
  std::vector<std::string> ids;
  for (const auto& entry : all) ids.push_back(entry["id_number"]);
  std::vector<std::string> expected{a, b, c, d, e, g};
  std::ranges::sort(expected);
  EXPECT_EQ(ids, expected);
}

TEST_F(StatusTest, PendingNewHireOnTrack) {
  const json expected = json::parse(R"({
    "id_number": ")" + a + R"(", "name": "张三", "age": 36, "street": "劝业场街道",
    "community": "新兴社区", "position": "community_staff", "employment": "hired",
    "must_certify": true,
    "certification": {"status": "pending", "deadline": "2027-09-01", "days_left": 428,
                      "action": null, "certified_late": false},
    "training": {"year": 2026, "required_hours": 20, "completed_hours": 12,
                 "shortfall_hours": 8, "status": "on_track"}})");
  EXPECT_EQ(find(status_json(), a), expected);
}

TEST_F(StatusTest, DueSoonBehindOverdueRecallExemptMetLate) {
  const json all = status_json();
  const json jb = find(all, b);
  EXPECT_EQ(jb["certification"]["status"], "due_soon");
  EXPECT_EQ(jb["certification"]["days_left"], 46);
  EXPECT_EQ(jb["training"]["status"], "behind");

  const json jc = find(all, c);
  EXPECT_EQ(jc["certification"]["status"], "overdue");
  EXPECT_EQ(jc["certification"]["deadline"], "2026-02-28");
  EXPECT_EQ(jc["certification"]["days_left"], -122);
  EXPECT_EQ(jc["certification"]["action"], "recall");
  EXPECT_EQ(jc["employment"], "elected");

  const json jd = find(all, d);
  EXPECT_EQ(jd["must_certify"], false);
  EXPECT_EQ(jd["certification"]["status"], "exempt");
  EXPECT_TRUE(jd["certification"]["deadline"].is_null());
  EXPECT_TRUE(jd["certification"]["days_left"].is_null());
  EXPECT_EQ(jd["training"]["required_hours"], 40);
  EXPECT_EQ(jd["training"]["status"], "met");

  const json je = find(all, e);
  EXPECT_EQ(je["certification"]["status"], "certified");
  EXPECT_EQ(je["certification"]["deadline"], "2018-02-28");
  EXPECT_TRUE(je["certification"]["days_left"].is_null());
  EXPECT_EQ(je["certification"]["certified_late"], true);
}

TEST_F(StatusTest, MidYearHireProratedByMonthWithHalfHours) {
  const json jg = find(status_json(), g);
  EXPECT_EQ(jg["training"]["required_hours"], 17);
  EXPECT_EQ(jg["training"]["completed_hours"], 6.5);
  EXPECT_EQ(jg["training"]["shortfall_hours"], 10.5);
  // 6.5 x 292 employed days >= 17 x 108 elapsed days
  EXPECT_EQ(jg["training"]["status"], "on_track");
}

TEST_F(StatusTest, LastYearIsOverAndProrated) {
  // 2025 for A: September to December, 20 x 4/12 = 6.67 -> 7, nothing done.
  const json ja = find(status_json({"--year", "2025"}), a);
  EXPECT_EQ(ja["training"]["year"], 2025);
  EXPECT_EQ(ja["training"]["required_hours"], 7);
  EXPECT_EQ(ja["training"]["status"], "not_met");
}

TEST_F(StatusTest, ChangedPolicyChangesResults) {
  ASSERT_EQ(run({"settings", "set", "exam_age_limit", "55"}).exit_code, 0);
  ASSERT_EQ(run({"settings", "set", "certification_period_years", "3"}).exit_code, 0);
  ASSERT_EQ(run({"settings", "set", "leader_hours", "30"}).exit_code, 0);
  ASSERT_EQ(run({"settings", "set", "proration", "none"}).exit_code, 0);
  const json all = status_json();
  // D is 54 on 2014-01-01: now obligated from then, deadline 2017-01-01.
  const json jd = find(all, d);
  EXPECT_EQ(jd["certification"]["status"], "overdue");
  EXPECT_EQ(jd["certification"]["deadline"], "2017-01-01");
  EXPECT_EQ(jd["certification"]["action"], "recall");
  EXPECT_EQ(jd["training"]["required_hours"], 30);
  // B: deadline 2027-08-15, no longer due soon.
  EXPECT_EQ(find(all, b)["certification"]["status"], "pending");
  // G: no proration, the full 20 hours.
  EXPECT_EQ(find(all, g)["training"]["required_hours"], 20);
  const auto shown = run({"settings", "show"});
  EXPECT_NE(shown.out.find("exam_age_limit"), std::string::npos);
  EXPECT_NE(shown.out.find("55"), std::string::npos);
}

TEST_F(StatusTest, CsvAndTableShowTheSameWorkers) {
  const auto csv = run({"status", "--as-of", "2026-06-30", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(std::ranges::count(csv.out, '\n'), 7);  // header + 6 active workers
  EXPECT_NE(csv.out.find(c + ",王五,"), std::string::npos);
  const auto table = run({"status", "--as-of", "2026-06-30"});
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("已逾期"), std::string::npos);
  EXPECT_NE(table.out.find("共 6 人"), std::string::npos);
  const auto english = run({"--lang", "en", "status", "--as-of", "2026-06-30"});
  EXPECT_NE(english.out.find("Overdue"), std::string::npos);
}

TEST_F(StatusTest, CsvWrittenToAFileHasABomThePrintedCsvNone) {
  // The printed CSV is the stable interface scripts read: it starts with
  // its header. The file (-o) is for Excel, which reads UTF-8 only after a
  // BOM; otherwise the same bytes.
  const auto printed = run({"status", "--as-of", "2026-06-30", "--format", "csv"});
  ASSERT_EQ(printed.exit_code, 0) << printed.err;
  EXPECT_TRUE(printed.out.starts_with("id_number,name,")) << printed.out.substr(0, 20);
  const auto file = dir() / "status.csv";
  const auto written =
      run({"status", "--as-of", "2026-06-30", "--format", "csv", "-o", file.string()});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_TRUE(written.out.empty()) << written.out;
  EXPECT_EQ(read_bytes(file), "\xEF\xBB\xBF" + printed.out);
  // JSON and the table still only print.
  EXPECT_EQ(run({"status", "--format", "json", "-o", (dir() / "s.json").string()}).exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir() / "s.json"));
}

}  // namespace
}  // namespace cwt::cli::testing
