// The workspace holds a database in memory for the desktop program. What it
// shows must be exactly what `cwtrack-cli status` computes from the store
// (worker_files with the SQL sum, then statuses_on), for any day, year and
// policy, and after every edit.
#include "cwt/workspace/workspace.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <set>
#include <sstream>

#include "cwt/demo/demo.hpp"
#include "cwt/model/training.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/display.hpp"

namespace cwt {
namespace {

const Date kToday(2026, 6, 30);

// The command line's computation: what `status --as-of DAY --year YEAR` prints.
struct FreshStatuses {
  std::vector<WorkerFile> files;
  std::vector<WorkerStatus> statuses;
};
FreshStatuses cli_statuses(Store& store, Date day, int year) {
  FreshStatuses fresh;
  fresh.files = store.worker_files(completed_window(year, day));
  fresh.statuses = statuses_on(fresh.files, store.policy(), day, year);
  return fresh;
}

void expect_same(std::span<const WorkerStatus> shown, std::span<const WorkerStatus> fresh) {
  ASSERT_EQ(shown.size(), fresh.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto& a = shown[i];
    const auto& b = fresh[i];
    ASSERT_EQ(a.worker->id_number, b.worker->id_number);
    ASSERT_TRUE(*a.worker == *b.worker) << a.worker->id_number;
    ASSERT_EQ(a.age, b.age);
    ASSERT_EQ(a.position, b.position);
    ASSERT_EQ(a.employment, b.employment);
    ASSERT_EQ(a.certification.status, b.certification.status) << a.worker->id_number;
    ASSERT_EQ(a.certification.deadline, b.certification.deadline);
    ASSERT_EQ(a.certification.days_left, b.certification.days_left);
    ASSERT_EQ(a.certification.action, b.certification.action);
    ASSERT_EQ(a.certification.certified_late, b.certification.certified_late);
    ASSERT_EQ(a.training.required_half_hours, b.training.required_half_hours)
        << a.worker->id_number;
    ASSERT_EQ(a.training.completed_half_hours, b.training.completed_half_hours)
        << a.worker->id_number;
    ASSERT_EQ(a.training.shortfall_half_hours, b.training.shortfall_half_hours);
    ASSERT_EQ(a.training.status, b.training.status) << a.worker->id_number;
  }
}

class WorkspaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::in_memory();
    store_->apply(make_demo({400, 6, 11, kToday}));
  }
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(WorkspaceTest, StatusesAreTheCommandLines) {
  Workspace workspace(*store_, kToday);
  EXPECT_EQ(workspace.worker_count(), 400u);
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);
}

TEST_F(WorkspaceTest, EveryStatusFilterCountsWhatTheCommandLineCounts) {
  Workspace workspace(*store_, kToday);
  const auto fresh = cli_statuses(*store_, kToday, 2026);
  std::set<CertificationStatus> seen_certification;
  for (const auto status :
       {CertificationStatus::certified, CertificationStatus::exempt, CertificationStatus::overdue,
        CertificationStatus::due_soon, CertificationStatus::pending}) {
    WorkerQuery query;
    query.certification = status;
    const auto expected =
        std::count_if(fresh.statuses.begin(), fresh.statuses.end(),
                      [&](const auto& s) { return s.certification.status == status; });
    EXPECT_EQ(workspace.select(query).size(), static_cast<std::size_t>(expected)) << code(status);
    if (expected > 0) seen_certification.insert(status);
  }
  EXPECT_EQ(seen_certification.size(), 5u) << "the demo shows every certification status";
  for (const auto status : {TrainingStatus::met, TrainingStatus::on_track, TrainingStatus::behind,
                            TrainingStatus::not_met}) {
    WorkerQuery query;
    query.training = status;
    const auto expected = std::count_if(fresh.statuses.begin(), fresh.statuses.end(),
                                        [&](const auto& s) { return s.training.status == status; });
    EXPECT_EQ(workspace.select(query).size(), static_cast<std::size_t>(expected)) << code(status);
  }
  for (const auto action : {Action::recall, Action::dismiss}) {
    WorkerQuery query;
    query.action = action;
    const auto rows = workspace.select(query);
    EXPECT_GT(rows.size(), 0u) << code(action);
    for (const auto row : rows)
      EXPECT_EQ(workspace.statuses()[row].certification.status, CertificationStatus::overdue);
  }
  const Tally total = workspace.total();
  EXPECT_EQ(total.active, fresh.statuses.size());
  WorkerQuery overdue;
  overdue.certification = CertificationStatus::overdue;
  EXPECT_EQ(total.overdue(), workspace.select(overdue).size());
  WorkerQuery within_90;
  within_90.deadline_within_days = 90;
  EXPECT_EQ(total.due_within_90, workspace.select(within_90).size());
  WorkerQuery behind;
  behind.training = TrainingStatus::behind;
  EXPECT_EQ(total.training_behind, workspace.select(behind).size());
}

