#include "cwt/model/worker_change.hpp"

#include "cwt/model/dates.hpp"
#include "cwt/model/messages.hpp"

namespace cwt {

std::vector<ChangeQuestion> questions_for_change(const Worker* before, const Worker& after,
                                                 Date today, const KnownPlaces* places) {
  std::vector<ChangeQuestion> questions;
  const bool hire_changed = !before || before->hire_date != after.hire_date;
  if (hire_changed && after.hire_date > today)
    questions.push_back(
        {"hire_date",
         // TRANSLATORS: {1} is a date (2027-03-01).
         tr("Hire date {1} is after today: the worker is not counted as active before that day.",
            to_iso(after.hire_date))});
  const bool leave_changed = before ? before->leave_date != after.leave_date : true;
  if (after.leave_date && leave_changed)
    questions.push_back(
        {"leave_date",
         // TRANSLATORS: {1} is a date (2026-03-01).
         tr("Leave date {1}: the worker is taken off the active list from that day.",
            to_iso(*after.leave_date))});
  const OrgPath& org = after.org;
  if (places && (!before || before->org != org)) {
    if (!org.district.empty() && !places->knows_district(org.district))
      // TRANSLATORS: {1} is the name of a district (区) not on file yet.
      questions.push_back({"district", tr("New district “{1}”.", org.district)});
    else if (!places->knows_street(org.district, org.street))
      // TRANSLATORS: {1} is the name of a street (街道) not on file yet.
      questions.push_back({"street", tr("New street “{1}”.", org.street)});
    else if (!places->knows(org))
      // TRANSLATORS: {1} is the name of a community (社区) not on file yet.
      questions.push_back({"community", tr("New community “{1}”.", org.community)});
  }
  return questions;
}

}  // namespace cwt
