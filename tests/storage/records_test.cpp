// Records in and out: every record type and the policy round-trip, upserts,
// ordering, and failing changes that leave everything as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

using ::testing::HasSubstr;

ChangeSet change_named(std::string description) {
  ChangeSet change;
  change.description = std::move(description);
  return change;
}

TEST(RecordsTest, WorkerRoundTripsWithEveryField) {
  auto store = SqliteStore::in_memory();
  Worker full = sample_worker(1);
  full.leave_date = make_date(2023, 7, 1);
  full.position = Position::secretary_director;
  Worker sparse = sample_worker(2);  // optional fields empty, no district
  sparse.political_status.reset();
  sparse.education.reset();
  sparse.ethnicity.clear();
  sparse.phone.clear();
  sparse.org = {"", "小白楼街道", "开封道社区"};
  sparse.gender = Gender::female;
  ChangeSet change = change_named("add");
  change.upsert_workers = {full, sparse};
  store->apply(change);

  EXPECT_EQ(store->find_worker(full.id_number), full);
  EXPECT_EQ(store->find_worker(sparse.id_number), sparse);
  EXPECT_FALSE(store->find_worker("120101199001010000"));
  EXPECT_EQ(store->worker_count(), 2u);
  EXPECT_EQ(store->id_numbers(), (std::set<std::string>{full.id_number, sparse.id_number}));
}

TEST(RecordsTest, EveryCodeValueRoundTrips) {
  auto store = SqliteStore::in_memory();
  ChangeSet change = change_named("codes");
  for (const auto& position : code_table<Position>()) {
    Worker w = sample_worker(static_cast<int>(change.upsert_workers.size()));
    w.position = position.value;
    const auto& politics = code_table<PoliticalStatus>();
    const auto& education = code_table<Education>();
    w.political_status = politics[change.upsert_workers.size() % politics.size()].value;
    w.education = education[change.upsert_workers.size() % education.size()].value;
    change.upsert_workers.push_back(w);
  }
  store->apply(change);
  auto stored = store->workers();
  auto expected = change.upsert_workers;
  std::sort(expected.begin(), expected.end(),
            [](const Worker& a, const Worker& b) { return a.id_number < b.id_number; });
  EXPECT_EQ(stored, expected);
}

TEST(RecordsTest, HistoryOfAWorkerAddedInTheSameChange) {
  auto store = SqliteStore::in_memory();
  const Worker w = sample_worker(4);
  const std::vector<PositionSpell> history{
      {Position::community_staff, make_date(2010, 3, 1), make_date(2015, 12, 31)},
      {Position::committee_director, make_date(2016, 1, 1), std::nullopt},
  };
  ChangeSet change = change_named("add with history");
  change.upsert_workers = {w};  // its `history` member is ignored
  change.upsert_workers[0].history = {{Position::grid_worker, make_date(2001, 1, 1), {}}};
  change.replace_history[w.id_number] = history;
  store->apply(change);
  EXPECT_EQ(store->find_worker(w.id_number)->history, history);

  // Replacing: the old rows go, the new ones stay; an empty list clears it.
  const std::vector<PositionSpell> replacement{
      {Position::deputy_director, make_date(2012, 5, 1), std::nullopt}};
  ChangeSet replace = change_named("positions");
  replace.replace_history[w.id_number] = replacement;
  store->apply(replace);
  EXPECT_EQ(store->find_worker(w.id_number)->history, replacement);
  ChangeSet clear = change_named("clear");
  clear.replace_history[w.id_number] = {};
  store->apply(clear);
  EXPECT_TRUE(store->find_worker(w.id_number)->history.empty());
  // Upserting the worker again leaves the history alone.
  ChangeSet again = change_named("again");
  again.replace_history[w.id_number] = history;
  store->apply(again);
  ChangeSet upsert = change_named("edit");
  upsert.upsert_workers = {w};
  upsert.upsert_workers[0].name = "改名";
  store->apply(upsert);
  EXPECT_EQ(store->find_worker(w.id_number)->history, history);
  EXPECT_EQ(store->find_worker(w.id_number)->name, "改名");
}

