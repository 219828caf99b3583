#include "cwt/workspace/report_form.hpp"

#include <algorithm>

#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {
// Appends `name` unless it is already there (the lists are short: a city has
// some dozen districts and streets, a street some dozen communities).
void add_once(std::vector<std::string>& names, const std::string& name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}
}  // namespace

ScopeChoices::ScopeChoices(std::span<const CommunityTally> communities) {
  for (const auto& c : communities) places_.push_back({c.district, c.street, c.community});
}

std::vector<std::string> ScopeChoices::districts() const {
  std::vector<std::string> names;
  for (const auto& p : places_) add_once(names, p.district);
  return names;
}

std::vector<std::string> ScopeChoices::streets(std::string_view district) const {
  std::vector<std::string> names;
  for (const auto& p : places_)
    if (district.empty() || p.district == district) add_once(names, p.street);
  return names;
}

std::vector<std::string> ScopeChoices::communities(std::string_view district,
                                                   std::string_view street) const {
  std::vector<std::string> names;
  for (const auto& p : places_)
    if ((district.empty() || p.district == district) && (street.empty() || p.street == street))
      add_once(names, p.community);
  return names;
}

UnitField::UnitField(std::string remembered) : own_(trim_blanks(remembered)) {}

std::string UnitField::shown_for(const reports::Scope& scope) const {
  return own_.empty() ? reports::organisation_of(scope) : own_;
}

void UnitField::typed(std::string_view text, const reports::Scope& scope) {
  const std::string_view unit = trim_blanks(text);
  own_ = unit == reports::organisation_of(scope) ? std::string() : std::string(unit);
}

bool uses_year(reports::ReportKind kind) {
  return kind == reports::ReportKind::training || kind == reports::ReportKind::summary;
}

bool uses_worker(reports::ReportKind kind) { return kind == reports::ReportKind::card; }

Expected<reports::ReportRequest> request_of(const ReportForm& form, Date today,
                                            const std::function<bool(std::string_view)>& on_file) {
  using Result = Expected<reports::ReportRequest>;
  reports::ReportRequest request;
  request.kind = form.kind;
  request.as_of = form.as_of;
  request.scope = {form.district, form.street, form.community, {}};
  request.full_id = form.full_id;
  request.language = form.language;
  request.organisation = std::string(trim_blanks(form.unit));
  if (uses_year(form.kind)) {
    if (form.year != 0 && (form.year < 1900 || form.year > 2999))
      return Result::failure(tr("Year: {1} is not a year between 1900 and 2999", form.year));
    request.year = form.year;
  }
  const std::string worker(trim_blanks(form.worker));
  if (uses_worker(form.kind) && !worker.empty()) {
    const auto id = parse_id_number(worker, today);
    if (!id) return Result::failure(tr("Worker: {1}", id.error()));
    if (!on_file(id->digits))
      return Result::failure(tr("Worker: no worker with ID number {1} on file", shown(id->digits)));
    // The worker is the scope: a card for them wherever they work.
    request.scope = {{}, {}, {}, id->digits};
  }
  return request;
}

}  // namespace cwt
