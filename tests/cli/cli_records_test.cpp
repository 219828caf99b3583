// `worker add|edit|show|list`, `exam add`, `cert add`, `training add` and
// `demo`: the same validation as the import, nothing changed on bad input.
#include <nlohmann/json.hpp>
#include <set>

#include "cli_test_support.hpp"

namespace cwt::cli::testing {
namespace {

class RecordsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto result = run({"worker", "add", "--id-number", id, "--name", "张三", "--street",
                             "劝业场街道", "--community", "新兴社区", "--hire-date", "2020-01-01",
                             "--position", "grid_worker", "--phone", "13800000000"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::string id = make_id("120101", "19900101", 11);
};

TEST_F(RecordsTest, BadFieldsExitOneNamingTheOptionAndChangeNothing) {
  const auto before = read_bytes(db_path());
  const auto other = make_id("120101", "19920202", 13);
  const auto bad =
      run({"worker", "add", "--id-number", other, "--name", "李四", "--street", "s", "--community",
           "c", "--hire-date", "2020-05-01", "--leave-date", "2019-01-01", "--position", "mayor"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--leave-date"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("--position"), std::string::npos) << bad.err;
  const auto hours = run({"training", "add", "--id-number", id, "--date", "2026-01-05", "--hours",
                          "2.3", "--category", "skills"});
  EXPECT_EQ(hours.exit_code, 1);
  EXPECT_NE(hours.err.find("--hours"), std::string::npos) << hours.err;
  const auto future = run({"exam", "add", "--id-number", id, "--exam-date", "2026-07-01", "--exam",
                           "city_community", "--result", "passed"});
  EXPECT_EQ(future.exit_code, 1);
  EXPECT_NE(future.err.find("--exam-date"), std::string::npos) << future.err;
  const auto wrong_check = run({"cert", "add", "--id-number", id.substr(0, 17) + "0", "--type",
                                "city_cw", "--issue-date", "2024-01-01"});
  EXPECT_EQ(wrong_check.exit_code, 1);
  const auto duplicate =
      run({"worker", "add", "--id-number", id, "--name", "x", "--street", "s", "--community", "c",
           "--hire-date", "2020-01-01", "--position", "grid_worker"});
  EXPECT_EQ(duplicate.exit_code, 1);
  EXPECT_EQ(read_bytes(db_path()), before);
}

TEST_F(RecordsTest, EditChangesOnlyTheGivenFields) {
  ASSERT_EQ(run({"worker", "edit", id, "--community", "和平社区", "--phone", ""}).exit_code, 0);
  const auto shown = run({"worker", "show", id});
  EXPECT_NE(shown.out.find("和平社区"), std::string::npos) << shown.out;
  EXPECT_EQ(shown.out.find("13800000000"), std::string::npos);
  EXPECT_NE(shown.out.find("2020-01-01"), std::string::npos);
  EXPECT_EQ(run({"worker", "edit", make_id("120101", "19800101", 15), "--name", "x"}).exit_code, 1);
}

// Issue 22, item 2: what the desktop editor asks before saving, the command
// line says on stderr after it: the change is made (exit 0), the officer is
// told the worker is not counted as active.
TEST_F(RecordsTest, AFutureHireDateOrALeaveDateIsWarnedAbout) {
  const auto future = make_id("120101", "19920202", 13);
  const auto added =
      run({"worker", "add", "--id-number", future, "--name", "李四", "--street", "劝业场街道",
           "--community", "新兴社区", "--hire-date", "2027-03-01", "--position", "grid_worker"});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.err.find("2027-03-01"), std::string::npos) << added.err;
  EXPECT_NE(run({"worker", "show", future}).out.find("未入职"), std::string::npos);
  // An edit leaving those dates as they are says nothing more.
  const auto renamed = run({"worker", "edit", future, "--name", "李四四"});
  EXPECT_EQ(renamed.exit_code, 0);
  EXPECT_EQ(renamed.err, "");
  const auto left = run({"worker", "edit", id, "--leave-date", "2026-03-01"});
  EXPECT_EQ(left.exit_code, 0) << left.err;
  EXPECT_NE(left.err.find("2026-03-01"), std::string::npos) << left.err;
  EXPECT_NE(run({"worker", "show", id}).out.find("已离职"), std::string::npos);
  const auto today = run({"worker", "add", "--id-number", make_id("120101", "19930303", 15),
                          "--name", "王五", "--street", "劝业场街道", "--community", "新兴社区",
                          "--hire-date", "2026-06-30", "--position", "grid_worker"});
  EXPECT_EQ(today.exit_code, 0);
  EXPECT_EQ(today.err, "");
}

TEST_F(RecordsTest, ListAndShow) {
  const auto list = run({"worker", "list"});
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find(id), std::string::npos);
  EXPECT_NE(list.out.find("共 1 人"), std::string::npos);
  EXPECT_NE(run({"worker", "list", "--community", "别的社区"}).out.find("共 0 人"),
            std::string::npos);
  ASSERT_EQ(run({"exam", "add", "--id-number", id, "--exam-date", "2024-05-01", "--exam",
                 "社区工作者职业资格考试", "--result", "合格", "--score", "78.5"})
                .exit_code,
            0);
  ASSERT_EQ(run({"cert", "add", "--id-number", id, "--type", "national_sw", "--level", "assistant",
                 "--number", "No.123", "--issue-date", "2024/6/1", "--issuer", "民政部"})
                .exit_code,
            0);
  const auto shown = run({"worker", "show", id});
  EXPECT_NE(shown.out.find("社区工作者职业资格考试"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("No.123"), std::string::npos);
  EXPECT_NE(shown.out.find("已取证"), std::string::npos);
  // the old 15-digit form finds the same worker
  EXPECT_EQ(run({"worker", "show", "120101900101011"}).exit_code, 0);
}

TEST_F(RecordsTest, ShowUnknownWorkerIsBadInput) {
  EXPECT_EQ(run({"worker", "show", make_id("120101", "19800101", 15)}).exit_code, 1);
  EXPECT_EQ(run({"worker", "show", "12345"}).exit_code, 1);
}

class DemoTest : public CliTest {};

TEST_F(DemoTest, FiveHundredWorkersShowEveryStatus) {
  today_ = Date(2026, 11, 25);
  ASSERT_EQ(run({"init"}).exit_code, 0);
  const auto demo = run({"demo", "--workers", "500", "--seed", "7"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  std::set<std::string> certification, training;
  for (const std::string year : {"2026", "2025"}) {
    const auto result =
        run({"status", "--as-of", "2026-11-25", "--year", year, "--format", "json"});
    ASSERT_EQ(result.exit_code, 0);
    for (const auto& entry : nlohmann::json::parse(result.out)) {
      certification.insert(entry["certification"]["status"]);
      training.insert(entry["training"]["status"]);
    }
  }
  EXPECT_EQ(certification,
            (std::set<std::string>{"certified", "exempt", "pending", "due_soon", "overdue"}));
  EXPECT_EQ(training, (std::set<std::string>{"met", "on_track", "behind", "not_met"}));
}

TEST_F(DemoTest, SameSeedSameJson) {
  const auto make = [this](const std::string& name, const std::string& seed) {
    const std::string db = (dir() / name).string();
    EXPECT_EQ(run_raw({"--db", db, "init"}).exit_code, 0);
    EXPECT_EQ(run_raw({"--db", db, "demo", "--workers", "60", "--seed", seed}).exit_code, 0);
    return run_raw({"--db", db, "status", "--as-of", "2026-06-30", "--format", "json"}).out;
  };
  const auto first = make("a.cwt", "7");
  EXPECT_EQ(first, make("b.cwt", "7"));
  EXPECT_NE(first, make("c.cwt", "8"));
}

}  // namespace
}  // namespace cwt::cli::testing