TEST(RecordsTest, ExamsCertificatesAndTrainingRoundTrip) {
  auto store = SqliteStore::in_memory();
  const Worker a = sample_worker(5);
  const Worker b = sample_worker(6);
  ChangeSet change = change_named("records");
  change.upsert_workers = {a, b};
  // Deliberately out of date order: the store returns them by date.
  change.add_exams = {
      {a.id_number, make_date(2016, 10, 15), ExamKind::national_intermediate, ExamResult::passed,
       75.5},
      {a.id_number, make_date(2015, 10, 17), ExamKind::national_assistant, ExamResult::absent,
       std::nullopt},
      {b.id_number, make_date(2015, 6, 1), ExamKind::city_community, ExamResult::failed, 41.0},
  };
  change.add_certificates = {
      {a.id_number, CertificateType::national_sw, CertificateLevel::intermediate, "2016-0001",
       make_date(2017, 1, 20), "人力资源和社会保障部"},
      {a.id_number, CertificateType::other, std::nullopt, "", make_date(2012, 4, 2), ""},
  };
  change.add_training = {
      {a.id_number, make_date(2020, 9, 1), 5, TrainingCategory::skills, "社区治理", "区委党校",
       true},
      {a.id_number, make_date(2020, 3, 1), 8, TrainingCategory::academic, "", "", false},
      {b.id_number, make_date(2021, 1, 1), 1, TrainingCategory::induction, "岗前培训", "街道",
       true},
  };
  store->apply(change);

  EXPECT_EQ(store->exams_of(a.id_number),
            (std::vector<ExamAttempt>{change.add_exams[1], change.add_exams[0]}));
  EXPECT_EQ(store->exams_of(b.id_number), (std::vector<ExamAttempt>{change.add_exams[2]}));
  EXPECT_EQ(store->certificates_of(a.id_number),
            (std::vector<Certificate>{change.add_certificates[1], change.add_certificates[0]}));
  EXPECT_TRUE(store->certificates_of(b.id_number).empty());
  EXPECT_EQ(store->training_of(a.id_number),
            (std::vector<TrainingRecord>{change.add_training[1], change.add_training[0]}));
  EXPECT_EQ(store->training_of(b.id_number), (std::vector<TrainingRecord>{change.add_training[2]}));
  EXPECT_TRUE(store->training_of("120101199001010000").empty());

  // Appending adds to what is there.
  ChangeSet more = change_named("more training");
  more.add_training = {change.add_training[2]};
  store->apply(more);
  EXPECT_EQ(store->training_of(b.id_number).size(), 2u);
}

TEST(RecordsTest, PolicyRoundTripsThroughTheFile) {
  TempDir dir;
  const std::string file = dir.file("policy.cwt");
  Policy changed;
  changed.policy_effective_date = make_date(2016, 7, 1);
  changed.exam_age_limit = 40;
  changed.exam_age_inclusive = false;
  changed.certification_period_years = 3;
  changed.due_soon_days = 60;
  changed.leader_half_hours = 97;
  changed.staff_half_hours = 31;
  changed.proration = Proration::by_day;
  changed.qualifying_certificates = {CertificateType::city_cw, CertificateType::other};
  ASSERT_NE(changed, Policy{});
  SqliteStore::create_or_open(file)->save_policy(changed);
  EXPECT_EQ(SqliteStore::open_existing(file)->policy(), changed);
}

TEST(RecordsTest, SavedPolicyAlwaysReadsBackOrIsRefused) {
  // Edge policies: whatever the model's settings accept is stored and read
  // back equal; what they do not is refused and the file keeps its policy.
  TempDir dir;
  const std::string file = dir.file("edges.cwt");
  SqliteStore::create_or_open(file);
  std::vector<Policy> edges(4);
  edges[0].qualifying_certificates.clear();
  edges[1].exam_age_limit = 0;
  edges[2].due_soon_days = -1;
  edges[3].leader_half_hours = 1;  // half an hour
  int refused = 0;
  for (const Policy& edge : edges) {
    auto store = SqliteStore::open_existing(file);
    const Policy before = store->policy();
    try {
      store->save_policy(edge);
      EXPECT_EQ(SqliteStore::open_existing(file)->policy(), edge);
    } catch (const StoreError& error) {
      ++refused;
      EXPECT_THAT(error.what(), HasSubstr("nothing was changed"));
      EXPECT_EQ(SqliteStore::open_existing(file)->policy(), before);
    }
  }
  EXPECT_GE(refused, 1);  // the empty qualifying list, at least, reads back as invalid
}

TEST(RecordsTest, InvalidStoredSettingIsReportedWithItsKey) {
  TempDir dir;
  const std::string file = dir.file("bad-setting.cwt");
  SqliteStore::create_or_open(file);
  RawDb(file, true).exec("UPDATE settings SET value = 'soon' WHERE key = 'due_soon_days'");
  try {
    SqliteStore::open_existing(file)->policy();
    FAIL() << "an invalid stored setting was accepted";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("due_soon_days"));
    EXPECT_THAT(error.what(), HasSubstr("soon"));
  }
}

