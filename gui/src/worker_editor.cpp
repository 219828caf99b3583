#include "worker_editor.hpp"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <memory>

#include "cwt/app/worker_edits.hpp"
#include "cwt/model/certification.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/worker_change.hpp"
#include "cwt/workspace/display.hpp"
#include "cwt/workspace/history.hpp"
#include "gui_text.hpp"
#include "window_fit.hpp"

namespace cwt::gui {

namespace {

wxString date_or_empty(const std::optional<Date>& day) {
  return day ? date_text(*day) : wxString();
}

std::vector<wxString> titles_of(std::span<const FieldSpec> fields) {
  std::vector<wxString> titles;
  for (const FieldSpec& spec : fields)
    if (spec.name != "id_number") titles.push_back(field_label(spec));
  return titles;
}

// The record with the worker's ID number put in, parsed like an import row.
template <class Parse>
auto parse_for(const std::function<std::string()>& id, Parse parse) {
  return [id, parse](FieldValues values) {
    values.emplace_back("id_number", id());
    return parse(values);
  };
}

}  // namespace

WorkerEditor::WorkerEditor(wxWindow* parent, Shell& shell, const std::string& id_number)
    : wxDialog(parent, wxID_ANY, id_number.empty() ? _("New worker") : _("Worker"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      shell_(shell),
      original_id_(id_number) {
  SetName("worker_editor");
  Workspace& workspace = shell.workspace();
  read_at_ = workspace.change_token();
  const WorkerFile* file = id_number.empty() ? nullptr : workspace.find(id_number);
  Store& store = workspace.store();
  const Date today = workspace.today();
  const Policy policy = workspace.policy();
  const std::function<std::string()> id = [this] { return this->id_number(); };

  auto* book = new wxNotebook(this, wxID_ANY);
  book->SetName("editor_pages");

  auto* profile_page = new wxPanel(book);
  auto* profile_sizer = new wxBoxSizer(wxVERTICAL);
  profile_ = new FieldForm(profile_page, worker_fields(), {}, 2);
  profile_->set_read_only("gender");
  profile_->set_read_only("birth_date");
  id_feedback_ = new wxStaticText(profile_page, wxID_ANY, " ");
  id_feedback_->SetName("id_feedback");
  profile_sizer->Add(profile_, 0, wxEXPAND);
  profile_sizer->Add(id_feedback_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  if (file) {
    // The certification status as the Workers list says it, with a passed
    // exam or a late certificate beside it: what to check before acting.
    // A worker not active today has no status: the state is said instead.
    const WorkerStatus status = status_on(*file, policy, today, today.year());
    auto* certification = new wxStaticText(
        profile_page, wxID_ANY,
        wxString::Format(_("Certification: %s"),
                         wx(cell_text(status, WorkerColumn::certification, ui_language(), false))));
    certification->SetName("certification_status");
    profile_sizer->Add(certification, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  }
  profile_page->SetSizer(profile_sizer);
  book->AddPage(profile_page, _("Profile"));
  if (file) {
    profile_->set_values(fields_of(file->worker));
    profile_->set_read_only("id_number");  // a new ID number is a new worker
  }

  // Positions.
  std::vector<PositionEntry> spells;
  if (file)
    for (const PositionSpell& spell : file->worker.history) {
      PositionEntry entry;
      entry.id_number = id_number;
      entry.spell = spell;
      spells.push_back(entry);
    }
  RecordKind<PositionEntry> position_kind{
      position_fields(),
      titles_of(position_fields()),
      [](const PositionEntry& p) {
        return std::vector<wxString>{label_of(p.spell.position), date_text(p.spell.start),
                                     date_or_empty(p.spell.end)};
      },
      [id, today](FieldValues values) {
        values.emplace_back("id_number", id());
        const auto parsed = parse_position(values, today);
        Parsed<PositionEntry> out;
        static_cast<PositionRow&>(out.record) = parsed.record;
        out.problems = parsed.problems;
        return out;
      },
      {},
      {},
      _("Positions") + "-" + wx(id_number)};
  positions_ = new RecordList<PositionEntry>(book, position_kind, spells);
  book->AddPage(positions_, _("Positions"));

  RecordKind<ExamAttempt> exam_kind{
      exam_fields(),
      titles_of(exam_fields()),
      [](const ExamAttempt& e) {
        return std::vector<wxString>{date_text(e.date), label_of(e.exam), label_of(e.result),
                                     e.score ? wxString::Format("%g", *e.score) : wxString()};
      },
      parse_for(id, [today](const FieldValues& v) { return parse_exam(v, today); }),
      {},
      {},
      _("Exams") + "-" + wx(id_number)};
  exams_ =
      new RecordList<ExamAttempt>(book, exam_kind, file ? file->exams : std::vector<ExamAttempt>{});
  book->AddPage(exams_, _("Exams"));

  RecordKind<Certificate> certificate_kind{
      certificate_fields(),
      titles_of(certificate_fields()),
      [](const Certificate& c) {
        return std::vector<wxString>{label_of(c.type), c.level ? label_of(*c.level) : wxString(),
                                     wx(c.number), date_text(c.issue_date), wx(c.issuer)};
      },
      parse_for(id, [today](const FieldValues& v) { return parse_certificate(v, today); }),
      {},
      {},
      _("Certificates") + "-" + wx(id_number)};
  certificates_ = new RecordList<Certificate>(
      book, certificate_kind, file ? file->certificates : std::vector<Certificate>{});
  book->AddPage(certificates_, _("Certificates"));

  // Training records; those credited by an event change only through it.
  std::set<std::int64_t> credited;
  for (const TrainingEvent& event : workspace.events())
    for (const Attendee& attendee : event.attendees)
      if (attendee.training_record_id != 0) credited.insert(attendee.training_record_id);
  RecordKind<TrainingRecord> training_kind{
      training_fields(),
      titles_of(training_fields()),
      [credited](const TrainingRecord& t) {
        wxString course = wx(t.course);
        if (credited.contains(t.record_id)) course += " " + _("(training event)");
        return std::vector<wxString>{date_text(t.date),    wx(format_hours(t.half_hours)),
                                     label_of(t.category), course,
                                     wx(t.provider),       t.verified ? _("yes") : _("no")};
      },
      parse_for(id,
                [today, policy](const FieldValues& v) { return parse_training(v, today, policy); }),
      [credited](const TrainingRecord& t) { return credited.contains(t.record_id); },
      _("This record was credited by a training event: change that event's attendance on the "
        "Training events page."),
      _("Training") + "-" + wx(id_number)};
  training_ = new RecordList<TrainingRecord>(
      book, training_kind, file ? store.training_of(id_number) : std::vector<TrainingRecord>{});
  book->AddPage(training_, _("Training"));
  if (file) book->AddPage(make_history(book), _("History"));

  auto* main = new wxBoxSizer(wxVERTICAL);
  main->Add(book, 1, wxEXPAND | wxALL, FromDIP(6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->AddStretchSpacer();
  buttons->Add(new wxButton(this, wxID_CANCEL, _("Cancel")), 0, wxRIGHT, FromDIP(6));
  // Not wxID_SAVE: GTK would show its stock label, in the system's language.
  auto* save_button = new wxButton(this, wxID_ANY, _("&Save"));
  save_button->SetName("save");
  save_button->SetDefault();
  buttons->Add(save_button);
  main->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(main);
  SetMinSize(GetSize());
  // Wider than its fields need: the training, history and position lists
  // read better whole (the history's changes were cut at 660 pixels).
  SetSize(wxSize(std::max(GetSize().x, FromDIP(960)), GetSize().y));
  fit_dialog_to_screen(this);

  save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (save()) EndModal(wxID_OK);
  });
  Bind(
      wxEVT_BUTTON,
      [this](wxCommandEvent& event) {
        if (event.GetId() == wxID_CANCEL && !confirm_discard()) return;
        event.Skip();
      },
      wxID_CANCEL);
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard()) {
      event.Veto();
      return;
    }
    event.Skip();
  });
  for (RecordListBase* list :
       std::initializer_list<RecordListBase*>{positions_, exams_, certificates_, training_})
    list->on_change = [this] { mark_dirty(); };
  for (const FieldSpec& spec : worker_fields())
    if (wxWindow* input = profile_->input(spec.name)) {
      // Skip: the ID number's own handler must see its typing too.
      input->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        mark_dirty();
        event.Skip();
      });
      input->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent& event) {
        mark_dirty();
        event.Skip();
      });
    }
  profile_->input("id_number")->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
    on_id_typed();
    event.Skip();
  });
  // The places on file, narrowed to the district and street chosen.
  for (const char* place : {"district", "street"})
    profile_->input(place)->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
      offer_places();
      event.Skip();
    });
  offer_places();
  loading_ = false;
}

