#include "import_wizard.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <memory>

#include "background.hpp"
#include "cwt/exchange/file_bytes.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/data_export.hpp"
#include "cwt/reports/report_file.hpp"
#include "cwt/workspace/import_session.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "table_export.hpp"
#include "wrapped_text.hpp"

namespace cwt::gui {

namespace {

wxString outcome_label(RowOutcome outcome) { return wx(outcome_text(outcome)); }

}  // namespace

// The preview's rows: a virtual list, so that 300,000 rows show at once.
class PreviewList : public wxListCtrl {
 public:
  explicit PreviewList(wxWindow* parent)
      : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                   wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    AppendColumn(_("Line"), wxLIST_FORMAT_RIGHT, FromDIP(50));
    AppendColumn(_("Outcome"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("ID number"), wxLIST_FORMAT_LEFT, FromDIP(170));
    AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(70));
    AppendColumn(_("Changes and problems"), wxLIST_FORMAT_LEFT, FromDIP(420));
  }
  void show(const ImportSession* session, std::vector<std::size_t> rows) {
    session_ = session;
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
  }

 private:
  wxString OnGetItemText(long item, long column) const override {
    if (!session_ || item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return {};
    const RowPreview& row = session_->result().previews[rows_[static_cast<std::size_t>(item)]];
    switch (column) {
      case 0:
        return wxString::Format("%d", row.line);
      case 1:
        return outcome_label(row.outcome);
      case 2:
        return wx(row.id_number);
      case 3:
        return wx(row.name);
      default:
        return wx(session_->details(row, ui_language()));
    }
  }
  const ImportSession* session_ = nullptr;
  std::vector<std::size_t> rows_;
};

ImportWizard::ImportWizard(wxWindow* parent, Store& store, Date today, const Policy& policy)
    : wxDialog(parent, wxID_ANY, _("Import a workbook or CSV file"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store),
      today_(today),
      policy_(policy) {
  // A wxSimplebook and buttons of its own rather than wxWizard: wxWizard's
  // page area lost its height when a page's texts changed (its buttons
  // were drawn over the preview), and this is all a wizard needs.
  book_ = new wxSimplebook(this);
  build_source_page();
  build_sheet_page();
  build_columns_page();
  build_preview_page();
  build_done_page();
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(book_, 1, wxEXPAND | wxALL, FromDIP(8));
  sizer->Add(new wxStaticLine(this), 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  back_ = new wxButton(this, wxID_BACKWARD, _("< &Back"));
  next_ = new wxButton(this, wxID_FORWARD, _("&Next >"));
  buttons->AddStretchSpacer();
  buttons->Add(back_, 0, wxRIGHT, FromDIP(6));
  buttons->Add(next_, 0, wxRIGHT, FromDIP(12));
  cancel_ = new wxButton(this, wxID_CANCEL, _("Cancel"));
  buttons->Add(cancel_, 0);
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
  SetSize(FromDIP(wxSize(860, 600)));
  CentreOnParent();
  next_->SetDefault();
  back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { back(); });
  next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { advance(); });
  show_page(source_);
}

void ImportWizard::build_source_page() {
  source_ = new wxPanel(book_);
  book_->AddPage(source_, wxEmptyString);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  const wxString kinds[] = {_("Workers (roster)"), _("Positions"), _("Exams"), _("Certificates"),
                            _("Training records")};
  kind_ = new wxRadioBox(source_, wxID_ANY, _("What does the file hold?"), wxDefaultPosition,
                         wxDefaultSize, WXSIZEOF(kinds), kinds, 1);
  sizer->Add(kind_, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(new wxStaticText(source_, wxID_ANY, _("The workbook (.xlsx, .xls) or CSV file:")), 0,
             wxLEFT | wxTOP, FromDIP(6));
  file_ = new wxFilePickerCtrl(
      source_, wxID_ANY, wxEmptyString, _("Import"),
      _("Excel workbooks and CSV files (*.xlsx;*.xls;*.csv)|*.xlsx;*.xls;*.csv|*.*|*.*"),
      wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
  sizer->Add(file_, 0, wxEXPAND | wxALL, FromDIP(6));
  auto* note = new wxStaticText(source_, wxID_ANY, wxEmptyString);
  set_wrapped(note,
              _("Title rows, the 填报单位 line, 合计 rows, notes and signatures around the table "
                "are skipped. Nothing is written before you confirm on the last page."),
              FromDIP(760));
  sizer->Add(note, 0, wxALL, FromDIP(6));
  source_->SetSizer(sizer);
}

void ImportWizard::build_sheet_page() {
  sheet_ = new wxPanel(book_);
  book_->AddPage(sheet_, wxEmptyString);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(sheet_, wxID_ANY, _("Which sheet holds the table?")), 0, wxALL,
             FromDIP(6));
  sheets_ = new wxListBox(sheet_, wxID_ANY);
  sizer->Add(sheets_, 1, wxEXPAND | wxALL, FromDIP(6));
  sheet_->SetSizer(sizer);
}

void ImportWizard::build_columns_page() {
  columns_ = new wxPanel(book_);
  book_->AddPage(columns_, wxEmptyString);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  columns_note_ = new wxStaticText(columns_, wxID_ANY, wxEmptyString);
  sizer->Add(columns_note_, 0, wxALL, FromDIP(6));
  // Above the columns, not scrolled away under a long header: what the
  // file lacks is what the officer must give.
  every_row_panel_ = new wxPanel(columns_);
  sizer->Add(every_row_panel_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
  columns_area_ = new wxScrolledWindow(columns_, wxID_ANY);
  columns_area_->SetScrollRate(0, FromDIP(10));
  sizer->Add(columns_area_, 1, wxEXPAND | wxALL, FromDIP(6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* load = new wxButton(columns_, wxID_ANY, _("Load a mapping..."));
  auto* save = new wxButton(columns_, wxID_ANY, _("Save this mapping..."));
  buttons->Add(load, 0, wxRIGHT, FromDIP(6));
  buttons->Add(save, 0);
  sizer->Add(buttons, 0, wxALL, FromDIP(6));
  columns_->SetSizer(sizer);
  load->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { load_mapping(); });
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_mapping(); });
}

void ImportWizard::build_preview_page() {
  preview_ = new wxPanel(book_);
  book_->AddPage(preview_, wxEmptyString);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  summary_ = new wxStaticText(preview_, wxID_ANY, wxEmptyString);
  sizer->Add(summary_, 0, wxALL, FromDIP(6));
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(new wxStaticText(preview_, wxID_ANY, _("Show:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           FromDIP(6));
  const wxString filters[] = {_("All rows"), _("Rows with problems"), _("New"), _("Updates"),
                              _("Already recorded")};
  filter_ = new wxChoice(preview_, wxID_ANY, wxDefaultPosition, wxDefaultSize, WXSIZEOF(filters),
                         filters);
  filter_->SetSelection(0);
  bar->Add(filter_, 0, wxRIGHT, FromDIP(12));
  good_only_ = new wxCheckBox(preview_, wxID_ANY, _("Import only the good rows"));
  bar->Add(good_only_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
  save_rejected_ = new wxButton(preview_, wxID_ANY, _("Save the rejected rows..."));
  bar->Add(save_rejected_, 0);
  sizer->Add(bar, 0, wxALL, FromDIP(6));
  list_ = new PreviewList(preview_);
  sizer->Add(list_, 1, wxEXPAND | wxALL, FromDIP(6));
  // The list cuts a long problem; the selected row's stand here whole.
  details_ = new wxTextCtrl(preview_, wxID_ANY, wxEmptyString, wxDefaultPosition,
                            wxSize(-1, FromDIP(72)), wxTE_MULTILINE | wxTE_READONLY | wxTE_BESTWRAP,
                            wxDefaultValidator, "import_row_details");
  details_->SetHint(_("Select a row to read its changes and problems in full."));
  sizer->Add(details_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
  blocked_ = new wxStaticText(preview_, wxID_ANY, wxEmptyString);
  blocked_->SetForegroundColour(wxColour(0xB0, 0x20, 0x20));
  sizer->Add(blocked_, 0, wxALL, FromDIP(6));
  preview_->SetSizer(sizer);
  filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_rows(); });
  good_only_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
    session_->set_good_rows_only(good_only_->GetValue());
    if (read_file()) show_preview();
  });
  save_rejected_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_rejected(); });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_details(); });
}

