// Issue 22, items 2 and 8: a mistyped worker stays within reach (a future
// hire date is asked about, then found by search), a place not on file is
// asked about and the places on file are offered, and a field's problem goes
// once its value is corrected.
#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <algorithm>

#include "gui_fixture.hpp"
#include "worker_editor.hpp"
#include "workers_page.hpp"

namespace cwt::gui {
namespace {

const std::string kNewId = "120101199003070013";  // valid check character

class WorkersTest : public GuiTest {
 protected:
  // A new worker in the place of an active one on file, hired on `hire`.
  void fill_new_worker(WorkerEditor& editor, const std::string& hire) {
    const Worker& someone = *frame_->workspace().statuses().front().worker;
    type(editor.profile().input("id_number"), kNewId);
    type(editor.profile().input("name"), "错日期");
    type(editor.profile().input("district"), someone.org.district);
    type(editor.profile().input("street"), someone.org.street);
    type(editor.profile().input("community"), someone.org.community);
    type(editor.profile().input("hire_date"), hire);
    type(editor.profile().input("position"), "网格员");
  }

  static void click(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
  }
};

TEST_F(WorkersTest, AFutureHireDateIsAskedAboutAndTheWorkerFoundBySearch) {
  {
    WorkerEditor editor(frame_, *frame_, "");
    fill_new_worker(editor, "2027-03-01");
    hook_.yes_no_answer = wxID_NO;  // back to editing: nothing written
    EXPECT_FALSE(editor.save());
    ASSERT_EQ(hook_.messages.size(), 1u);
    EXPECT_NE(hook_.messages.back().Find("2027-03-01"), wxNOT_FOUND) << hook_.messages.back();
    EXPECT_EQ(cli({"worker", "show", kNewId}).first, 1);
    hook_.yes_no_answer = wxID_YES;  // confirmed: saved
    ASSERT_TRUE(editor.save()) << hook_.messages.back();
    EXPECT_EQ(hook_.messages.size(), 2u);
  }
  EXPECT_EQ(cli({"worker", "show", kNewId}).first, 0);

  // The Workers page lists the active; searching the name says the worker is
  // hidden by the filters and offers to show them.
  frame_->show_page(Page::workers);
  WorkersPage& page = frame_->workers();
  auto* search = find<wxSearchCtrl>("search", &page);
  search->SetValue(wx("错日期"));  // sends wxEVT_TEXT like typing does
  EXPECT_EQ(page.model().rows().size(), 0u);
  auto* hidden = find<wxStaticText>("hidden_matches", &page);
  EXPECT_TRUE(hidden->IsShown());
  EXPECT_NE(hidden->GetLabel().Find("1"), wxNOT_FOUND) << hidden->GetLabel();
  click(find<wxButton>("show_hidden", &page));
  ASSERT_EQ(page.model().rows().size(), 1u);
  const WorkerStatus& found = page.model().status_at(0);
  EXPECT_EQ(found.worker->id_number, kNewId);
  EXPECT_EQ(found.state, EmploymentState::not_started);
  EXPECT_FALSE(page.query().employment);  // every worker: the filter says 全部
  EXPECT_EQ(find<wxChoice>("employment", &page)->GetSelection(), 0);
  EXPECT_FALSE(hidden->IsShown());
  EXPECT_EQ(page.selected_id(), "");  // nothing selected yet; the row is there to open

  // The not-yet-started filter alone shows the worker too.
  search->SetValue("");
  choose(find<wxChoice>("employment", &page), label_of(EmploymentState::not_started));
  ASSERT_EQ(page.model().rows().size(), 1u);
  EXPECT_EQ(page.model().status_at(0).worker->id_number, kNewId);
}

TEST_F(WorkersTest, TheEditorOfAFormerWorkerSaysLeftNotAStatus) {
  const auto& roster = frame_->workspace().roster();
  const auto former = std::find_if(roster.begin(), roster.end(), [](const WorkerStatus& s) {
    return s.state == EmploymentState::left;
  });
  ASSERT_NE(former, roster.end());
  WorkerEditor editor(frame_, *frame_, former->worker->id_number);
  const wxString said = find<wxStaticText>("certification_status", &editor)->GetLabel();
  EXPECT_NE(said.Find(wx("已离职")), wxNOT_FOUND) << said;
  EXPECT_EQ(said.Find(wx("已逾期")), wxNOT_FOUND) << said;
}

TEST_F(WorkersTest, ANewStreetIsAskedAboutAndKnownPlacesAreOffered) {
  WorkerEditor editor(frame_, *frame_, "");
  fill_new_worker(editor, "2025-09-01");
  const KnownPlaces& places = frame_->workspace().places();
  const Worker& someone = *frame_->workspace().statuses().front().worker;
  // The street's list holds the streets of the district typed.
  auto* street = dynamic_cast<wxComboBox*>(editor.profile().input("street"));
  ASSERT_NE(street, nullptr);
  const auto streets = places.streets(someone.org.district);
  ASSERT_EQ(street->GetCount(), streets.size());
  for (unsigned i = 0; i < street->GetCount(); ++i)
    EXPECT_EQ(utf8(street->GetString(i)), streets[i]);
  auto* community = dynamic_cast<wxComboBox*>(editor.profile().input("community"));
  ASSERT_NE(community, nullptr);
  EXPECT_EQ(community->GetCount(),
            places.communities(someone.org.district, someone.org.street).size());
  EXPECT_NE(community->FindString(wx(someone.org.community)), wxNOT_FOUND);

  // A typo of the street: asked at Save, naming it.
  type(street, "劝业厂街道");
  EXPECT_EQ(utf8(street->GetValue()), "劝业厂街道");  // the typed text stays
  hook_.yes_no_answer = wxID_NO;
  EXPECT_FALSE(editor.save());
  ASSERT_EQ(hook_.messages.size(), 1u);
  EXPECT_NE(hook_.messages.back().Find(wx("劝业厂街道")), wxNOT_FOUND) << hook_.messages.back();
  // The street on file: nothing to ask, saved.
  type(street, someone.org.street);
  EXPECT_TRUE(editor.save()) << hook_.messages.back();
  EXPECT_EQ(hook_.messages.size(), 1u);
}

TEST_F(WorkersTest, AFieldsProblemGoesWhenItsValueIsCorrected) {
  WorkerEditor editor(frame_, *frame_, "");
  fill_new_worker(editor, "2025-13-01");  // no 13th month
  EXPECT_FALSE(editor.save());
  auto* problem = find<wxStaticText>("hire_date_problem", &editor);
  EXPECT_TRUE(problem->IsShown());
  type(editor.profile().input("hire_date"), "2025-12-01");
  EXPECT_FALSE(problem->IsShown());
  // Another field's problem stays until its own value changes.
  type(editor.profile().input("hire_date"), "bad");
  EXPECT_FALSE(editor.save());
  EXPECT_TRUE(problem->IsShown());
  type(editor.profile().input("name"), "改名");
  EXPECT_TRUE(problem->IsShown());
  // The ID number's check while typing still shows its problem for the new value.
  type(editor.profile().input("id_number"), "120101199003070018");  // wrong check character
  EXPECT_TRUE(find<wxStaticText>("id_number_problem", &editor)->IsShown());
}

}  // namespace
}  // namespace cwt::gui
