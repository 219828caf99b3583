#include "workers_model.hpp"

#include <wx/settings.h>

#include "cwt/workspace/display.hpp"
#include "gui_text.hpp"
#include "status_icons.hpp"

namespace cwt::gui {

namespace {
bool has_icon(WorkerColumn column) {
  return column == WorkerColumn::certification || column == WorkerColumn::training;
}
}  // namespace

void WorkersModel::set_rows(std::vector<std::size_t> rows) {
  rows_ = std::move(rows);
  Reset(static_cast<unsigned>(rows_.size()));
}

unsigned WorkersModel::GetColumnCount() const {
  return static_cast<unsigned>(kWorkerColumns.size());
}

wxString WorkersModel::GetColumnType(unsigned column) const {
  return has_icon(kWorkerColumns.at(column)) ? "wxDataViewIconText" : "string";
}

void WorkersModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
  if (row >= rows_.size() || column >= kWorkerColumns.size()) return;
  const WorkerStatus& status = status_at(row);
  const WorkerColumn which = kWorkerColumns[column];
  const wxString text = wx(cell_text(status, which, ui_language(), full_id_));
  if (status.state != EmploymentState::active && has_icon(which))
    value << wxDataViewIconText(text, wxBitmapBundle());  // no status: no status icon
  else if (which == WorkerColumn::certification)
    value << wxDataViewIconText(text, status_icon(status.certification.status));
  else if (which == WorkerColumn::training)
    value << wxDataViewIconText(text, status_icon(status.training.status));
  else
    value = text;
}

bool WorkersModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const {
  if (row >= rows_.size() || column >= kWorkerColumns.size()) return false;
  const WorkerStatus& status = status_at(row);
  if (status.state != EmploymentState::active) {
    // Not yet started or left: the whole row in grey, apart from the active.
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return true;
  }
  switch (kWorkerColumns[column]) {
    case WorkerColumn::certification:
    case WorkerColumn::days_left:
      attr.SetColour(status_colour(status.certification.status));
      if (status.certification.status == CertificationStatus::overdue) attr.SetBold(true);
      return true;
    case WorkerColumn::training:
    case WorkerColumn::shortfall_hours:
      attr.SetColour(status_colour(status.training.status));
      return true;
    default:
      return false;
  }
}

}  // namespace cwt::gui