void ImportWizard::build_done_page() {
  done_ = new wxPanel(book_);
  book_->AddPage(done_, wxEmptyString);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(done_, wxID_ANY, _("The import is done."));
  heading->SetFont(heading->GetFont().Bold().Larger());
  sizer->Add(heading, 0, wxALL, FromDIP(6));
  done_text_ = new wxStaticText(done_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0,
                                "import_done");
  sizer->Add(done_text_, 0, wxALL | wxEXPAND, FromDIP(6));
  done_->SetSizer(sizer);
}

bool ImportWizard::read_file() {
  try {
    // The file read, then its rows checked (N of M); a cancel keeps the
    // plan before and the page as it was.
    const std::string reading = utf8(_("Reading the file"));
    const bool done = run_with_progress(this, _("Import"), _("Reading and checking the file..."),
                                        [this, &reading](Progress& progress) {
                                          progress.stage(reading);
                                          session_->plan(store_, today_, policy_, progress);
                                        });
    return done;
  } catch (const std::exception& error) {
    tell(message_of(_("The file could not be read"), error), _("The file could not be read"),
         wxICON_ERROR);
    return false;
  }
}

bool ImportWizard::leave(wxWindow* page) {
  if (page == source_) {
    const std::string file = utf8(file_->GetPath());
    if (file.empty()) {
      tell(_("Choose the file to import."), _("Import"), wxICON_INFORMATION);
      return false;
    }
    session_ =
        std::make_unique<ImportSession>(static_cast<ImportKind>(kind_->GetSelection()), file);
    // The sheet page only for a workbook of several sheets.
    if (has_sheets()) {
      sheets_->Clear();
      sheets_->Append(_("(the sheet whose header fits)"));
      for (const auto& name : session_->sheets()) sheets_->Append(wx(name));
      sheets_->SetSelection(0);
      return true;
    }
    return read_file();
  }
  if (page == sheet_) {
    const int chosen = sheets_->GetSelection();
    session_->choose_sheet(chosen > 0 ? session_->sheets()[static_cast<std::size_t>(chosen - 1)]
                                      : std::string());
    return read_file();
  }
  if (page == columns_) return !session_->mapping_changed() || read_file();
  if (page == done_) return true;
  if (!session_->can_import()) {
    tell(wx(session_->blocked_reason()), _("Nothing can be imported yet"), wxICON_INFORMATION);
    return false;
  }
  bool without_district = true;
  if (const std::string question = session_->district_question(); !question.empty()) {
    last_message_ = wx(question);
    if (quiet_) {
      without_district = district_answer_;
    } else {
      wxDialog* box = district_question_box();
      without_district = box->ShowModal() == wxID_YES;
      box->Destroy();
    }
  }
  if (!without_district) {
    // Where the district is given.
    show_page(columns_);
    if (auto* district = every_row_input("district")) district->SetFocus();
    return false;
  }
  return write();
}

