#pragma once
// A worker's audit trail as a superior reads it, without a toolkit: every
// audited column by its name (the import headers' names, exchange's field
// specs, where a column is a field), coded values by their labels, dates
// the local way, ids by the names of what they point at, columns that only
// tie rows together left out, the change's source as words, and the UTC time
// of the log as local time. gui/ shows these texts in the History tab.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/store.hpp"

namespace cwt {

// Minutes east of UTC at an instant (seconds since 1970 UTC).
using UtcOffset = std::function<int(std::int64_t utc_seconds)>;
// The system's local time zone (cwt::platform's local_utc_offset_minutes).
UtcOffset local_zone();

// "2026-03-01T08:30:00Z" at `offset` as 2026年3月1日 16:30 / 1 Mar 2026 16:30;
// text that is no such time comes back unchanged.
std::string local_time_text(std::string_view utc, Language language, const UtcOffset& offset);

// A column of an audited table by its name for people ("发证日期",
// "Issue date"); nothing for a column that only ties rows together (row ids
// of the worker, of a credited training record, a community's parent).
std::optional<std::string> column_label(std::string_view table, std::string_view column,
                                        Language language);

// The kind of record an audited table holds: 考试, 培训安排 / Exam, Course assignment.
std::string record_kind(std::string_view table, Language language);
// An audit action (insert, update, delete) as a word: 新增 / added.
std::string action_word(std::string_view action, Language language);
// Where a change came from, from the log's description ("plan assign P: C",
// "worker edit 1101…", "import workers f.xlsx (27 rows)") in words:
// 安排参训 P: C, 编辑人员, 导入人员 f.xlsx（27 行）. Descriptions this
// program does not write come back unchanged.
std::string change_source(std::string_view description, Language language);

// What an audit row changed, one line per field: "成绩：— → 87" for an update
// (only the fields that differ), "考试：市级社区工作者职业资格考试" for an
// insert or a delete (fields without a value left out).
std::vector<std::string> change_lines(const AuditEntry& entry, Language language);

// One row of the History tab.
struct HistoryLine {
  std::string when;                  // local time
  std::string who;                   // the system user who saved it
  std::string what;                  // 考试 修改 / Exam changed
  std::vector<std::string> changes;  // change_lines
  std::string source;                // change_source
  // The changes on one line (the list's cell): joined with "；" / "; ".
  std::string change_text(Language language) const;
  // Everything, one item a line, for a pane that shows the selected row whole.
  std::string details(Language language) const;
};

HistoryLine history_line(const AuditEntry& entry, Language language,
                         const UtcOffset& offset = local_zone());

// Another program's changes to a worker (ConflictError::changes, newest
// first) as the editor's conflict choice lists them, one line each: when,
// who, what and where from; past `limit` lines, one more saying how many
// further changes there are.
std::vector<std::string> conflict_lines(const std::vector<AuditEntry>& changes, Language language,
                                        std::size_t limit = 6,
                                        const UtcOffset& offset = local_zone());

}  // namespace cwt
