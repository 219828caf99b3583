#include "workers_page.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/persist/dataview.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include <set>

#include "cwt/workspace/display.hpp"
#include "gui_text.hpp"
#include "window_fit.hpp"

namespace cwt::gui {

namespace {

// The certification filter's entries after "All": a status, an overdue
// action, or an open deadline within some days.
struct CertificationChoice {
  std::optional<CertificationStatus> status;
  std::optional<Action> action;
  std::optional<int> within_days;
};

std::vector<CertificationChoice> certification_choices() {
  return {
      {CertificationStatus::certified, {}, {}},
      {CertificationStatus::exempt, {}, {}},
      {CertificationStatus::pending, {}, {}},
      {CertificationStatus::due_soon, {}, {}},
      {CertificationStatus::overdue, {}, {}},
      {CertificationStatus::overdue, Action::recall, {}},
      {CertificationStatus::overdue, Action::dismiss, {}},
      {{}, {}, 7},
      {{}, {}, 30},
      {{}, {}, 90},
  };
}

wxString choice_text(const CertificationChoice& choice) {
  if (choice.within_days)
    return wxString::Format(_("Deadline within %d days"), *choice.within_days);
  if (choice.action) return label_of(*choice.status) + wx(" · ") + label_of(*choice.action);
  return label_of(*choice.status);
}

template <class E, std::size_t N>
void fill_codes(wxChoice* choice, const std::array<E, N>& values) {
  choice->Append(_("All"));
  for (const E value : values) choice->Append(label_of(value));
  choice->SetSelection(0);
}

constexpr std::array kPositions{Position::party_secretary,    Position::committee_director,
                                Position::secretary_director, Position::deputy_secretary,
                                Position::deputy_director,    Position::committee_member,
                                Position::community_staff,    Position::grid_worker};
constexpr std::array kEmploymentStates{EmploymentState::active, EmploymentState::not_started,
                                       EmploymentState::left};
constexpr std::array kTrainingStatuses{TrainingStatus::met, TrainingStatus::on_track,
                                       TrainingStatus::behind, TrainingStatus::not_met};

// The selected text of a place filter; nothing for "All".
std::optional<std::string> place_of(const wxChoice* choice) {
  const int selection = choice->GetSelection();
  if (selection <= 0) return std::nullopt;
  return utf8(choice->GetString(static_cast<unsigned>(selection)));
}

void select_place(wxChoice* choice, const std::optional<std::string>& place) {
  const int found = place ? choice->FindString(wx(*place), true) : 0;
  choice->SetSelection(found == wxNOT_FOUND ? 0 : found);
}

}  // namespace

WorkersPage::WorkersPage(wxWindow* parent, Shell& shell)
    : wxPanel(parent, wxID_ANY), shell_(shell), model_(new WorkersModel(shell.workspace())) {
  auto* main = new wxBoxSizer(wxVERTICAL);
  // Each filter its label over its control; they wrap onto a second line
  // on a narrow screen (1024x768) instead of running off its edge.
  auto* filters = new wxWrapSizer(wxHORIZONTAL);
  const auto add_block = [&](const wxString& label, wxWindow* control, int min_width) {
    control->SetMinSize(FromDIP(wxSize(min_width, -1)));
    auto* block = new wxBoxSizer(wxVERTICAL);
    block->Add(new wxStaticText(this, wxID_ANY, label));
    block->Add(control, 1, wxEXPAND | wxTOP, FromDIP(2));
    filters->Add(block, 0, wxEXPAND | wxRIGHT | wxBOTTOM, FromDIP(6));
  };
  const auto add_filter = [&](const wxString& label, wxChoice*& choice, const char* name,
                              int min_width) {
    choice = new wxChoice(this, wxID_ANY);
    choice->SetName(name);
    add_block(label, choice, min_width);
  };
  add_filter(_("Employment"), employment_, "employment", 90);  // four short words
  add_filter(_("District"), district_, "district", 110);
  add_filter(_("Street"), street_, "street", 110);
  add_filter(_("Community"), community_, "community", 110);
  add_filter(_("Position"), position_, "position", 110);
  add_filter(_("Certification"), certification_, "certification", 110);
  add_filter(_("Training"), training_, "training", 110);
  search_ = new wxSearchCtrl(this, wxID_ANY);
  search_->SetName("search");
  search_->ShowCancelButton(true);
  add_block(_("Search name or ID number"), search_, 170);
  full_id_ = new wxCheckBox(this, wxID_ANY, _("Show full ID numbers"));
  full_id_->SetName("full_id");
  filters->Add(full_id_, 0, wxALIGN_BOTTOM | wxBOTTOM, FromDIP(12));
  main->Add(filters, 0, wxEXPAND | wxALL, FromDIP(6));
  // Said when the search finds workers the filters hide (one who has left,
  // one whose hire date is still to come): a worker is never out of reach.
  hidden_row_ = new wxBoxSizer(wxHORIZONTAL);
  hidden_ = new wxStaticText(this, wxID_ANY, " ");
  hidden_->SetName("hidden_matches");
  hidden_->SetForegroundColour(wxColour("#8a5a00"));
  auto* show_hidden = new wxButton(this, wxID_ANY, _("Show all matches"));
  show_hidden->SetName("show_hidden");
  show_hidden->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(search_only(query_)); });
  hidden_row_->Add(hidden_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  hidden_row_->Add(show_hidden, 0, wxALIGN_CENTER_VERTICAL);
  main->Add(hidden_row_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));

  employment_->Append(_("All"));
  for (const EmploymentState state : kEmploymentStates) employment_->Append(label_of(state));
  fill_codes(position_, kPositions);
  certification_->Append(_("All"));
  for (const auto& choice : certification_choices()) certification_->Append(choice_text(choice));
  certification_->SetSelection(0);
  fill_codes(training_, kTrainingStatuses);

  list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxDV_ROW_LINES | wxDV_MULTIPLE);
  list_->SetName("workers");
  list_->AssociateModel(model_.get());
  const Language language = ui_language();
  std::vector<ColumnShare> shares;
  for (std::size_t i = 0; i < kWorkerColumns.size(); ++i) {
    const WorkerColumn column = kWorkerColumns[i];
    const wxString title = wx(column_title(column, language));
    base_titles_.push_back(title);
    const auto index = static_cast<unsigned>(i);
    const bool numeric = column == WorkerColumn::age || column == WorkerColumn::days_left ||
                         column == WorkerColumn::required_hours ||
                         column == WorkerColumn::completed_hours ||
                         column == WorkerColumn::shortfall_hours;
    wxDataViewColumn* added =
        column == WorkerColumn::certification || column == WorkerColumn::training
            ? list_->AppendIconTextColumn(title, index)
            : list_->AppendTextColumn(title, index, wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_DEFAULT,
                                      numeric ? wxALIGN_RIGHT : wxALIGN_NOT);
    added->SetResizeable(true);
    // A wide window gives its width to the texts that get cut: the
    // certification status with its remark most, then places and positions.
    const bool stretches = column == WorkerColumn::community || column == WorkerColumn::street ||
                           column == WorkerColumn::position || column == WorkerColumn::name;
    // Designed to fit 1366x768 whole (1306 DIPs) with the certification
    // status and its remark as wide as it can be; 1024x768 scrolls sideways.
    shares.push_back(column == WorkerColumn::certification ? ColumnShare{290, 4}
                     : column == WorkerColumn::id_number   ? ColumnShare{150, 0}
                     : column == WorkerColumn::training    ? ColumnShare{110, 0}
                     : column == WorkerColumn::position ? ColumnShare{110, 1}  // 社区专职工作者
                     : column == WorkerColumn::district ? ColumnShare{70, 0}
                     : column == WorkerColumn::age      ? ColumnShare{50, 0}
                     : numeric                          ? ColumnShare{64, 0}
                                                        : ColumnShare{90, stretches ? 1 : 0});
  }
  stretch_columns(list_, shares);
  // Column widths and order as the officer left them (keyed by title).
  wxPersistentRegisterAndRestore(list_, "workers_list");
  list_->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, &WorkersPage::on_header_click, this);
  list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
    const std::string id = selected_id();
    if (!id.empty()) shell_.edit_worker(id);
  });
  main->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));

  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  count_ = new wxStaticText(this, wxID_ANY, " ");
  count_->SetName("count");
  bottom->Add(count_, 1, wxALIGN_CENTER_VERTICAL);
  auto* add = new wxButton(this, wxID_ANY, _("&Add worker..."));
  add->SetName("add_worker");
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { shell_.edit_worker(""); });
  auto* edit = new wxButton(this, wxID_ANY, _("&Open worker..."));
  edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const std::string id = selected_id();
    if (!id.empty()) shell_.edit_worker(id);
  });
  bottom->Add(add, 0, wxLEFT, FromDIP(6));
  bottom->Add(edit, 0, wxLEFT, FromDIP(6));
  main->Add(bottom, 0, wxEXPAND | wxALL, FromDIP(6));
  SetSizer(main);
  main->Show(hidden_row_, false);

  for (wxChoice* choice :
       {employment_, district_, street_, community_, position_, certification_, training_})
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
      if (filling_) return;
      read_filters();
      run_query();
    });
  // Every keystroke filters: a search over 100,000 rows takes a few ms.
  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    read_filters();
    run_query();
  });
  full_id_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
    model_->set_full_id(full_id_->GetValue());
    model_->Reset(static_cast<unsigned>(model_->rows().size()));
  });
}