bool ImportWizard::has_sheets() const { return session_ && session_->sheets().size() > 1; }

wxWindow* ImportWizard::current() const { return book_->GetCurrentPage(); }

void ImportWizard::show_page(wxWindow* page) {
  book_->SetSelection(static_cast<std::size_t>(book_->FindPage(page)));
  if (page == columns_) show_columns();
  if (page == preview_) show_preview();
  if (page == done_) {
    wxString text;
    for (const auto& line : session_->done_summary()) text += (text.empty() ? "" : "\n") + wx(line);
    set_wrapped(done_text_, text, FromDIP(780));
  }
  back_->Enable(page != source_ && page != done_);
  next_->SetLabel(page == done_ ? _("&Close") : page == preview_ ? _("&Finish") : _("&Next >"));
  cancel_->Show(page != done_);
  Layout();
}

void ImportWizard::back() {
  wxWindow* page = current();
  if (page == preview_)
    show_page(columns_);
  else if (page == columns_)
    show_page(has_sheets() ? sheet_ : source_);
  else if (page == sheet_)
    show_page(source_);
}

void ImportWizard::show_columns() {
  columns_area_->DestroyChildren();
  auto* outer = new wxBoxSizer(wxVERTICAL);
  auto* grid = new wxFlexGridSizer(2, FromDIP(4), FromDIP(12));
  grid->AddGrowableCol(1);
  const auto& plan = session_->result();
  const auto fields = session_->field_names();
  wxArrayString choices;
  choices.Add(_("(not imported)"));
  for (const auto& field : fields) choices.Add(wx(session_->field_label(field, ui_language())));
  const auto& columns = session_->columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto& [header, field] = columns[i];
    grid->Add(new wxStaticText(columns_area_, wxID_ANY, wx(header.empty() ? "—" : header)), 0,
              wxALIGN_CENTER_VERTICAL);
    auto* choice = new wxChoice(columns_area_, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices);
    const auto at = std::find(fields.begin(), fields.end(), field);
    choice->SetSelection(at == fields.end() ? 0 : static_cast<int>(at - fields.begin()) + 1);
    choice->Bind(wxEVT_CHOICE, [this, i, fields, choice](wxCommandEvent&) {
      const int selected = choice->GetSelection();
      session_->set_field(
          i, selected <= 0 ? std::string() : fields[static_cast<std::size_t>(selected - 1)]);
    });
    grid->Add(choice, 0, wxEXPAND);
  }
  outer->Add(grid, 0, wxEXPAND);
  every_row_panel_->DestroyChildren();
  auto* every_row = new wxBoxSizer(wxVERTICAL);
  show_every_row_values(every_row);
  every_row_panel_->SetSizer(every_row);
  every_row_panel_->Show(!every_row->IsEmpty());
  columns_area_->SetSizer(outer);
  columns_area_->FitInside();
  wxString note;
  if (columns.empty())
    note = _("No header row was found. Go back and choose another file or sheet.");
  else if (plan.sheet.empty())
    note = wxString::Format(_("Header on line %d. Correct what a column is read as, if need be."),
                            plan.header_line);
  else
    note = wxString::Format(
        _("Sheet %s, header in row %d. Correct what a column is read as, if need be."),
        wx(plan.sheet), plan.header_line);
  wxString lacking;
  for (const auto& field : session_->every_row_fields())
    if (field != "district")
      lacking += (lacking.empty() ? "" : _(", ")) + wx(session_->field_label(field, ui_language()));
  if (!columns.empty() && !lacking.empty())
    note += "\n" + wxString::Format(_("The file has no column for %s: give one value for every "
                                      "row below."),
                                    lacking);
  columns_note_->SetLabel(note);
  Layout();
}

