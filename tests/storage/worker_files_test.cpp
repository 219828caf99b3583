// worker_files: one load of everything the rules need, with completed hours
// summed in SQL. That sum must agree with the model's completed_half_hours.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "cwt/model/training.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

TEST(WorkerFilesTest, CompletedHoursAgreeWithTheModelOnRandomData) {
  auto store = SqliteStore::in_memory();
  std::mt19937 random(20241124);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution(low, high)(random); };

  ChangeSet change;
  change.description = "random";
  std::map<std::string, std::vector<TrainingRecord>> by_worker;
  for (int i = 0; i < 40; ++i) change.upsert_workers.push_back(sample_worker(i));
  for (int n = 0; n < 3000; ++n) {
    // Workers 0..34 get training; the rest have none (their sum must be 0).
    const Worker& w = change.upsert_workers[static_cast<std::size_t>(pick(0, 34))];
    const Date day = make_date(2019, 1, 1) + boost::gregorian::days(pick(0, 3 * 366));
    const TrainingRecord record{w.id_number, day, pick(1, 16),    TrainingCategory::skills,
                                "",          "",  pick(0, 3) != 0};
    change.add_training.push_back(record);
    by_worker[w.id_number].push_back(record);
  }
  store->apply(change);

  // Days around every year edge, plus random ones.
  std::vector<Date> days{make_date(2018, 12, 31), make_date(2019, 1, 1),  make_date(2019, 12, 31),
                         make_date(2020, 1, 1),   make_date(2020, 2, 29), make_date(2021, 12, 31),
                         make_date(2022, 1, 1),   make_date(2022, 6, 1)};
  for (int k = 0; k < 20; ++k)
    days.push_back(make_date(2019, 1, 1) + boost::gregorian::days(pick(0, 3 * 366 + 30)));

  int compared_nonzero = 0;
  for (const Date day : days) {
    for (int year = 2018; year <= 2022; ++year) {
      const auto files = store->worker_files(completed_window(year, day));
      ASSERT_EQ(files.size(), change.upsert_workers.size());
      for (const WorkerFile& file : files) {
        const auto& records = by_worker[file.worker.id_number];
        const std::int64_t expected = completed_half_hours(records, year, day);
        EXPECT_EQ(file.completed_half_hours, expected)
            << file.worker.id_number << " year " << year << " day " << to_iso(day);
        if (expected > 0) ++compared_nonzero;
      }
    }
  }
  EXPECT_GT(compared_nonzero, 1000);  // the comparison was not all zeros
}

// A load of many records takes the bulk path (indexes rebuilt after the
// inserts): the schema must come out the same, the sums right, and a failure
// must roll back the index changes with the rows.
TEST(WorkerFilesTest, BulkLoadKeepsTheSchemaAndTheSums) {
  TempDir dir;
  const std::string file = dir.file("bulk.cwt");
  SqliteStore::create_or_open(file);
  const std::string schema_sql = "SELECT type, name, sql FROM sqlite_master ORDER BY name";
  const auto schema_before = RawDb(file).rows(schema_sql);
  const std::string bytes_before = read_bytes(file);

  ChangeSet change;
  change.description = "bulk";
  change.audit_summary_only = true;
  for (int i = 0; i < 50; ++i) change.upsert_workers.push_back(sample_worker(i));
  std::mt19937 random(7);
  std::map<std::string, std::vector<TrainingRecord>> by_worker;
  for (int n = 0; n < 120000; ++n) {
    // Not grouped by worker: the bulk path reorders them.
    const Worker& w = change.upsert_workers[random() % change.upsert_workers.size()];
    const TrainingRecord record{w.id_number,
                                make_date(2020, 1, 1) + boost::gregorian::days(random() % 731),
                                static_cast<int>(1 + random() % 6),
                                TrainingCategory::quality,
                                "课程",
                                "",
                                random() % 4 != 0};
    change.add_training.push_back(record);
    by_worker[w.id_number].push_back(record);
  }
  // A bad last row: the whole change, index drop included, must roll back.
  ChangeSet failing = change;
  failing.add_training.back().half_hours = 0;
  {
    auto store = SqliteStore::open_existing(file);
    EXPECT_THROW(store->apply(failing), StoreError);
    EXPECT_EQ(store->worker_count(), 0u);
  }
  EXPECT_EQ(RawDb(file).rows(schema_sql), schema_before);
  EXPECT_EQ(read_bytes(file), bytes_before);

  auto store = SqliteStore::open_existing(file);
  store->apply(change);
  EXPECT_EQ(RawDb(file).rows(schema_sql), schema_before);
  const Date day = make_date(2021, 8, 31);
  for (int year : {2020, 2021}) {
    for (const WorkerFile& f : store->worker_files(completed_window(year, day))) {
      const auto& records = by_worker[f.worker.id_number];
      EXPECT_EQ(f.completed_half_hours, completed_half_hours(records, year, day));
    }
  }
  const std::string id = change.upsert_workers[3].id_number;
  EXPECT_EQ(store->training_of(id).size(), by_worker[id].size());
}

