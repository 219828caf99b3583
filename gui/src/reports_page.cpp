#include "reports_page.hpp"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/dateevt.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include <array>

#include "background.hpp"
#include "cwt/model/messages.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "table_export.hpp"
#include "window_fit.hpp"
#include "wrapped_text.hpp"

namespace cwt::gui {

namespace {

constexpr std::array kKinds{reports::ReportKind::deadlines, reports::ReportKind::training,
                            reports::ReportKind::overdue, reports::ReportKind::summary,
                            reports::ReportKind::card};

wxString about(reports::ReportKind kind) {
  switch (kind) {
    case reports::ReportKind::deadlines:
      return _(
          "Obligated workers without a certificate, by deadline, with the days left, the "
          "status and the action; grouped by street and community.");
    case reports::ReportKind::training:
      return _(
          "Each worker's required, completed and missing class hours for the training "
          "year, with subtotals per community and street, the total and the compliance "
          "rates.");
    case reports::ReportKind::overdue:
      return _(
          "Workers past their deadline, grouped by action (recall or dismissal), with the "
          "dates the decision papers need: hired, obligation start, deadline, days over, "
          "exams taken.");
    case reports::ReportKind::summary:
      return _(
          "The statistical table for superiors: one row per community, subtotals per "
          "street and the total, with active workers, obligated, certified, certification "
          "rate, overdue, training met and its rate.");
    case reports::ReportKind::card:
      return _(
          "The record card: one page per worker with everything on file (profile, "
          "positions, exams, certificates, each year's training). Give an ID number for "
          "one worker, or leave it empty for every worker in the scope.");
  }
  return {};
}

// "" for the first entry ("All"), the name otherwise.
std::string chosen_name(const wxChoice* choice) {
  const int at = choice->GetSelection();
  return at <= 0 ? std::string() : utf8(choice->GetString(static_cast<unsigned>(at)));
}

// Fills `choice` with "All" and `names`, keeping the chosen name when it is
// still there.
void fill_choice(wxChoice* choice, const std::vector<std::string>& names) {
  const std::string kept = chosen_name(choice);
  choice->Clear();
  choice->Append(_("(all)"));
  int chosen = 0;
  for (const auto& name : names) {
    const int at = choice->Append(wx(name));
    if (name == kept) chosen = at;
  }
  choice->SetSelection(chosen);
}

void select_name(wxChoice* choice, const std::string& name) {
  const int at = name.empty() ? 0 : choice->FindString(wx(name), true);
  choice->SetSelection(at == wxNOT_FOUND ? 0 : at);
}

wxString wildcard_of(reports::ReportFormat format) {
  switch (format) {
    case reports::ReportFormat::pdf:
      return _("PDF (*.pdf)|*.pdf");
    case reports::ReportFormat::xlsx:
      return _("Excel workbook (*.xlsx)|*.xlsx");
    case reports::ReportFormat::csv:
      return _("CSV, UTF-8 (*.csv)|*.csv");
    case reports::ReportFormat::html:
      return _("Web page (*.html)|*.html");
  }
  return {};
}

}  // namespace

ReportPreviewFrame::ReportPreviewFrame(wxPrintPreviewBase* preview, wxWindow* parent,
                                       const wxString& title)
    : wxPreviewFrame(preview, parent, title) {
  SetName("report_preview");
}

ReportsPage::ReportsPage(wxWindow* parent, Shell& shell)
    : wxPanel(parent, wxID_ANY), shell_(shell) {
  const int gap = FromDIP(6);
  auto* form = new wxFlexGridSizer(2, gap, FromDIP(10));
  form->AddGrowableCol(1, 1);
  const auto label = [&](const wxString& text) {
    form->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
  };

  label(_("Report"));
  kinds_ = new wxListBox(this, wxID_ANY);
  kinds_->SetName("report_kind");
  for (const auto kind : kKinds) kinds_->Append(wx(reports::report_title(kind, ui_language())));
  kinds_->SetSelection(0);
  // Every report in sight without scrolling (the fifth was cut in half).
  kinds_->SetMinSize(
      wxSize(-1, kinds_->GetCharHeight() * static_cast<int>(kKinds.size() + 1) + FromDIP(12)));
  form->Add(kinds_, 0, wxEXPAND);
  form->AddSpacer(0);
  about_ = new wxStaticText(this, wxID_ANY, " ");
  about_->SetName("report_about");
  form->Add(about_, 0, wxEXPAND | wxBOTTOM, gap);

  const auto place_choice = [&](const wxString& text, const char* name) {
    label(text);
    auto* choice = new wxChoice(this, wxID_ANY);
    choice->SetName(name);
    form->Add(choice, 0, wxEXPAND);
    return choice;
  };
  district_ = place_choice(_("District"), "report_district");
  street_ = place_choice(_("Street"), "report_street");
  community_ = place_choice(_("Community"), "report_community");
  label(_("Worker (ID number)"));
  worker_ = new wxTextCtrl(this, wxID_ANY);
  worker_->SetName("report_worker");
  worker_->SetHint(_("empty: every worker in the scope"));
  form->Add(worker_, 0, wxEXPAND);
  label(_("Reporting unit"));
  unit_field_ = UnitField(utf8(wxConfigBase::Get()->Read("/reports/unit", wxEmptyString)));
  unit_ = new wxTextCtrl(this, wxID_ANY);
  unit_->SetName("report_unit");
  unit_->SetHint(_("empty: left blank on the paper, to be written in"));
  form->Add(unit_, 0, wxEXPAND);

  label(_("As of"));
  as_of_ = new DayPicker(this, shell_.workspace().day());
  as_of_->SetName("report_as_of");
  form->Add(as_of_, 0);
  label(_("Training year"));
  year_ = new wxSpinCtrl(this, wxID_ANY);
  year_->SetName("report_year");
  year_->SetRange(1900, 2999);
  year_->SetValue(static_cast<int>(shell_.workspace().day().year()));
  form->Add(year_, 0);
  label(_("Language of the report"));
  language_ = new wxChoice(this, wxID_ANY);
  language_->SetName("report_language");
  language_->Append(wx("中文"));
  language_->Append(wx("English"));
  language_->SetSelection(ui_language() == Language::zh ? 0 : 1);
  form->Add(language_, 0);
  form->AddSpacer(0);
  full_id_ = new wxCheckBox(this, wxID_ANY, _("Print ID numbers in full (masked by default)"));
  full_id_->SetName("report_full_id");
  form->Add(full_id_, 0);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  const auto button = [&](const wxString& text, const char* name, auto action) {
    auto* b = new wxButton(this, wxID_ANY, text);
    b->SetName(name);
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    buttons->Add(b, 0, wxRIGHT, gap);
  };
  button(_("Print preview..."), "report_preview_button", [this] { preview(); });
  button(_("Print..."), "report_print", [this] { print(); });
  button(_("Save as PDF..."), "report_save_pdf", [this] { save(reports::ReportFormat::pdf); });
  button(_("Save as Excel..."), "report_save_excel", [this] { save(reports::ReportFormat::xlsx); });

  status_ = new wxStaticText(this, wxID_ANY, " ");
  status_->SetName("report_status");

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(form, 0, wxEXPAND | wxALL, FromDIP(12));
  column->Add(buttons, 0, wxLEFT | wxRIGHT, FromDIP(12));
  column->Add(status_, 0, wxEXPAND | wxALL, FromDIP(12));
  auto* main = new wxBoxSizer(wxHORIZONTAL);
  main->Add(column, 0, wxEXPAND);
  main->AddStretchSpacer();
  SetSizer(main);

  kinds_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { on_kind_chosen(); });
  district_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_streets(); });
  street_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_communities(); });
  community_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_unit(); });
  // Typed by the officer (ChangeValue, the page's own, sends no event): their
  // unit, kept for the next report and the next start.
  unit_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    unit_field_.typed(utf8(unit_->GetValue()), chosen_scope());
    if (unit_field_.own().empty())
      wxConfigBase::Get()->DeleteEntry("/reports/unit");
    else
      wxConfigBase::Get()->Write("/reports/unit", wx(unit_field_.own()));
  });
  // The training year follows the day, as the command line's --year does.
  as_of_->Bind(wxEVT_DATE_CHANGED,
               [this](wxDateEvent&) { year_->SetValue(static_cast<int>(as_of_->day().year())); });
  on_kind_chosen();
  show_unit();
}