TEST(RecordsTest, UpsertReplacesTheFieldsOfAKnownIdNumber) {
  auto store = SqliteStore::in_memory();
  Worker w = sample_worker(7);
  ChangeSet add = change_named("add");
  add.upsert_workers = {w};
  store->apply(add);
  w.name = "新名字";
  w.org = {"河西区", "友谊路街道", "南北大街社区"};
  w.leave_date = make_date(2024, 2, 29);
  w.education.reset();
  ChangeSet edit = change_named("edit");
  edit.upsert_workers = {w};
  store->apply(edit);
  EXPECT_EQ(store->find_worker(w.id_number), w);
  EXPECT_EQ(store->worker_count(), 1u);
}

TEST(RecordsTest, WorkersAndFilesComeOrderedByIdNumber) {
  auto store = SqliteStore::in_memory();
  ChangeSet change = change_named("shuffled");
  for (int i = 0; i < 60; ++i) change.upsert_workers.push_back(sample_worker(i * 7));
  std::mt19937 random(42);
  std::shuffle(change.upsert_workers.begin(), change.upsert_workers.end(), random);
  store->apply(change);
  std::vector<std::string> expected;
  for (const Worker& w : change.upsert_workers) expected.push_back(w.id_number);
  std::sort(expected.begin(), expected.end());

  std::vector<std::string> from_workers, from_files;
  for (const Worker& w : store->workers()) from_workers.push_back(w.id_number);
  for (const WorkerFile& f : store->worker_files(std::nullopt))
    from_files.push_back(f.worker.id_number);
  EXPECT_EQ(from_workers, expected);
  EXPECT_EQ(from_files, expected);
  const std::set<std::string> numbers = store->id_numbers();
  EXPECT_EQ(std::vector<std::string>(numbers.begin(), numbers.end()), expected);
}

TEST(RecordsTest, UnknownIdNumberChangesNothing) {
  TempDir dir;
  const std::string file = dir.file("unknown.cwt");
  const Worker known = sample_worker(8);
  {
    auto store = SqliteStore::create_or_open(file);
    ChangeSet add = change_named("add");
    add.upsert_workers = {known};
    store->apply(add);
  }
  const std::string before = read_bytes(file);
  const std::string stranger = make_id_number("120102", make_date(1980, 2, 29), 123);
  auto store = SqliteStore::open_existing(file);
  ChangeSet change = change_named("import training t.csv");
  change.upsert_workers = {sample_worker(9)};  // would be new: must not be kept either
  change.add_training = {
      {known.id_number, make_date(2024, 1, 5), 4, TrainingCategory::quality, "", "", true},
      {stranger, make_date(2024, 1, 5), 4, TrainingCategory::quality, "", "", true},
  };
  try {
    store->apply(change);
    FAIL() << "an unknown ID number was accepted";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr(stranger));
    EXPECT_THAT(error.what(), HasSubstr("nothing was changed"));
    EXPECT_THAT(error.what(), ::testing::Not(HasSubstr(known.id_number)));
  }
  EXPECT_EQ(store->worker_count(), 1u);
  EXPECT_TRUE(store->training_of(known.id_number).empty());
  store.reset();
  EXPECT_EQ(read_bytes(file), before);
}

TEST(RecordsTest, FailureHalfwayRollsEverythingBack) {
  TempDir dir;
  const std::string file = dir.file("halfway.cwt");
  SqliteStore::create_or_open(file);
  const std::string before = read_bytes(file);
  auto store = SqliteStore::open_existing(file);
  ChangeSet change = change_named("bad batch");
  for (int i = 0; i < 50; ++i) change.upsert_workers.push_back(sample_worker(i));
  Worker broken = sample_worker(99);
  broken.id_number = "12345";  // the schema wants 18 characters
  change.upsert_workers.push_back(broken);
  change.add_training = {{sample_worker(0).id_number, make_date(2024, 1, 5), 4,
                          TrainingCategory::quality, "", "", true}};
  EXPECT_THROW(store->apply(change), StoreError);
  EXPECT_EQ(store->worker_count(), 0u);
  store.reset();
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_FALSE(exists(file + "-journal"));
}

TEST(RecordsTest, RecordWithoutADateIsRefused) {
  auto store = SqliteStore::in_memory();
  ChangeSet change = change_named("no date");
  change.upsert_workers = {sample_worker(1)};
  change.add_exams = {{sample_worker(1).id_number, Date(), ExamKind::city_community,
                       ExamResult::passed, std::nullopt}};
  try {
    store->apply(change);
    FAIL() << "a record without a date was accepted";
  } catch (const StoreError& error) {
    EXPECT_THAT(error.what(), HasSubstr("exam_date"));
  }
  EXPECT_EQ(store->worker_count(), 0u);
}

}  // namespace
}  // namespace cwt::test
