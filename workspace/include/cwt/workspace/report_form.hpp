#pragma once
// What the Reports page offers and asks, without a display: the districts,
// streets and communities a report can cover (cascading: a district's
// streets, a street's communities), and the page's choices checked and
// turned into the reports' request. gui/ only binds these to widgets.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/expected.hpp"
#include "cwt/model/tally.hpp"
#include "cwt/reports/report.hpp"

namespace cwt {

class ScopeChoices {
 public:
  // From the workspace's communities (tally_by_community: ordered by
  // district, street, community).
  explicit ScopeChoices(std::span<const CommunityTally> communities);

  std::vector<std::string> districts() const;
  // "" for the district (or street): any.
  std::vector<std::string> streets(std::string_view district) const;
  std::vector<std::string> communities(std::string_view district, std::string_view street) const;

 private:
  struct Place {
    std::string district, street, community;
  };
  std::vector<Place> places_;
};

struct ReportForm {
  reports::ReportKind kind = reports::ReportKind::summary;
  std::string district;   // "" = every district
  std::string street;     // "" = every street
  std::string community;  // "" = every community
  std::string worker;     // card: an ID number as typed; "" = every worker in scope
  Date as_of;
  int year = 0;  // the training year (training, summary); 0 = the as-of day's
  Language language = Language::zh;
  bool full_id = false;
  std::string unit;  // 填报单位 as the field holds it (empty: left blank to be written in)
};

// The 填报单位 field: what the chosen scope names (organisation_of: the
// community, street or district) until the officer types a unit of their
// own; that one is kept whatever the scope, and remembered for the next
// start (the desktop program keeps it in its configuration, /reports/unit).
// Emptying the field gives the choice back to the scope.
class UnitField {
 public:
  explicit UnitField(std::string remembered = {});
  // The text the field shows for `scope`.
  std::string shown_for(const reports::Scope& scope) const;
  // The officer changed the field to `text` while `scope` was chosen: their
  // own unit, unless empty or just what the scope names.
  void typed(std::string_view text, const reports::Scope& scope);
  // The officer's own unit, to remember; empty when the scope decides.
  const std::string& own() const { return own_; }

 private:
  std::string own_;
};

// Which fields matter for a report: the year for training and summary, the
// worker for card.
bool uses_year(reports::ReportKind kind);
bool uses_worker(reports::ReportKind kind);

// The request for `form` (the unit printed as the field holds it), or a sentence naming the field
// that is wrong (an ID number that is not one or is not on file; a year out of range). A card for
// one worker covers that worker wherever they work. `on_file` tells whether an ID number (18
// characters, X upper case) is on file.
Expected<reports::ReportRequest> request_of(const ReportForm& form, Date today,
                                            const std::function<bool(std::string_view)>& on_file);

}  // namespace cwt
