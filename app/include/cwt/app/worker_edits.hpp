#pragma once
// A worker's file, for both programs: the desktop program's worker editor
// and `cwtrack-cli worker add|edit`, `exam add`, `cert add`, `training add`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cwt/app/edit.hpp"
#include "cwt/app/on_file.hpp"

namespace cwt::app {

// What an officer saves of one worker: the fields, and what changed in the
// records (the editor's tabs; the command line gives the fields alone).
struct WorkerSave {
  Worker worker;            // as parse_worker read it (its history ignored)
  std::string original_id;  // the ID number on file; empty for a new worker
  // The whole position history, when it is given (the editor's tab).
  std::optional<std::vector<PositionSpell>> history;
  // The records added, corrected and deleted (by record_id), of this worker.
  std::vector<ExamAttempt> add_exams, update_exams;
  std::vector<Certificate> add_certificates, update_certificates;
  std::vector<TrainingRecord> add_training, update_training;
  std::vector<std::int64_t> delete_exams, delete_certificates, delete_training;
  // The change token the worker was read at: the save is refused
  // (ConflictError) when another program wrote the worker since.
  std::optional<std::int64_t> read_at;
};

// The change that saves it. Refused: a new worker whose ID number is on
// file already, an edited one no longer on file (field "id_number"), a
// history whose rows overlap or run backwards (field "history", each
// problem's index its row, sorted by start). The history is written only
// when it differs from the one on file. The records carry the worker's ID
// number.
Edit save_worker(const OnFile& on_file, WorkerSave save);

// One record added to a worker on file (`exam add`, `cert add`, `training
// add`), as its import row would be; refused (field "id_number") when
// nobody has its ID number.
Edit add_record(const OnFile& on_file, const ExamAttempt& exam);
Edit add_record(const OnFile& on_file, const Certificate& certificate);
Edit add_record(const OnFile& on_file, const TrainingRecord& record);

}  // namespace cwt::app