void ImportWizard::show_every_row_values(wxSizer* sizer) {
  every_row_inputs_.clear();
  const auto fields = session_->every_row_fields();
  if (session_->columns().empty() || fields.empty()) return;
  auto* heading = new wxStaticText(every_row_panel_, wxID_ANY,
                                   _("Columns the file lacks: one value for every row"));
  heading->SetFont(heading->GetFont().Bold());
  sizer->Add(heading, 0, wxBOTTOM, FromDIP(4));
  auto* grid = new wxFlexGridSizer(3, FromDIP(4), FromDIP(12));
  grid->AddGrowableCol(1);
  const auto& proposed = session_->result().proposed;
  for (const auto& field : fields) {
    const std::string value = session_->every_row_value(field);
    grid->Add(new wxStaticText(every_row_panel_, wxID_ANY,
                               wx(session_->field_label(field, ui_language()))),
              0, wxALIGN_CENTER_VERTICAL);
    auto* input = new wxTextCtrl(every_row_panel_, wxID_ANY, wx(value), wxDefaultPosition,
                                 wxDefaultSize, 0, wxDefaultValidator, wx("every_row_" + field));
    grid->Add(input, 0, wxEXPAND);
    // What the value is, said beside it and kept true as it is typed.
    const auto hint_for = [field, proposed](const std::string& typed) {
      const bool from_title = !typed.empty() && std::find(proposed.begin(), proposed.end(),
                                                          std::pair<std::string, std::string>(
                                                              field, typed)) != proposed.end();
      if (from_title) return _("as the file's title names it");
      if (field == "district" && typed.empty())
        return _("empty: you will be asked before workers are saved without a district");
      return wxString();
    };
    auto* hint = new wxStaticText(every_row_panel_, wxID_ANY, hint_for(value));
    grid->Add(hint, 0, wxALIGN_CENTER_VERTICAL);
    input->Bind(wxEVT_TEXT, [this, field, input, hint, hint_for](wxCommandEvent&) {
      const std::string typed = utf8(input->GetValue());
      session_->set_every_row_value(field, typed);
      hint->SetLabel(hint_for(std::string(trim_blanks(typed))));
    });
    every_row_inputs_[field] = input;
  }
  sizer->Add(grid, 0, wxEXPAND);
  sizer->Add(new wxStaticLine(every_row_panel_), 0, wxEXPAND | wxTOP, FromDIP(8));
}