void ReportsPage::refresh() {
  const auto tally = shell_.workspace().tally_by_community();
  places_ = std::make_unique<ScopeChoices>(tally);
  fill_choice(district_, places_->districts());
  fill_streets();
  // The page follows the main window's day and year when those change, and
  // keeps its own choice otherwise (an edit elsewhere does not reset it).
  const Workspace& workspace = shell_.workspace();
  if (workspace.day() != followed_day_ || workspace.year() != followed_year_) {
    followed_day_ = workspace.day();
    followed_year_ = workspace.year();
    as_of_->set_day(followed_day_);
    year_->SetValue(followed_year_);
  }
}

void ReportsPage::fill_streets() {
  if (!places_) return;
  fill_choice(street_, places_->streets(chosen_name(district_)));
  fill_communities();
}

void ReportsPage::fill_communities() {
  if (!places_) return;
  fill_choice(community_, places_->communities(chosen_name(district_), chosen_name(street_)));
  show_unit();
}

reports::Scope ReportsPage::chosen_scope() const {
  return {chosen_name(district_), chosen_name(street_), chosen_name(community_), {}};
}

void ReportsPage::show_unit() { unit_->ChangeValue(wx(unit_field_.shown_for(chosen_scope()))); }

void ReportsPage::on_kind_chosen() {
  const auto kind = kKinds.at(static_cast<std::size_t>(std::max(0, kinds_->GetSelection())));
  set_wrapped(about_, about(kind), FromDIP(520));
  year_->Enable(uses_year(kind));
  worker_->Enable(uses_worker(kind));
  Layout();
}