TEST_F(WorkspaceTest, ADayYearOrPolicyChangeGivesWhatAFreshLoadGives) {
  Workspace workspace(*store_, kToday);
  for (const Date day : {Date(2025, 12, 31), Date(2026, 1, 1), Date(2024, 2, 29), kToday}) {
    workspace.set_day(day);
    expect_same(workspace.statuses(), cli_statuses(*store_, day, day.year()).statuses);
    expect_same(workspace.statuses(), Workspace(*store_, day).statuses());
  }
  workspace.set_day(Date(2026, 3, 31), 2025);
  expect_same(workspace.statuses(), cli_statuses(*store_, Date(2026, 3, 31), 2025).statuses);

  Policy policy = workspace.policy();
  policy.staff_half_hours = 60;
  policy.proration = Proration::by_day;
  policy.due_soon_days = 30;
  workspace.set_day(kToday);
  workspace.set_policy(policy);  // a preview: nothing saved
  EXPECT_EQ(store_->policy(), Policy{});
  const Tally preview = workspace.total();
  workspace.save_policy(policy);
  EXPECT_EQ(store_->policy(), policy);
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);
  EXPECT_EQ(workspace.total(), preview);
  EXPECT_EQ(Workspace(*store_, kToday).total(), preview);
}

TEST_F(WorkspaceTest, EditsGoThroughTheStoreAndShowInTheLists) {
  Workspace workspace(*store_, kToday);
  WorkerQuery behind;
  behind.training = TrainingStatus::behind;
  const auto rows = workspace.select(behind);
  ASSERT_FALSE(rows.empty());
  const Worker worker = *workspace.statuses()[rows.front()].worker;

  ChangeSet training;
  training.description = "training for one worker";
  training.add_training.push_back(TrainingRecord{worker.id_number, Date(2026, 6, 1), 200,
                                                 TrainingCategory::skills, "课程", "", true});
  workspace.apply(training);
  WorkerQuery search;
  search.search = worker.id_number.substr(10, 6);
  const auto found = workspace.select(search);
  ASSERT_FALSE(found.empty());
  const auto it = std::find_if(found.begin(), found.end(), [&](std::size_t row) {
    return workspace.statuses()[row].worker->id_number == worker.id_number;
  });
  ASSERT_NE(it, found.end());
  EXPECT_EQ(workspace.statuses()[*it].training.status, TrainingStatus::met);
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);

  Worker renamed = worker;
  renamed.name = "新名字";
  renamed.org.community = "新建社区";
  ChangeSet edit;
  edit.description = "rename";
  edit.upsert_workers.push_back(renamed);
  workspace.apply(edit);
  WorkerQuery by_name;
  by_name.search = "新名";
  ASSERT_EQ(workspace.select(by_name).size(), 1u);
  WorkerQuery by_community;
  by_community.community = "新建社区";
  EXPECT_EQ(workspace.select(by_community).size(), 1u);

  ChangeSet bad;  // a text the store refuses: nothing changes anywhere
  bad.description = "bad";
  Worker broken = renamed;
  broken.name = "A\x1b[31m";
  bad.upsert_workers.push_back(broken);
  EXPECT_THROW(workspace.apply(bad), StoreError);
  EXPECT_EQ(workspace.select(by_name).size(), 1u);
}

