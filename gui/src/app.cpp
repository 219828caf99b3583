// cwtrack, the desktop program:
//   cwtrack [--db FILE] [--page dashboard|workers|events|reports|settings]
//           [--as-of YYYY-MM-DD] [--lang zh_CN|en]
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <cstdio>
#include <filesystem>
#include <string_view>

#include "cwt/platform/language.hpp"
#include "cwt/platform/platform.hpp"
#include "failure.hpp"
#include "gui_text.hpp"
#include "layout_printout.hpp"
#include "main_frame.hpp"
#include "stock_buttons.hpp"

namespace cwt::gui {

namespace {

Date today_local() {
  const wxDateTime now = wxDateTime::Today();
  return from_wx(now);
}

// --lang's value when it is one of the two, read before the parser runs
// (which checks it).
wxString lang_option(const wxArrayString& arguments) {
  wxString lang;
  for (std::size_t i = 1; i < arguments.size(); ++i) {
    wxString value;
    if (arguments[i] == "--lang" && i + 1 < arguments.size()) value = arguments[i + 1];
    if (arguments[i].StartsWith("--lang=")) value = arguments[i].Mid(7);
    if (value == "zh_CN" || value == "en") lang = value;
  }
  return lang;
}

}  // namespace

class CwtrackApp : public ProgramApp {
 public:
  bool OnInit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  int OnExit() override;

 private:
  wxString db_;
  wxString page_;
  wxString as_of_;
  wxString lang_;
};

void CwtrackApp::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  // Options start with "-" only: on Windows wx would also take "/x" for one,
  // and a path like /tmp/a.cwt (Wine) for an unknown option.
  parser.SetSwitchChars("-");
  parser.AddOption("", "db", _("the database file to open"), wxCMD_LINE_VAL_STRING);
  parser.AddOption("", "page", _("dashboard, workers, events, planning, reports or settings"),
                   wxCMD_LINE_VAL_STRING);
  parser.AddOption("", "as-of", _("the day to look at, YYYY-MM-DD"), wxCMD_LINE_VAL_STRING);
  parser.AddOption("", "lang", _("zh_CN or en"), wxCMD_LINE_VAL_STRING);
  parser.AddSwitch("", "version", _("show the version and exit"));
  // A database given as the only argument: what the desktop's "open with"
  // and the file association pass (cwtrack FILE.cwt).
  parser.AddParam(_("database file"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool CwtrackApp::OnCmdLineParsed(wxCmdLineParser& parser) {
  parser.Found("db", &db_);
  parser.Found("page", &page_);
  parser.Found("as-of", &as_of_);
  parser.Found("lang", &lang_);
  if (parser.GetParamCount() > 0) {
    if (!db_.empty()) {
      wxLogError(_("Give the database once: --db or the file, not both."));
      return false;
    }
    db_ = parser.GetParam(0);
  }
  if (!page_.empty() && page_ != "dashboard" && page_ != "workers" && page_ != "events" &&
      page_ != "planning" && page_ != "reports" && page_ != "settings") {
    wxLogError(_("--page: %s is not dashboard, workers, events, planning, reports or settings"),
               page_);
    return false;
  }
  if (!lang_.empty() && lang_ != "zh_CN" && lang_ != "en") {
    wxLogError(_("--lang: %s is not zh_CN or en"), lang_);
    return false;
  }
  return wxApp::OnCmdLineParsed(parser);
}

bool CwtrackApp::OnInit() {
  SetAppName("cwtrack");
  SetVendorName("cwtrack");
  // Settings in the registry (Windows) or ~/.config/cwtrack (elsewhere);
  // CWTRACK_CONFIG names a file instead (tests, screenshots).
  wxString config_file;
  if (wxGetEnv("CWTRACK_CONFIG", &config_file))
    wxConfigBase::Set(new wxFileConfig("cwtrack", "", config_file, "", wxCONFIG_USE_LOCAL_FILE));

  // Language: --lang, else the choice saved in Settings, else the system's
  // (Chinese on a Chinese system), else English. Chosen before the command
  // line is parsed, so that its help and its errors are in it too.
  // --version: said, then the (empty) main loop ends at once, exit status 0.
  if (argv.GetArguments().Index("--version") != wxNOT_FOUND) {
    std::fputs("cwtrack " CWTRACK_VERSION "\n", stdout);
    std::fflush(stdout);
    CallAfter([this] { ExitMainLoop(); });
    return true;
  }
  wxString lang = lang_option(argv.GetArguments());
  if (lang.empty()) wxConfigBase::Get()->Read("/language", &lang);
  if (lang.empty()) lang = system_language() == Language::zh ? "zh_CN" : "en";
  // The system's conventions for numbers and the date picker; the texts from
  // the catalogs of the chosen language.
  wxUILocale::UseDefault();
  use_language(lang == "zh_CN" ? Language::zh : Language::en, catalog_folders());
  // OK, Cancel, Yes and No in that language too, on GTK as well.
  static StockButtonLabels stock_labels;
  stock_labels.Register();
  if (!wxApp::OnInit()) return false;  // parses the command line

  Date today = today_local();
  std::optional<Date> as_of;
  if (!as_of_.empty()) {
    as_of = parse_date(utf8(as_of_));
    if (!as_of) {
      wxLogError(_("--as-of: %s is not a date (write it as 2026-06-30)"), as_of_);
      return false;
    }
  }

  use_report_fonts(reports::font_folders());
  auto* frame = new MainFrame(today);
  frame->Show();
  // Which database: --db, else the last one opened, else the default file
  // when it exists; otherwise the welcome page offers the choices.
  wxString last;
  wxConfigBase::Get()->Read("/last_file", &last);
  if (!db_.empty())
    frame->open(utf8(db_), false);
  else if (!last.empty() && wxFileName::FileExists(last))
    frame->open(utf8(last), false);
  else if (std::filesystem::exists(path_from_utf8(default_database_path())))
    frame->open(default_database_path(), false);
  if (frame->has_database()) {
    if (as_of) frame->set_day(*as_of);
    // Every page named, the dashboard too: the frame may have opened on
    // another (the file's last page).
    if (page_ == "dashboard") frame->show_page(Page::dashboard);
    if (page_ == "workers") frame->show_page(Page::workers);
    if (page_ == "events") frame->show_page(Page::events);
    if (page_ == "planning") frame->show_page(Page::planning);
    if (page_ == "reports") frame->show_page(Page::reports);
    if (page_ == "settings") frame->show_page(Page::settings);
  }
  return true;
}

int CwtrackApp::OnExit() { return wxApp::OnExit(); }  // it also deletes the config

}  // namespace cwt::gui

#if defined(__WXMSW__)
wxIMPLEMENT_APP(cwt::gui::CwtrackApp);
#else
// `cwtrack --version` answers before the toolkit starts: GTK needs a display,
// and a package's check or a terminal without one should still get it.
wxIMPLEMENT_APP_NO_MAIN(cwt::gui::CwtrackApp);
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--version") {
      std::fputs("cwtrack " CWTRACK_VERSION "\n", stdout);
      return 0;
    }
  return wxEntry(argc, argv);
}
#endif