void WorkersPage::fill_choices() {
  // Every place on file, a former worker's too (the filters reach them).
  const KnownPlaces& places = shell_.workspace().places();
  const auto as_set = [](std::vector<std::string> names) {
    return std::set<std::string>(names.begin(), names.end());
  };
  const std::set<std::string> districts = as_set(places.districts());
  const std::set<std::string> streets = as_set(places.streets(""));
  const std::set<std::string> communities = as_set(places.communities("", ""));
  // Refilling a GTK choice costs milliseconds per hundred entries: only when
  // the places changed (another file, an edit), not on a change of the day.
  if (districts == districts_ && streets == streets_ && communities == communities_) return;
  districts_ = districts;
  streets_ = streets;
  communities_ = communities;
  filling_ = true;
  for (auto [choice, names] : {std::pair{district_, &districts}, std::pair{street_, &streets},
                               std::pair{community_, &communities}}) {
    choice->Clear();
    choice->Append(_("All"));
    for (const std::string& name : *names) choice->Append(wx(name));
  }
  filling_ = false;
}

void WorkersPage::refresh() {
  model_->set_workspace(shell_.workspace());
  fill_choices();
  show_filters();
  run_query();
}

void WorkersPage::show(const WorkerQuery& query) {
  query_ = query;
  show_filters();
  run_query();
}

