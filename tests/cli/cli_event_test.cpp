// `event add|attend|show`: attendance marked present credits the event's
// hours (seen in `status`), marking absent takes them back; bad input exits 1
// and changes nothing.
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"

namespace cwt::cli::testing {
namespace {

class EventTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    for (const auto& [id, name] : {std::pair{a, "张三"}, {b, "李四"}, {c, "王五"}}) {
      const auto result = run({"worker", "add", "--id-number", id, "--name", name, "--street",
                               "劝业场街道", "--community", "新兴社区", "--hire-date", "2020-01-01",
                               "--position", "grid_worker"});
      ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    const auto added =
        run({"event", "add", "--course", "社区治理专题培训", "--category", "practice", "--hours",
             "7.5", "--date", "2026-05-11", "--end-date", "2026-05-12", "--provider", "区委党校"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    EXPECT_EQ(added.out, "added event 1 社区治理专题培训\n");
  }

  // The completed hours of `id` in this year's status on today_.
  double completed(const std::string& id) {
    const auto result = run({"status", "--as-of", "2026-06-30", "--format", "json"});
    for (const auto& worker : nlohmann::json::parse(result.out))
      if (worker["id_number"] == id) return worker["training"]["completed_hours"].get<double>();
    ADD_FAILURE() << "no status for " << id;
    return -1;
  }

  const std::string a = make_id("120101", "19900101", 11);
  const std::string b = make_id("120101", "19910202", 12);
  const std::string c = make_id("120101", "19920303", 13);
};

TEST_F(EventTest, PresentCreditsTheHoursAndAbsentTakesThemBack) {
  const auto marked = run({"event", "attend", "--event", "1", a, b, c});
  ASSERT_EQ(marked.exit_code, 0) << marked.err;
  EXPECT_EQ(marked.out, "event 1: 3 present, 0 absent, 0 registered\n");
  EXPECT_EQ(completed(a), 7.5);
  EXPECT_EQ(completed(c), 7.5);

  ASSERT_EQ(run({"event", "attend", "--event", "1", "--mark", "absent", b}).exit_code, 0);
  EXPECT_EQ(completed(b), 0);
  EXPECT_EQ(completed(a), 7.5);
  ASSERT_EQ(run({"event", "attend", "--event", "1", "--mark", "remove", c}).exit_code, 0);
  EXPECT_EQ(completed(c), 0);

  const auto shown = run({"event", "show", "--event", "1", "--format", "json"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const auto json = nlohmann::json::parse(shown.out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["hours"], 7.5);
  EXPECT_EQ(json[0]["present"], 1);
  EXPECT_EQ(json[0]["absent"], 1);
  ASSERT_EQ(json[0]["attendees"].size(), 2u);
  EXPECT_EQ(json[0]["attendees"][0]["id_number"], a);
  EXPECT_EQ(json[0]["attendees"][0]["name"], "张三");
  EXPECT_EQ(json[0]["attendees"][1]["attendance"], "absent");

  const auto table = run({"event", "show"});
  EXPECT_NE(table.out.find("社区治理专题培训"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("2026-05-11 – 2026-05-12"), std::string::npos) << table.out;
}

TEST_F(EventTest, BadInputChangesNothing) {
  const auto before = read_bytes(db_path());
  const auto unknown =
      run({"event", "attend", "--event", "1", a, make_id("120101", "19800101", 15)});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no worker with ID number"), std::string::npos) << unknown.err;
  EXPECT_EQ(run({"event", "attend", "--event", "7", a}).exit_code, 1);
  const auto future = run({"event", "add", "--course", "x", "--category", "skills", "--hours", "2",
                           "--date", "2026-07-01"});
  EXPECT_EQ(future.exit_code, 0) << future.err;  // planned: fine to register for
  const auto early = run({"event", "attend", "--event", "2", a});
  EXPECT_EQ(early.exit_code, 1);
  EXPECT_NE(early.err.find("once the event is over"), std::string::npos) << early.err;
  EXPECT_EQ(run({"event", "attend", "--event", "2", "--mark", "registered", a}).exit_code, 0);
  const auto after = read_bytes(db_path());
  EXPECT_EQ(run({"event", "add", "--course", "", "--category", "skills", "--hours", "2", "--date",
                 "2026-01-01"})
                .exit_code,
            1);
  EXPECT_EQ(run({"event", "attend", "--event", "1", "--mark", "maybe", a}).exit_code, 2);
  EXPECT_EQ(read_bytes(db_path()), after);
  EXPECT_NE(before, after);
}

// Issue 21, item 10: marking present someone who had left before the event
// began is refused (a slip of the ID number or of the leave date), and
// marking again what is marked already writes nothing.
TEST_F(EventTest, AWorkerWhoHadLeftIsNotCreditedAndMarkingTwiceWritesNothing) {
  ASSERT_EQ(run({"worker", "edit", b, "--leave-date", "2026-05-11"}).exit_code, 0);
  const auto before = read_bytes(db_path());
  const auto gone = run({"event", "attend", "--event", "1", a, b});
  EXPECT_EQ(gone.exit_code, 1);
  EXPECT_NE(gone.err.find(b), std::string::npos) << gone.err;
  EXPECT_NE(gone.err.find("2026-05-11"), std::string::npos) << gone.err;
  EXPECT_EQ(read_bytes(db_path()), before) << "nobody credited, not even the one who stayed";
  // Absent is no credit: that may still be said of someone who left.
  EXPECT_EQ(run({"event", "attend", "--event", "1", "--mark", "absent", b}).exit_code, 0);

  ASSERT_EQ(run({"event", "attend", "--event", "1", a}).exit_code, 0);
  const auto marked = read_bytes(db_path());
  EXPECT_EQ(run({"event", "attend", "--event", "1", a}).exit_code, 0);
  EXPECT_EQ(read_bytes(db_path()), marked);
}

}  // namespace
}  // namespace cwt::cli::testing
