#pragma once
// How the desktop program shows values, without a toolkit: the text of each
// cell of the Workers list, dates the local way, and an export of the list
// shown. gui/ puts these texts into widgets; tests read them directly.
#include <array>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/local_dates.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/workspace/worker_query.hpp"

namespace cwt {

// The Workers list's columns in the order shown.
inline constexpr std::array kWorkerColumns{
    WorkerColumn::name,
    WorkerColumn::id_number,
    WorkerColumn::district,
    WorkerColumn::street,
    WorkerColumn::community,
    WorkerColumn::position,
    WorkerColumn::age,
    WorkerColumn::certification,
    WorkerColumn::days_left,
    WorkerColumn::required_hours,
    WorkerColumn::completed_hours,
    WorkerColumn::shortfall_hours,
    WorkerColumn::training,
};

// A worker not active on the day: 已离职（离职日期 2025年3月1日）/ 未入职
// （入职日期 …）; for an active one the state's label alone.
std::string employment_state_text(const WorkerStatus& status, Language language);

// The text of one cell. A worker not active on the day has no status: the
// certification cell holds employment_state_text, the numbers and the
// training status are empty. The ID number is masked (120101********123X) unless
// `full_id`; the certification cell holds the status and, for an obligated
// worker not yet certified, the deadline; days left is empty when there is
// no open deadline.
std::string cell_text(const WorkerStatus& status, WorkerColumn column, Language language,
                      bool full_id);

// The column headers the export writes, in `language`.
std::string column_title(WorkerColumn column, Language language);

// The rows shown, as CSV for Excel: UTF-8 with a byte order mark (Excel then
// reads Chinese right), a header line, one line per row in the order given,
// the ID number in full; a cell that Excel would take for a formula (= + - @
// at the start) is written as text.
void write_worker_list_csv(std::ostream& out, std::span<const WorkerStatus> statuses,
                           std::span<const std::size_t> rows, Language language);

// The rows shown as a document for a workbook (reports::write_xlsx): the
// same columns and rows as the CSV, the ID number in full and as text, age
// and days left as whole numbers, hours as numbers, titled with the day.
reports::Document worker_list_document(std::span<const WorkerStatus> statuses,
                                       std::span<const std::size_t> rows, Language language,
                                       Date day);

}  // namespace cwt