void ReportsPage::choose(reports::ReportKind kind) {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i] == kind) kinds_->SetSelection(static_cast<int>(i));
  on_kind_chosen();
}

void ReportsPage::set_language(Language language) {
  language_->SetSelection(language == Language::zh ? 0 : 1);
}

void ReportsPage::set_worker(const wxString& id_number) { worker_->ChangeValue(id_number); }

void ReportsPage::set_scope(const std::string& district, const std::string& street,
                            const std::string& community) {
  select_name(district_, district);
  fill_streets();
  select_name(street_, street);
  fill_communities();
  select_name(community_, community);
  show_unit();
}

ReportForm ReportsPage::form() const {
  ReportForm form;
  form.kind = kKinds.at(static_cast<std::size_t>(std::max(0, kinds_->GetSelection())));
  form.district = chosen_name(district_);
  form.street = chosen_name(street_);
  form.community = chosen_name(community_);
  form.worker = utf8(worker_->GetValue());
  form.as_of = as_of_->day();
  form.year = year_->GetValue();
  form.language = language_->GetSelection() == 1 ? Language::en : Language::zh;
  form.full_id = full_id_->GetValue();
  form.unit = utf8(unit_->GetValue());
  return form;
}

void ReportsPage::show_status(const wxString& text) { status_->SetLabel(text); }

std::optional<reports::ReportRequest> ReportsPage::checked_request() {
  Workspace& workspace = shell_.workspace();
  const auto request = request_of(form(), workspace.today(), [&](std::string_view id) {
    return workspace.find(id) != nullptr;
  });
  if (!request) {
    wxMessageBox(wx(request.error()), _("The report was not made"), wxOK | wxICON_WARNING, this);
    return std::nullopt;
  }
  return *request;
}

