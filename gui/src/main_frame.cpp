#include "main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/config.h>
#include <wx/evtloop.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/bookctrl.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/toolbar.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "background.hpp"
#include "cwt/demo/demo.hpp"
#include "cwt/demo/demo_plan.hpp"
#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/table_file.hpp"
#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/report_file.hpp"
#include "cwt/workspace/display.hpp"
#include "dashboard_page.hpp"
#include "events_page.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "import_wizard.hpp"
#include "planning_page.hpp"
#include "reports_page.hpp"
#include "settings_page.hpp"
#include "status_icons.hpp"
#include "table_export.hpp"
#include "window_fit.hpp"
#include "worker_editor.hpp"
#include "workers_page.hpp"

namespace cwt::gui {

namespace {

enum MenuId {
  id_sample = wxID_HIGHEST + 1,
  id_backup,
  id_import,
  id_export,
  id_page_dashboard,
  id_page_workers,
  id_page_events,
  id_page_planning,
  id_page_reports,
  id_page_settings,
  id_report_first,  // one per report kind
  id_report_last = id_report_first + 4,
  id_report_preview,
  id_report_print,
  id_report_pdf,
  id_report_excel,
  id_today,
};

// The sample data's file: beside the default database, in the user's data folder.
std::string sample_path() {
  return utf8_from_path(path_from_utf8(default_database_path()).parent_path() /
                        u8"sample-2000.cwt");
}

constexpr const char* kFilesWildcard = "cwtrack (*.cwt)|*.cwt|*.*|*.*";

}  // namespace

MainFrame::MainFrame(Date today) : wxFrame(nullptr, wxID_ANY, "cwtrack"), today_(today) {
  SetName("main_frame");
  SetIcons(wxIconBundle(app_icon().GetIcon(wxSize(32, 32))));
  build_menus();
  book_ = new wxSimplebook(this);
  show_welcome();
  // Shown while a file loads: the pages (a city's lists) stay out of sight,
  // so that GTK does not measure their tens of thousands of rows again each
  // time the progress window disables and enables the frame.
  loading_ = new wxPanel(book_);
  book_->AddPage(loading_, "loading");
  CreateStatusBar();
  // Where the officer left the window; the first time, sized to the screen
  // (maximized on 1366x768 and 1024x768: a fixed 1280x800 put the status
  // bar under the taskbar).
  if (wxPersistentRegisterAndRestore(this, "main_frame"))
    keep_on_screen(this);
  else
    place_first_time(this, wxSize(1280, 800));
  // Others' changes: looked for on coming back to the window and every few
  // seconds (one indexed query of the store, under a millisecond).
  change_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { look_for_changes(); });
  change_timer_.Start(5000);
  Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
    if (event.GetActive()) CallAfter([this] { look_for_changes(); });
    event.Skip();
  });
}