void ImportWizard::show_preview() {
  summary_->SetLabel(wx(session_->summary()));
  good_only_->SetValue(session_->good_rows_only());
  save_rejected_->Enable(session_->result().rejected > 0);
  // A problem of the file or its header (no row to show it on) is said here.
  wxString reason = wx(session_->blocked_reason());
  for (const auto& problem : session_->result().problems)
    if (problem.line <= session_->result().header_line) reason += "\n" + wx(problem.to_string());
  blocked_->SetLabel(reason);
  show_rows();
  Layout();
}

void ImportWizard::show_rows() {
  const auto rows = session_->rows(static_cast<RowFilter>(filter_->GetSelection()));
  list_->show(session_.get(), rows);
  // The first row with a problem, read whole at once: what the officer needs first.
  details_->Clear();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (session_->result().previews[rows[i]].outcome == RowOutcome::rejected) {
      select_row(static_cast<long>(i));
      break;
    }
}

void ImportWizard::select_row(long item) {
  if (item < 0 || item >= list_->GetItemCount()) return;
  list_->SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                      wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  list_->EnsureVisible(item);
  show_details();
}

void ImportWizard::show_details() {
  const long item = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  const auto rows = session_->rows(static_cast<RowFilter>(filter_->GetSelection()));
  if (item < 0 || static_cast<std::size_t>(item) >= rows.size()) {
    details_->Clear();
    return;
  }
  const RowPreview& row = session_->result().previews[rows[static_cast<std::size_t>(item)]];
  details_->ChangeValue(wx(session_->full_details(row, ui_language())));
}

wxString ImportWizard::details_text() const { return details_->GetValue(); }

wxTextCtrl* ImportWizard::every_row_input(const std::string& field) const {
  const auto found = every_row_inputs_.find(field);
  return found == every_row_inputs_.end() ? nullptr : found->second;
}

wxString ImportWizard::done_text() const { return done_text_->GetLabel(); }