std::string WorkerEditor::id_number() const {
  if (!original_id_.empty()) return original_id_;
  const auto id = parse_id_number(profile_->value("id_number"), shell_.workspace().today());
  return id ? id->digits : profile_->value("id_number");
}

void WorkerEditor::mark_dirty() {
  if (!loading_) dirty_ = true;
}

void WorkerEditor::on_id_typed() {
  const std::string text = profile_->value("id_number");
  if (text.empty()) {
    id_feedback_->SetLabel(" ");
    profile_->show_problems({});
    return;
  }
  const auto id = parse_id_number(text, shell_.workspace().today());
  if (!id) {
    // Said once, beside the field, while typing.
    id_feedback_->SetLabel(" ");
    profile_->show_problems({{"id_number", id.error()}});
    profile_->set_value("gender", "");
    profile_->set_value("birth_date", "");
    return;
  }
  profile_->show_problems({});
  id_feedback_->SetForegroundColour(wxColour("#1e7b34"));
  wxString note = _("ID number valid");
  if (original_id_.empty() && shell_.workspace().find(id->digits))
    note = _("This ID number is already on file: open that worker instead.");
  id_feedback_->SetLabel(note);
  profile_->set_value("gender", std::string(label(id->gender, ui_language())));
  profile_->set_value("birth_date", to_iso(id->birth_date));
}

