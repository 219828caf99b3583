#include "record_list.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "cwt/reports/data_export.hpp"
#include "field_form.hpp"
#include "gui_text.hpp"
#include "table_export.hpp"

namespace cwt::gui {

template <class Record>
RecordList<Record>::RecordList(wxWindow* parent, RecordKind<Record> kind,
                               std::vector<Record> records)
    : RecordListBase(parent, wxID_ANY),
      kind_(std::move(kind)),
      records_(std::move(records)),
      original_(records_) {
  auto* main = new wxBoxSizer(wxVERTICAL);
  list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 260)),
                                 wxDV_ROW_LINES);
  for (const wxString& title : kind_.titles)
    list_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_AUTOSIZE);
  main->Add(list_, 1, wxEXPAND | wxALL, FromDIP(6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* add = new wxButton(this, wxID_ANY, _("Add..."));
  add->SetName("add");
  auto* correct = new wxButton(this, wxID_ANY, _("Correct..."));
  auto* remove = new wxButton(this, wxID_ANY, _("Delete"));
  auto* save = new wxButton(this, wxID_ANY, _("Export..."));
  buttons->Add(add);
  buttons->Add(correct, 0, wxLEFT, FromDIP(6));
  buttons->Add(remove, 0, wxLEFT, FromDIP(6));
  buttons->Add(save, 0, wxLEFT, FromDIP(18));
  main->Add(buttons, 0, wxALL, FromDIP(6));
  SetSizer(main);

  // The records as listed (changes not yet saved included), in the import's
  // columns: the file imports back.
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    std::vector<FieldValues> rows;
    for (const Record& record : records_) rows.push_back(fields_of(record));
    export_table(this, reports::records_document("records", kind_.fields, rows, ui_language()),
                 kind_.export_name);
  });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (auto record = edit({}, _("Add"))) {
      records_.push_back(*record);
      fill();
      if (on_change) on_change();
    }
  });
  const auto selected = [this]() -> int { return list_->GetSelectedRow(); };
  const auto correct_selected = [this, selected] {
    const int row = selected();
    if (row == wxNOT_FOUND) return;
    Record& record = records_[static_cast<std::size_t>(row)];
    if (kind_.locked && kind_.locked(record)) {
      wxMessageBox(kind_.locked_reason, _("Correct"), wxOK | wxICON_INFORMATION, this);
      return;
    }
    if (auto changed = edit(fields_of(record), _("Correct"))) {
      changed->record_id = record.record_id;
      record = *changed;
      fill();
      if (on_change) on_change();
    }
  };
  correct->Bind(wxEVT_BUTTON, [correct_selected](wxCommandEvent&) { correct_selected(); });
  list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED,
              [correct_selected](wxDataViewEvent&) { correct_selected(); });
  remove->Bind(wxEVT_BUTTON, [this, selected](wxCommandEvent&) {
    const int row = selected();
    if (row == wxNOT_FOUND) return;
    const Record& record = records_[static_cast<std::size_t>(row)];
    if (kind_.locked && kind_.locked(record)) {
      wxMessageBox(kind_.locked_reason, _("Delete"), wxOK | wxICON_INFORMATION, this);
      return;
    }
    if (record.record_id != 0) deleted_.push_back(record.record_id);
    records_.erase(records_.begin() + row);
    fill();
    if (on_change) on_change();
  });
  fill();
}

template <class Record>
void RecordList<Record>::fill() {
  list_->DeleteAllItems();
  for (const Record& record : records_) {
    wxVector<wxVariant> values;
    for (const wxString& cell : kind_.row(record)) values.push_back(cell);
    list_->AppendItem(values);
  }
}

template <class Record>
std::optional<Record> RecordList<Record>::edit(const FieldValues& start, const wxString& title) {
  wxDialog dialog(this, wxID_ANY, title);
  auto* form = new FieldForm(&dialog, kind_.fields, {"id_number"});
  form->set_values(start);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(form, 1, wxEXPAND);
  sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  dialog.SetSizerAndFit(sizer);
  std::optional<Record> result;
  dialog.Bind(wxEVT_BUTTON, [&](wxCommandEvent& event) {
    if (event.GetId() != wxID_OK) {
      event.Skip();
      return;
    }
    auto parsed = kind_.parse(form->values());
    if (form->show_problems(parsed.problems)) {
      dialog.Fit();
      return;  // stays open, the problems beside their fields
    }
    result = parsed.record;
    dialog.EndModal(wxID_OK);
  });
  return dialog.ShowModal() == wxID_OK ? result : std::nullopt;
}

template <class Record>
bool RecordList<Record>::add_with(const FieldValues& values) {
  auto parsed = kind_.parse(values);
  if (!parsed.ok()) return false;
  records_.push_back(parsed.record);
  fill();
  if (on_change) on_change();
  return true;
}

template <class Record>
std::vector<Record> RecordList<Record>::added() const {
  std::vector<Record> out;
  for (const Record& record : records_)
    if (record.record_id == 0) out.push_back(record);
  return out;
}

template <class Record>
std::vector<Record> RecordList<Record>::corrected() const {
  std::vector<Record> out;
  for (const Record& record : records_) {
    if (record.record_id == 0) continue;
    for (const Record& before : original_)
      if (before.record_id == record.record_id && !(before == record)) out.push_back(record);
  }
  return out;
}

template class RecordList<PositionEntry>;
template class RecordList<ExamAttempt>;
template class RecordList<Certificate>;
template class RecordList<TrainingRecord>;

}  // namespace cwt::gui