MainFrame::~MainFrame() {
  change_timer_.Stop();
  history_.Save(*wxConfigBase::Get());
  if (!path_.empty()) wxConfigBase::Get()->Write("/last_file", wx(path_));
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  file->Append(wxID_NEW, _("&New database...\tCtrl+N"));
  file->Append(wxID_OPEN, _("&Open database...\tCtrl+O"));
  auto* recent = new wxMenu;
  file->AppendSubMenu(recent, _("Open &recent"));
  file->Append(id_sample, _("Open &sample data"));
  file->AppendSeparator();
  file->Append(id_backup, _("Save a &backup copy...\tCtrl+Shift+S"));
  file->Append(id_import, _("&Import a workbook or CSV...\tCtrl+I"));
  file->Append(id_export, _("&Export the visible list (Excel or CSV)...\tCtrl+E"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
  auto* view = new wxMenu;
  view->Append(id_page_dashboard, _("&Dashboard\tCtrl+1"));
  view->Append(id_page_workers, _("&Workers\tCtrl+2"));
  view->Append(id_page_events, _("Training &events\tCtrl+3"));
  view->Append(id_page_planning, _("Training &planning\tCtrl+4"));
  view->Append(id_page_reports, _("&Reports\tCtrl+5"));
  view->Append(id_page_settings, _("&Settings\tCtrl+6"));
  view->AppendSeparator();
  view->Append(id_today, _("As of &today\tCtrl+T"));
  auto* report_menu = new wxMenu;
  for (int kind = 0; kind <= id_report_last - id_report_first; ++kind)
    report_menu->Append(
        id_report_first + kind,
        wx(reports::report_title(static_cast<reports::ReportKind>(kind), ui_language())) + "...");
  report_menu->AppendSeparator();
  report_menu->Append(id_report_preview, _("Print pre&view...\tCtrl+Shift+P"));
  report_menu->Append(id_report_print, _("&Print...\tCtrl+P"));
  report_menu->Append(id_report_pdf, _("Save as P&DF..."));
  report_menu->Append(id_report_excel, _("Save as &Excel..."));
  auto* help = new wxMenu;
  help->Append(wxID_ABOUT, _("&About cwtrack"));
  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(view, _("&View"));
  bar->Append(report_menu, _("&Reports"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  history_.UseMenu(recent);
  history_.Load(*wxConfigBase::Get());

  auto* tools = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_NOICONS);
  tools->AddControl(new wxStaticText(tools, wxID_ANY, _("As of ")));
  as_of_ = new DayPicker(tools, today_);
  as_of_->SetName("as_of");
  tools->AddControl(as_of_);
  tools->AddTool(id_today, _("Today"), wxNullBitmap);
  tools->Realize();
  as_of_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { set_day(as_of_->day()); });

  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_new(); }, wxID_NEW);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_open(); }, wxID_OPEN);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent& event) {
        const wxString path =
            history_.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
        if (!open(utf8(path), false))
          history_.RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
      },
      wxID_FILE1, wxID_FILE9);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { open_sample(sample_path()); }, id_sample);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_backup(); }, id_backup);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_import(); }, id_import);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_export(); }, id_export);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::dashboard); }, id_page_dashboard);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::workers); }, id_page_workers);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::events); }, id_page_events);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::planning); }, id_page_planning);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::reports); }, id_page_reports);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::settings); }, id_page_settings);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent& event) {
        if (!has_database()) return;
        reports_->choose(static_cast<reports::ReportKind>(event.GetId() - id_report_first));
        show_page(Page::reports);
      },
      id_report_first, id_report_last);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reports_->preview(); }, id_report_preview);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reports_->print(); }, id_report_print);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reports_->save(reports::ReportFormat::pdf); },
      id_report_pdf);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reports_->save(reports::ReportFormat::xlsx); },
      id_report_excel);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { set_day(today_); }, id_today);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("cwtrack");
        info.SetVersion(CWTRACK_VERSION);
        info.SetDescription(
            _("Community workers' certification deadlines and training hours.") + "\n\n" +
            wxString::Format(_("What fails is logged for whoever supports you in %s"),
                             wx(utf8_from_path(log_file()))));
        wxAboutBox(info, this);
      },
      wxID_ABOUT);
  // Everything that needs a database is off until one is open.
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(has_database()); }, id_backup,
      id_today);
  Bind(
      wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(has_database()); },
      id_report_first, id_report_excel);
}

void MainFrame::show_welcome() {
  welcome_ = new wxPanel(book_);
  welcome_->SetName("welcome");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxStaticText(welcome_, wxID_ANY, _("Welcome to cwtrack"));
  title->SetFont(title->GetFont().Scaled(1.6f).Bold());
  sizer->AddStretchSpacer();
  sizer->Add(title, 0, wxALIGN_CENTER | wxALL, FromDIP(10));
  sizer->Add(
      new wxStaticText(welcome_, wxID_ANY,
                       _("Certification deadlines and training hours of community workers.")),
      0, wxALIGN_CENTER | wxBOTTOM, FromDIP(20));
  const auto button = [&](const wxString& label, auto action) {
    auto* b = new wxButton(welcome_, wxID_ANY, label, wxDefaultPosition, FromDIP(wxSize(320, 40)));
    b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
    sizer->Add(b, 0, wxALIGN_CENTER | wxALL, FromDIP(6));
  };
  button(_("Open the sample data (2,000 workers)"), [this] { open_sample(sample_path()); });
  button(_("Start a new, empty database"), [this] { open(default_database_path(), true); });
  button(_("Import a roster (Excel or CSV)..."), [this] {
    if (open(default_database_path(), true)) on_import();
  });
  button(_("Open a database..."), [this] { on_open(); });
  sizer->AddStretchSpacer();
  welcome_->SetSizer(sizer);
  book_->AddPage(welcome_, "welcome", true);
}

