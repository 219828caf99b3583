#pragma once
// The main window: menus, the as-of day in the toolbar, the four pages (or
// the welcome page when no database is open) and the open database.
#include <wx/dateevt.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/timer.h>

#include <memory>

#include "cwt/storage/sqlite_store.hpp"
#include "day_picker.hpp"
#include "import_wizard.hpp"
#include "shell.hpp"

namespace cwt::gui {

class DashboardPage;
class WorkersPage;
class EventsPage;
class PlanningPage;
class ReportsPage;
class SettingsPage;

class MainFrame : public wxFrame, public Shell {
 public:
  explicit MainFrame(Date today);
  ~MainFrame() override;

  // Opens a database (creating it when `create`); on failure says why and
  // keeps what was open. Returns whether it opened. A spreadsheet is not
  // opened: the officer is offered to import it (into the open database, or
  // the default one); an empty file, to set it up as a new database.
  bool open(const std::string& path, bool create);
  bool has_database() const { return workspace_ != nullptr; }
  void show_page(Page page);
  void set_day(Date day);
  // Creates the sample data (2,000 workers) in `path` and opens it.
  bool open_sample(const std::string& path);
  // After the import wizard: every page shows what it wrote.
  void finish_import(const ImportResult& result);
  Store& store() { return *store_; }
  // File > Save a backup copy and File > Export to a file already chosen:
  // refused (an error box, nothing written, false) onto the open database
  // or its journal files.
  bool save_backup(const std::string& path);
  bool export_list(const std::string& path, bool csv);

  // Shell
  Workspace& workspace() override { return *workspace_; }
  void show_workers(const WorkerQuery& query) override;
  void show_plan(const std::string& name) override;
  void edit_worker(const std::string& id_number) override;
  std::optional<Applied> apply(const ChangeSet& change,
                               std::optional<ConflictError>* conflict = nullptr) override;
  void statuses_changed() override;
  OutputGuard output_guard() const override;

  // Whether another program (or connection) wrote to the database since
  // what the window shows was read; if so, reads it again, redraws every page
  // and says so in the status bar. Not while a dialog or a background task
  // is open (the window is disabled then; its owner reloads after it).
  // Called when the window regains focus and every few seconds. Returns
  // whether it read the database again.
  bool look_for_changes();

  DashboardPage& dashboard() { return *dashboard_; }
  WorkersPage& workers() { return *workers_; }
  EventsPage& events() { return *events_; }
  PlanningPage& planning() { return *planning_; }
  ReportsPage& reports() { return *reports_; }
  SettingsPage& settings() { return *settings_; }
  wxNotebook& pages() { return *pages_; }

 private:
  void build_menus();
  void build_pages();
  void show_welcome();
  void refresh_all();
  void on_new();
  void on_open();
  void on_backup();
  void on_import();
  void on_export();
  void show_error(const wxString& title, const std::exception& error);
  // A spreadsheet given to open(): said, and its rows offered to the import wizard.
  void offer_import(const std::string& path);
  // An empty file given to open(): offered to set it up; true when it then opened.
  bool offer_setup(const std::string& path);

  Date today_;
  std::string path_;
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<Workspace> workspace_;
  wxSimplebook* book_ = nullptr;  // welcome | pages
  wxPanel* welcome_ = nullptr;
  wxPanel* loading_ = nullptr;  // the book's page while a file loads
  wxNotebook* pages_ = nullptr;
  DashboardPage* dashboard_ = nullptr;
  WorkersPage* workers_ = nullptr;
  EventsPage* events_ = nullptr;
  PlanningPage* planning_ = nullptr;
  ReportsPage* reports_ = nullptr;
  SettingsPage* settings_ = nullptr;
  DayPicker* as_of_ = nullptr;
  wxFileHistory history_;
  wxTimer change_timer_;
};

}  // namespace cwt::gui