void WorkerEditor::offer_places() {
  // Refilling a list sends text events (GTK), which would refill again.
  if (offering_places_) return;
  offering_places_ = true;
  const KnownPlaces& places = shell_.workspace().places();
  const std::string district = profile_->value("district");
  const std::string street = profile_->value("street");
  profile_->offer("district", places.districts());
  profile_->offer("street", places.streets(district));
  profile_->offer("community", places.communities(district, street));
  offering_places_ = false;
}

bool WorkerEditor::confirm_change(const Worker* before, const Worker& after) {
  Workspace& workspace = shell_.workspace();
  const auto questions =
      questions_for_change(before, after, workspace.today(), &workspace.places());
  if (questions.empty()) return true;
  wxString text;
  for (const ChangeQuestion& question : questions) text += wx(question.text) + "\n";
  text += "\n" + _("Save anyway?");
  wxMessageDialog ask(this, text, _("Please confirm"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
  ask.SetYesNoLabels(_("&Save"), _("&Back to editing"));
  return ask.ShowModal() == wxID_YES;
}

bool WorkerEditor::confirm_discard() {
  if (!dirty_) return true;
  return wxMessageBox(_("Discard the changes to this worker?"), _("Unsaved changes"),
                      wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
}

wxWindow* WorkerEditor::make_history(wxNotebook* book) {
  // The list, one change a row, and under it the selected row whole: a
  // change of many fields is longer than any column.
  auto* panel = new wxPanel(book, wxID_ANY);
  auto* list = new wxDataViewListCtrl(panel, wxID_ANY);
  list->SetName("history");
  list->AppendTextColumn(_("When"), wxDATAVIEW_CELL_INERT, FromDIP(150));
  list->AppendTextColumn(_("Who"), wxDATAVIEW_CELL_INERT, FromDIP(80));
  list->AppendTextColumn(_("What"), wxDATAVIEW_CELL_INERT, FromDIP(150));
  list->AppendTextColumn(_("Change"), wxDATAVIEW_CELL_INERT, FromDIP(380));
  list->AppendTextColumn(_("By"), wxDATAVIEW_CELL_INERT, FromDIP(200));
  auto* details =
      new wxTextCtrl(panel, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                     wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
  details->SetName("history_details");
  const Language language = ui_language();
  auto texts = std::make_shared<std::vector<wxString>>();
  for (const AuditEntry& entry : shell_.workspace().store().audit_trail(original_id_)) {
    const HistoryLine line = history_line(entry, language);
    wxVector<wxVariant> values;
    values.push_back(wx(line.when));
    values.push_back(wx(line.who));
    values.push_back(wx(line.what));
    values.push_back(wx(line.change_text(language)));
    values.push_back(wx(line.source));
    list->AppendItem(values);
    texts->push_back(wx(line.details(language)));
  }
  if (list->GetItemCount() == 0) {
    // Demo data and bulk loads are audited as one batch, not per worker.
    wxVector<wxVariant> values;
    for (int column = 0; column < 5; ++column)
      values.push_back(column == 3 ? _("No change recorded for this worker alone (loaded in bulk).")
                                   : wxString());
    list->AppendItem(values);
  }
  list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [list, details, texts](wxDataViewEvent&) {
    const int row = list->GetSelectedRow();
    details->ChangeValue(row >= 0 && static_cast<std::size_t>(row) < texts->size()
                             ? (*texts)[static_cast<std::size_t>(row)]
                             : wxString());
  });
  if (!texts->empty()) {
    list->SelectRow(0);
    details->ChangeValue(texts->front());
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(list, 1, wxEXPAND);
  sizer->Add(details, 0, wxEXPAND | wxTOP, FromDIP(4));
  panel->SetSizer(sizer);
  return panel;
}

bool WorkerEditor::save() {
  Workspace& workspace = shell_.workspace();
  FieldValues values = profile_->values();
  // Gender and birth date follow from the ID number: let the parser derive them.
  std::erase_if(values,
                [](const auto& v) { return v.first == "gender" || v.first == "birth_date"; });
  const auto parsed = parse_worker(values, workspace.today());
  if (profile_->show_problems(parsed.problems)) {
    Fit();
    return false;
  }
  app::WorkerSave save;
  save.worker = parsed.record;
  save.original_id = original_id_;
  save.history.emplace();
  for (const PositionEntry& entry : positions_->records()) save.history->push_back(entry.spell);
  save.add_exams = exams_->added();
  save.update_exams = exams_->corrected();
  save.delete_exams = exams_->deleted();
  save.add_certificates = certificates_->added();
  save.update_certificates = certificates_->corrected();
  save.delete_certificates = certificates_->deleted();
  save.add_training = training_->added();
  save.update_training = training_->corrected();
  save.delete_training = training_->deleted();
  // What the editor shows was read at read_at_: a worker written since by
  // another program (or, for a new ID number, added by one) is not
  // overwritten unseen.
  save.read_at = read_at_;
  const app::Edit edit = app::save_worker(workspace, std::move(save));
  if (edit.refused()) {
    const FieldProblem& first = edit.problems.front();
    if (first.field == "history")
      wxMessageBox(wx(app::sentence(first.message)), _("Positions"), wxOK | wxICON_WARNING, this);
    else if (profile_->show_problems(edit.problems))
      Fit();
    return false;
  }
  const ChangeSet& change = *edit.change;
  const Worker& worker = change.upsert_workers.front();
  const WorkerFile* file = original_id_.empty() ? nullptr : workspace.find(original_id_);
  // A date that takes the worker off the active list, a new place: asked,
  // since either hides the worker or makes a new street in every report.
  if (!confirm_change(file ? &file->worker : nullptr, worker)) return false;
  std::optional<ConflictError> conflict;
  bool saved = shell_.apply(change, &conflict).has_value();
  if (!saved && conflict) saved = resolve_conflict(change, *conflict);
  if (!saved) return false;
  dirty_ = false;
  original_id_ = worker.id_number;
  // What the editor shows is now what it wrote: a second save is no
  // conflict with its own first.
  read_at_ = shell_.workspace().change_token();
  return true;
}

bool WorkerEditor::resolve_conflict(ChangeSet change, const ConflictError& conflict) {
  const Language language = ui_language();
  wxString changes;
  for (const std::string& line : conflict_lines(conflict.changes(), language))
    changes += wx(line) + "\n";
  const Worker& worker = change.upsert_workers.front();
  wxMessageDialog ask(this,
                      wxString::Format(_("%s (%s) was changed elsewhere after this window opened:"),
                                       wx(worker.name), wx(worker.id_number)),
                      _("Changed elsewhere"),
                      wxYES_NO | wxCANCEL | wxCANCEL_DEFAULT | wxICON_WARNING);
  ask.SetExtendedMessage(
      changes + "\n" +
      _("Reload shows the worker as saved now (what you typed here is dropped); Save mine writes "
        "what you typed over those changes."));
  ask.SetYesNoCancelLabels(_("&Reload"), _("&Save mine"), _("&Back to editing"));
  switch (ask.ShowModal()) {
    case wxID_YES:
      // The frame reads the database again and opens the editor anew.
      dirty_ = false;
      EndModal(wxID_RETRY);
      return false;
    case wxID_NO:
      change.expect_unchanged.clear();
      return shell_.apply(change).has_value();
    default:
      return false;
  }
}

}  // namespace cwt::gui