std::shared_ptr<PreparedReport> ReportsPage::prepare(bool lay_out) {
  const auto request = checked_request();
  if (!request) return nullptr;
  auto prepared = std::make_shared<PreparedReport>();
  Store& store = shell_.workspace().store();
  try {
    const bool finished = run_in_background(
        this, _("Reports"), _("Making the report..."), [&](const std::atomic<bool>& cancelled) {
          prepared->document = reports::build_report(*request, store);
          if (!lay_out || cancelled) return;
          prepared->fonts = load_report_fonts();
          prepared->layout = reports::lay_out(prepared->document, *prepared->fonts);
        });
    if (!finished) {
      show_status(_("Cancelled; nothing was made"));
      return nullptr;
    }
  } catch (const std::exception& error) {
    show_failure(this, _("The report was not made"), error);
    return nullptr;
  }
  if (lay_out && prepared->layout.missing_characters > 0)
    show_status(wx(trn("{1} character is in neither report font and is printed as 〓",
                       "{1} characters are in neither report font and are printed as 〓",
                       prepared->layout.missing_characters, prepared->layout.missing_characters)));
  return prepared;
}

ReportPreviewFrame* ReportsPage::preview() {
  const auto report = prepare(true);
  if (!report) return nullptr;
  wxPrintDialogData data(print_data_for(report->layout));
  auto* preview = new PaperPreview(new LayoutPrintout(report), new LayoutPrintout(report), &data);
  auto* frame =
      new ReportPreviewFrame(preview, wxGetTopLevelParent(this),
                             wxString::Format(_("Print preview: %s"), wx(report->document.title)));
  frame->Initialize();
  // Placed as the main window is at a first start (maximized on 1366x768
  // and 1024x768): a sheet is read, not glanced at.
  place_first_time(frame, wxSize(1280, 800));
  frame->Show();
  const auto pages = report->layout.pages.size();
  show_status(
      wxString::Format(wxPLURAL("%zu page", "%zu pages", static_cast<unsigned>(pages)), pages));
  return frame;
}

void ReportsPage::print() {
  const auto report = prepare(true);
  if (!report) return;
  wxPrintDialogData data(print_data_for(report->layout));
  wxPrinter printer(&data);
  LayoutPrintout printout(report);
  if (printer.Print(this, &printout, true)) {
    show_status(wxString::Format(_("Sent to the printer: %s"), wx(report->document.title)));
  } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
    wxMessageBox(_("The report could not be printed. Check the printer, or save it as PDF."),
                 _("Print"), wxOK | wxICON_ERROR, this);
  }
}

void ReportsPage::save(reports::ReportFormat format) {
  const auto request = checked_request();
  if (!request) return;
  wxString wildcard = wildcard_of(format);
  // Excel's dialog also offers the other spreadsheet-friendly forms.
  if (format == reports::ReportFormat::xlsx)
    wildcard += "|" + wildcard_of(reports::ReportFormat::csv) + "|" +
                wildcard_of(reports::ReportFormat::html);
  const wxString folder = wxConfigBase::Get()->Read("/reports/folder", wxEmptyString);
  wxFileDialog dialog(this, _("Save the report"), folder,
                      wx(reports::suggested_file_name(*request, format)), wildcard,
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  if (format == reports::ReportFormat::xlsx && dialog.GetFilterIndex() > 0)
    format =
        dialog.GetFilterIndex() == 1 ? reports::ReportFormat::csv : reports::ReportFormat::html;
  wxConfigBase::Get()->Write("/reports/folder", wxFileName(dialog.GetPath()).GetPath());
  save_to(format, utf8(dialog.GetPath()));
}

bool ReportsPage::save_to(reports::ReportFormat format, const std::string& path) {
  if (!output_allowed(this, shell_.output_guard(), path, _("The report was not saved")))
    return false;
  const auto report = prepare(reports::uses_layout(format));
  if (!report) return false;
  bool saved = false;
  try {
    // A cancel stops the writing between rows (a PDF's pages); the file
    // named is then left as it was.
    const std::string stage = utf8(_("Writing the file"));
    saved =
        run_with_progress(this, _("Reports"), _("Writing the file..."), [&](Progress& progress) {
          progress.stage(stage);
          reports::save_report(report->document, format, path, &report->layout, report->fonts.get(),
                               progress);
        });
  } catch (const std::exception& error) {
    show_failure(this, _("The report was not saved"), error);
    return false;
  }
  show_status(saved ? wxString::Format(_("Saved: %s"), wx(path))
                    : _("Cancelled; nothing was saved"));
  return saved;
}

}  // namespace cwt::gui
