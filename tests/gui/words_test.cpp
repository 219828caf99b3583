// Issue 22, items 4 and 6: no English word or internal code in a Chinese
// window: the standard buttons, the new plan's name, a course's audience,
// a spreadsheet or an empty file opened as the database, the History tab.
#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/stattext.h>
#include <wx/stockitem.h>

#include <fstream>
#include <functional>

#include "field_form.hpp"
#include "gui_fixture.hpp"
#include "import_wizard.hpp"
#include "plan_dialogs.hpp"
#include "stock_buttons.hpp"
#include "worker_editor.hpp"

namespace cwt::gui {
namespace {

// The catalogs of Chinese (cwtrack's and wx's own, wxstd) for one test; the
// other tests run without.
class ChineseCatalogs {
 public:
  ChineseCatalogs() { use_language(Language::zh, {CWTRACK_LOCALE_DIR}); }
  ~ChineseCatalogs() {
    use_language(Language::en, {});
    set_ui_language(Language::zh);  // as the fixture has it
  }
  ChineseCatalogs(const ChineseCatalogs&) = delete;
  ChineseCatalogs& operator=(const ChineseCatalogs&) = delete;
};

// Answers a message box with `answer` (keeping its text) and shows any other
// modal dialog to `seen`, then cancels it. Registered after the fixture's
// hook, it is asked first.
class Answer : public wxModalDialogHook {
 public:
  explicit Answer(int answer, std::function<void(wxDialog*)> seen = {})
      : answer_(answer), seen_(std::move(seen)) {
    Register();
  }
  ~Answer() override { Unregister(); }
  int Enter(wxDialog* dialog) override {
    if (auto* box = dynamic_cast<wxMessageDialog*>(dialog)) {
      messages.push_back(box->GetMessage());
      return answer_;
    }
    if (seen_) seen_(dialog);
    return wxID_CANCEL;
  }
  void Exit(wxDialog*) override {}
  std::vector<wxString> messages;

 private:
  int answer_;
  std::function<void(wxDialog*)> seen_;
};

bool ascii_letters(const wxString& text) {
  for (const auto c : text)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

TEST_F(GuiTest, StockButtonsAreInChinese) {
  ChineseCatalogs chinese;
  // wx's own catalog is loaded: its stock labels are Chinese.
  EXPECT_EQ(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS), wx("取消"));
  for (const wxWindowID id : {wxID_OK, wxID_YES, wxID_NO})
    EXPECT_FALSE(ascii_letters(wxGetStockLabel(id, wxSTOCK_NOFLAGS))) << id;

  wxDialog dialog(frame_, wxID_ANY, "buttons");
  dialog.SetSizer(dialog.CreateSeparatedButtonSizer(wxOK | wxCANCEL));
  translate_stock_buttons(&dialog);
  for (const wxWindowID id : {wxID_OK, wxID_CANCEL}) {
    auto* button = dynamic_cast<wxButton*>(dialog.FindWindow(id));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->GetLabel(), wxGetStockLabel(id, wxSTOCK_NOFLAGS));
    EXPECT_FALSE(ascii_letters(button->GetLabel())) << button->GetLabel();
#ifdef __WXGTK__
    // wxGTK gives a button labelled exactly with the stock label to GTK's
    // stock item, which GTK translates by the C locale: English here.
    EXPECT_NE(button->GetLabel(), wxGetStockLabel(id));
#endif
  }

  wxMessageDialog box(frame_, "?", "?", wxYES_NO | wxCANCEL);
  translate_stock_buttons(&box);
  EXPECT_TRUE(box.GetYesLabel().Contains(wx("是"))) << box.GetYesLabel();
  EXPECT_TRUE(box.GetNoLabel().Contains(wx("否"))) << box.GetNoLabel();
  EXPECT_TRUE(box.GetCancelLabel().Contains(wx("取消"))) << box.GetCancelLabel();
  EXPECT_TRUE(box.GetOKLabel().Contains(wxGetStockLabel(wxID_OK, wxSTOCK_NOFLAGS)))
      << box.GetOKLabel();
}

TEST_F(GuiTest, TheNewPlanDialogAsksForThePlansNameNotAPersons) {
  ChineseCatalogs chinese;
  std::vector<wxString> labels;
  Answer answer(wxID_CANCEL, [&](wxDialog* dialog) {
    EXPECT_EQ(dialog->GetName(), "new_plan");
    for (wxWindow* child : dialog->GetChildren())
      if (auto* text = dynamic_cast<wxStaticText*>(child)) labels.push_back(text->GetLabel());
  });
  EXPECT_FALSE(ask_new_plan(frame_, frame_->workspace()));
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels.front(), _("Plan name"));
  EXPECT_NE(labels.front(), wx("姓名"));  // a person's name
}

