#pragma once
// The worker editor: profile (the ID number checked as it is typed, birth
// date and gender following from it), position history, exams, certificates,
// training records and the History tab (the audit log). Save writes the whole
// edit in one transaction, after asking about a date that takes the worker
// off the active list or a place not on file; Cancel discards; closing with
// unsaved edits asks. District, street and community offer the places on file.
#include <wx/dialog.h>
#include <wx/notebook.h>
#include <wx/stattext.h>

#include "field_form.hpp"
#include "record_list.hpp"
#include "shell.hpp"

namespace cwt::gui {

class WorkerEditor : public wxDialog {
 public:
  // `id_number` empty: a new worker.
  WorkerEditor(wxWindow* parent, Shell& shell, const std::string& id_number);

  // Checks and writes everything; on problems shows them and returns false.
  bool save();
  bool dirty() const { return dirty_; }
  FieldForm& profile() { return *profile_; }
  RecordListBase& training() { return *training_; }
  std::string id_number() const;

 private:
  void on_id_typed();
  void mark_dirty();
  bool confirm_discard();
  void offer_places();
  // Asks about what the change does that may be a typo (questions_for_change);
  // true to save.
  bool confirm_change(const Worker* before, const Worker& after);
  // Another program changed the worker since the editor opened: the changes
  // shown, and the choice (reload, save over them, back to editing).
  // Returns whether the change was then written (Save mine).
  bool resolve_conflict(ChangeSet change, const ConflictError& conflict);
  wxWindow* make_history(wxNotebook* book);

  Shell& shell_;
  std::string original_id_;  // "" for a new worker
  FieldForm* profile_;
  wxStaticText* id_feedback_;
  RecordList<PositionEntry>* positions_;
  RecordList<ExamAttempt>* exams_;
  RecordList<Certificate>* certificates_;
  RecordList<TrainingRecord>* training_;
  // The change token what the editor shows was read at: a save refused
  // when another program wrote this worker after it.
  std::int64_t read_at_ = 0;
  bool dirty_ = false;
  bool loading_ = true;
  bool offering_places_ = false;
};

}  // namespace cwt::gui
