// Corrections and deletions of stored records by their record_id: applied
// with the rest of a change, audited like inserts, and refused (nothing
// changed) when the id names no record of that worker.
#include <gtest/gtest.h>

#include "cwt/storage/sqlite_store.hpp"
#include "storage_test_support.hpp"

namespace cwt::test {
namespace {

class CorrectionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = SqliteStore::create_or_open(path_);
    ChangeSet change;
    change.description = "records";
    change.upsert_workers = {sample_worker(1), sample_worker(2)};
    const std::string& id = change.upsert_workers[0].id_number;
    change.add_exams.push_back(
        ExamAttempt{id, make_date(2024, 5, 1), ExamKind::city_community, ExamResult::failed, 55.0});
    change.add_certificates.push_back(Certificate{id, CertificateType::city_cw, std::nullopt,
                                                  "TJ-1", make_date(2024, 9, 1), "民政局"});
    change.add_training.push_back(
        TrainingRecord{id, make_date(2025, 3, 1), 4, TrainingCategory::skills, "课程", "", true});
    store_->apply(change);
    id_ = id;
  }

  TempDir dir_;
  std::string path_ = dir_.file("c.cwt");
  std::unique_ptr<SqliteStore> store_;
  std::string id_;
};

TEST_F(CorrectionsTest, ReadBackRecordsCarryTheirIds) {
  ASSERT_EQ(store_->exams_of(id_).size(), 1u);
  EXPECT_GT(store_->exams_of(id_)[0].record_id, 0);
  EXPECT_GT(store_->certificates_of(id_)[0].record_id, 0);
  EXPECT_GT(store_->training_of(id_)[0].record_id, 0);
  const auto files = store_->worker_files(std::nullopt);
  EXPECT_EQ(files[0].exams[0].record_id, store_->exams_of(id_)[0].record_id);
}

TEST_F(CorrectionsTest, CorrectionsAndDeletionsAreStoredAndAudited) {
  auto exam = store_->exams_of(id_)[0];
  auto training = store_->training_of(id_)[0];
  const auto certificate = store_->certificates_of(id_)[0];
  exam.result = ExamResult::passed;
  exam.score = 75.0;
  training.half_hours = 6;
  training.course = "更正后的课程";
  ChangeSet change;
  change.description = "worker edit: corrections";
  change.update_exams.push_back(exam);
  change.update_training.push_back(training);
  change.delete_certificates.push_back(certificate.record_id);
  store_->apply(change);

  EXPECT_EQ(store_->exams_of(id_)[0].result, ExamResult::passed);
  EXPECT_EQ(store_->exams_of(id_)[0].score, 75.0);
  EXPECT_EQ(store_->training_of(id_)[0], training);
  EXPECT_TRUE(store_->certificates_of(id_).empty());

  store_.reset();
  RawDb raw(path_);
  const auto rows = raw.rows(
      "SELECT l.table_name, l.action, l.row_id FROM audit_log l JOIN audit_batch b "
      "ON b.id = l.batch_id WHERE b.description = 'worker edit: corrections' ORDER BY l.id");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"exam_attempt", "update", std::to_string(exam.record_id)}));
  EXPECT_EQ(rows[1],
            (std::vector<std::string>{"training", "update", std::to_string(training.record_id)}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"certificate", "delete",
                                               std::to_string(certificate.record_id)}));
  const auto old_new = raw.rows(
      "SELECT json_extract(old_values, '$.course'), json_extract(new_values, '$.course') "
      "FROM audit_log WHERE table_name = 'training' AND action = 'update'");
  ASSERT_EQ(old_new.size(), 1u);
  EXPECT_EQ(old_new[0], (std::vector<std::string>{"课程", "更正后的课程"}));
}

TEST_F(CorrectionsTest, AnIdOfNoRecordOrOfAnotherWorkerChangesNothing) {
  const auto before = read_bytes(path_);
  auto training = store_->training_of(id_)[0];
  ChangeSet other_worker;
  other_worker.description = "wrong worker";
  training.id_number = sample_worker(2).id_number;  // the record is the first worker's
  training.half_hours = 8;
  other_worker.update_training.push_back(training);
  EXPECT_THROW(store_->apply(other_worker), StoreError);

  ChangeSet missing;
  missing.description = "missing";
  missing.add_training.push_back(
      TrainingRecord{id_, make_date(2025, 4, 1), 2, TrainingCategory::skills, "", "", true});
  missing.delete_exams.push_back(999999);
  try {
    store_->apply(missing);
    FAIL() << "deleted a record that does not exist";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("no exam record 999999"), std::string::npos)
        << error.what();
  }
  store_.reset();
  EXPECT_TRUE(read_bytes(path_) == before);
}

TEST_F(CorrectionsTest, TheAuditTrailOfAWorkerListsItsChangesNewestFirst) {
  auto training = store_->training_of(id_)[0];
  training.half_hours = 6;
  ChangeSet change;
  change.description = "worker edit: hours";
  change.update_training.push_back(training);
  store_->apply(change);
  ChangeSet removal;
  removal.description = "worker edit: delete";
  removal.delete_exams.push_back(store_->exams_of(id_)[0].record_id);
  store_->apply(removal);

  const auto trail = store_->audit_trail(id_);
  ASSERT_EQ(trail.size(), 6u);  // worker, exam, certificate, training inserted; update; delete
  EXPECT_EQ(trail[0].table, "exam_attempt");
  EXPECT_EQ(trail[0].action, "delete");
  EXPECT_EQ(trail[0].description, "worker edit: delete");
  EXPECT_TRUE(trail[0].new_values.empty());
  EXPECT_EQ(trail[1].table, "training");
  EXPECT_EQ(trail[1].action, "update");
  EXPECT_NE(trail[1].old_values.find("\"half_hours\":4"), std::string::npos) << trail[1].old_values;
  EXPECT_NE(trail[1].new_values.find("\"half_hours\":6"), std::string::npos);
  EXPECT_EQ(trail.back().table, "worker");
  EXPECT_EQ(trail.back().action, "insert");
  // The other worker's trail holds only their own row.
  EXPECT_EQ(store_->audit_trail(sample_worker(2).id_number).size(), 1u);
  EXPECT_TRUE(store_->audit_trail("no such worker").empty());
}

}  // namespace
}  // namespace cwt::test