TEST_F(GuiTest, ACoursesAudienceIsChosenByItsLabel) {
  FieldForm form(frame_, course_fields(), {}, 2);
  auto* audience = dynamic_cast<wxComboBox*>(form.input("audience"));
  ASSERT_NE(audience, nullptr) << "the audience is typed as a code";
  std::vector<wxString> offered;
  for (const wxString& item : audience->GetStrings()) offered.push_back(item);
  EXPECT_EQ(offered, (std::vector<wxString>{wx("领导班子"), wx("一般工作人员"), wx("全体")}));
  form.set_value("audience", "all");
  EXPECT_EQ(audience->GetValue(), wx("全体"));
  const auto value_of = [](const FieldValues& values, const std::string& field) {
    for (const auto& [name, text] : values)
      if (name == field) return text;
    return std::string();
  };
  EXPECT_EQ(value_of(form.values(), "audience"), "all");

  // In English the labels are English, and read back as their codes.
  set_ui_language(Language::en);
  FieldForm english(frame_, course_fields(), {}, 2);
  set_ui_language(Language::zh);
  auto* choice = dynamic_cast<wxComboBox*>(english.input("audience"));
  ASSERT_NE(choice, nullptr);
  EXPECT_EQ(choice->GetString(1), "Staff");
  choice->SetValue("Staff");
  EXPECT_EQ(value_of(english.values(), "audience"), "staff");
}

TEST_F(GuiTest, ASpreadsheetOpenedAsTheDatabaseIsOfferedToTheImport) {
  const std::string csv = utf8_from_path(dir_ / path_from_utf8("花名册.csv"));
  std::ofstream(path_from_utf8(csv), std::ios::binary)
      << "身份证号,姓名,街道,社区,入职日期,职务\n120101199003070013,测试员,劝业场街道,新兴社区,"
         "2025-09-01,网格员\n";
  const auto before = frame_->workspace().statuses().size();
  {
    Answer no(wxID_NO);
    EXPECT_FALSE(frame_->open(csv, false));
    ASSERT_EQ(no.messages.size(), 1u);
    const wxString& text = no.messages.front();
    EXPECT_TRUE(text.Contains(wx("花名册.csv"))) << text;
    EXPECT_TRUE(text.Contains("spreadsheet")) << text;
    EXPECT_TRUE(text.Contains("demo.cwt")) << text;         // into the database open now
    EXPECT_FALSE(text.Contains("not a database")) << text;  // SQLite's words
  }
  // Still the same database, unchanged.
  EXPECT_EQ(frame_->workspace().statuses().size(), before);

  // Yes: the import wizard, the spreadsheet proposed on its first page.
  std::string proposed;
  {
    Answer yes(wxID_YES, [&](wxDialog* dialog) {
      if (auto* wizard = dynamic_cast<ImportWizard*>(dialog)) proposed = wizard->proposed_file();
    });
    EXPECT_FALSE(frame_->open(csv, false));
  }
  EXPECT_EQ(proposed, csv);

  // A workbook is told by its content, whatever its name.
  const std::string workbook = utf8_from_path(dir_ / "roster.cwt");
  std::ofstream(path_from_utf8(workbook), std::ios::binary)
      << std::string("PK\x03\x04", 4) << std::string(200, '\0');
  Answer no(wxID_NO);
  EXPECT_FALSE(frame_->open(workbook, false));
  ASSERT_EQ(no.messages.size(), 1u);
  EXPECT_TRUE(no.messages.front().Contains("spreadsheet")) << no.messages.front();
}

TEST_F(GuiTest, AnEmptyFileIsOfferedToBeSetUp) {
  const std::string empty = utf8_from_path(dir_ / "new.cwt");
  std::ofstream(path_from_utf8(empty), std::ios::binary).close();
  {
    Answer no(wxID_NO);
    EXPECT_FALSE(frame_->open(empty, false));
    ASSERT_EQ(no.messages.size(), 1u);
    EXPECT_TRUE(no.messages.front().Contains("new.cwt")) << no.messages.front();
    EXPECT_FALSE(no.messages.front().Contains("cwtrack-cli")) << no.messages.front();
  }
  EXPECT_EQ(std::filesystem::file_size(path_from_utf8(empty)), 0u);  // left alone
  Answer yes(wxID_YES);
  EXPECT_TRUE(frame_->open(empty, false));
  EXPECT_EQ(frame_->workspace().statuses().size(), 0u);
  EXPECT_EQ(cli({"status"}, empty).first, 0);  // a cwtrack database now
}

TEST_F(GuiTest, TheHistoryTabSaysWhatChangedInWords) {
  const std::string id = status()[0]["id_number"];
  ASSERT_EQ(cli({"exam", "add", "--id-number", id, "--exam-date", "2026-05-20", "--exam",
                 "city_community", "--result", "failed", "--score", "52"})
                .first,
            0);
  WorkerEditor editor(frame_, *frame_, id);
  auto* list = find<wxDataViewListCtrl>("history", &editor);
  auto* details = find<wxTextCtrl>("history_details", &editor);
  ASSERT_TRUE(list && details);
  ASSERT_GE(list->GetItemCount(), 1);
  EXPECT_TRUE(list->GetTextValue(0, 0).Contains(wx("年"))) << list->GetTextValue(0, 0);
  EXPECT_EQ(list->GetTextValue(0, 2), wx("考试 新增"));
  EXPECT_EQ(list->GetTextValue(0, 4), wx("登记考试"));
  const wxString change = list->GetTextValue(0, 3);
  EXPECT_TRUE(change.Contains(wx("考试：社区工作者职业资格考试"))) << change;
  EXPECT_FALSE(change.Contains("city_community")) << change;
  // The selected row whole, one change a line.
  EXPECT_TRUE(details->GetValue().Contains(wx("\n成绩：52"))) << details->GetValue();
  EXPECT_TRUE(details->GetValue().Contains(wx("\n考试日期：2026年5月20日"))) << details->GetValue();
}

}  // namespace
}  // namespace cwt::gui
