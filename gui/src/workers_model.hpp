#pragma once
// The Workers list as a virtual wxDataViewModel: rows are indices into the
// workspace's roster (as Workspace::select returns them), cells are the
// workspace's texts, so 100,000 rows cost nothing until they are drawn.
#include <wx/dataview.h>

#include <vector>

#include "cwt/workspace/workspace.hpp"

namespace cwt::gui {

class WorkersModel : public wxDataViewVirtualListModel {
 public:
  explicit WorkersModel(const Workspace& workspace) : workspace_(&workspace) {}

  void set_workspace(const Workspace& workspace) { workspace_ = &workspace; }
  void set_rows(std::vector<std::size_t> rows);
  const std::vector<std::size_t>& rows() const { return rows_; }
  void set_full_id(bool full_id) { full_id_ = full_id; }
  const WorkerStatus& status_at(unsigned row) const { return workspace_->roster()[rows_[row]]; }

  unsigned GetColumnCount() const override;
  wxString GetColumnType(unsigned column) const override;
  void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
  bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

 private:
  const Workspace* workspace_;
  std::vector<std::size_t> rows_;
  bool full_id_ = false;
};

}  // namespace cwt::gui
