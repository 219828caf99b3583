#pragma once
// One builder per report (report.hpp says what each holds); each appends its
// title, orientation, blocks and notes to a Document already carrying the
// day, scope and organisation.
#include <vector>

#include "cwt/model/policy.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/report.hpp"
#include "grouping.hpp"

namespace cwt::reports {

void build_deadlines(Document& document, const ReportRequest& request,
                     const std::vector<WorkerStatus>& statuses);
void build_overdue(Document& document, const ReportRequest& request,
                   const std::vector<WorkerStatus>& statuses, const std::vector<WorkerFile>& files,
                   const Policy& policy);
void build_training(Document& document, const ReportRequest& request,
                    const std::vector<WorkerStatus>& statuses);
void build_summary(Document& document, const ReportRequest& request,
                   const std::vector<WorkerStatus>& statuses);
// Reads only each worker's training records from the store; the rest is in `files`.
void build_cards(Document& document, const ReportRequest& request,
                 const std::vector<WorkerStatus>& statuses, const std::vector<WorkerFile>& files,
                 const Policy& policy, Store& store);

}  // namespace cwt::reports
