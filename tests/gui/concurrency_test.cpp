// The desktop program saving while the command line imports into the same
// file (issue 21): 20 rounds of a settings save made while a real
// cwtrack-cli process imports training records. Whatever the interleaving,
// a save the window reports done is in the file and one it refused is not
// and said the file was busy; the same for the import; integrity_check
// passes every time.
#include <sqlite3.h>

#include <fstream>
#include <string>

#include "child_process.hpp"
#include "gui_fixture.hpp"
#include "settings_page.hpp"

namespace cwt::gui {
namespace {

struct Database {
  explicit Database(const std::string& file) {
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  }
  ~Database() { sqlite3_close(db); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  std::string text(const std::string& sql) const {
    sqlite3_stmt* statement = nullptr;
    std::string value;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
      value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return value;
  }
  sqlite3* db = nullptr;
};

TEST_F(GuiTest, SettingsSavedWhileTheCommandLineImportsAreEachAllOrNothing) {
  constexpr int kRounds = 20;
  constexpr int kRows = 10000;
  std::vector<std::string> ids;
  {
    Database db(db_);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db.db, "SELECT id_number FROM worker ORDER BY id_number LIMIT 200", -1,
                       &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
      ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
  }
  ASSERT_FALSE(ids.empty());
  const auto cli_program = testing::program_beside_this_one("../../cli/cwtrack-cli");
  frame_->show_page(Page::settings);
  SettingsPage& page = frame_->settings();

  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string tag = "gui-round-" + std::to_string(round);
    const auto csv = dir_ / (tag + ".csv");
    {
      std::ofstream out(csv, std::ios::binary);
      out << "身份证号,培训日期,学时,类别,课程\n";
      for (int i = 0; i < kRows; ++i)
        out << ids[static_cast<std::size_t>(i) % ids.size()] << ",2025-03-" << (10 + i % 18)
            << ",1,skills," << tag << "-" << i << "\n";
    }
    const std::string hours = std::to_string(21 + round);
    hook_.titles.clear();
    hook_.messages.clear();
    bool saved = false;
    int import_exit = -1;
    {
      testing::ChildProcess import(cli_program,
                                   {"--db", db_, "import", "training", utf8_from_path(csv)},
                                   dir_ / (tag + ".out"), dir_ / (tag + ".err"));
      // The save at different moments of the import's work.
      testing::pause_for((round % 5) * 100);
      type(page.field("staff_hours"), hours);
      saved = page.save();
      import_exit = import.wait();
    }
    const std::string import_err = testing::read_whole_file(dir_ / (tag + ".err"));

    Database db(db_);
    EXPECT_EQ(db.text("PRAGMA integrity_check"), "ok");
    const std::string stored = db.text("SELECT value FROM settings WHERE key = 'staff_hours'");
    if (saved) {
      EXPECT_EQ(stored, hours) << "the window said saved";
    } else {
      EXPECT_NE(stored, hours) << "the window said not saved";
      ASSERT_FALSE(hook_.messages.empty());
      EXPECT_TRUE(testing::says_file_in_use(std::string(hook_.messages.back().utf8_str())))
          << hook_.messages.back();
    }
    const long long imported = std::atoll(
        db.text("SELECT count(*) FROM training WHERE course LIKE '" + tag + "-%'").c_str());
    if (import_exit == 0) {
      EXPECT_EQ(imported, kRows) << import_err;
    } else {
      EXPECT_EQ(import_exit, 1) << import_err;
      EXPECT_EQ(imported, 0) << import_err;
      EXPECT_TRUE(testing::says_file_in_use(import_err)) << import_err;
    }
  }
}

}  // namespace
}  // namespace cwt::gui
