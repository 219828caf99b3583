#pragma once
// The GUI tests' fixture: a 300-worker demo database made by the command
// line, opened in the program's main window on 2026-06-30, with every modal
// dialog answered at once (and its title kept), and helpers that work the
// controls as a user would.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/fileconf.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/textctrl.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "cli_app.hpp"
#include "cwt/platform/platform.hpp"
#include "events_page.hpp"
#include "gui_text.hpp"
#include "main_frame.hpp"

namespace cwt::gui {

inline const Date kToday(2026, 6, 30);

// Any modal dialog (an error message) is answered at once and remembered, so
// that a failing step fails the test instead of waiting for a click.
class AnswerDialogs : public wxModalDialogHook {
 public:
  int Enter(wxDialog* dialog) override {
    titles.push_back(dialog->GetTitle());
    auto* box = dynamic_cast<wxMessageDialog*>(dialog);
    messages.push_back(box ? box->GetMessage() : wxString());
    if (box && (box->GetMessageDialogStyle() & wxYES_NO) && yes_no_answer) return *yes_no_answer;
    return wxID_OK;
  }
  void Exit(wxDialog*) override {}
  std::vector<wxString> titles;
  std::vector<wxString> messages;  // a message box's text, beside its title
  // What a Yes/No question is answered (wxID_YES, wxID_NO); unset: wxID_OK,
  // which is neither.
  std::optional<int> yes_no_answer;
};

class GuiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cwtrack-gui-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = utf8_from_path(dir_ / "demo.cwt");
    wxConfigBase::Set(new wxFileConfig("cwtrack", "", wx(utf8_from_path(dir_ / "config.ini")), "",
                                       wxCONFIG_USE_LOCAL_FILE));
    ASSERT_EQ(cli({"init"}).first, 0);
    ASSERT_EQ(cli({"demo", "--workers", "300", "--seed", "5"}).first, 0);
    hook_.Register();
    set_ui_language(Language::zh);
    frame_ = new MainFrame(kToday);
    frame_->Show();
    ASSERT_TRUE(frame_->open(db_, false));
  }

  void TearDown() override {
    hook_.Unregister();
    if (frame_) frame_->Destroy();
    wxTheApp->ProcessIdle();
    delete wxConfigBase::Set(nullptr);
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  // (exit status, stdout) of `cwtrack-cli --db DB ARGS...` on kToday.
  std::pair<int, std::string> cli(std::vector<std::string> args, const std::string& db = "") {
    args.insert(args.begin(), {"cwtrack-cli", "--db", db.empty() ? db_ : db});
    std::ostringstream out, err;
    const int code = cli::run_cli(args, out, err, kToday);
    return {code, out.str() + err.str()};
  }

  nlohmann::json status(const std::string& db = "") {
    return nlohmann::json::parse(
        cli({"status", "--as-of", "2026-06-30", "--format", "json"}, db).second);
  }

  static std::size_t count_where(const nlohmann::json& statuses, const char* group,
                                 const char* field, const char* value) {
    std::size_t count = 0;
    for (const auto& s : statuses)
      if (s[group][field] == value) ++count;
    return count;
  }

  template <class Window>
  Window* find(const char* name, wxWindow* parent) {
    auto* window = dynamic_cast<Window*>(wxWindow::FindWindowByName(name, parent));
    EXPECT_NE(window, nullptr) << name;
    return window;
  }

  static void choose(wxChoice* choice, const wxString& text) {
    ASSERT_TRUE(choice->SetStringSelection(text)) << text;
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(choice->GetSelection());
    choice->GetEventHandler()->ProcessEvent(event);
  }

  static void type(wxWindow* input, const std::string& text) {
    auto* entry = dynamic_cast<wxTextEntry*>(input);
    ASSERT_NE(entry, nullptr);
    entry->SetValue(wx(text));  // sends wxEVT_TEXT like typing does
  }

  // The Events page with a new event typed in: a 6-hour practice course on
  // 2026-06-20, attendees still to add.
  EventsPage& new_six_hour_event() {
    frame_->show_page(Page::events);
    EventsPage& page = frame_->events();
    page.new_event();
    type(page.form().input("course"), "社区治理专题培训");
    type(page.form().input("category"), "社区实务");
    type(page.form().input("hours"), "6");
    type(page.form().input("date"), "2026-06-20");
    return page;
  }

  std::filesystem::path dir_;
  std::string db_;
  MainFrame* frame_ = nullptr;
  AnswerDialogs hook_;
};

}  // namespace cwt::gui