TEST_F(WorkspaceTest, SearchSortAndCommunityTallies) {
  Workspace workspace(*store_, kToday);
  const auto& statuses = workspace.statuses();
  ASSERT_GT(statuses.size(), 100u);

  WorkerQuery by_age;
  by_age.sort_by = WorkerColumn::age;
  const auto ascending = workspace.select(by_age);
  ASSERT_EQ(ascending.size(), statuses.size());
  for (std::size_t i = 1; i < ascending.size(); ++i)
    ASSERT_LE(statuses[ascending[i - 1]].age, statuses[ascending[i]].age);
  by_age.descending = true;
  const auto descending = workspace.select(by_age);
  EXPECT_GE(statuses[descending.front()].age, statuses[descending.back()].age);

  WorkerQuery by_days;
  by_days.sort_by = WorkerColumn::days_left;
  const auto soonest = workspace.select(by_days);
  EXPECT_EQ(statuses[soonest.front()].certification.status, CertificationStatus::overdue);

  // An ID number typed with a lower-case x finds its worker.
  const auto with_x = std::find_if(statuses.begin(), statuses.end(), [](const WorkerStatus& s) {
    return s.worker->id_number.back() == 'X';
  });
  if (with_x != statuses.end()) {
    WorkerQuery query;
    query.search = " " + with_x->worker->id_number.substr(12, 5) + "x ";
    const auto found = workspace.select(query);
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](std::size_t row) {
      return statuses[row].worker == with_x->worker;
    }));
  }

  Tally sum;
  std::size_t communities = 0;
  for (const auto& place : workspace.tally_by_community()) {
    ++communities;
    WorkerQuery query;
    query.district = place.district;
    query.street = place.street;
    query.community = place.community;
    EXPECT_EQ(workspace.tally(workspace.select(query)), place.tally) << place.community;
    sum.active += place.tally.active;
    sum.overdue_recall += place.tally.overdue_recall;
    sum.training_behind += place.tally.training_behind;
  }
  EXPECT_GT(communities, 1u);
  const Tally total = workspace.total();
  EXPECT_EQ(sum.active, total.active);
  EXPECT_EQ(sum.overdue_recall, total.overdue_recall);
  EXPECT_EQ(sum.training_behind, total.training_behind);
}

TEST_F(WorkspaceTest, DeadlineChartAndActFirstList) {
  Workspace workspace(*store_, kToday);
  const auto& statuses = workspace.statuses();
  const DeadlineChart chart = workspace.deadline_chart(12);
  ASSERT_EQ(chart.per_month.size(), 12u);
  EXPECT_EQ(chart.first_month, Date(2026, 6, 1));
  EXPECT_EQ(chart.overdue, workspace.total().overdue());
  // Every open deadline within the twelve months is counted in its month.
  std::size_t in_range = 0;
  for (const auto& status : statuses)
    if (days_to_open_deadline(status) && *status.certification.deadline < Date(2027, 6, 1))
      ++in_range;
  std::size_t charted = 0;
  for (const auto count : chart.per_month) charted += count;
  EXPECT_EQ(charted, in_range);
  EXPECT_GT(charted, 0u);

  const auto rows = workspace.act_first(1000);
  ASSERT_FALSE(rows.empty());
  // Overdue first (longest overdue first), then open deadlines soonest first,
  // then training behind.
  int previous_rank = 0;
  std::int64_t previous_urgency = std::numeric_limits<std::int64_t>::min();
  for (const auto row : rows) {
    const auto& status = statuses[row];
    int rank = 2;
    std::int64_t urgency = -static_cast<std::int64_t>(status.training.shortfall_half_hours);
    if (status.certification.status == CertificationStatus::overdue) {
      rank = 0;
      urgency = *status.certification.days_left;
    } else if (const auto days = days_to_open_deadline(status)) {
      rank = 1;
      urgency = *days;
    } else {
      EXPECT_EQ(status.training.status, TrainingStatus::behind);
    }
    ASSERT_GE(rank, previous_rank);
    if (rank == previous_rank)
      ASSERT_GE(urgency, previous_urgency);
    else
      previous_urgency = std::numeric_limits<std::int64_t>::min();
    previous_rank = rank;
    previous_urgency = urgency;
  }
  EXPECT_EQ(statuses[rows.front()].certification.status, CertificationStatus::overdue);
  EXPECT_EQ(workspace.act_first(5).size(), 5u);
}