void ImportWizard::load_mapping() {
  wxFileDialog dialog(this, _("Load a mapping"), wxEmptyString, wxEmptyString,
                      _("Column mappings (*.csv)|*.csv"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return;
  const auto bytes = read_file_bytes(path_from_utf8(utf8(dialog.GetPath())));
  const auto loaded =
      bytes ? session_->load_mapping(*bytes) : Expected<bool>::failure(bytes.error());
  if (!loaded) {
    tell(wx(loaded.error()), _("The mapping could not be loaded"), wxICON_ERROR);
    return;
  }
  show_columns();
}

void ImportWizard::save_mapping() {
  wxFileDialog dialog(this, _("Save this mapping"), wxEmptyString, _("mapping.csv"),
                      _("Column mappings (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  save_mapping_to(utf8(dialog.GetPath()));
}

bool ImportWizard::output_refused(const std::string& path, const wxString& title) {
  // Not the open database, nor the file being imported.
  OutputGuard guard = output_guard_of(this);
  if (file_ && !file_->GetPath().empty())
    guard.input(utf8(file_->GetPath()), OutputGuard::Input::imported_file);
  const auto why = guard.refusal(path);
  if (why) tell(wx(*why), title, wxICON_ERROR);
  return why.has_value();
}

bool ImportWizard::save_mapping_to(const std::string& path) {
  if (output_refused(path, _("The mapping was not saved"))) return false;
  try {
    reports::save_text(session_->mapping_text(), path);
  } catch (const std::exception& error) {
    tell(message_of(_("The mapping was not saved"), error), _("The mapping was not saved"),
         wxICON_ERROR);
    return false;
  }
  return true;
}

void ImportWizard::save_rejected() {
  wxFileDialog dialog(this, _("Save the rejected rows"), wxEmptyString, _("rejected.xlsx"),
                      _("Excel workbooks (*.xlsx)|*.xlsx|CSV files (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  save_rejected_to(
      dialog.GetFilterIndex() == 1 ? reports::ReportFormat::csv : reports::ReportFormat::xlsx,
      utf8(dialog.GetPath()));
}

bool ImportWizard::save_rejected_to(reports::ReportFormat format, const std::string& path) {
  if (output_refused(path, _("The rows were not saved"))) return false;
  try {
    reports::save_rejected_rows(session_->result().rejected_rows, ui_language(), format, path);
  } catch (const std::exception& error) {
    tell(message_of(_("The rows were not saved"), error), _("The rows were not saved"),
         wxICON_ERROR);
    return false;
  }
  return true;
}

bool ImportWizard::write() {
  try {
    const std::string stage = utf8(_("Writing the rows"));
    // A cancel is seen between rows; the interrupt stops the last steps
    // (indexes, commit) too. Either way the transaction rolls back.
    const bool done = run_with_progress(
        this, _("Import"), _("Importing..."),
        [this, &stage](Progress& progress) {
          progress.stage(stage);
          store_.apply(session_->result().change, progress);
        },
        [this] { store_.interrupt(); });
    imported_ = done;
    return done;
  } catch (const std::exception& error) {
    tell(message_of(_("Nothing was imported"), error), _("Nothing was imported"), wxICON_ERROR);
    return false;
  }
}

void ImportWizard::start(ImportKind kind, const std::string& file) {
  quiet_ = true;
  kind_->SetSelection(static_cast<int>(kind));
  file_->SetPath(wx(file));
  show_page(source_);
}

void ImportWizard::propose_file(const std::string& file) { file_->SetPath(wx(file)); }

std::string ImportWizard::proposed_file() const { return utf8(file_->GetPath()); }

bool ImportWizard::advance() {
  wxWindow* page = current();
  if (!leave(page)) return false;
  if (page == source_)
    show_page(has_sheets() ? sheet_ : columns_);
  else if (page == sheet_)
    show_page(columns_);
  else if (page == columns_)
    show_page(preview_);
  else if (page == preview_)
    show_page(done_);  // imported: what was written
  else if (IsModal())
    EndModal(wxID_OK);
  return true;
}

void ImportWizard::choose_field(std::size_t index, const std::string& field) {
  session_->set_field(index, field);
  show_columns();
}

int ImportWizard::page_number() const {
  const wxWindow* page = current();
  return page == source_ ? 0 : page == sheet_ ? 1 : page == columns_ ? 2 : page == preview_ ? 3 : 4;
}

void ImportWizard::set_filter(RowFilter filter) {
  filter_->SetSelection(static_cast<int>(filter));
  show_rows();
}

void ImportWizard::set_good_rows_only(bool good_rows_only) {
  good_only_->SetValue(good_rows_only);
  session_->set_good_rows_only(good_rows_only);
  if (read_file()) show_preview();
}

long ImportWizard::listed_rows() const { return list_->GetItemCount(); }

wxString ImportWizard::summary_text() const { return summary_->GetLabel(); }

void ImportWizard::tell(const wxString& text, const wxString& title, long icon) {
  last_message_ = text;
  if (!quiet_) wxMessageBox(text, title, wxOK | icon, this);
}

wxDialog* ImportWizard::district_question_box() {
  const std::string question = session_ ? session_->district_question() : std::string();
  if (question.empty()) return nullptr;
  auto* box = new wxDialog(this, wxID_ANY, _("Workers without a district"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* text = new wxStaticText(box, wxID_ANY, wxEmptyString);
  set_wrapped(text, wx(question), FromDIP(460));
  sizer->Add(text, 0, wxALL, FromDIP(12));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* give = new wxButton(box, wxID_NO, _("Give the district"));
  auto* without = new wxButton(box, wxID_YES, _("Import without a district"));
  buttons->AddStretchSpacer();
  buttons->Add(give, 0, wxRIGHT, FromDIP(6));
  buttons->Add(without, 0);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  give->SetDefault();
  give->SetFocus();
  box->SetEscapeId(wxID_NO);
  give->Bind(wxEVT_BUTTON, [box](wxCommandEvent&) { box->EndModal(wxID_NO); });
  without->Bind(wxEVT_BUTTON, [box](wxCommandEvent&) { box->EndModal(wxID_YES); });
  box->SetSizerAndFit(sizer);
  box->CentreOnParent();
  return box;
}

ImportResult result_of(const ImportWizard& wizard) {
  ImportResult result;
  if (!wizard.imported()) return result;
  result.imported = true;
  // The headline; the wizard's last page said the rest.
  result.message = wx(wizard.session()->done_summary().front());
  return result;
}

ImportResult run_import_wizard(wxWindow* parent, Store& store, Date today, const Policy& policy,
                               const std::string& file) {
  ImportWizard wizard(parent, store, today, policy);
  if (!file.empty()) wizard.propose_file(file);
  if (!wizard.run()) return {};
  return result_of(wizard);
}

}  // namespace cwt::gui
