#include "demo_support.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include "cwt/model/training.hpp"

namespace cwt::test {

Date day(std::string_view iso) {
  const auto parsed = parse_date(iso);
  if (!parsed) throw std::invalid_argument("bad test date " + std::string(iso));
  return *parsed;
}

ChangeSet demo(int workers, std::string_view today, std::uint64_t seed, int years) {
  DemoOptions options;
  options.workers = workers;
  options.years = years;
  options.seed = seed;
  options.today = day(today);
  return make_demo(options);
}

std::vector<WorkerFile> files_of(const ChangeSet& change, int year, Date on) {
  std::map<std::string, std::size_t> index;
  std::vector<WorkerFile> files;
  files.reserve(change.upsert_workers.size());
  for (const auto& worker : change.upsert_workers) {
    index.emplace(worker.id_number, files.size());
    WorkerFile file;
    file.worker = worker;
    const auto history = change.replace_history.find(worker.id_number);
    file.worker.history =
        history == change.replace_history.end() ? std::vector<PositionSpell>{} : history->second;
    files.push_back(std::move(file));
  }
  for (const auto& exam : change.add_exams)
    files.at(index.at(exam.id_number)).exams.push_back(exam);
  for (const auto& certificate : change.add_certificates)
    files.at(index.at(certificate.id_number)).certificates.push_back(certificate);
  std::vector<std::vector<TrainingRecord>> training(files.size());
  for (const auto& record : change.add_training)
    training.at(index.at(record.id_number)).push_back(record);
  for (std::size_t i = 0; i < files.size(); ++i)
    files[i].completed_half_hours = completed_half_hours(training[i], year, on);
  return files;
}

}  // namespace cwt::test
