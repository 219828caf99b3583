// The desktop program driven through its own windows and controls, checked
// against the command line on the same database and day.
#include <sqlite3.h>
#include <wx/combobox.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <fstream>

#include "cwt/workspace/display.hpp"
#include "events_page.hpp"
#include "gui_fixture.hpp"
#include "settings_page.hpp"
#include "worker_editor.hpp"
#include "workers_page.hpp"

namespace cwt::gui {
namespace {

TEST_F(GuiTest, TheListShowsEveryActiveWorker) {
  frame_->show_page(Page::workers);
  EXPECT_EQ(frame_->workers().model().rows().size(), status().size());
  EXPECT_GT(status().size(), 200u);
  EXPECT_TRUE(hook_.titles.empty());
}

TEST_F(GuiTest, TheOverdueFilterShowsTheCommandLinesCount) {
  frame_->show_page(Page::workers);
  choose(find<wxChoice>("certification", &frame_->workers()),
         label_of(CertificationStatus::overdue));
  const std::size_t expected = count_where(status(), "certification", "status", "overdue");
  EXPECT_GT(expected, 0u);
  EXPECT_EQ(frame_->workers().model().rows().size(), expected);
  for (const std::size_t row : frame_->workers().model().rows())
    EXPECT_EQ(frame_->workspace().statuses()[row].certification.status,
              CertificationStatus::overdue);
}

TEST_F(GuiTest, AWorkerAddedThroughTheEditorIsInTheListAndTheDatabase) {
  const std::string id = "120101199003070013";  // valid check character
  WorkerEditor editor(frame_, *frame_, "");
  type(editor.profile().input("id_number"), id);
  // Birth date and gender follow from the ID number as it is typed.
  EXPECT_EQ(editor.profile().value("birth_date"), "1990-03-07");
  EXPECT_EQ(editor.profile().value("gender"), "男");
  type(editor.profile().input("name"), "测试员");
  type(editor.profile().input("street"), "劝业场街道");
  type(editor.profile().input("community"), "新兴社区");
  type(editor.profile().input("hire_date"), "2025-09-01");
  type(editor.profile().input("position"), "网格员");
  hook_.yes_no_answer = wxID_YES;  // a street without its district is a new place: asked
  ASSERT_TRUE(editor.save()) << (hook_.titles.empty() ? wxString() : hook_.titles.back());

  WorkerQuery query;
  query.search = "测试员";
  frame_->show_workers(query);
  ASSERT_EQ(frame_->workers().model().rows().size(), 1u);
  EXPECT_EQ(frame_->workers().model().status_at(0).worker->id_number, id);
  const auto shown = cli({"worker", "show", id});
  EXPECT_EQ(shown.first, 0) << shown.second;
  EXPECT_NE(shown.second.find("测试员"), std::string::npos);
}

// Issue 22, item 3: an overdue worker who has passed the exam is said so in
// the editor and in the Workers list.
TEST_F(GuiTest, APassedExamIsSaidInTheEditorAndTheList) {
  std::string id;
  for (const auto& s : status())
    if (s["certification"]["status"] == "overdue") {
      id = s["id_number"].get<std::string>();
      break;
    }
  ASSERT_FALSE(id.empty());
  ASSERT_EQ(cli({"exam", "add", "--id-number", id, "--exam-date", "2026-05-16", "--exam",
                 "city_community", "--result", "passed"})
                .first,
            0);
  ASSERT_TRUE(frame_->open(db_, false));  // read again what the command line added
  WorkerEditor editor(frame_, *frame_, id);
  const wxString said = find<wxStaticText>("certification_status", &editor)->GetLabel();
  EXPECT_NE(said.Find(wxString::FromUTF8("已通过考试，待领证")), wxNOT_FOUND) << said;
  EXPECT_NE(said.Find(wxString::FromUTF8("已逾期")), wxNOT_FOUND) << said;
  WorkerQuery query;
  query.search = id;
  frame_->show_workers(query);
  ASSERT_EQ(frame_->workers().model().rows().size(), 1u);
  EXPECT_NE(cwt::cell_text(frame_->workers().model().status_at(0), WorkerColumn::certification,
                           Language::zh, false)
                .find("待领证"),
            std::string::npos);
}

// Issue 22, item 8: the file opened is written to the settings at once, not
// only at a clean exit, so that a crash does not make the next start forget it.
TEST_F(GuiTest, TheOpenedFileIsRememberedBeforeTheProgramEnds) {
  std::ifstream in(dir_ / "config.ini", std::ios::binary);
  const std::string config((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(config.find("last_file"), std::string::npos) << config;
  EXPECT_NE(config.find("demo.cwt"), std::string::npos) << config;
}

TEST_F(GuiTest, AnEditorProblemIsShownBesideItsFieldAndNothingIsSaved) {
  WorkerEditor editor(frame_, *frame_, "");
  type(editor.profile().input("id_number"), "120101199003070018");  // wrong check character (3)
  // Said as it is typed, beside the field.
  auto* problem = find<wxStaticText>("id_number_problem", &editor);
  EXPECT_TRUE(problem->IsShown());
  EXPECT_NE(problem->GetLabel().Find("check"), wxNOT_FOUND) << problem->GetLabel();
  type(editor.profile().input("name"), "测试员");
  EXPECT_FALSE(editor.save());
  EXPECT_TRUE(problem->IsShown());
  EXPECT_TRUE(find<wxStaticText>("street_problem", &editor)->IsShown());
  EXPECT_EQ(cli({"worker", "show", "120101199003070018"}).first, 1);
}

TEST_F(GuiTest, ATrainingEventForThreeWorkersChangesTheirHours) {
  const auto before = status();
  std::vector<std::string> ids;
  std::map<std::string, double> completed;
  for (std::size_t i = 0; i < 3; ++i) {
    ids.push_back(before[i]["id_number"]);
    completed[ids.back()] = before[i]["training"]["completed_hours"];
  }
  EventsPage& page = new_six_hour_event();
  page.add_attendees(ids);
  page.mark_all(Attendance::present);
  ASSERT_TRUE(page.save_event()) << (hook_.titles.empty() ? wxString() : hook_.titles.back());

  for (const auto& worker : status()) {
    if (!completed.contains(worker["id_number"])) continue;
    EXPECT_EQ(worker["training"]["completed_hours"].get<double>(),
              completed[worker["id_number"]] + 6)
        << worker["id_number"];
  }
  // And the workspace shows the same.
  for (const auto& s : frame_->workspace().statuses()) {
    if (!completed.contains(s.worker->id_number)) continue;
    EXPECT_EQ(s.training.completed_half_hours,
              static_cast<std::int64_t>(completed[s.worker->id_number] * 2) + 12);
  }
  EXPECT_EQ(frame_->workspace().events().size(), 1u);
}

// Issue 21, item 10: nobody is newly marked present who had left by the
// event's first day; the problem is said in words, without the field's
// internal name, and nothing is saved.
TEST_F(GuiTest, AWorkerWhoHadLeftIsNotMarkedPresent) {
  const std::string gone = status()[0]["id_number"];
  const std::string stays = status()[1]["id_number"];
  ASSERT_EQ(cli({"worker", "edit", gone, "--leave-date", "2026-06-01"}).first, 0);
  ASSERT_TRUE(frame_->open(db_, false));  // read again what the command line changed
  EventsPage& page = new_six_hour_event();
  page.add_attendees({gone, stays});
  page.mark_all(Attendance::present);
  EXPECT_FALSE(page.save_event());
  const wxString said = find<wxStaticText>("other_problems", &page.form())->GetLabel();
  EXPECT_NE(said.Find(wx(gone)), wxNOT_FOUND) << said;
  EXPECT_NE(said.Find("2026-06-01"), wxNOT_FOUND) << said;
  EXPECT_EQ(said.Find("attendance"), wxNOT_FOUND) << said;
  EXPECT_TRUE(frame_->workspace().events().empty());
}

TEST_F(GuiTest, StaffHoursInSettingsChangeTheBehindCountAsTheCommandLineDoes) {
  const std::string copy = utf8_from_path(dir_ / "copy.cwt");
  std::filesystem::copy_file(dir_ / "demo.cwt", dir_ / "copy.cwt");
  ASSERT_EQ(cli({"settings", "set", "staff_hours", "30"}, copy).first, 0);
  const std::size_t expected = count_where(status(copy), "training", "status", "behind");
  EXPECT_NE(expected, count_where(status(), "training", "status", "behind"));

  frame_->show_page(Page::settings);
  SettingsPage& page = frame_->settings();
  type(page.field("staff_hours"), "30");
  // The preview counts before anything is saved.
  EXPECT_NE(page.preview_text().Find(wxString::Format("%zu", expected)), wxNOT_FOUND)
      << page.preview_text();
  EXPECT_EQ(count_where(status(), "training", "status", "behind"),
            frame_->workspace().total().training_behind);
  ASSERT_TRUE(page.save());
  EXPECT_EQ(frame_->workspace().total().training_behind, expected);
  EXPECT_EQ(count_where(status(), "training", "status", "behind"), expected);
  // The Workers page's "behind" filter shows the same count.
  choose(find<wxChoice>("training", &frame_->workers()), label_of(TrainingStatus::behind));
  EXPECT_EQ(frame_->workers().model().rows().size(), expected);
}

TEST_F(GuiTest, AForeignFileIsRefusedWithAMessageAndTheOpenDatabaseStays) {
  const auto foreign = dir_ / "notes.cwt";
  { std::ofstream(foreign) << "not a database, just notes"; }
  const std::size_t shown = frame_->workspace().statuses().size();
  EXPECT_FALSE(frame_->open(utf8_from_path(foreign), false));
  ASSERT_EQ(hook_.titles.size(), 1u);  // the error message, answered by the hook
  EXPECT_TRUE(frame_->has_database());
  EXPECT_EQ(frame_->workspace().statuses().size(), shown);
  std::ifstream in(foreign);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "not a database, just notes");
}

// What a program before training plans wrote (schema version 2), opened by
// this one: upgraded after a copy is kept, the copy named on the status line
// (after the pages' refresh, which writes that line too).
TEST_F(GuiTest, AnOlderDatabaseIsUpgradedAndTheStatusLineNamesItsCopy) {
  const std::string older = utf8_from_path(dir_ / "older.cwt");
  std::filesystem::copy_file(path_from_utf8(db_), path_from_utf8(older));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(older.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db,
                         "DROP TABLE plan_assignment; DROP TABLE plan_course;"
                         "DROP TABLE training_plan; PRAGMA user_version = 2;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  ASSERT_TRUE(frame_->open(older, false));
  const std::string copy = older + ".v2.bak";
  EXPECT_TRUE(std::filesystem::exists(path_from_utf8(copy)));
  EXPECT_NE(utf8(frame_->GetStatusBar()->GetStatusText()).find(copy), std::string::npos)
      << utf8(frame_->GetStatusBar()->GetStatusText());
  EXPECT_EQ(frame_->workspace().statuses().size(), status(older).size());
}

TEST_F(GuiTest, ADayChangeRecomputesEveryPage) {
  frame_->set_day(Date(2025, 12, 31));
  EXPECT_EQ(frame_->workspace().day(), Date(2025, 12, 31));
  const auto json =
      nlohmann::json::parse(cli({"status", "--as-of", "2025-12-31", "--format", "json"}).second);
  EXPECT_EQ(frame_->workers().model().rows().size(), json.size());
  EXPECT_EQ(frame_->workspace().total().training_behind,
            count_where(json, "training", "status", "behind"));
}

}  // namespace
}  // namespace cwt::gui
