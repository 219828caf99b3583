#pragma once
// The reports officers print (DOMAIN.md, "Reports officers print"), built from
// the model's statuses into Documents:
//   deadlines  obligated, uncertified workers by deadline, per street and community
//   training   each worker's required / completed / shortfall hours for a year
//   overdue    workers past their deadline by action, with the decision papers' dates
//   summary    one row per community, 小计 per street, 合计: the statistical table
//   card       one worker's record card, everything on file (one block each)
// Builders decide nothing the model decides: every status, deadline and
// hour comes from statuses_on / obligation_of / training_on.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/policy.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::reports {

enum class ReportKind { deadlines, training, overdue, summary, card };
std::optional<ReportKind> parse_report_kind(std::string_view name);
std::string_view report_name(ReportKind kind);
// The report's title as printed: 社区工作者年度培训学时统计表 / Yearly training hours ...
std::string report_title(ReportKind kind, Language language);

// Which workers: those of the district, street and community named (empty:
// any), or one worker (card).
struct Scope {
  std::string district;
  std::string street;
  std::string community;
  std::string id_number;
  bool contains(const Worker& worker) const;
};

struct ReportRequest {
  ReportKind kind = ReportKind::summary;
  Date as_of;
  int year = 0;  // the training year; 0: the as-of day's
  Scope scope;
  bool full_id = false;  // ID numbers in full instead of masked
  Language language = Language::zh;
  // 填报单位 as the officer gives it (empty: left blank to be written in);
  // nothing: what the scope names (organisation_of).
  std::optional<std::string> organisation;
};

// What the builders read: the policy, every worker file with its completed
// hours for the request's year up to its day, and (for cards) the store for
// each worker's training records.
struct ReportData {
  const Policy& policy;
  const std::vector<WorkerFile>& files;
  Store* store = nullptr;  // needed by card only
};

Document build_report(const ReportRequest& request, const ReportData& data);

// Reads what build_report needs from the store and builds the report.
Document build_report(const ReportRequest& request, Store& store);

// Who files a report of `scope` unless the officer says (填报单位): the
// community, else the street (with its district), else the district named;
// empty (left to be written in) for the whole file.
std::string organisation_of(const Scope& scope);

// An ID number as a report prints it: 120101********123X unless in full;
// any other length keeps its first 6 and last 4 characters (or all but the
// last 4 masked when shorter).
std::string printed_id(std::string_view id_number, bool full);

}  // namespace cwt::reports