void MainFrame::build_pages() {
  pages_ = new wxNotebook(book_, wxID_ANY);
  pages_->SetName("pages");
  dashboard_ = new DashboardPage(pages_, *this);
  workers_ = new WorkersPage(pages_, *this);
  events_ = new EventsPage(pages_, *this);
  planning_ = new PlanningPage(pages_, *this);
  reports_ = new ReportsPage(pages_, *this);
  settings_ = new SettingsPage(pages_, *this);
  pages_->AddPage(dashboard_, _("Dashboard"), true);
  pages_->AddPage(workers_, _("Workers"));
  pages_->AddPage(events_, _("Training events"));
  pages_->AddPage(planning_, _("Training planning"));
  pages_->AddPage(reports_, _("Reports"));
  pages_->AddPage(settings_, _("Settings"));
  wxPersistentRegisterAndRestore(pages_, "pages");  // the page last shown
  book_->AddPage(pages_, "pages");
}

bool MainFrame::open(const std::string& path, bool create) {
  // A workbook or a CSV file is told apart by its first bytes, read before
  // SQLite opens it; never those of the database open now (closing a second
  // descriptor of it would drop SQLite's locks on POSIX), which is no table.
  const bool is_open_now = store_ && same_file(path_from_utf8(path), path_from_utf8(path_));
  if (!create && !is_open_now &&
      table_file_kind(path_from_utf8(path)) != TableFileKind::not_a_table) {
    offer_import(path);
    return false;
  }
  std::unique_ptr<SqliteStore> store;
  std::unique_ptr<Workspace> workspace;
  try {
    if (create) std::filesystem::create_directories(path_from_utf8(path).parent_path());
    store = create ? SqliteStore::create_or_open(path) : SqliteStore::open_existing(path);
    store->remember_checks_in(checked_files_folder());
    // Read behind a progress window (the parts of the year's records read
    // of all), so that the window is drawn at once and stays responsive
    // while a city's database loads; the workspace is made on the worker
    // thread and owned by this task until it is handed over here.
    const std::string reading = utf8(_("Reading the database"));
    const wxString name = wxFileName(wx(path)).GetFullName();
    const int shown = book_->GetSelection();
    if (pages_) {
      workers_->empty_lists();
      planning_->empty_lists();
    }
    book_->SetSelection(static_cast<std::size_t>(book_->FindPage(loading_)));
    // Not opened (cancelled, or it failed): the file open before shown
    // again as it was, its lists filled again.
    const auto show_again = [&] {
      if (pages_ && workspace_) refresh_all();
      book_->SetSelection(static_cast<std::size_t>(shown));
    };
    bool loaded = false;
    try {
      loaded = run_with_progress(this, _("Open database"), name, [&](Progress& progress) {
        progress.stage(reading);
        workspace = std::make_unique<Workspace>(*store, today_, progress);
      });
    } catch (...) {
      show_again();
      throw;
    }
    if (!loaded) {
      show_again();
      return false;
    }
  } catch (const BlankFileError&) {
    return offer_setup(path);
  } catch (const std::exception& error) {
    show_error(_("The database could not be opened"), error);
    return false;
  }
  workspace_ = std::move(workspace);
  store_ = std::move(store);
  path_ = path;
  const Date day = as_of_->day();
  if (day != workspace_->day()) workspace_->set_day(day);
  if (!pages_) build_pages();
  book_->SetSelection(static_cast<std::size_t>(book_->FindPage(pages_)));
  history_.AddFileToHistory(wx(path));
  // Written now, not only at a clean exit: after a crash the next start
  // still opens this file and lists it among the recent ones.
  history_.Save(*wxConfigBase::Get());
  wxConfigBase::Get()->Write("/last_file", wx(path));
  wxConfigBase::Get()->Flush();
  SetTitle(wxFileName(wx(path)).GetFullName() + " - cwtrack");
  refresh_all();
  // Said after the refresh, whose status line (workers as of the day) would hide it.
  if (store_->upgrade_backup())
    SetStatusText(wxString::Format(_("Upgraded to this version; the old file was kept as %s"),
                                   wx(*store_->upgrade_backup())));
  return true;
}

void MainFrame::offer_import(const std::string& path) {
  const std::string target = store_ ? path_ : default_database_path();
  const wxString text = wxString::Format(
      _("%s is a spreadsheet (Excel or CSV), not a cwtrack database.\n\nImport its rows into "
        "the database %s?"),
      wxFileName(wx(path)).GetFullName(), wxFileName(wx(target)).GetFullName());
  if (wxMessageBox(text, _("Open database"), wxYES_NO | wxYES_DEFAULT | wxICON_QUESTION, this) !=
      wxYES)
    return;
  if (!store_ && !open(target, true)) return;
  finish_import(run_import_wizard(this, *store_, today_, workspace_->policy(), path));
}

