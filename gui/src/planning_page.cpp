#include "planning_page.hpp"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/dataobj.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/tokenzr.h>
#include <wx/wrapsizer.h>

#include <set>

#include "background.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/text.hpp"
#include "cwt/reports/plan_report.hpp"
#include "cwt/workspace/report_form.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "layout_printout.hpp"
#include "plan_dialogs.hpp"
#include "table_export.hpp"
#include "window_fit.hpp"

namespace cwt::gui {

namespace {

// The choices of the worker list's "show" filter, in order.
constexpr PlanWorkerShow kShows[] = {PlanWorkerShow::all, PlanWorkerShow::not_covered,
                                     PlanWorkerShow::on_course, PlanWorkerShow::can_join};

}  // namespace

PlanningPage::PlanningPage(wxWindow* parent, Shell& shell)
    : wxPanel(parent, wxID_ANY),
      shell_(shell),
      session_(std::make_unique<PlanSession>(shell.workspace())) {
  auto* main = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(6);

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(new wxStaticText(this, wxID_ANY, _("Plan")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  plans_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(260, -1)));
  plans_->SetName("plans");
  plans_->Bind(wxEVT_CHOICE,
               [this](wxCommandEvent&) { choose_plan(utf8(plans_->GetStringSelection())); });
  top->Add(plans_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
  const auto button = [&](const wxString& label, auto action) {
    auto* b = new wxButton(this, wxID_ANY, label);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    top->Add(b, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    return b;
  };
  button(_("&New plan..."), [this] { on_new_plan(); });
  button(_("Delete plan"), [this] { on_delete_plan(); });
  top->AddSpacer(FromDIP(18));
  button(_("&Fill the plan"), [this] { fill(); })->SetName("fill_plan");
  button(_("Plan &report..."), [this] { on_report(); });
  main->Add(top, 0, wxEXPAND | wxALL, gap);

  summary_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  summary_->SetName("plan_summary");
  main->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  auto* notes = new wxBoxSizer(wxHORIZONTAL);
  warnings_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 52)));
  warnings_->SetName("plan_warnings");
  warnings_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { on_warning_chosen(); });
  notes->Add(warnings_, 3, wxEXPAND | wxRIGHT, gap);
  explanation_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  explanation_->SetName("fill_explanation");
  notes->Add(explanation_, 2, wxEXPAND);
  main->Add(notes, 0, wxEXPAND | wxALL, gap);

  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxSP_LIVE_UPDATE | wxSP_3DSASH);
  splitter->SetName("planning_splitter");
  splitter->SplitVertically(build_courses(splitter), build_workers(splitter), FromDIP(600));
  splitter->SetMinimumPaneSize(FromDIP(220));
  wxPersistentRegisterAndRestore(splitter, "planning_splitter");
  main->Add(splitter, 1, wxEXPAND);
  SetSizer(main);
}

