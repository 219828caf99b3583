// File > Import's wizard, driven as an officer would: a roster whose ID
// column has a name cwtrack does not know is matched by hand, the preview
// lists every row with its outcome and filters the rejected one, Finish is
// refused while a row is rejected, and importing the good rows writes them
// and refreshes every page.
#include "import_wizard.hpp"

#include <fstream>

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
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_TRUE(wizard.imported());
  frame_->finish_import(result_of(wizard));
  EXPECT_EQ(frame_->workspace().statuses().size(), workers_before + 1)
      << "the pages show the worker imported";
  const auto now = status();
  EXPECT_TRUE(std::any_of(now.begin(), now.end(), [](const nlohmann::json& worker) {
    return worker["id_number"] == "120101199003070013";
  }));
}

}  // namespace
}  // namespace cwt::gui
