#include "cwt/demo/demo.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string>

#include "career.hpp"
#include "context.hpp"
#include "cwt/model/messages.hpp"
#include "layout.hpp"
#include "person.hpp"
#include "qualification.hpp"
#include "training.hpp"

namespace cwt {
namespace {

using namespace demo_detail;

void check_options(const DemoOptions& options) {
  if (options.workers < 0 || options.workers > kMaxDemoWorkers)
    throw std::invalid_argument(tr("demo: the number of workers must be between 0 and {1}, not {2}",
                                   kMaxDemoWorkers, options.workers));
  if (options.years < 1 || options.years > 100)
    throw std::invalid_argument(
        tr("demo: the number of years must be between 1 and 100, not {1}", options.years));
  if (options.today.is_special() || options.today.year() < 2000 || options.today.year() > 2199)
    throw std::invalid_argument(tr("demo: today must be a day between 2000-01-01 and 2199-12-31"));
}

Worker build_worker(const Context& context, const Site& site, const Slot& slot, std::size_t index,
                    IdRegistry& ids) {
  Rng rng(context.seed, Stream::worker, index);
  Worker worker;
  worker.position = slot.position;
  worker.org = site.org;
  worker.gender = rng.percent(72) ? Gender::female : Gender::male;  // most are women
  const Career career = slot.profile ? profile_career(rng, slot.profile->certification, context)
                                     : random_career(rng, slot.leaver, context.today);
  worker.birth_date = career.birth;
  worker.hire_date = career.hire;
  worker.leave_date = career.leave;
  worker.history =
      build_history(rng, slot.position, career.hire, career.leave, site.elections, context.today);
  fill_person(worker, rng, site.district, context.today, ids);
  return worker;
}

// Erases the records from `first` on that `drop` says.
template <class T, class Drop>
void drop_from(std::vector<T>& records, std::size_t first, Drop drop) {
  const auto begin = records.begin() + static_cast<std::ptrdiff_t>(first);
  records.erase(std::remove_if(begin, records.end(), drop), records.end());
}

std::string describe(const DemoOptions& options, const ChangeSet& change) {
  return "demo: " + std::to_string(options.workers) + " workers, " + std::to_string(options.years) +
         " years of training up to " + to_iso(options.today) + ", seed " +
         std::to_string(options.seed) + " (" + std::to_string(change.add_exams.size()) +
         " exams, " + std::to_string(change.add_certificates.size()) + " certificates, " +
         std::to_string(change.add_training.size()) + " training records)";
}

}  // namespace

ChangeSet make_demo(const DemoOptions& options) {
  check_options(options);
  Context context;
  context.seed = options.seed;
  context.today = options.today;
  context.years = options.years;
  context.sessions = exam_sessions(options.today.year() + 3);

  const Layout layout = plan_layout(options.workers, options.seed, options.today);
  const auto count = static_cast<std::size_t>(options.workers);
  ChangeSet change;
  change.upsert_workers.reserve(count);
  change.add_exams.reserve(count * 3 / 2);
  change.add_certificates.reserve(count * 11 / 10);
  IdRegistry ids(count);
  std::vector<const Profile*> profiles;
  profiles.reserve(count);
  for (const Site& site : layout.sites) {
    for (const Slot& slot : site.slots) {
      const std::size_t index = change.upsert_workers.size();
      Worker worker = build_worker(context, site, slot, index, ids);
      Rng rng(context.seed, Stream::qualification, index);
      const std::size_t exams_before = change.add_exams.size();
      const std::size_t certificates_before = change.add_certificates.size();
      add_qualifications(worker,
                         slot.profile ? slot.profile->certification : CertificationGoal::random,
                         rng, context, change.add_exams, change.add_certificates);
      const auto own_exams = std::span(change.add_exams).subspan(exams_before);
      const auto own_certificates = std::span(change.add_certificates).subspan(certificates_before);
      if (const auto leave =
              leave_when_long_overdue(worker, own_certificates, own_exams, context, rng)) {
        // Dismissed or recalled: nothing on file from the day of leaving on.
        worker.leave_date = leave;
        end_history(worker.history, *leave);
        // The roster names the position held last (a later election dropped).
        if (!worker.history.empty()) worker.position = worker.history.back().position;
        // Only this worker's, at the end: a city's demo must not go quadratic.
        drop_from(change.add_exams, exams_before,
                  [&](const ExamAttempt& exam) { return exam.date >= *leave; });
        drop_from(change.add_certificates, certificates_before,
                  [&](const Certificate& c) { return c.issue_date >= *leave; });
      }
      if (!worker.history.empty()) change.replace_history.emplace(worker.id_number, worker.history);
      change.upsert_workers.push_back(std::move(worker));
      profiles.push_back(slot.profile);
    }
  }

  std::vector<WorkerRef> refs;
  refs.reserve(count);
  std::size_t index = 0;
  for (const Site& site : layout.sites)
    for (std::size_t k = 0; k < site.slots.size(); ++k, ++index)
      refs.push_back({&change.upsert_workers[index], &site, profiles[index]});
  add_training(layout, refs, context, change.add_training);

  change.audit_summary_only = true;
  change.only_into_empty_store = true;
  change.description = describe(options, change);
  return change;
}

}  // namespace cwt
