// Issue 24, item 4: the window and the command line on one file, as when an
// officer imports from a script while the program is open. The window
// notices the other program's write and shows it (a command-line import left
// it showing 41 hours where the file held 82); an editor open on a worker the
// other program changed meanwhile gets the choice at Save, never a silent
// overwrite.
#include <wx/statusbr.h>

#include "gui_fixture.hpp"
#include "worker_editor.hpp"

namespace cwt::gui {
namespace {

std::int64_t completed_half_hours(MainFrame& frame, const std::string& id) {
  for (const WorkerStatus& status : frame.workspace().statuses())
    if (status.worker->id_number == id) return status.training.completed_half_hours;
  return -1;
}

TEST_F(GuiTest, ACommandLineWriteIsReadInAndSaidInTheStatusBar) {
  const std::string id = status().front()["id_number"];
  const std::int64_t before = completed_half_hours(*frame_, id);
  ASSERT_GE(before, 0);
  EXPECT_FALSE(frame_->look_for_changes()) << "nothing was written elsewhere";

  ASSERT_EQ(cli({"training", "add", "--id-number", id, "--date", "2026-03-02", "--hours", "41",
                 "--category", "skills", "--course", "社区治理"})
                .first,
            0);
  EXPECT_EQ(completed_half_hours(*frame_, id), before) << "not read before the look";
  EXPECT_TRUE(frame_->look_for_changes());
  EXPECT_EQ(completed_half_hours(*frame_, id), before + 82);
  const std::string said = utf8(frame_->GetStatusBar()->GetStatusText());
  EXPECT_NE(said.find(utf8(_("Updated: changes made elsewhere at %s")).substr(0, 8)),
            std::string::npos)
      << said;
  EXPECT_FALSE(frame_->look_for_changes()) << "read once";

  // The window's own save is not taken for someone else's.
  ChangeSet own;
  own.description = "worker edit " + id;
  TrainingRecord record;
  record.id_number = id;
  record.date = Date(2026, 3, 3);
  record.half_hours = 4;
  record.course = "社区治理";
  own.add_training.push_back(record);
  ASSERT_TRUE(frame_->apply(own));
  EXPECT_FALSE(frame_->look_for_changes());
}

class ChangedElsewhereTest : public GuiTest {
 protected:
  void SetUp() override {
    GuiTest::SetUp();
    id_ = status().front()["id_number"];
  }
  // Opens the editor on a worker, then the command line changes that
  // worker's phone number; the officer changes the ethnicity and saves.
  void edit_beside_the_command_line(WorkerEditor& editor) {
    type(editor.profile().input("ethnicity"), "回族");
    ASSERT_EQ(cli({"worker", "edit", id_, "--phone", "13900001111"}).first, 0);
  }
  std::string field(const std::string& name) {
    const auto shown = cli({"worker", "show", id_});
    return shown.second.find(name) != std::string::npos ? name : std::string();
  }
  std::string id_;
};

TEST_F(ChangedElsewhereTest, BackToEditingWritesNothingAndKeepsTheirChange) {
  WorkerEditor editor(frame_, *frame_, id_);
  edit_beside_the_command_line(editor);
  hook_.yes_no_answer = wxID_CANCEL;
  EXPECT_FALSE(editor.save());
  ASSERT_FALSE(hook_.titles.empty());
  EXPECT_EQ(hook_.titles.back(), _("Changed elsewhere"));
  EXPECT_TRUE(editor.dirty()) << "what the officer typed stays in the editor";
  EXPECT_EQ(field("13900001111"), "13900001111") << "their change stands";
  EXPECT_EQ(field("回族"), "") << "nothing of the editor's was written";
}

TEST_F(ChangedElsewhereTest, SaveMineWritesTheEditorsFieldsOverTheirs) {
  WorkerEditor editor(frame_, *frame_, id_);
  edit_beside_the_command_line(editor);
  hook_.yes_no_answer = wxID_NO;  // "Save mine"
  EXPECT_TRUE(editor.save());
  EXPECT_EQ(hook_.titles.back(), _("Changed elsewhere"));
  EXPECT_EQ(field("回族"), "回族");
  EXPECT_EQ(field("13900001111"), "") << "the officer chose to write over it";
  EXPECT_FALSE(frame_->look_for_changes()) << "the window shows what it wrote";
}

TEST_F(ChangedElsewhereTest, ASaveWithNothingWrittenElsewhereAsksNothing) {
  WorkerEditor editor(frame_, *frame_, id_);
  type(editor.profile().input("ethnicity"), "回族");
  ASSERT_EQ(cli({"worker", "edit", status()[1]["id_number"], "--phone", "13900001111"}).first, 0);
  const std::size_t asked = hook_.titles.size();
  EXPECT_TRUE(editor.save()) << "another worker's change is no conflict";
  EXPECT_EQ(hook_.titles.size(), asked);
  EXPECT_EQ(field("回族"), "回族");
}

TEST_F(ChangedElsewhereTest, ASecondSaveOfTheSameEditorIsNoConflictWithItsFirst) {
  WorkerEditor editor(frame_, *frame_, id_);
  type(editor.profile().input("ethnicity"), "回族");
  ASSERT_TRUE(editor.save());
  type(editor.profile().input("ethnicity"), "满族");
  const std::size_t asked = hook_.titles.size();
  EXPECT_TRUE(editor.save());
  EXPECT_EQ(hook_.titles.size(), asked) << "its own first save was taken for someone else's";
  EXPECT_EQ(field("满族"), "满族");
}

}  // namespace
}  // namespace cwt::gui