bool MainFrame::offer_setup(const std::string& path) {
  const wxString text =
      wxString::Format(_("%s holds no data yet.\n\nSet it up as a new, empty cwtrack database?"),
                       wxFileName(wx(path)).GetFullName());
  if (wxMessageBox(text, _("Open database"), wxYES_NO | wxYES_DEFAULT | wxICON_QUESTION, this) !=
      wxYES)
    return false;
  return open(path, true);
}

bool MainFrame::open_sample(const std::string& path) {
  if (std::filesystem::exists(path_from_utf8(path))) return open(path, false);
  const std::string partial = path + ".creating";
  bool finished = false;
  try {
    std::filesystem::create_directories(path_from_utf8(path).parent_path());
    // The stages' words looked up here, on the GUI thread.
    const std::string making = utf8(_("Making up 2,000 sample workers"));
    const std::string writing = utf8(_("Writing the sample workers"));
    const std::string planning = utf8(_("A training plan for the year"));
    finished = run_with_progress(this, _("Sample data"), _("Creating 2,000 sample workers..."),
                                 [&](Progress& progress) {
                                   std::filesystem::remove(path_from_utf8(partial));
                                   auto store = SqliteStore::create_or_open(partial);
                                   progress.stage(making);
                                   const ChangeSet sample = make_demo({2000, 10, 2026, today_});
                                   if (progress.cancelled()) throw Cancelled();
                                   progress.stage(writing);
                                   store->apply(sample, progress);
                                   // A training plan for the year, to try the Planning page on.
                                   progress.stage(planning);
                                   store->apply(make_demo_plan_change(*store, today_, 40));
                                 });
    if (finished) std::filesystem::rename(path_from_utf8(partial), path_from_utf8(path));
  } catch (const std::exception& error) {
    show_error(_("The sample data could not be created"), error);
  }
  std::error_code ignored;
  std::filesystem::remove(path_from_utf8(partial), ignored);  // cancelled or failed: nothing stays
  return finished && open(path, false);
}

void MainFrame::refresh_all() {
  if (!workspace_) return;
  dashboard_->refresh();
  workers_->refresh();
  events_->refresh();
  planning_->refresh();
  reports_->refresh();
  settings_->refresh();
  SetStatusText(wxString::Format(_("%zu active workers as of %s"), workspace_->statuses().size(),
                                 date_text(workspace_->day())));
}

void MainFrame::set_day(Date day) {
  if (!workspace_) return;
  workspace_->set_day(day);
  as_of_->set_day(day);
  statuses_changed();
}

void MainFrame::statuses_changed() { refresh_all(); }

void MainFrame::show_page(Page page) {
  if (!pages_ || !workspace_) return;
  pages_->SetSelection(static_cast<size_t>(page));
}

void MainFrame::show_workers(const WorkerQuery& query) {
  workers_->show(query);
  show_page(Page::workers);
}

void MainFrame::show_plan(const std::string& name) {
  planning_->choose_plan(name);
  show_page(Page::planning);
}

void MainFrame::edit_worker(const std::string& id_number) {
  // The editor closes with wxID_RETRY when the officer chose to see another
  // program's changes to the worker: read them in, and open it again.
  while (true) {
    WorkerEditor editor(this, *this, id_number);
    if (editor.ShowModal() != wxID_RETRY) return;
    try {
      workspace_->reload();
    } catch (const std::exception& error) {
      show_error(_("The database could not be read"), error);
      return;
    }
    refresh_all();
  }
}

bool MainFrame::look_for_changes() {
  // A modal dialog or a background task's progress window disables this
  // one; a yield inside one must not reload what that work is using.
  if (!workspace_ || !IsEnabled()) return false;
  if (const auto* loop = wxEventLoopBase::GetActive(); loop && loop->IsYielding()) return false;
  // Settings typed and not saved yet: read in once they are saved or undone.
  if (settings_->edited()) return false;
  try {
    if (!workspace_->changed_elsewhere()) return false;
    workspace_->reload();
  } catch (const std::exception& error) {
    // A database that cannot be read now (locked long, a network drive
    // gone) is said once the officer acts on it; the look says nothing.
    log_failure_detail(_("Looking for changes made elsewhere"), error);
    return false;
  }
  refresh_all();
  const wxDateTime now = wxDateTime::Now();
  SetStatusText(wxString::Format(_("Updated: changes made elsewhere at %s"), now.Format("%H:%M")));
  return true;
}

