#pragma once
// File > Import: a wizard over an ImportSession (workspace/import_session.hpp):
// the kind and file, the sheet (for a workbook of several), the columns
// (corrected by hand, a mapping loaded or saved, one value for every row of
// a column the file lacks, proposed from its title), the preview with every
// row's outcome, filters for problems and the selected row's changes and
// problems whole, then the import itself (all, or the good rows only;
// workers without a district only once the officer says so) behind a
// progress dialog, and a last page saying what was written. Reading happens
// off the GUI thread; nothing is written before Finish.
#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/string.h>

#include <map>
#include <memory>
#include <string>

#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/store.hpp"
#include "cwt/reports/report_file.hpp"
#include "cwt/workspace/import_session.hpp"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxFilePickerCtrl;
class wxListBox;
class wxRadioBox;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace cwt::gui {

class PreviewList;

class ImportWizard : public wxDialog {
 public:
  ImportWizard(wxWindow* parent, Store& store, Date today, const Policy& policy);

  // Modal, from the first page; true when finished (not cancelled).
  bool run() { return ShowModal() == wxID_OK; }
  const ImportSession* session() const { return session_.get(); }
  bool imported() const { return imported_; }

  // Driving the wizard as the officer would, for tests and screenshots:
  // the first page's choices, then Next (or Finish on the last page) with
  // its checks. Messages are kept in last_message() instead of a box.
  void start(ImportKind kind, const std::string& file);
  // The file the first page proposes; the officer still chooses what it holds.
  void propose_file(const std::string& file);
  std::string proposed_file() const;
  bool advance();
  // Reads column `index` as `field` ("" ignores it), as its choice would.
  void choose_field(std::size_t index, const std::string& field);
  // The columns page's box of the value for every row of `field` (null when
  // the page offers none: the file has the column).
  wxTextCtrl* every_row_input(const std::string& field) const;
  // The preview's row `item` selected, as a click would: its details shown.
  void select_row(long item);
  wxString details_text() const;
  // The answer the district question gets when driven by start() (a box
  // asks otherwise); the question asked is kept in last_message().
  void answer_district_question(bool yes) { district_answer_ = yes; }
  wxString done_text() const;
  // The box Finish shows when workers would be saved without a district
  // (the caller shows and destroys it; null when there is nothing to ask):
  // its buttons name what they do, "Give the district" (wxID_NO, the
  // default) and "Import without a district" (wxID_YES).
  wxDialog* district_question_box();
  int page_number() const;  // 0 file, 1 sheet, 2 columns, 3 preview, 4 done
  void set_filter(RowFilter filter);
  void set_good_rows_only(bool good_rows_only);
  long listed_rows() const;
  wxString summary_text() const;
  const wxString& last_message() const { return last_message_; }
  // The preview's saves, to a file already chosen: refused (said, false)
  // when it is the open database, one of its journal files or the file
  // being imported.
  bool save_mapping_to(const std::string& path);
  bool save_rejected_to(reports::ReportFormat format, const std::string& path);

 private:
  void build_source_page();

  void build_sheet_page();

  void build_columns_page();

  void build_preview_page();

  void build_done_page();

  // Reads and checks the file with the choices made, off the GUI thread.
  bool read_file();
  // A message box, or only last_message() when driven by start().
  void tell(const wxString& text, const wxString& title, long icon);

  // Leaving `page` forward: its checks and the reading they need; false
  // keeps the page (a message says why). Leaving the last page imports.
  bool leave(wxWindow* page);
  void back();
  void show_page(wxWindow* page);
  wxWindow* current() const;
  bool has_sheets() const;  // a workbook of several sheets: the sheet page is shown

  // One row per column of the header: as written, and what it is read as.
  void show_columns();

  void show_preview();
  // The selected row's changes and problems, whole, in the pane under the list.
  void show_details();
  // The boxes of the values for every row, filled with what is given.
  void show_every_row_values(wxSizer* sizer);

  void show_rows();

  void load_mapping();

  void save_mapping();

  void save_rejected();
  // Whether `path` must not be written (said under `title`).
  bool output_refused(const std::string& path, const wxString& title);

  // The import: one transaction, behind a progress dialog whose Cancel
  // interrupts the write (nothing is then written).
  bool write();

  Store& store_;
  Date today_;
  Policy policy_;
  std::unique_ptr<ImportSession> session_;
  bool imported_ = false;
  bool quiet_ = false;
  bool district_answer_ = false;
  wxString last_message_;
  wxSimplebook* book_ = nullptr;
  wxPanel* source_ = nullptr;
  wxPanel* sheet_ = nullptr;
  wxPanel* columns_ = nullptr;
  wxPanel* preview_ = nullptr;
  wxButton* back_ = nullptr;
  wxButton* next_ = nullptr;
  wxButton* cancel_ = nullptr;
  wxRadioBox* kind_ = nullptr;
  wxFilePickerCtrl* file_ = nullptr;
  wxListBox* sheets_ = nullptr;
  wxStaticText* columns_note_ = nullptr;
  wxScrolledWindow* columns_area_ = nullptr;
  wxPanel* every_row_panel_ = nullptr;
  std::map<std::string, wxTextCtrl*> every_row_inputs_;
  wxPanel* done_ = nullptr;
  wxStaticText* done_text_ = nullptr;
  wxTextCtrl* details_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxChoice* filter_ = nullptr;
  wxCheckBox* good_only_ = nullptr;
  wxButton* save_rejected_ = nullptr;
  PreviewList* list_ = nullptr;
  wxStaticText* blocked_ = nullptr;
};

struct ImportResult {
  bool imported = false;  // something was written: every page needs refreshing
  wxString message;       // for the status bar
};

// What a finished wizard did, for the status bar.
ImportResult result_of(const ImportWizard& wizard);

// `file`, when given, is proposed on the first page (a spreadsheet opened as
// a database).
ImportResult run_import_wizard(wxWindow* parent, Store& store, Date today, const Policy& policy,
                               const std::string& file = {});

}  // namespace cwt::gui