void WorkersPage::read_filters() {
  const int employment = employment_->GetSelection();
  query_.employment =
      employment > 0 ? std::optional(kEmploymentStates[static_cast<std::size_t>(employment - 1)])
                     : std::nullopt;
  query_.district = place_of(district_);
  query_.street = place_of(street_);
  query_.community = place_of(community_);
  const int position = position_->GetSelection();
  query_.position = position > 0 ? std::optional(kPositions[static_cast<std::size_t>(position - 1)])
                                 : std::nullopt;
  const int certification = certification_->GetSelection();
  query_.certification.reset();
  query_.action.reset();
  query_.deadline_within_days.reset();
  if (certification > 0) {
    const auto choice = certification_choices()[static_cast<std::size_t>(certification - 1)];
    query_.certification = choice.status;
    query_.action = choice.action;
    query_.deadline_within_days = choice.within_days;
  }
  const int training = training_->GetSelection();
  query_.training = training > 0
                        ? std::optional(kTrainingStatuses[static_cast<std::size_t>(training - 1)])
                        : std::nullopt;
  query_.search = utf8(search_->GetValue());
}

void WorkersPage::show_filters() {
  filling_ = true;
  employment_->SetSelection(0);
  for (std::size_t i = 0; i < kEmploymentStates.size(); ++i)
    if (query_.employment == kEmploymentStates[i])
      employment_->SetSelection(static_cast<int>(i + 1));
  select_place(district_, query_.district);
  select_place(street_, query_.street);
  select_place(community_, query_.community);
  position_->SetSelection(0);
  for (std::size_t i = 0; i < kPositions.size(); ++i)
    if (query_.position == kPositions[i]) position_->SetSelection(static_cast<int>(i + 1));
  certification_->SetSelection(0);
  const auto choices = certification_choices();
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (choices[i].status == query_.certification && choices[i].action == query_.action &&
        choices[i].within_days == query_.deadline_within_days)
      certification_->SetSelection(static_cast<int>(i + 1));
  training_->SetSelection(0);
  for (std::size_t i = 0; i < kTrainingStatuses.size(); ++i)
    if (query_.training == kTrainingStatuses[i]) training_->SetSelection(static_cast<int>(i + 1));
  if (utf8(search_->GetValue()) != query_.search) search_->ChangeValue(wx(query_.search));
  filling_ = false;
}

