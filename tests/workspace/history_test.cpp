// A worker's History tab as a superior reads it (issue 22, item 4): fields
// and record kinds by their names, codes by their labels, dates the local
// way, ids by what they point at, the source as words, UTC as local time.
#include "cwt/workspace/history.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <regex>
#include <set>

#include "cwt/demo/demo.hpp"
#include "cwt/model/training.hpp"
#include "cwt/platform/local_time.hpp"
#include "cwt/storage/sqlite_store.hpp"

namespace cwt {
namespace {

const UtcOffset kBeijing = [](std::int64_t) { return 480; };

// No ASCII letter may reach a Chinese text but in what the officer typed:
// a code, a column or a table name would be one.
bool has_ascii_letter(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

TEST(HistoryTimes, UtcIsShownAsTheLocalClockWithItsDay) {
  EXPECT_EQ(local_time_text("2026-03-01T08:30:00Z", Language::zh, kBeijing), "2026年3月1日 16:30");
  EXPECT_EQ(local_time_text("2026-03-01T08:30:00Z", Language::en, kBeijing), "1 Mar 2026 16:30");
  // After 16:00 UTC it is the next day in Beijing, the next year on New Year's Eve.
  EXPECT_EQ(local_time_text("2026-12-31T20:15:09Z", Language::zh, kBeijing), "2027年1月1日 04:15");
  // West of Greenwich the day before.
  const UtcOffset new_york = [](std::int64_t) { return -300; };
  EXPECT_EQ(local_time_text("2026-03-01T02:00:00Z", Language::en, new_york), "28 Feb 2026 21:00");
  // The offset asked for is the one of that instant.
  std::int64_t asked = 0;
  const UtcOffset spy = [&](std::int64_t at) {
    asked = at;
    return 0;
  };
  EXPECT_EQ(local_time_text("1970-01-02T00:00:01Z", Language::en, spy), "2 Jan 1970 00:00");
  EXPECT_EQ(asked, 86401);
  EXPECT_EQ(local_time_text("not a time", Language::zh, kBeijing), "not a time");
}

// The system's zone, as the program reads it: TZ set for this test (POSIX
// by its zone name; the Windows C runtime by its own form).
class LocalZone : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    set("Asia/Shanghai", "CST-8");
  }
  void TearDown() override {
    if (saved_)
      set(saved_->c_str(), saved_->c_str());
    else
      unset();
  }
  static void set([[maybe_unused]] const char* posix, [[maybe_unused]] const char* windows) {
#ifdef _WIN32
    _putenv_s("TZ", windows);
#else
    setenv("TZ", posix, 1);
#endif
  }
  static void unset() {
#ifdef _WIN32
    _putenv_s("TZ", "");
#else
    unsetenv("TZ");
#endif
  }
  std::optional<std::string> saved_;
};

TEST_F(LocalZone, IsTheSystemsTimeZone) {
  EXPECT_EQ(local_utc_offset_minutes(1'772'353'800), 480);  // 2026-03-01 08:30 UTC
  AuditEntry entry{"2026-03-01T08:30:00Z", "officer", "", "worker", "update", "{}", "{}", {}};
  EXPECT_EQ(history_line(entry, Language::zh).when, "2026年3月1日 16:30");
}

TEST(HistoryTexts, FieldsValuesAndKindsAreWordsNotCodes) {
  AuditEntry certificate{"",
                         "",
                         "worker edit 12010119900101001X",
                         "certificate",
                         "update",
                         R"({"worker_id":3,"type":"city_cw","issue_date":"2024-03-01"})",
                         R"({"worker_id":3,"type":"national_sw","issue_date":"2024-03-02"})",
                         {}};
  const HistoryLine line = history_line(certificate, Language::zh, kBeijing);
  ASSERT_EQ(line.changes.size(), 2u);
  EXPECT_EQ(line.changes[0],
            "证书类型：" + std::string(label(CertificateType::city_cw, Language::zh)) + " → " +
                std::string(label(CertificateType::national_sw, Language::zh)));
  EXPECT_EQ(line.changes[1], "发证日期：2024年3月1日 → 2024年3月2日");
  EXPECT_EQ(line.what, "证书 修改");
  EXPECT_EQ(line.source, "编辑人员信息");

  AuditEntry exam{
      "",       "",
      "",       "exam_attempt",
      "delete", R"({"worker_id":3,"exam":"city_community","result":"passed","score":null})",
      "",       {}};
  EXPECT_EQ(history_line(exam, Language::zh, kBeijing).change_text(Language::zh),
            "考试：社区工作者职业资格考试；结果：通过");
  EXPECT_EQ(history_line(exam, Language::en, kBeijing).change_text(Language::en),
            "Exam: Community worker qualification exam; Result: Passed");

  AuditEntry training{"",
                      "",
                      "",
                      "training",
                      "update",
                      R"({"worker_id":3,"date":"2026-03-01","half_hours":4,"verified":0})",
                      R"({"worker_id":3,"date":"2026-03-01","half_hours":7,"verified":1})",
                      {}};
  EXPECT_EQ(history_line(training, Language::zh, kBeijing).change_text(Language::zh),
            "学时：2 → 3.5；已核实：否 → 是");
  EXPECT_EQ(history_line(training, Language::en, kBeijing).change_text(Language::en),
            "Hours: 2 → 3.5; Verified: no → yes");
}

TEST(HistoryTexts, AnAttendanceNamesItsEventWithItsDay) {
  AuditEntry attendance{
      "",
      "",
      "event attend 12 present",
      "event_attendance",
      "update",
      R"({"event_id":12,"worker_id":3,"attendance":"registered","training_id":null})",
      R"({"event_id":12,"worker_id":3,"attendance":"present","training_id":40})",
      {{"event_id", {{12, "社区治理专题培训 2026-06-20"}}}}};
  const HistoryLine line = history_line(attendance, Language::zh, kBeijing);
  EXPECT_EQ(line.what, "培训活动出席 修改");
  EXPECT_EQ(line.change_text(Language::zh), "出席情况：已报名 → 出席");  // the ids unchanged
  attendance.action = "insert";
  attendance.old_values.clear();
  EXPECT_EQ(history_line(attendance, Language::zh, kBeijing).change_text(Language::zh),
            "培训活动：社区治理专题培训 2026年6月20日；出席情况：出席");
  EXPECT_EQ(history_line(attendance, Language::en, kBeijing).change_text(Language::en),
            "Training event: 社区治理专题培训 20 Jun 2026; Attendance: Present");
}

TEST(HistoryTexts, AnAssignmentNamesItsCourseAndHowItWasMade) {
  AuditEntry assignment{"2026-06-01T01:00:00Z",
                        "officer",
                        "plan assign 2027年度培训计划: 社区治理",
                        "plan_assignment",
                        "insert",
                        "",
                        R"({"course_id":37,"worker_id":3,"by_hand":0})",
                        {{"course_id", {{37, "2027年度培训计划: 社区治理"}}}}};
  const HistoryLine line = history_line(assignment, Language::zh, kBeijing);
  EXPECT_EQ(line.what, "培训安排 新增");
  EXPECT_EQ(line.change_text(Language::zh), "课程：2027年度培训计划: 社区治理；安排方式：自动安排");
  EXPECT_EQ(line.source, "安排参训：2027年度培训计划: 社区治理");
  EXPECT_EQ(line.details(Language::zh),
            "2026年6月1日 09:00  officer\n培训安排 新增（安排参训：2027年度培训计划: 社区治理）\n"
            "课程：2027年度培训计划: 社区治理\n安排方式：自动安排");
  // A course the store cannot name any more: its number, said to be one.
  assignment.names.clear();
  EXPECT_EQ(history_line(assignment, Language::zh, kBeijing).changes.front(), "课程：（编号 37）");
  const HistoryLine english = history_line(assignment, Language::en, kBeijing);
  EXPECT_EQ(english.what, "Course assignment added");
  EXPECT_EQ(english.change_text(Language::en), "Course: (no. 37); Assigned: by the automatic fill");
}

TEST(HistoryTexts, SourcesAreWords) {
  EXPECT_EQ(change_source("import workers 花名册.xlsx (27 rows, 2 rejected)", Language::zh),
            "导入人员 花名册.xlsx（27 行，2 行未导入）");
  EXPECT_EQ(change_source("import exams e.csv (3 rows)", Language::en),
            "Imported exams from e.csv (3 rows)");
  EXPECT_EQ(change_source("event attend 12 present", Language::zh), "登记出席");
  EXPECT_EQ(change_source("event add 社区治理专题培训", Language::zh),
            "新建培训活动：社区治理专题培训");
  EXPECT_EQ(change_source("cert add 12010119900101001X", Language::en), "Certificate recorded");
  EXPECT_EQ(change_source("something else", Language::zh), "something else");
}

// Every column the audit triggers log, of every audited table, has a name
// (or is one that only ties rows together), in both languages.
TEST(HistoryTexts, EveryAuditedColumnHasAName) {
  const auto path = std::filesystem::temp_directory_path() / "cwtrack-history-columns.cwt";
  std::filesystem::remove(path);
  SqliteStore::create_or_open(path.string()).reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* query = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'",
                               -1, &query, nullptr),
            SQLITE_OK);
  // 'issue_date', NEW.issue_date: a key of the logged JSON and its column.
  const std::regex key(R"('([a-z_]+)',\s*(?:NEW|OLD)\.\1\b)");
  std::set<std::string> tables;
  std::size_t columns = 0;
  while (sqlite3_step(query) == SQLITE_ROW) {
    const std::string table = reinterpret_cast<const char*>(sqlite3_column_text(query, 0));
    const std::string sql = reinterpret_cast<const char*>(sqlite3_column_text(query, 1));
    tables.insert(table);
    EXPECT_FALSE(has_ascii_letter(record_kind(table, Language::zh))) << table;
    EXPECT_NE(record_kind(table, Language::en), table);
    for (std::sregex_iterator it(sql.begin(), sql.end(), key), end; it != end; ++it) {
      const std::string column = (*it)[1].str();
      ++columns;
      const auto zh = column_label(table, column, Language::zh);
      const auto en = column_label(table, column, Language::en);
      ASSERT_EQ(zh.has_value(), en.has_value()) << table << "." << column;
      if (!zh) {
        EXPECT_TRUE(column == "worker_id" || column == "training_id" || column == "parent_id")
            << table << "." << column << " has no name";
        continue;
      }
      EXPECT_FALSE(has_ascii_letter(*zh)) << table << "." << column << ": " << *zh;
      EXPECT_EQ(en->find('_'), std::string::npos) << table << "." << column << ": " << *en;
    }
  }
  sqlite3_finalize(query);
  sqlite3_close(db);
  std::filesystem::remove(path);
  EXPECT_GE(tables.size(), 12u);
  EXPECT_GT(columns, 60u);
}

// Through the store: a worker moved to another community, put on a plan's
// course, and the plan deleted: each entry says what it was about, also
// after the course is gone, and nothing in Chinese is a code.
TEST(HistoryTexts, TheStoreNamesCommunitiesAndCoursesAlsoWhenDeleted) {
  const Date today(2026, 6, 30);
  auto store = SqliteStore::in_memory();
  store->apply(make_demo({60, 3, 11, today}));
  const auto files = store->worker_files(completed_window(2026, today));
  Worker worker = files.front().worker;
  Worker other = files.back().worker;
  for (const WorkerFile& file : files)
    if (file.worker.org.community != worker.org.community) other = file.worker;
  ASSERT_NE(other.org.community, worker.org.community);

  ChangeSet move;
  move.description = "worker edit " + worker.id_number;
  const std::string old_community = worker.org.community;
  worker.org = other.org;
  move.upsert_workers.push_back(worker);
  store->apply(move);

  TrainingPlan plan;
  plan.name = "2027年度培训计划";
  plan.year = 2027;
  PlannedCourse course;
  course.title = "社区治理";
  course.category = TrainingCategory::practice;
  course.half_hours = 8;
  course.month = 3;
  course.capacity = 30;
  plan.courses.push_back(course);
  plan.assignments.push_back({worker.id_number, "社区治理", true, Attendance::registered});
  ChangeSet create;
  create.description = "plan create " + plan.name;
  create.save_plans.push_back(plan);
  store->apply(create);
  ChangeSet removal;
  removal.description = "plan delete " + plan.name;
  removal.delete_plans.push_back(plan.name);
  store->apply(removal);

  const auto trail = store->audit_trail(worker.id_number);
  ASSERT_EQ(trail.size(), 3u);  // moved, assigned, unassigned by the deletion
  std::vector<HistoryLine> lines;
  for (const AuditEntry& entry : trail) {
    lines.push_back(history_line(entry, Language::zh, kBeijing));
    for (const std::string& change : lines.back().changes)
      EXPECT_EQ(change.find("_"), std::string::npos) << change;
    EXPECT_FALSE(has_ascii_letter(lines.back().what)) << lines.back().what;
  }
  EXPECT_EQ(lines[0].what, "培训安排 删除");
  EXPECT_EQ(lines[0].source, "删除培训计划：2027年度培训计划");
  EXPECT_EQ(lines[0].change_text(Language::zh),
            "课程：2027年度培训计划: 社区治理；安排方式：手工安排");
  EXPECT_EQ(lines[1].what, "培训安排 新增");
  EXPECT_EQ(lines[2].what, "人员信息 修改");
  ASSERT_EQ(lines[2].changes.size(), 1u);
  EXPECT_NE(lines[2].changes[0].find("社区："), std::string::npos) << lines[2].changes[0];
  EXPECT_NE(lines[2].changes[0].find(old_community + " → "), std::string::npos)
      << lines[2].changes[0];
  EXPECT_TRUE(lines[2].changes[0].ends_with(other.org.community)) << lines[2].changes[0];
}

}  // namespace
}  // namespace cwt
