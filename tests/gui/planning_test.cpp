// The Planning page in the program's own window, checked against what the
// command line reads from the database afterwards: a plan made, courses
// added, workers put on a course by the button and by dropping them on it,
// the over-full warning, "fill the plan" with its explanation, attendance
// crediting the hours, and the dashboard's progress.
#include <wx/dataobj.h>
#include <wx/dataview.h>

#include "dashboard_page.hpp"
#include "gui_fixture.hpp"
#include "planning_page.hpp"

namespace cwt::gui {
namespace {

class PlanningTest : public GuiTest {
 protected:
  FieldValues course(const std::string& title, const std::string& when, int capacity,
                     const std::string& audience = "all") {
    FieldValues fields{{"title", title},
                       {"category", "社区实务"},
                       {"hours", "8"},
                       {"capacity", std::to_string(capacity)},
                       {"audience", audience}};
    fields.emplace_back(when.size() <= 2 ? "month" : "dates", when);
    return fields;
  }

  nlohmann::json plan_json(const std::string& name) {
    return nlohmann::json::parse(cli({"plan", "show", "--plan", name, "--format", "json"}).second);
  }

  static int seats_taken(const nlohmann::json& plan, const std::string& title) {
    for (const auto& c : plan["courses"])
      if (c["title"] == title) return c["seats_taken"];
    return -1;
  }

  // Drops the ID numbers on a course of the list, as the mouse does: the
  // drop event with the text the drag carries, in the platform's format.
  void drop_on(const std::string& title, const std::vector<std::string>& ids) {
    auto* courses = find<wxDataViewCtrl>("plan_courses", frame_);
    auto* model = dynamic_cast<PlanCoursesModel*>(courses->GetModel());
    ASSERT_NE(model, nullptr);
    wxString text;
    for (const auto& id : ids) text += (text.empty() ? "" : "\n") + wx(id);
    wxTextDataObject dragged(text);
    const std::size_t size = dragged.GetDataSize(wxDF_UNICODETEXT);
    std::vector<char> buffer(size);
    ASSERT_TRUE(dragged.GetDataHere(wxDF_UNICODETEXT, buffer.data()));
    wxDataViewEvent event(wxEVT_DATAVIEW_ITEM_DROP, courses, model->item_of(title));
    event.SetDataFormat(wxDF_UNICODETEXT);
    event.SetDataSize(size);
    event.SetDataBuffer(buffer.data());
    courses->GetEventHandler()->ProcessEvent(event);
  }
};

TEST_F(PlanningTest, APlanMadeFilledAndAttendedOnThePageIsWhatTheDatabaseHolds) {
  frame_->show_page(Page::planning);
  PlanningPage& page = frame_->planning();
  EXPECT_TRUE(page.session().plans().empty());
  ASSERT_TRUE(page.create_plan("2026年培训计划", 2026, {}));
  ASSERT_TRUE(page.save_course(course("三月课程", "2026-03-10", 400), ""));
  ASSERT_TRUE(page.save_course(course("小班", "9", 2), ""));
  ASSERT_TRUE(page.save_course(course("书记班", "2026-10-12,2026-10-13", 100, "leaders"), ""));
  EXPECT_FALSE(page.save_course(course("坏课程", "13", 10), "")) << "month 13: refused";
  EXPECT_EQ(page.session().plan()->courses.size(), 3u);

  const auto before = status();
  std::vector<std::string> ids;
  std::map<std::string, double> completed;
  for (std::size_t i = 0; i < 4; ++i) {
    ids.push_back(before[i]["id_number"]);
    completed[ids.back()] = before[i]["training"]["completed_hours"];
  }
  // Three by the button, one dropped on the course.
  page.select_course("小班");
  EXPECT_EQ(page.selected_course(), "小班");
  ASSERT_TRUE(page.assign({ids[0], ids[1]}));
  drop_on("小班", {ids[2]});
  EXPECT_EQ(seats_taken(plan_json("2026年培训计划"), "小班"), 3);
  const auto warnings = page.warning_texts();
  EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const wxString& text) {
    return text.Contains(wx("小班"));
  })) << "over-full: 3 workers for 2 seats";
  ASSERT_TRUE(page.unassign({ids[2]}));
  EXPECT_EQ(seats_taken(plan_json("2026年培训计划"), "小班"), 2);

  // Fill: what it did is shown, and the database holds what the page shows.
  const FillExplanation explanation = page.fill();
  EXPECT_GT(explanation.assignments_added, 0u);
  EXPECT_FALSE(page.explanation_text().empty());
  const auto filled = plan_json("2026年培训计划");
  EXPECT_EQ(filled["uncovered"].size(), explanation.uncovered.size());
  for (const auto& c : filled["courses"])
    EXPECT_LE(c["seats_taken"].get<int>(), c["capacity"].get<int>()) << c["title"];
  EXPECT_EQ(page.summary_text().Find(wx("2026")), 0);

  // Attendance of the March course: the present credited 8 hours, one absent not.
  page.select_course("三月课程");
  PlanWorkerFilter on_march;
  on_march.course = "三月课程";
  on_march.show = PlanWorkerShow::on_course;
  page.set_filter(on_march);
  const auto& rows = page.workers_model().rows();
  ASSERT_GE(rows.size(), 2u);
  const std::string present = page.workers_model().worker_at(0).file->worker.id_number;
  const std::string absent = page.workers_model().worker_at(1).file->worker.id_number;
  const auto hours_of = [&](const nlohmann::json& statuses, const std::string& id) {
    for (const auto& s : statuses)
      if (s["id_number"] == id) return s["training"]["completed_hours"].get<double>();
    return -1.0;
  };
  const double present_before = hours_of(before, present);
  const double absent_before = hours_of(before, absent);
  ASSERT_TRUE(page.mark_attendance({absent}));
  const auto after = status();
  EXPECT_EQ(hours_of(after, present), present_before + 8);
  EXPECT_EQ(hours_of(after, absent), absent_before);
  const PlanCourseSeats* march = page.session().seats("三月课程");
  ASSERT_NE(march, nullptr);
  EXPECT_TRUE(march->held());
  EXPECT_EQ(march->absent, 1);

  // The dashboard shows the plan's progress.
  frame_->show_page(Page::dashboard);
  auto* progress = find<wxDataViewListCtrl>("plan_progress", frame_);
  ASSERT_EQ(progress->GetItemCount(), 1);
  EXPECT_EQ(progress->GetTextValue(0, 0), wx("2026年培训计划"));
  EXPECT_EQ(progress->GetTextValue(0, 3), "1/3") << "one course of three held";
  EXPECT_TRUE(hook_.titles.size() >= 1) << "the fill's explanation was shown";
}

}  // namespace
}  // namespace cwt::gui
