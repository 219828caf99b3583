// File > Import's wizard, driven as an officer would: a roster whose ID
// column has a name cwtrack does not know is matched by hand, the preview
// lists every row with its outcome and filters the rejected one, Finish is
// refused while a row is rejected, and importing the good rows writes them
// and refreshes every page. A street office's roster (no 街道 or 区 column,
// the street in its title) imported to the end: the title's street
// proposed, the rejected row's problem read whole, the district asked for,
// and what was written said.
#include "import_wizard.hpp"

#include <wx/textctrl.h>

#include <fstream>

#include "../fixtures/street_roster.hpp"
#include "gui_fixture.hpp"

namespace cwt::gui {
namespace {

class ImportWizardTest : public GuiTest {};

TEST_F(ImportWizardTest, MatchPreviewAndImportTheGoodRows) {
  const auto file = dir_ / "花名册.csv";
  {
    std::ofstream out(file, std::ios::binary);
    out << "劝业场街道社区工作者花名册\n"
           "证件号,姓名,街道,社区,入职日期,职务,籍贯\n"
           "120101199003070013,王小明,劝业场街道,新兴社区,2024-03-01,网格员,天津\n"
           "120101199104080026,李小红,劝业场街道,新兴社区,2024-02-30,网格员,河北\n";
  }
  const std::size_t workers_before = frame_->workspace().statuses().size();
  ImportWizard wizard(frame_, frame_->store(), kToday, frame_->workspace().policy());
  wizard.start(ImportKind::workers, utf8_from_path(file));
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 2) << "a CSV file has no sheet to choose";
  const auto& columns = wizard.session()->columns();
  ASSERT_EQ(columns.size(), 7u);
  EXPECT_EQ(columns[0], (std::pair<std::string, std::string>{"证件号", ""}));
  wizard.choose_field(0, "id_number");

  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 3);
  EXPECT_EQ(wizard.listed_rows(), 2);
  EXPECT_EQ(wizard.summary_text(), wx(wizard.session()->summary()));
  EXPECT_EQ(wizard.session()->result().rejected, 1u);
  wizard.set_filter(RowFilter::problems);
  EXPECT_EQ(wizard.listed_rows(), 1);
  EXPECT_FALSE(wizard.advance()) << "Finish is refused while a row is rejected";
  EXPECT_FALSE(wizard.last_message().empty());
  EXPECT_EQ(frame_->workspace().statuses().size(), workers_before);

  wizard.set_good_rows_only(true);
  wizard.answer_district_question(true);  // the file has no 区 column: imported without one
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  EXPECT_NE(wizard.last_message().find("without a district"), wxString::npos)
      << wizard.last_message();
  ASSERT_TRUE(wizard.imported());
  EXPECT_EQ(wizard.page_number(), 4) << "what was written is said";
  frame_->finish_import(result_of(wizard));
  EXPECT_EQ(frame_->workspace().statuses().size(), workers_before + 1)
      << "the pages show the worker imported";
  const auto now = status();
  EXPECT_TRUE(std::any_of(now.begin(), now.end(), [](const nlohmann::json& worker) {
    return worker["id_number"] == "120101199003070013";
  }));
}

TEST_F(ImportWizardTest, AStreetOfficesRosterToTheEnd) {
  const auto roster = test::write_street_roster(dir_ / "roster.xlsx");
  const std::size_t workers_before = frame_->workspace().statuses().size();
  ImportWizard wizard(frame_, frame_->store(), kToday, frame_->workspace().policy());
  wizard.start(ImportKind::workers, utf8_from_path(roster.file));
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 2) << "one sheet: no sheet to choose";

  // No 街道 column: the title's street is filled in, to be checked; no 区 either.
  ASSERT_NE(wizard.every_row_input("street"), nullptr);
  EXPECT_EQ(wizard.every_row_input("street")->GetValue(), wx("劝业场街道"));
  ASSERT_NE(wizard.every_row_input("district"), nullptr);
  EXPECT_EQ(wizard.every_row_input("district")->GetValue(), "");
  EXPECT_EQ(wizard.every_row_input("community"), nullptr) << "the file has 社区";

  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 3);
  EXPECT_EQ(wizard.listed_rows(), static_cast<long>(roster.data_rows))
      << "合计, the note and the signature are no rows";
  EXPECT_EQ(wizard.session()->result().rejected, 1u);
  // The rejected row is selected and its problem stands whole under the list.
  EXPECT_NE(wizard.details_text().find(wx("赵敏")), wxString::npos) << wizard.details_text();
  EXPECT_NE(wizard.details_text().find("type the ID numbers again"), wxString::npos)
      << "not cut: " << wizard.details_text();
  wizard.select_row(0);
  EXPECT_NE(wizard.details_text().find(wx(roster.good[0].id_number)), wxString::npos)
      << wizard.details_text();

  // Finish asks about the district; No goes back to where it is given.
  wizard.set_good_rows_only(true);
  EXPECT_FALSE(wizard.advance());
  EXPECT_NE(wizard.last_message().find("7 workers would be saved without a district"),
            wxString::npos)
      << wizard.last_message();
  EXPECT_EQ(wizard.page_number(), 2);
  EXPECT_FALSE(wizard.imported());
  EXPECT_EQ(frame_->workspace().statuses().size(), workers_before);
  type(wizard.every_row_input("district"), "和平区");
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 3);
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_TRUE(wizard.imported());
  ASSERT_EQ(wizard.page_number(), 4);

  // What was written, said on the last page and in the status bar.
  wxString said;
  for (const auto& line : wizard.session()->done_summary())
    said += (said.empty() ? "" : "\n") + wx(line);
  EXPECT_EQ(wizard.done_text(), said);
  EXPECT_TRUE(wizard.done_text().StartsWith("Imported 7 workers from roster.xlsx: 7 new"))
      << wizard.done_text();
  EXPECT_NE(wizard.done_text().find("1 row with problems not imported"), wxString::npos);
  EXPECT_NE(wizard.done_text().find("5 rows around the table skipped"), wxString::npos);
  const ImportResult result = result_of(wizard);
  EXPECT_EQ(result.message, wx(wizard.session()->done_summary().front()));
  frame_->finish_import(result);
  EXPECT_EQ(frame_->workspace().statuses().size(), workers_before + roster.good.size());
  const auto now = status();
  for (const auto& worker : roster.good) {
    const auto found = std::find_if(now.begin(), now.end(), [&](const nlohmann::json& w) {
      return w["id_number"] == worker.id_number;
    });
    ASSERT_NE(found, now.end()) << worker.id_number;
    EXPECT_EQ((*found)["street"], "劝业场街道");
  }
  const auto shown = cli({"worker", "show", roster.good[0].id_number});
  EXPECT_NE(shown.second.find("和平区"), std::string::npos) << shown.second;
  EXPECT_TRUE(wizard.advance()) << "Close";
}

}  // namespace
}  // namespace cwt::gui
