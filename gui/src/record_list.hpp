#pragma once
// One tab of the worker editor: a kind of record (positions, exams,
// certificates, training) as a list with Add, Correct and Delete. Changes are
// kept here until the editor saves them all in one transaction. Records
// are entered through a FieldForm and the record kind's own parse function.
#include <wx/dataview.h>
#include <wx/panel.h>

#include <functional>
#include <set>
#include <span>
#include <vector>

#include "cwt/exchange/record_fields.hpp"

namespace cwt::gui {

// A row of the position history as the editor holds it: positions have no
// record ids (a history is replaced whole), so record_id stays 0.
struct PositionEntry : PositionRow {
  std::int64_t record_id = 0;
  bool operator==(const PositionEntry& other) const {
    return id_number == other.id_number && spell == other.spell;
  }
};

// What the list needs to know about one kind of record.
template <class Record>
struct RecordKind {
  std::span<const FieldSpec> fields;
  std::vector<wxString> titles;                             // list columns
  std::function<std::vector<wxString>(const Record&)> row;  // list cells
  std::function<Parsed<Record>(const FieldValues&)> parse;  // with the worker's ID number
  std::function<bool(const Record&)> locked;                // may be empty: nothing locked
  wxString locked_reason;
  wxString export_name;  // the file name Export proposes, without extension
};

class RecordListBase : public wxPanel {
 public:
  using wxPanel::wxPanel;
  // Set by the editor: called after every change.
  std::function<void()> on_change;
  // Opens the form for a new record with these values (tests fill it through
  // the form's controls; the dialog checks them with the record's parser).
  virtual bool add_with(const FieldValues& values) = 0;
};

template <class Record>
class RecordList : public RecordListBase {
 public:
  RecordList(wxWindow* parent, RecordKind<Record> kind, std::vector<Record> records);

  const std::vector<Record>& records() const { return records_; }
  // Stored records changed or added here (record_id 0: new).
  std::vector<Record> added() const;
  std::vector<Record> corrected() const;
  const std::vector<std::int64_t>& deleted() const { return deleted_; }
  bool add_with(const FieldValues& values) override;

 private:
  void fill();
  // Runs the record form; returns the record when confirmed.
  std::optional<Record> edit(const FieldValues& start, const wxString& title);

  RecordKind<Record> kind_;
  std::vector<Record> records_;
  std::vector<Record> original_;  // as loaded, to tell corrections
  std::vector<std::int64_t> deleted_;
  wxDataViewListCtrl* list_;
};

}  // namespace cwt::gui