TEST_F(WorkspaceTest, ACorrectionAndADeletionShowInTheStatuses) {
  Workspace workspace(*store_, kToday);
  WorkerQuery met;
  met.training = TrainingStatus::met;
  const auto rows = workspace.select(met);
  ASSERT_FALSE(rows.empty());
  const std::string id = workspace.statuses()[rows.front()].worker->id_number;
  // Delete every training record of this year: the worker is no longer met.
  ChangeSet change;
  change.description = "delete this year's training";
  for (const auto& record : store_->training_of(id))
    if (record.date.year() == 2026) change.delete_training.push_back(record.record_id);
  ASSERT_FALSE(change.delete_training.empty());
  workspace.apply(change);
  const auto& statuses = workspace.statuses();
  const auto it = std::find_if(statuses.begin(), statuses.end(),
                               [&](const WorkerStatus& s) { return s.worker->id_number == id; });
  ASSERT_NE(it, statuses.end());
  EXPECT_EQ(it->training.completed_half_hours, 0);
  EXPECT_NE(it->training.status, TrainingStatus::met);
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);
}

TEST_F(WorkspaceTest, AnEventsAttendanceCreditsAndLaterUncreditsTheHours) {
  Workspace workspace(*store_, kToday);
  // Three workers who are behind this year.
  WorkerQuery behind;
  behind.training = TrainingStatus::behind;
  const auto rows = workspace.select(behind);
  ASSERT_GE(rows.size(), 3u);
  std::vector<std::string> ids;
  std::vector<std::int64_t> before;
  for (std::size_t i = 0; i < 3; ++i) {
    ids.push_back(workspace.statuses()[rows[i]].worker->id_number);
    before.push_back(workspace.statuses()[rows[i]].training.completed_half_hours);
  }
  const auto completed = [&](const std::string& id) {
    for (const auto& status : workspace.statuses())
      if (status.worker->id_number == id) return status.training.completed_half_hours;
    return std::int64_t{-1};
  };

  TrainingEvent event;
  event.course = "社区治理专题培训";
  event.category = TrainingCategory::practice;
  event.first_day = event.last_day = Date(2026, 6, 20);
  event.half_hours = 12;
  for (const auto& id : ids) event.attendees.push_back({id, Attendance::present});
  ChangeSet add;
  add.description = "event";
  add.add_events.push_back(event);
  workspace.apply(add);
  ASSERT_EQ(workspace.events().size(), 1u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(completed(ids[i]), before[i] + 12) << ids[i];
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);

  // The second worker was not there after all.
  TrainingEvent corrected = workspace.events().front();
  corrected.attendees[1].attendance = Attendance::absent;
  ChangeSet remark;
  remark.description = "event attendance";
  remark.update_events.push_back(corrected);
  workspace.apply(remark);
  const auto sorted = [&] {  // attendees are read back in ID order
    auto copy = ids;
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  EXPECT_EQ(completed(sorted[1]),
            before[std::find(ids.begin(), ids.end(), sorted[1]) - ids.begin()]);
  EXPECT_EQ(completed(sorted[0]),
            before[std::find(ids.begin(), ids.end(), sorted[0]) - ids.begin()] + 12);
  EXPECT_EQ(workspace.events().front().attendees[1].attendance, Attendance::absent);
  expect_same(workspace.statuses(), cli_statuses(*store_, kToday, 2026).statuses);
}

TEST(WorkspaceOnAFile, LoadsTheTrainingOnASecondConnectionWithTheSameResult) {
  const auto path = std::filesystem::temp_directory_path() / "cwtrack-workspace-file-test.cwt";
  std::filesystem::remove(path);
  {
    auto store = SqliteStore::create_or_open(path.string());
    store->apply(make_demo({300, 6, 5, kToday}));
    ASSERT_NE(store->second_reader(), nullptr);
    Workspace workspace(*store, kToday);
    expect_same(workspace.statuses(), cli_statuses(*store, kToday, 2026).statuses);
    EXPECT_EQ(SqliteStore::in_memory()->second_reader(), nullptr);
  }
  std::filesystem::remove(path);
}

// Issue 24, item 4: another program's write (a command-line import beside
// the window) is noticed by one cheap look and read in by a reload; the
// workspace's own writes are not taken for someone else's.
TEST(WorkspaceOnAFile, NoticesWritesMadeElsewhereAndNotItsOwn) {
  const auto path = std::filesystem::temp_directory_path() / "cwtrack-workspace-token-test.cwt";
  std::filesystem::remove(path);
  {
    auto store = SqliteStore::create_or_open(path.string());
    store->apply(make_demo({60, 6, 5, kToday}));
    auto elsewhere = SqliteStore::open_existing(path.string());
    Workspace workspace(*store, kToday);
    EXPECT_FALSE(workspace.changed_elsewhere());

    // Its own edits, of records and of plans alone, and a settings change.
    const WorkerStatus& first = workspace.statuses().front();
    TrainingRecord record;
    record.id_number = first.worker->id_number;
    record.date = Date(2026, 3, 2);
    record.half_hours = 12;
    record.course = "社区治理";
    ChangeSet own;
    own.description = "worker edit";
    own.add_training.push_back(record);
    EXPECT_NE(workspace.apply(own).token, 0);
    EXPECT_FALSE(workspace.changed_elsewhere());
    TrainingPlan plan;
    plan.name = "2027年度计划";
    plan.year = 2027;
    ChangeSet plans;
    plans.description = "plan new";
    plans.save_plans.push_back(plan);
    workspace.apply(plans);
    EXPECT_FALSE(workspace.changed_elsewhere());
    Policy policy = workspace.policy();
    policy.staff_half_hours += 4;
    workspace.save_policy(policy);
    EXPECT_FALSE(workspace.changed_elsewhere());

    // Another program adds 41 hours for the same worker.
    const std::string id = first.worker->id_number;
    const auto completed = [&] {
      const auto shown = std::ranges::find(
          workspace.statuses(), id, [](const WorkerStatus& s) { return s.worker->id_number; });
      return shown == workspace.statuses().end() ? -1 : shown->training.completed_half_hours;
    };
    const int before = completed();
    ASSERT_GE(before, 12);
    record.date = Date(2026, 4, 1);
    record.half_hours = 82;
    ChangeSet import;
    import.description = "import training a.csv";
    import.add_training.push_back(record);
    elsewhere->apply(import);
    EXPECT_TRUE(workspace.changed_elsewhere());
    EXPECT_EQ(completed(), before) << "nothing is read until the reload";
    workspace.reload();
    EXPECT_FALSE(workspace.changed_elsewhere());
    EXPECT_EQ(completed(), before + 82);
    expect_same(workspace.statuses(), cli_statuses(*elsewhere, kToday, 2026).statuses);

    // A plans-only write of its own right after another program's: the gap
    // is noticed, not covered by its own token.
    elsewhere->apply(import);
    plans.save_plans.front().year = 2028;
    workspace.apply(plans);
    EXPECT_TRUE(workspace.changed_elsewhere());
  }
  std::filesystem::remove(path);
}

TEST_F(WorkspaceTest, CountIsTheSizeOfTheSelection) {
  Workspace workspace(*store_, kToday);
  for (const auto status : {CertificationStatus::overdue, CertificationStatus::pending,
                            CertificationStatus::certified}) {
    WorkerQuery query;
    query.certification = status;
    EXPECT_EQ(workspace.count(query), workspace.select(query).size());
  }
  WorkerQuery behind;
  behind.training = TrainingStatus::behind;
  behind.search = "1";
  EXPECT_EQ(workspace.count(behind), workspace.select(behind).size());
}

TEST_F(WorkspaceTest, StreetTalliesAreTheSumsOfTheirCommunities) {
  Workspace workspace(*store_, kToday);
  Tally sum;
  for (const auto& community : workspace.tally_by_community()) sum += community.tally;
  EXPECT_EQ(sum, workspace.total());
}

TEST(WorkspaceDisplay, ADayTypedTheWayItIsShownIsRead) {
  for (const Date day : {Date(2026, 11, 29), Date(2024, 2, 29), Date(1999, 1, 1)})
    for (const Language language : {Language::zh, Language::en})
      EXPECT_EQ(parse_local_date(local_date(day, language)), day) << to_iso(day);
  EXPECT_EQ(parse_local_date("2026-06-30"), Date(2026, 6, 30));
  EXPECT_EQ(parse_local_date(" 30 jun 2026 "), Date(2026, 6, 30));
  EXPECT_EQ(parse_local_date("2026/6/30"), Date(2026, 6, 30));
  for (const char* bad : {"", "30 Jux 2026", "31 Jun 2026", "30 Jun 20260", "30 June 2026",
                          "30 Jun 2026 x", "0 Jun 2026", "明天"})
    EXPECT_EQ(parse_local_date(bad), std::nullopt) << bad;
}

// Issue 22, item 3: a passed exam and a late certificate are said beside
// the certification status, in the Workers list's words.
TEST(WorkspaceDisplay, APassedExamAndALateCertificateAreSaidBesideTheStatus) {
  Worker worker;
  worker.id_number = "12010119900101001X";
  WorkerStatus status;
  status.worker = &worker;
  status.certification.status = CertificationStatus::overdue;
  status.certification.deadline = Date(2026, 3, 1);
  status.certification.action = Action::dismiss;
  status.certification.certificate_to_collect = true;
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::zh, false),
            "已逾期 · 辞退；已通过考试，待领证（期限 2026年3月1日）");
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::en, false),
            "Overdue · Dismiss; exam passed, certificate to collect (deadline 1 Mar 2026)");
  status.certification = {};
  status.certification.status = CertificationStatus::certified;
  status.certification.certified_late = true;
  status.certification.certified_on = Date(2026, 4, 2);
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::zh, false),
            "已取证；逾期后取证（2026年4月2日）");
}

