// The Settings page in words, not codes (issue 22, item 6): yes/no ticked,
// the proration and the certificate types chosen, saved as the command
// line's codes.
#include "settings_page.hpp"

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/stattext.h>

#include "gui_fixture.hpp"

namespace cwt::gui {
namespace {

// Every static text of the window and the items of its choices and lists.
void collect_texts(wxWindow* window, std::vector<wxString>& texts) {
  if (auto* label = dynamic_cast<wxStaticText*>(window)) texts.push_back(label->GetLabel());
  if (auto* items = dynamic_cast<wxItemContainerImmutable*>(window))
    for (unsigned i = 0; i < items->GetCount(); ++i) texts.push_back(items->GetString(i));
  if (auto* entry = dynamic_cast<wxTextCtrl*>(window)) texts.push_back(entry->GetValue());
  for (wxWindow* child : window->GetChildren()) collect_texts(child, texts);
}

TEST_F(GuiTest, TheSettingsPageShowsWordsAndSavesTheCodes) {
  frame_->show_page(Page::settings);
  SettingsPage& page = frame_->settings();
  std::vector<wxString> texts;
  collect_texts(&page, texts);
  for (const wxString& text : texts)
    for (const char* code : {"by_month", "by_day", "national_sw", "city_cw", "true", "false",
                             "staff_hours", "max_record_hours", "proration"})
      EXPECT_EQ(text.Find(code), wxNOT_FOUND) << "code " << code << " shown in: " << text;

  auto* inclusive = find<wxCheckBox>("exam_age_inclusive", &page);
  auto* proration = find<wxChoice>("proration", &page);
  auto* certificates = find<wxCheckListBox>("qualifying_certificates", &page);
  ASSERT_TRUE(inclusive && proration && certificates);
  EXPECT_TRUE(inclusive->GetValue());  // DOMAIN.md's default: the limit age included
  EXPECT_EQ(proration->GetStringSelection(), wx("按月折算"));

  inclusive->SetValue(false);
  choose(proration, wx("按日折算"));
  // Only the national certificate qualifies from now on.
  for (unsigned i = 0; i < certificates->GetCount(); ++i)
    certificates->Check(i, certificates->GetString(i) == wx("社会工作者职业水平证书"));
  wxCommandEvent ticked(wxEVT_CHECKLISTBOX, certificates->GetId());
  ticked.SetEventObject(certificates);
  certificates->GetEventHandler()->ProcessEvent(ticked);
  ASSERT_TRUE(page.save());

  const auto [code, shown] = cli({"settings", "show"});
  ASSERT_EQ(code, 0) << shown;
  EXPECT_NE(shown.find("exam_age_inclusive"), std::string::npos);
  for (const char* expected : {"false", "by_day"})
    EXPECT_NE(shown.find(expected), std::string::npos) << expected << " in\n" << shown;
  const auto certificates_line = shown.substr(shown.find("qualifying_certificates"));
  EXPECT_EQ(certificates_line.substr(0, certificates_line.find('\n')).find("city_cw"),
            std::string::npos)
      << shown;

  // Shown back as saved.
  page.refresh();
  EXPECT_FALSE(inclusive->GetValue());
  EXPECT_EQ(proration->GetStringSelection(), wx("按日折算"));
}

}  // namespace
}  // namespace cwt::gui