std::optional<Applied> MainFrame::apply(const ChangeSet& change,
                                        std::optional<ConflictError>* conflict) {
  Applied applied;
  try {
    applied = workspace_->apply(change);
  } catch (const ConflictError& error) {
    if (!conflict) {
      show_error(_("Nothing was saved"), error);
      return std::nullopt;
    }
    conflict->emplace(error);
    return std::nullopt;
  } catch (const std::exception& error) {
    show_error(_("Nothing was saved"), error);
    return std::nullopt;
  }
  if (change.plans_only()) {
    // The statuses are as they were: only what shows plans changes.
    planning_->refresh();
    dashboard_->fill_plans();
  } else {
    refresh_all();
  }
  return applied;
}

void MainFrame::show_error(const wxString& title, const std::exception& error) {
  show_failure(this, title, error);
}

void MainFrame::on_new() {
  wxFileDialog dialog(this, _("New database"), wxEmptyString, "cwtrack.cwt", kFilesWildcard,
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string path = utf8(dialog.GetPath());
  if (std::filesystem::exists(path_from_utf8(path))) {
    wxMessageBox(_("Choose a name that does not exist yet: a new database never replaces a file."),
                 _("New database"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  open(path, true);
}

void MainFrame::on_open() {
  wxFileDialog dialog(this, _("Open database"), wxEmptyString, wxEmptyString, kFilesWildcard,
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) open(utf8(dialog.GetPath()), false);
}

void MainFrame::on_backup() {
  if (!store_) return;
  const wxString name = wxFileName(wx(path_)).GetName() + "-" + wx(to_iso(today_)) + ".cwt";
  wxFileDialog dialog(this, _("Save a backup copy"), wxEmptyString, name, kFilesWildcard,
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  save_backup(utf8(dialog.GetPath()));
}

OutputGuard MainFrame::output_guard() const {
  OutputGuard guard;
  if (!path_.empty()) guard.database(path_);
  return guard;
}

bool MainFrame::save_backup(const std::string& target) {
  if (!store_) return false;
  if (!output_allowed(this, output_guard(), target, _("The backup copy was not saved")))
    return false;
  try {
    if (!run_with_progress(this, _("Save a backup copy"), _("Copying the database..."),
                           [&](Progress& progress) { store_->save_copy(target, progress); }))
      return false;
    SetStatusText(wxString::Format(_("Backup copy saved: %s"), wx(target)));
  } catch (const std::exception& error) {
    show_error(_("The backup copy was not saved"), error);
    return false;
  }
  return true;
}

void MainFrame::on_import() {
  if (!workspace_) return;
  finish_import(run_import_wizard(this, *store_, today_, workspace_->policy()));
}

void MainFrame::finish_import(const ImportResult& result) {
  if (!result.imported) return;
  // Reload what the import wrote, on every page.
  workspace_->reload();
  refresh_all();
  SetStatusText(result.message);
}

void MainFrame::on_export() {
  if (!workspace_) return;
  wxFileDialog dialog(this, _("Export the visible list"), wxEmptyString, _("workers") + ".xlsx",
                      _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  export_list(utf8(dialog.GetPath()), dialog.GetFilterIndex() == 1 ||
                                          wxFileName(dialog.GetPath()).GetExt().Lower() == "csv");
}

bool MainFrame::export_list(const std::string& path, bool csv) {
  if (!workspace_) return false;
  if (!output_allowed(this, output_guard(), path, _("Export"))) return false;
  const auto& rows = workers_->model().rows();
  try {
    // Written whole or not at all (a scratch file renamed when complete),
    // behind a progress window: the list read here, the file written off
    // the GUI thread; a cancel leaves the file named as it was.
    bool written = false;
    const std::string writing = utf8(_("Writing the file"));
    if (csv) {
      std::ostringstream text;
      write_worker_list_csv(text, workspace_->roster(), rows, ui_language());
      written = run_with_progress(this, _("Export"), _("Writing the file..."),
                                  [&](Progress&) { reports::save_text(text.str(), path); });
    } else {
      const reports::Document document =
          worker_list_document(workspace_->roster(), rows, ui_language(), workspace_->day());
      written =
          run_with_progress(this, _("Export"), _("Writing the file..."), [&](Progress& progress) {
            progress.stage(writing);
            reports::save_report(document, reports::ReportFormat::xlsx, path, nullptr, nullptr,
                                 progress);
          });
    }
    if (!written) {
      SetStatusText(_("Cancelled; nothing was saved"));
      return false;
    }
  } catch (const std::exception& error) {
    show_error(_("Export"), error);
    return false;
  }
  SetStatusText(wxString::Format(_("%zu workers exported to %s"), rows.size(), wx(path)));
  return true;
}

}  // namespace cwt::gui
