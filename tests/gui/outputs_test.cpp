// The desktop program's saves (issue 21): a report, the exported list, a
// backup copy and the import wizard's rejected rows and mapping are never
// written over the open database, its journal files or the file being
// imported; an error box says why and nothing is written.
#include <fstream>

#include "gui_fixture.hpp"
#include "import_wizard.hpp"
#include "reports_page.hpp"

namespace cwt::gui {
namespace {

class OutputsTest : public GuiTest {
 protected:
  static std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  // `save` refused for `target`: false, one error box, the database as it was.
  template <class Save>
  void expect_refused(const std::string& target, Save save) {
    const std::string before = bytes_of(path_from_utf8(db_));
    const auto statuses = status();
    hook_.titles.clear();
    EXPECT_FALSE(save(target)) << target;
    EXPECT_EQ(hook_.titles.size(), 1u) << target << ": the refusal is said once";
    EXPECT_EQ(bytes_of(path_from_utf8(db_)), before) << target;
    EXPECT_EQ(status(), statuses) << target;
  }

  std::vector<std::string> database_names() const {
    std::filesystem::create_directories(dir_ / "x");
    return {db_, utf8_from_path(dir_ / "x" / ".." / "demo.cwt"), db_ + "-journal", db_ + "-wal",
            db_ + "-shm"};
  }
};

TEST_F(OutputsTest, NoSaveReplacesTheOpenDatabase) {
  auto& page = frame_->reports();
  page.choose(reports::ReportKind::summary);
  for (const auto& name : database_names()) {
    for (const auto format : {reports::ReportFormat::pdf, reports::ReportFormat::xlsx,
                              reports::ReportFormat::csv, reports::ReportFormat::html})
      expect_refused(name, [&](const std::string& path) { return page.save_to(format, path); });
    expect_refused(name, [&](const std::string& path) { return frame_->export_list(path, true); });
    expect_refused(name, [&](const std::string& path) { return frame_->export_list(path, false); });
    expect_refused(name, [&](const std::string& path) { return frame_->save_backup(path); });
  }
  // The message names the file.
  hook_.titles.clear();
  EXPECT_FALSE(frame_->output_guard().refusal(db_) == std::nullopt);
  EXPECT_NE(frame_->output_guard().refusal(db_)->find(db_), std::string::npos);
#ifndef _WIN32
  const auto link = dir_ / "link.cwt";
  std::filesystem::create_symlink(db_, link);
  expect_refused(utf8_from_path(link),
                 [&](const std::string& path) { return frame_->save_backup(path); });
  EXPECT_TRUE(std::filesystem::is_symlink(link));
#endif
  // Elsewhere they are written, and no scratch file stays.
  hook_.titles.clear();
  EXPECT_TRUE(frame_->save_backup(utf8_from_path(dir_ / "copy.cwt")));
  EXPECT_TRUE(frame_->export_list(utf8_from_path(dir_ / "list.csv"), true));
  EXPECT_TRUE(hook_.titles.empty());
  EXPECT_EQ(status(utf8_from_path(dir_ / "copy.cwt")), status());
  for (const auto& entry : std::filesystem::directory_iterator(dir_))
    EXPECT_EQ(entry.path().filename().string().find("partial"), std::string::npos) << entry.path();
}

TEST_F(OutputsTest, TheWizardsSavesNeverReplaceTheFileBeingImported) {
  const auto file = dir_ / "roster.csv";
  {
    std::ofstream out(file, std::ios::binary);
    out << "身份证号,姓名,街道,社区,入职日期,职务\n"
           "120101199003070013,王小明,劝业场街道,新兴社区,2024-03-01,网格员\n"
           "120101199104080026,李小红,劝业场街道,新兴社区,2024-02-30,网格员\n";
  }
  const std::string input = bytes_of(file);
  ImportWizard wizard(frame_, frame_->store(), kToday, frame_->workspace().policy());
  wizard.start(ImportKind::workers, utf8_from_path(file));
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_TRUE(wizard.advance()) << wizard.last_message();
  ASSERT_EQ(wizard.page_number(), 3);
  ASSERT_EQ(wizard.session()->result().rejected, 1u);
  const std::string before = bytes_of(path_from_utf8(db_));
  for (const std::string& target : {utf8_from_path(file), db_, db_ + "-journal"}) {
    EXPECT_FALSE(wizard.save_rejected_to(reports::ReportFormat::csv, target)) << target;
    EXPECT_NE(wizard.last_message().Find(wx(target)), wxNOT_FOUND) << wizard.last_message();
    EXPECT_FALSE(wizard.save_mapping_to(target)) << target;
  }
  EXPECT_EQ(bytes_of(file), input) << "the officer's file was overwritten";
  EXPECT_EQ(bytes_of(path_from_utf8(db_)), before);
  EXPECT_TRUE(
      wizard.save_rejected_to(reports::ReportFormat::csv, utf8_from_path(dir_ / "rejected.csv")))
      << wizard.last_message();
  EXPECT_TRUE(wizard.save_mapping_to(utf8_from_path(dir_ / "mapping.csv")))
      << wizard.last_message();
}

}  // namespace
}  // namespace cwt::gui
