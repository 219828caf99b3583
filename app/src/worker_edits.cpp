#include "cwt/app/worker_edits.hpp"

#include <algorithm>

#include "cwt/model/messages.hpp"
#include "cwt/model/validation.hpp"

namespace cwt::app {

namespace {

template <class Record>
std::vector<Record> with_id(std::vector<Record> records, const std::string& id) {
  for (Record& record : records) record.id_number = id;
  return records;
}

template <class Record, class Put>
Edit add_one(const OnFile& on_file, const Record& record, const char* noun, Put put) {
  if (!on_file.worker(record.id_number))
    return Edit::refusal(
        "id_number", tr("no worker with ID number {1} (add the worker first)", record.id_number));
  ChangeSet change;
  change.description = std::string(noun) + " add " + record.id_number;
  put(change, record);
  return Edit::of(std::move(change));
}

}  // namespace

Edit save_worker(const OnFile& on_file, WorkerSave save) {
  Worker& worker = save.worker;
  const std::string& id = worker.id_number;
  const Worker* before = save.original_id.empty() ? nullptr : on_file.worker(save.original_id);
  if (save.original_id.empty() && on_file.worker(id))
    // TRANSLATORS: {1} an ID number.
    return Edit::refusal("id_number", tr("{1} is already on file", id));
  if (!save.original_id.empty() && !before)
    return Edit::refusal("id_number", tr("no worker with ID number {1}", save.original_id));
  ChangeSet change;
  if (save.history) {
    std::vector<PositionSpell>& history = *save.history;
    std::stable_sort(
        history.begin(), history.end(),
        [](const PositionSpell& a, const PositionSpell& b) { return a.start < b.start; });
    if (Problems problems = check_history(history); !problems.empty()) {
      for (FieldProblem& problem : problems) problem.field = "history";
      return Edit{std::nullopt, std::move(problems)};
    }
    if (!before || before->history != history) change.replace_history[id] = history;
  }
  change.description = (before ? "worker edit " : "worker add ") + id;
  change.upsert_workers.push_back(worker);
  change.add_exams = with_id(std::move(save.add_exams), id);
  change.update_exams = with_id(std::move(save.update_exams), id);
  change.delete_exams = std::move(save.delete_exams);
  change.add_certificates = with_id(std::move(save.add_certificates), id);
  change.update_certificates = with_id(std::move(save.update_certificates), id);
  change.delete_certificates = std::move(save.delete_certificates);
  change.add_training = with_id(std::move(save.add_training), id);
  change.update_training = with_id(std::move(save.update_training), id);
  change.delete_training = std::move(save.delete_training);
  // What was read at read_at: a worker written since by another program
  // (or, for a new ID number, added by one) is not overwritten unseen.
  if (save.read_at) change.expect_unchanged.push_back({id, *save.read_at});
  return Edit::of(std::move(change));
}

Edit add_record(const OnFile& on_file, const ExamAttempt& exam) {
  return add_one(on_file, exam, "exam",
                 [](ChangeSet& change, const ExamAttempt& e) { change.add_exams.push_back(e); });
}

Edit add_record(const OnFile& on_file, const Certificate& certificate) {
  return add_one(on_file, certificate, "cert", [](ChangeSet& change, const Certificate& c) {
    change.add_certificates.push_back(c);
  });
}

Edit add_record(const OnFile& on_file, const TrainingRecord& record) {
  return add_one(on_file, record, "training", [](ChangeSet& change, const TrainingRecord& r) {
    change.add_training.push_back(r);
  });
}

}  // namespace cwt::app