wxWindow* PlanningPage::build_courses(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  courses_ = new wxDataViewCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_ROW_LINES | wxDV_SINGLE);
  courses_->SetName("plan_courses");
  courses_model_ = new PlanCoursesModel(*session_);
  courses_->AssociateModel(courses_model_.get());
  courses_->AppendTextColumn(_("Course"), PlanCoursesModel::title);
  courses_->AppendTextColumn(_("When"), PlanCoursesModel::when);
  courses_->AppendTextColumn(_("Hours"), PlanCoursesModel::hours, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  courses_->AppendTextColumn(_("For"), PlanCoursesModel::audience);
  courses_->AppendTextColumn(_("Seats"), PlanCoursesModel::seats, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  courses_->AppendTextColumn(_("Attendance"), PlanCoursesModel::attendance);
  // The title widest: month rows and course names were cut at 1024x768.
  stretch_columns(courses_, {{196, 3}, {108, 1}, {44, 0}, {60, 1}, {80, 0}, {86, 1}});
  courses_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
    filter_.course = selected_course();
    if (filter_.show == PlanWorkerShow::on_course || filter_.show == PlanWorkerShow::can_join)
      fill_workers();
  });
  courses_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
    if (!courses_model_->course_at(event.GetItem()).empty()) on_course_dialog(true);
  });
  // Workers dragged from the list onto a course are put on it.
  courses_->EnableDropTarget(wxDF_UNICODETEXT);
  courses_->Bind(wxEVT_DATAVIEW_ITEM_DROP_POSSIBLE, [this](wxDataViewEvent& event) {
    if (courses_model_->course_at(event.GetItem()).empty()) event.Veto();
  });
  courses_->Bind(wxEVT_DATAVIEW_ITEM_DROP, [this](wxDataViewEvent& event) {
    const std::string course = courses_model_->course_at(event.GetItem());
    if (course.empty() || event.GetDataFormat() != wxDF_UNICODETEXT) {
      event.Veto();
      return;
    }
    wxTextDataObject data;
    data.SetData(wxDF_UNICODETEXT, event.GetDataSize(), event.GetDataBuffer());
    std::vector<std::string> ids;
    for (const wxString& id : wxStringTokenize(data.GetText(), "\n")) ids.push_back(utf8(id));
    select_course(course);
    assign(ids);
  });
  sizer->Add(courses_, 1, wxEXPAND | wxALL, FromDIP(6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  const auto button = [&](const wxString& label, auto action) {
    auto* b = new wxButton(panel, wxID_ANY, label);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    buttons->Add(b, 0, wxRIGHT, FromDIP(6));
    return b;
  };
  button(_("New &course..."), [this] { on_course_dialog(false); });
  button(_("&Edit course..."), [this] { on_course_dialog(true); });
  button(_("Delete course"), [this] { on_delete_course(); });
  button(_("Mark &attendance..."), [this] { on_attendance(); })->SetName("mark_attendance");
  sizer->Add(buttons, 0, wxLEFT | wxBOTTOM, FromDIP(6));
  panel->SetSizer(sizer);
  return panel;
}

wxWindow* PlanningPage::build_workers(wxWindow* parent) {
  auto* book = new wxNotebook(parent, wxID_ANY);
  auto* panel = new wxPanel(book);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  // Wraps onto a second line in a narrow pane (1024x768) instead of
  // drawing the controls over each other.
  auto* filters = new wxWrapSizer(wxHORIZONTAL);
  const int gap = FromDIP(6);
  street_ = new wxChoice(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(120, -1)));
  community_ = new wxChoice(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(120, -1)));
  show_ = new wxChoice(panel, wxID_ANY);
  show_->SetName("plan_show");
  show_->Append(_("Every worker"));
  show_->Append(_("Not covered"));
  show_->Append(_("On the chosen course"));
  show_->Append(_("Could join the chosen course"));
  show_->SetSelection(0);
  search_ =
      new wxTextCtrl(panel, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(140, -1)));
  search_->SetHint(_("Name or ID number"));
  for (wxWindow* control : std::initializer_list<wxWindow*>{street_, community_, show_, search_})
    filters->Add(control, 0, wxRIGHT | wxBOTTOM, gap);
  street_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    filter_.street = street_->GetSelection() > 0 ? utf8(street_->GetStringSelection()) : "";
    filter_.community.clear();
    fill_places();
    fill_workers();
  });
  community_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    filter_.community =
        community_->GetSelection() > 0 ? utf8(community_->GetStringSelection()) : "";
    fill_workers();
  });
  show_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    filter_.show = kShows[std::max(show_->GetSelection(), 0)];
    fill_workers();
  });
  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    filter_.search = utf8(search_->GetValue());
    fill_workers();
  });
  sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

  workers_ = new wxDataViewCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_ROW_LINES | wxDV_MULTIPLE);
  workers_->SetName("plan_workers");
  workers_model_ = new PlanWorkersModel(*session_);
  workers_->AssociateModel(workers_model_.get());
  workers_->AppendTextColumn(_("Name"), PlanWorkersModel::name);
  workers_->AppendTextColumn(_("ID number"), PlanWorkersModel::id_number);
  workers_->AppendTextColumn(_("Community"), PlanWorkersModel::community);
  workers_->AppendTextColumn(_("Required"), PlanWorkersModel::required, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  workers_->AppendTextColumn(_("Completed"), PlanWorkersModel::completed, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  workers_->AppendTextColumn(_("Planned"), PlanWorkersModel::planned, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  workers_->AppendTextColumn(_("Missing"), PlanWorkersModel::missing, wxDATAVIEW_CELL_INERT,
                             wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  workers_->AppendTextColumn(_("Courses"), PlanWorkersModel::courses);
  stretch_columns(workers_,
                  {{70, 1}, {150, 0}, {90, 1}, {56, 0}, {60, 0}, {60, 0}, {60, 0}, {300, 4}});
  workers_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                 [this](wxDataViewEvent&) { show_worker_detail(); });
  workers_->EnableDragSource(wxDF_UNICODETEXT);
  workers_->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, [this](wxDataViewEvent& event) {
    std::vector<std::string> ids = selected_workers();
    const auto row = workers_model_->GetRow(event.GetItem());
    if (ids.empty() && row < workers_model_->rows().size())
      ids.push_back(workers_model_->worker_at(row).file->worker.id_number);
    if (ids.empty()) {
      event.Veto();
      return;
    }
    wxString text;
    for (const std::string& id : ids) text += (text.empty() ? "" : "\n") + wx(id);
    event.SetDataObject(new wxTextDataObject(text));
    event.SetDragFlags(wxDrag_CopyOnly);
  });
  sizer->Add(workers_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* put_on = new wxButton(panel, wxID_ANY, _("&Put on the course"));
  put_on->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { assign(selected_workers()); });
  auto* take_off = new wxButton(panel, wxID_ANY, _("&Take off the course"));
  take_off->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { unassign(selected_workers()); });
  buttons->Add(put_on, 0, wxRIGHT, gap);
  buttons->Add(take_off, 0, wxRIGHT, gap);
  worker_detail_ = new wxStaticText(panel, wxID_ANY, wxEmptyString);
  buttons->Add(worker_detail_, 1, wxALIGN_CENTER_VERTICAL);
  sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
  panel->SetSizer(sizer);
  book->AddPage(panel, _("Workers"));

  coverage_ = new wxDataViewCtrl(book, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES);
  coverage_->SetName("plan_coverage");
  coverage_model_ = new PlanCoverageModel;
  coverage_->AssociateModel(coverage_model_.get());
  coverage_->AppendTextColumn(_("Street"), PlanCoverageModel::street);
  coverage_->AppendTextColumn(_("Community"), PlanCoverageModel::community);
  coverage_->AppendTextColumn(_("Workers"), PlanCoverageModel::workers, wxDATAVIEW_CELL_INERT,
                              wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  coverage_->AppendTextColumn(_("Covered by the plan"), PlanCoverageModel::covered,
                              wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  coverage_->AppendTextColumn(_("Share"), PlanCoverageModel::share, wxDATAVIEW_CELL_INERT,
                              wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  coverage_->AppendTextColumn(_("Met so far"), PlanCoverageModel::met, wxDATAVIEW_CELL_INERT,
                              wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  stretch_columns(coverage_, {{110, 1}, {110, 1}, {75, 0}, {140, 0}, {60, 0}, {90, 0}});
  book->AddPage(coverage_, _("Communities"));
  return book;
}

void PlanningPage::refresh() {
  if (&session_->workspace() != &shell_.workspace()) session_->set_workspace(shell_.workspace());
  session_->refresh();
  fill_plans();
  if (!session_->plan() && !session_->plans().empty())
    session_->choose(session_->plans().back().name);  // the latest year's
  show_plan();
}

void PlanningPage::fill_plans() {
  plans_->Clear();
  for (const TrainingPlan& plan : session_->plans()) plans_->Append(wx(plan.name));
  if (session_->plan()) plans_->SetStringSelection(wx(session_->plan()->name));
}

bool PlanningPage::choose_plan(const std::string& name) {
  const bool found = session_->choose(name);
  filter_.course.clear();
  fill_plans();
  show_plan();
  return found;
}

void PlanningPage::show_plan() {
  const TrainingPlan* plan = session_->plan();
  if (plan) plans_->SetStringSelection(wx(plan->name));
  const std::string course = filter_.course;
  courses_model_->rebuild();
  for (const wxDataViewItem& month : courses_model_->month_items()) courses_->Expand(month);
  if (!course.empty()) select_course(course);
  fill_places();
  fill_workers();
  fill_coverage();

  if (!plan) {
    summary_->SetLabel(session_->plans().empty()
                           ? _("No training plan yet: make one with New plan..., add its "
                               "courses, then fill it.")
                           : _("Choose a plan."));
  } else {
    const PlanTotals t = session_->totals();
    const wxString place =
        plan->scope.community.empty()
            ? (plan->scope.street.empty() ? _("every street") : wx(plan->scope.street))
            : wx(plan->scope.street + " " + plan->scope.community);
    // Two sentences, each with its arguments in an order every language can
    // keep without numbered arguments (under MinGW, wx printed those numbered
    // 10 to 12 wrong: a screenshot under Wine).
    summary_->SetLabel(
        wxString::Format(_("%d, %s: %d workers, %d covered by the plan (%s), %d have met the "
                           "year (as of %s)."),
                         plan->year, place, t.workers, t.covered, share_text(t.covered, t.workers),
                         t.met, date_text(session_->day())) +
        "\n" +  // one sentence a line: together they ran off a 1024-pixel screen
        wxString::Format(_("%d of %d courses held: %d places attended, %d absent (of %d places "
                           "taken)."),
                         t.courses_held, t.courses, t.present, t.absent, t.seats_taken));
  }
  warnings_->Clear();
  shown_warnings_ = session_->warnings();
  for (const PlanWarning& warning : shown_warnings_) warnings_->Append(wx(warning_text(warning)));
  if (plan && shown_warnings_.empty())
    warnings_->Append(_("No warnings: every worker is covered."));
  Layout();
}

std::vector<wxString> PlanningPage::warning_texts() const {
  std::vector<wxString> texts;
  for (unsigned i = 0; i < warnings_->GetCount(); ++i) texts.push_back(warnings_->GetString(i));
  return texts;
}

void PlanningPage::fill_places() {
  places_ = session_->places();
  std::set<std::string> streets;
  for (const auto& [street, community] : places_) streets.insert(street);
  street_->Clear();
  street_->Append(_("Every street"));
  for (const std::string& street : streets) street_->Append(wx(street));
  if (filter_.street.empty() || !street_->SetStringSelection(wx(filter_.street))) {
    filter_.street.clear();
    street_->SetSelection(0);
  }
  // A street's communities only: a city has 2,000, too many for one list
  // (and GTK fills a choice slowly).
  community_->Clear();
  community_->Append(_("Every community"));
  for (const auto& [street, community] : places_)
    if (!filter_.street.empty() && street == filter_.street) community_->Append(wx(community));
  community_->Enable(!filter_.street.empty());
  if (filter_.community.empty() || !community_->SetStringSelection(wx(filter_.community))) {
    filter_.community.clear();
    community_->SetSelection(0);
  }
}

void PlanningPage::set_filter(const PlanWorkerFilter& filter) {
  filter_ = filter;
  for (std::size_t i = 0; i < std::size(kShows); ++i)
    if (kShows[i] == filter.show) show_->SetSelection(static_cast<int>(i));
  search_->ChangeValue(wx(filter.search));
  if (!filter.course.empty()) select_course(filter.course);
  fill_places();
  fill_workers();
}

void PlanningPage::fill_workers() {
  std::map<std::string, UncoveredReason> reasons;
  // The reasons cost a fill: worked out when the officer looks at the not covered.
  if (filter_.show == PlanWorkerShow::not_covered)
    for (const UncoveredWorker& u : session_->uncovered()) reasons.emplace(u.id_number, u.reason);
  workers_model_->set_reasons(std::move(reasons));
  workers_model_->set_rows(session_->select(filter_));
  show_worker_detail();
}

void PlanningPage::fill_coverage() { coverage_model_->set_state(session_->state()); }

void PlanningPage::show_worker_detail() {
  const int selected = workers_->GetSelectedItemsCount();
  wxString text = wxString::Format(wxPLURAL("%zu worker shown", "%zu workers shown",
                                            static_cast<unsigned>(workers_model_->rows().size())),
                                   workers_model_->rows().size());
  if (selected > 0) text += wxString::Format(_(", %d chosen"), selected);
  worker_detail_->SetLabel(text);
}

std::vector<std::string> PlanningPage::selected_workers() const {
  wxDataViewItemArray items;
  workers_->GetSelections(items);
  std::vector<std::string> ids;
  for (const wxDataViewItem& item : items) {
    const unsigned row = workers_model_->GetRow(item);
    if (row < workers_model_->rows().size())
      ids.push_back(workers_model_->worker_at(row).file->worker.id_number);
  }
  return ids;
}

void PlanningPage::select_course(const std::string& course) {
  const wxDataViewItem item = courses_model_->item_of(course);
  if (!item.IsOk()) return;
  courses_->Select(item);
  courses_->EnsureVisible(item);
  filter_.course = course;
}

std::string PlanningPage::selected_course() const {
  return courses_model_->course_at(courses_->GetSelection());
}

bool PlanningPage::apply(const PlanSession::Edit& edit) {
  if (!edit.problems.empty()) {
    wxString text;
    for (const FieldProblem& problem : edit.problems)
      text += (text.empty() ? "" : "\n") + wx(app::sentence(problem.message));
    wxMessageBox(text, _("Nothing was changed"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  if (!edit.change) return false;
  return shell_.apply(*edit.change).has_value();  // every page refreshed, this one too
}

bool PlanningPage::create_plan(const std::string& name, int year, const PlanScope& scope) {
  const PlanSession::Edit edit = session_->create_plan(name, year, scope);
  if (!apply(edit)) return false;
  return choose_plan(edit.change->save_plans.front().name);  // the name as stored
}

bool PlanningPage::save_course(const FieldValues& fields, const std::string& replacing) {
  return apply(session_->save_course(fields, replacing));
}

bool PlanningPage::assign(const std::vector<std::string>& id_numbers) {
  const std::string course = selected_course();
  if (course.empty()) {
    wxMessageBox(_("Choose the course on the left first (or drag the workers onto it)."),
                 _("Planning"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  return apply(session_->assign(course, id_numbers));
}

bool PlanningPage::unassign(const std::vector<std::string>& id_numbers) {
  const std::string course = selected_course();
  if (course.empty()) return false;
  return apply(session_->unassign(course, id_numbers));
}

FillExplanation PlanningPage::fill() {
  FillExplanation explanation;
  if (!session_->plan()) return explanation;
  PlanSession::Edit edit;
  try {
    // What the fill reads is gathered here, on the GUI thread; the fill
    // itself only reads it.
    const PlanSession::FillInput input = session_->fill_input();
    if (!run_with_progress(
            this, _("Fill the plan"), _("Placing the workers still short..."),
            [&](Progress& progress) { edit = PlanSession::fill(input, explanation, progress); }))
      return {};
  } catch (const std::exception& error) {
    show_failure(this, _("The plan was not filled"), error);
    return {};
  }
  if (edit.change && !apply(edit)) return {};
  wxString text;
  for (const std::string& line : explanation.lines()) text += (text.empty() ? "" : "\n") + wx(line);
  explanation_->SetLabel(text);
  Layout();
  wxMessageDialog dialog(this, wx(explanation.lines().front()), _("Fill the plan"),
                         wxOK | wxICON_INFORMATION);
  dialog.SetExtendedMessage(text);
  dialog.ShowModal();
  return explanation;
}

bool PlanningPage::mark_attendance(const std::vector<std::string>& absent) {
  const std::string course = selected_course();
  if (course.empty()) return false;
  return apply(session_->attend(course, absent));
}

void PlanningPage::on_new_plan() {
  if (const auto plan = ask_new_plan(this, shell_.workspace()))
    create_plan(plan->name, plan->year, plan->scope);
}

void PlanningPage::on_delete_plan() {
  const TrainingPlan* plan = session_->plan();
  if (!plan) return;
  if (wxMessageBox(wxString::Format(_("Delete the plan %s with its courses and assignments? "
                                      "Training records of courses already held stay."),
                                    wx(plan->name)),
                   _("Delete plan"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
    return;
  apply(session_->delete_plan());
}

void PlanningPage::on_course_dialog(bool edit) {
  if (!session_->plan()) return;
  const PlannedCourse* course = edit ? session_->plan()->course(selected_course()) : nullptr;
  if (edit && !course) return;
  if (auto change = ask_course(this, *session_, course)) shell_.apply(*change);
}

void PlanningPage::on_delete_course() {
  const std::string course = selected_course();
  if (course.empty()) return;
  if (wxMessageBox(
          wxString::Format(_("Delete the course %s and take its workers off it?"), wx(course)),
          _("Delete course"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
    return;
  apply(session_->delete_course(course));
}

void PlanningPage::on_attendance() {
  const std::string course = selected_course();
  if (course.empty()) return;
  if (!session_->can_mark_attendance(course)) {
    const PlannedCourse* planned = session_->plan()->course(course);
    wxMessageBox(
        planned && !planned->taken_place(session_->plan()->year, session_->today())
            ? wxString::Format(_("%s has not taken place yet: mark its attendance after %s."),
                               wx(course), date_text(planned->last_day(session_->plan()->year)))
            : wxString::Format(_("Nobody is on %s."), wx(course)),
        _("Mark attendance"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  if (const auto absent = ask_attendance(this, *session_, course)) mark_attendance(*absent);
}

void PlanningPage::on_warning_chosen() {
  const int index = warnings_->GetSelection();
  if (index < 0 || static_cast<std::size_t>(index) >= shown_warnings_.size()) return;
  const PlanWarning warning = shown_warnings_[static_cast<std::size_t>(index)];
  PlanWorkerFilter filter = filter_;
  if (warning.kind == PlanWarning::Kind::not_covered) {
    filter.show = PlanWorkerShow::not_covered;
  } else {
    filter.show = PlanWorkerShow::on_course;
    filter.course = warning.course;
  }
  set_filter(filter);
}

bool PlanningPage::save_report(reports::ReportFormat format, const std::string& path) {
  const TrainingPlan* plan = session_->plan();
  if (!plan) return false;
  if (!output_allowed(this, shell_.output_guard(), path, _("The report was not saved")))
    return false;
  // The officer's own 填报单位 from the Reports page, else what the plan's
  // scope names.
  const UnitField unit(utf8(wxConfigBase::Get()->Read("/reports/unit", wxEmptyString)));
  const std::optional<std::string> organisation =
      unit.own().empty() ? std::nullopt : std::optional(unit.own());
  try {
    const auto& uncovered = session_->uncovered();
    const std::string writing = utf8(_("Writing the file"));
    // A cancel stops the writing between rows (a PDF's pages); the file
    // named is then left as it was.
    return run_with_progress(
        this, _("Plan report"), _("Writing the file..."), [&](Progress& progress) {
          const reports::Document document =
              reports::plan_report(*plan, session_->state(), uncovered, ui_language(),
                                   session_->day(), false, organisation);
          if (progress.cancelled()) throw Cancelled();
          std::unique_ptr<reports::FontSet> fonts;
          reports::Layout layout;
          if (reports::uses_layout(format)) {
            fonts = load_report_fonts();
            layout = reports::lay_out(document, *fonts);
          }
          progress.stage(writing);
          reports::save_report(document, format, path, fonts ? &layout : nullptr, fonts.get(),
                               progress);
        });
  } catch (const std::exception& error) {
    show_failure(this, _("The report was not saved"), error);
    return false;
  }
}

void PlanningPage::on_report() {
  if (!session_->plan()) return;
  wxFileDialog dialog(this, _("Save the plan report"), wxEmptyString,
                      wx(session_->plan()->name) + ".pdf",
                      _("PDF (*.pdf)|*.pdf|Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv|"
                        "Web page (*.html)|*.html"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  constexpr reports::ReportFormat kFormats[] = {
      reports::ReportFormat::pdf, reports::ReportFormat::xlsx, reports::ReportFormat::csv,
      reports::ReportFormat::html};
  const int index = std::clamp(dialog.GetFilterIndex(), 0, 3);
  if (save_report(kFormats[index], utf8(dialog.GetPath())))
    wxMessageBox(wxString::Format(_("Saved: %s"), dialog.GetPath()), _("Plan report"),
                 wxOK | wxICON_INFORMATION, this);
}

}  // namespace cwt::gui

namespace cwt::gui {

void PlanningPage::empty_lists() { workers_model_->set_rows({}); }

}  // namespace cwt::gui