TEST(WorkerFilesTest, NoWindowMeansNoCompletedHours) {
  auto store = SqliteStore::in_memory();
  ChangeSet change;
  change.description = "one";
  change.upsert_workers = {sample_worker(1)};
  change.add_training = {{sample_worker(1).id_number, make_date(2024, 1, 2), 6,
                          TrainingCategory::skills, "", "", true}};
  store->apply(change);
  EXPECT_EQ(store->worker_files(std::nullopt).at(0).completed_half_hours, 0);
  EXPECT_EQ(store->worker_files(DayRange{make_date(2024, 1, 1), make_date(2024, 1, 2)})
                .at(0)
                .completed_half_hours,
            6);
  EXPECT_EQ(store->worker_files(DayRange{make_date(2024, 1, 3), make_date(2024, 12, 31)})
                .at(0)
                .completed_half_hours,
            0);
}

TEST(WorkerFilesTest, FilesCarryEachWorkersOwnHistoryCertificatesAndExams) {
  auto store = SqliteStore::in_memory();
  ChangeSet change;
  change.description = "files";
  for (int i = 0; i < 5; ++i) change.upsert_workers.push_back(sample_worker(i));
  // Worker i gets i certificates, i exams and i history rows, added
  // interleaved so that row order in the tables differs from worker order.
  for (int round = 0; round < 4; ++round) {
    for (int i = 4; i > round; --i) {
      const std::string& id = change.upsert_workers[static_cast<std::size_t>(i)].id_number;
      const Date day = make_date(2010 + round, 1 + i, 1);
      change.add_certificates.push_back(
          {id, CertificateType::city_cw, std::nullopt, std::to_string(i), day, "民政局"});
      change.add_exams.push_back({id, day, ExamKind::city_community, ExamResult::passed, 60.0 + i});
      change.replace_history[id].push_back(
          {Position::community_staff, day, day + boost::gregorian::days(10)});
    }
  }
  store->apply(change);

  const auto files = store->worker_files(std::nullopt);
  ASSERT_EQ(files.size(), 5u);
  for (const WorkerFile& file : files) {
    const std::string& id = file.worker.id_number;
    EXPECT_EQ(file.certificates, store->certificates_of(id));
    EXPECT_EQ(file.exams, store->exams_of(id));
    EXPECT_EQ(file.worker, store->find_worker(id));
    const std::size_t count = file.certificates.size();
    EXPECT_EQ(file.exams.size(), count);
    EXPECT_EQ(file.worker.history.size(), count);
    for (const Certificate& c : file.certificates) {
      EXPECT_EQ(c.id_number, id);
      EXPECT_EQ(c.number, std::to_string(count));
    }
  }
}

TEST(WorkerFilesTest, HoursLedgersAgreeWithTheSqlSum) {
  auto store = SqliteStore::in_memory();
  std::mt19937 random(7);
  auto pick = [&](int low, int high) { return std::uniform_int_distribution(low, high)(random); };
  ChangeSet change;
  change.description = "random";
  for (int i = 0; i < 30; ++i) change.upsert_workers.push_back(sample_worker(i));
  for (int n = 0; n < 2000; ++n) {
    const Worker& w = change.upsert_workers[static_cast<std::size_t>(pick(0, 24))];
    const Date day = make_date(2019, 1, 1) + boost::gregorian::days(pick(0, 3 * 366));
    change.add_training.push_back(TrainingRecord{
        w.id_number, day, pick(1, 16), TrainingCategory::skills, "", "", pick(0, 3) != 0});
  }
  store->apply(change);
  const auto ledgers = store->hours_ledgers();
  ASSERT_EQ(ledgers.size(), 30u);
  // Read in parts (as the desktop program does on two connections), the
  // same ledgers: every worker in exactly one part.
  for (const int parts : {2, 3, 8, 40}) {
    std::map<std::string, HoursLedger> joined;
    for (int part = 0; part < parts; ++part)
      for (auto& [id, ledger] : store->hours_ledgers(part, parts))
        ASSERT_TRUE(joined.emplace(id, std::move(ledger)).second) << id << " in two parts";
    EXPECT_EQ(joined, ledgers) << parts << " parts";
  }
  for (const Date day : {make_date(2019, 6, 30), make_date(2020, 12, 31), make_date(2021, 3, 1)}) {
    for (int year = 2019; year <= 2021; ++year) {
      // A year's ledgers alone (what the desktop program reads), in parts.
      std::map<std::string, HoursLedger> of_year;
      for (int part = 0; part < 3; ++part)
        of_year.merge(
            store->hours_ledgers(part, 3, DayRange{first_of_year(year), last_of_year(year)}));
      ASSERT_EQ(of_year.size(), 30u);
      for (const auto& file : store->worker_files(completed_window(year, day))) {
        ASSERT_EQ(ledgers.at(file.worker.id_number).completed_half_hours(year, day),
                  file.completed_half_hours)
            << file.worker.id_number << " " << year << " " << to_iso(day);
        ASSERT_EQ(of_year.at(file.worker.id_number).completed_half_hours(year, day),
                  file.completed_half_hours)
            << file.worker.id_number << " " << year << " " << to_iso(day) << " (the year's alone)";
      }
    }
  }
}

}  // namespace
}  // namespace cwt::test