void WorkersPage::run_query() {
  Workspace& workspace = shell_.workspace();
  model_->set_rows(workspace.select(query_));
  if (query_.employment == EmploymentState::active)
    count_->SetLabel(wxString::Format(_("%zu of %zu active workers"), model_->rows().size(),
                                      workspace.statuses().size()));
  else
    count_->SetLabel(wxString::Format(_("%zu of %zu workers on file"), model_->rows().size(),
                                      workspace.worker_count()));
  const std::size_t hidden = workspace.hidden_by_filters(query_);
  if (hidden > 0)
    hidden_->SetLabel(wxString::Format(
        wxPLURAL("%zu more worker matches the search but is hidden by the filters.",
                 "%zu more workers match the search but are hidden by the filters.", hidden),
        hidden));
  const bool shown = hidden > 0;
  if (GetSizer()->IsShown(hidden_row_) != shown) {
    GetSizer()->Show(hidden_row_, shown);
    Layout();
  }
  update_titles();
}

void WorkersPage::on_header_click(wxDataViewEvent& event) {
  const int column = event.GetColumn();
  if (column < 0 || static_cast<std::size_t>(column) >= kWorkerColumns.size()) return;
  const WorkerColumn clicked = kWorkerColumns[static_cast<std::size_t>(column)];
  query_.descending = query_.sort_by == clicked ? !query_.descending : false;
  query_.sort_by = clicked;
  run_query();
  event.Veto();  // sorted here, by the workspace, not by the control
}

void WorkersPage::update_titles() {
  for (std::size_t i = 0; i < kWorkerColumns.size(); ++i) {
    wxString title = base_titles_[i];
    if (kWorkerColumns[i] == query_.sort_by)
      title += wxString::FromUTF8(query_.descending ? " ▼" : " ▲");
    list_->GetColumn(static_cast<unsigned>(i))->SetTitle(title);
  }
}

std::string WorkersPage::selected_id() const {
  const wxDataViewItem item = list_->GetCurrentItem();
  if (!item.IsOk()) return {};
  const unsigned row = model_->GetRow(item);
  if (row >= model_->rows().size()) return {};
  return model_->status_at(row).worker->id_number;
}

}  // namespace cwt::gui

namespace cwt::gui {

void WorkersPage::empty_lists() { model_->set_rows({}); }

}  // namespace cwt::gui
