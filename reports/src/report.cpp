#include "cwt/reports/report.hpp"

#include <array>
#include <stdexcept>

#include "builders.hpp"
#include "cwt/model/training.hpp"
#include "report_text.hpp"

namespace cwt::reports {

namespace {
constexpr std::array<std::string_view, 5> kNames{"deadlines", "training", "overdue", "summary",
                                                 "card"};
}

std::optional<ReportKind> parse_report_kind(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<ReportKind>(i);
  return std::nullopt;
}

std::string_view report_name(ReportKind kind) { return kNames.at(static_cast<std::size_t>(kind)); }

std::string report_title(ReportKind kind, Language language) {
  const Language l = language;
  switch (kind) {
    case ReportKind::deadlines:
      return pick(l, "社区工作者取证期限表", "Certification deadlines of community workers");
    case ReportKind::training:
      return pick(l, "社区工作者年度培训学时统计表", "Yearly training hours of community workers");
    case ReportKind::overdue:
      return pick(l, "逾期未取证人员处理名单", "Overdue certification: action list");
    case ReportKind::summary:
      return pick(l, "社区工作者持证及培训情况统计表",
                  "Community workers: certification and training summary");
    case ReportKind::card:
      return pick(l, "社区工作者档案卡", "Community worker record card");
  }
  return {};
}

bool Scope::contains(const Worker& worker) const {
  return (district.empty() || worker.org.district == district) &&
         (street.empty() || worker.org.street == street) &&
         (community.empty() || worker.org.community == community) &&
         (id_number.empty() || worker.id_number == id_number);
}

std::string printed_id(std::string_view id_number, bool full) {
  if (full) return std::string(id_number);
  if (id_number.size() >= 10)
    return std::string(id_number.substr(0, 6)) + std::string(id_number.size() - 10, '*') +
           std::string(id_number.substr(id_number.size() - 4));
  // Too short for both ends: only the last four show.
  const std::size_t shown = id_number.size() > 4 ? 4 : 0;
  return std::string(id_number.size() - shown, '*') +
         std::string(id_number.substr(id_number.size() - shown));
}

namespace {
int training_year(const ReportRequest& request) {
  return request.year != 0 ? request.year : static_cast<int>(request.as_of.year());
}
}  // namespace

Document build_report(const ReportRequest& request, const ReportData& data) {
  const int year = training_year(request);
  const auto statuses = statuses_on(data.files, data.policy, request.as_of, year);
  Document document;
  document.language = request.language;
  document.name = std::string(report_name(request.kind));
  document.title = report_title(request.kind, request.language);
  document.as_of = request.as_of;
  document.scope = scope_text(request.scope, request.language);
  document.organisation = request.organisation.value_or(organisation_of(request.scope));
  switch (request.kind) {
    case ReportKind::deadlines:
      build_deadlines(document, request, statuses);
      break;
    case ReportKind::training:
      document.year = year;
      build_training(document, request, statuses);
      break;
    case ReportKind::overdue:
      build_overdue(document, request, statuses, data.files, data.policy);
      break;
    case ReportKind::summary:
      document.year = year;
      build_summary(document, request, statuses);
      break;
    case ReportKind::card:
      if (!data.store) throw std::logic_error("the card report reads the store");
      build_cards(document, request, statuses, data.files, data.policy, *data.store);
      break;
  }
  return document;
}

Document build_report(const ReportRequest& request, Store& store) {
  const int year = training_year(request);
  const Policy policy = store.policy();
  const auto files = store.worker_files(completed_window(year, request.as_of));
  return build_report(request, ReportData{policy, files, &store});
}

}  // namespace cwt::reports