TEST(WorkspaceDisplay, DatesTheLocalWayAndCellsAsShown) {
  EXPECT_EQ(local_date(Date(2026, 11, 29), Language::zh), "2026年11月29日");
  EXPECT_EQ(local_date(Date(2026, 11, 9), Language::en), "9 Nov 2026");
  Worker worker;
  worker.id_number = "12010119900101001X";
  worker.name = "=HYPERLINK(\"x\")";
  WorkerStatus status;
  status.worker = &worker;
  status.certification.status = CertificationStatus::overdue;
  status.certification.deadline = Date(2026, 3, 1);
  status.certification.days_left = -12;
  status.certification.action = Action::dismiss;
  status.training.required_half_hours = 40;
  status.training.completed_half_hours = 15;
  status.training.shortfall_half_hours = 25;
  status.training.status = TrainingStatus::behind;
  EXPECT_EQ(cell_text(status, WorkerColumn::id_number, Language::zh, false), "120101********001X");
  EXPECT_EQ(cell_text(status, WorkerColumn::id_number, Language::zh, true), "12010119900101001X");
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::zh, false),
            "已逾期 · 辞退（期限 2026年3月1日）");
  EXPECT_EQ(cell_text(status, WorkerColumn::certification, Language::en, false),
            "Overdue · Dismiss (deadline 1 Mar 2026)");
  EXPECT_EQ(cell_text(status, WorkerColumn::completed_hours, Language::en, false), "7.5");
  EXPECT_EQ(cell_text(status, WorkerColumn::days_left, Language::en, false), "-12");

  std::ostringstream csv;
  const std::vector<WorkerStatus> statuses{status};
  const std::vector<std::size_t> rows{0};
  write_worker_list_csv(csv, statuses, rows, Language::zh);
  const std::string text = csv.str();
  EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(text.find("姓名,身份证号,区"), std::string::npos);
  // The name cannot run as a formula; the full ID number; days left a number.
  EXPECT_NE(text.find("\"'=HYPERLINK(\"\"x\"\")\",12010119900101001X"), std::string::npos) << text;
  EXPECT_NE(text.find(",-12,20,7.5,12.5,进度滞后\r\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace cwt
