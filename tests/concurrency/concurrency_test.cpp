// Two programs writing one database file at once: real cwtrack-cli processes
// started side by side, 20 times each pairing. Whatever the interleaving,
// a command that exits 0 has all of its change in the file, one that exits 1
// has none of it and says the file was busy, and SQLite's integrity_check
// passes every time. (Issue 21: the damage check's second descriptor on the
// file dropped SQLite's POSIX locks mid-transaction, and two imports then
// lost a committed change or damaged the file.)
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "child_process.hpp"

namespace cwt::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kRounds = 20;
constexpr int kBigImportRows = 5000;

// The database read with SQLite directly, after every program has ended.
class Reader {
 public:
  explicit Reader(const fs::path& file) {
    if (sqlite3_open_v2(file.string().c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      ADD_FAILURE() << "cannot open " << file;
  }
  ~Reader() { sqlite3_close(db_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  std::string text(const std::string& sql, const std::string& parameter = {}) {
    sqlite3_stmt* statement = nullptr;
    std::string result;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return result;
    }
    if (!parameter.empty())
      sqlite3_bind_text(statement, 1, parameter.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(statement) == SQLITE_ROW) {
      const auto* value = sqlite3_column_text(statement, 0);
      if (value) result = reinterpret_cast<const char*>(value);
    }
    sqlite3_finalize(statement);
    return result;
  }
  long long number(const std::string& sql, const std::string& parameter = {}) {
    return std::atoll(text(sql, parameter).c_str());
  }
  std::vector<std::string> column(const std::string& sql) {
    std::vector<std::string> values;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
      values.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return values;
  }

 private:
  sqlite3* db_ = nullptr;
};

struct Outcome {
  int exit_code = -1;
  std::string err;
};

// A command run beside another: its arguments, and what the file holds of
// its change afterwards (all, none, or something in between).
struct Writer {
  std::vector<std::string> arguments;
  std::function<long long(Reader&)> count_of_its_change;
  long long whole_change = 0;  // the count when all of it is in
};

class ConcurrencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ids_ = new std::vector<std::string>();
    folder_ = new fs::path(fs::temp_directory_path() /
                           ("cwtrack-concurrency-" + std::to_string(std::random_device{}())));
    fs::create_directories(*folder_);
    const std::string cache = (*folder_ / "cache").string();
#ifdef _WIN32
    _putenv_s("CWTRACK_CACHE_DIR", cache.c_str());
#else
    setenv("CWTRACK_CACHE_DIR", cache.c_str(), 1);
#endif
    const fs::path seed = *folder_ / "seed.cwt";
    run_or_fail({"--db", seed.string(), "init"});
    run_or_fail({"--db", seed.string(), "demo", "--workers", "300", "--seed", "21", "--as-of",
                 "2026-06-30"});
    run_or_fail({"--db", seed.string(), "plan", "create", "--year", "2027", "--name", "P"});
    for (const char* title : {"A", "B", "C"})
      run_or_fail({"--db", seed.string(), "plan", "add-course", "--plan", "P", "--title", title,
                   "--category", "skills", "--hours", "8", "--month", "3", "--capacity", "200",
                   "--audience", "all"});
    Reader reader(seed);
    *ids_ = (reader.column("SELECT id_number FROM worker ORDER BY id_number"));
  }
  // A failed suite setup fails every test instead of skipping it.
  void SetUp() override { ASSERT_TRUE(ids_ && ids_->size() >= 100u) << "the seed database"; }

  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(*folder_, ignored);
    delete folder_;
    delete ids_;
  }

  static fs::path cli() { return program_beside_this_one("../../cli/cwtrack-cli"); }

  static Outcome run(const std::vector<std::string>& arguments, const std::string& tag) {
    ChildProcess child(cli(), arguments, *folder_ / (tag + ".out"), *folder_ / (tag + ".err"));
    Outcome outcome;
    outcome.exit_code = child.wait();
    outcome.err = read_whole_file(*folder_ / (tag + ".err"));
    return outcome;
  }
  static void run_or_fail(const std::vector<std::string>& arguments) {
    const Outcome outcome = run(arguments, "setup");
    ASSERT_EQ(outcome.exit_code, 0) << arguments.back() << ": " << outcome.err;
  }

  // A training CSV of `rows` rows for the demo's workers, each course named
  // `tag`-N, so that the file tells how many of them went in.
  static fs::path training_file(const std::string& tag, int rows) {
    const fs::path file = *folder_ / (tag + ".csv");
    std::ofstream out(file, std::ios::binary);
    out << "身份证号,培训日期,学时,类别,课程\n";
    for (int i = 0; i < rows; ++i)
      out << (*ids_)[static_cast<std::size_t>(i) % ids_->size()] << ",2025-"
          << (1 + i % 12 < 10 ? "0" : "") << 1 + i % 12 << "-" << (1 + i % 28 < 10 ? "0" : "")
          << 1 + i % 28 << ",2,skills," << tag << "-" << i << "\n";
    return file;
  }
  static Writer import_of(const fs::path& db, const std::string& tag, int rows) {
    Writer writer;
    writer.arguments = {"--db", db.string(), "import", "training",
                        training_file(tag, rows).string()};
    writer.count_of_its_change = [tag](Reader& reader) {
      return reader.number("SELECT count(*) FROM training WHERE course LIKE ?", tag + "-%");
    };
    writer.whole_change = rows;
    return writer;
  }

  // `first` started, then after `delay_ms` `second`; both waited for; then
  // the invariants.
  static void run_pair(const fs::path& db, const Writer& first, const Writer& second, int delay_ms,
                       int round) {
    const std::string name = "round" + std::to_string(round);
    Outcome outcomes[2];
    {
      ChildProcess a(cli(), first.arguments, *folder_ / (name + "a.out"),
                     *folder_ / (name + "a.err"));
      pause_for(delay_ms);
      ChildProcess b(cli(), second.arguments, *folder_ / (name + "b.out"),
                     *folder_ / (name + "b.err"));
      outcomes[0].exit_code = a.wait();
      outcomes[1].exit_code = b.wait();
    }
    outcomes[0].err = read_whole_file(*folder_ / (name + "a.err"));
    outcomes[1].err = read_whole_file(*folder_ / (name + "b.err"));

    Reader reader(db);
    EXPECT_EQ(reader.text("PRAGMA integrity_check"), "ok") << "round " << round;
    const Writer* writers[2] = {&first, &second};
    for (int i = 0; i < 2; ++i) {
      const long long found = writers[i]->count_of_its_change(reader);
      const std::string& command = writers[i]->arguments[2];
      SCOPED_TRACE("round " + std::to_string(round) + ", " + (i == 0 ? "first " : "second ") +
                   command + ": exit " + std::to_string(outcomes[i].exit_code) + ", " +
                   outcomes[i].err);
      if (outcomes[i].exit_code == 0) {
        EXPECT_EQ(found, writers[i]->whole_change) << "said done, but its change is not all in";
      } else {
        EXPECT_EQ(outcomes[i].exit_code, 1);
        EXPECT_EQ(found, 0) << "said failed, but its change is (partly) in";
        EXPECT_TRUE(says_file_in_use(outcomes[i].err)) << "failed without saying the file was busy";
      }
    }
  }

  // A fresh copy of the seed database for one round.
  static fs::path fresh_copy(const std::string& name) {
    const fs::path db = *folder_ / (name + ".cwt");
    fs::copy_file(*folder_ / "seed.cwt", db, fs::copy_options::overwrite_existing);
    return db;
  }

  // The second program starts at different moments of the first one's work:
  // while it reads its file, while it writes, about when it commits.
  static int delay_for(int round) { return (round % 5) * 120; }

  static fs::path* folder_;
  static std::vector<std::string>* ids_;
};

fs::path* ConcurrencyTest::folder_ = nullptr;
std::vector<std::string>* ConcurrencyTest::ids_ = nullptr;

TEST_F(ConcurrencyTest, TwoImportsAtOnceEachAllOrNothing) {
  const fs::path db = fresh_copy("imports");
  for (int round = 0; round < kRounds; ++round) {
    const std::string tag = std::to_string(round);
    run_pair(db, import_of(db, "big" + tag, kBigImportRows), import_of(db, "small" + tag, 2),
             delay_for(round), round);
  }
}

TEST_F(ConcurrencyTest, AnImportBesidePlanFill) {
  for (int round = 0; round < kRounds; ++round) {
    const fs::path db = fresh_copy("fill" + std::to_string(round));
    Writer fill;
    fill.arguments = {"--db", db.string(), "plan", "fill", "--plan", "P"};
    fill.count_of_its_change = [](Reader& reader) {
      // Every worker short of hours is put on a course: all of them, or none.
      return reader.number("SELECT count(*) > 0 FROM plan_assignment");
    };
    fill.whole_change = 1;
    const bool import_first = round % 2 == 0;
    const Writer import = import_of(db, "fillimport" + std::to_string(round), kBigImportRows);
    if (import_first)
      run_pair(db, import, fill, delay_for(round), round);
    else
      run_pair(db, fill, import, delay_for(round), round);
  }
}

TEST_F(ConcurrencyTest, AnImportBesideEventAdd) {
  const fs::path db = fresh_copy("events");
  for (int round = 0; round < kRounds; ++round) {
    const std::string course = "并发培训" + std::to_string(round);
    Writer event;
    event.arguments = {"--db",       db.string(),
                       "event",      "add",
                       "--course",   course,
                       "--category", "skills",
                       "--date",     "2026-05-0" + std::to_string(1 + round % 9),
                       "--hours",    "4",
                       "--provider", "街道"};
    event.count_of_its_change = [course](Reader& reader) {
      return reader.number("SELECT count(*) FROM training_event WHERE course = ?", course);
    };
    event.whole_change = 1;
    run_pair(db, import_of(db, "eventimport" + std::to_string(round), kBigImportRows), event,
             delay_for(round), round);
  }
}

TEST_F(ConcurrencyTest, ASettingsChangeBesideAnImport) {
  const fs::path db = fresh_copy("settings");
  for (int round = 0; round < kRounds; ++round) {
    const std::string days = std::to_string(40 + round);
    Writer setting;
    setting.arguments = {"--db", db.string(), "settings", "set", "due_soon_days", days};
    setting.count_of_its_change = [days](Reader& reader) {
      return reader.number(
          "SELECT count(*) FROM settings WHERE key = 'due_soon_days' AND value = ?", days);
    };
    setting.whole_change = 1;
    run_pair(db, import_of(db, "settingsimport" + std::to_string(round), kBigImportRows), setting,
             delay_for(round), round);
  }
}

// Issue 24, item 4: two edits of one worker at once, each changing another
// field. Each reads the worker and writes it whole: without a check, the
// later one would write back the field the earlier one had just changed (a
// change lost while both said done). Now each is applied, or refused saying
// the worker was changed meanwhile (or the file was busy); nothing is lost.
TEST_F(ConcurrencyTest, TwoEditsOfOneWorkerAreBothAppliedOrOneRefused) {
  const fs::path db = fresh_copy("edits");
  const std::string id = ids_->front();
  for (int round = 0; round < kRounds; ++round) {
    const std::string phone = "1380000" + std::to_string(1000 + round);
    const std::string ethnicity = round % 2 == 0 ? "回族" : "满族";
    const std::string name = "edit" + std::to_string(round);
    Outcome outcomes[2];
    {
      ChildProcess a(cli(), {"--db", db.string(), "worker", "edit", id, "--phone", phone},
                     *folder_ / (name + "a.out"), *folder_ / (name + "a.err"));
      pause_for(round % 4 * 5);
      ChildProcess b(cli(), {"--db", db.string(), "worker", "edit", id, "--ethnicity", ethnicity},
                     *folder_ / (name + "b.out"), *folder_ / (name + "b.err"));
      outcomes[0].exit_code = a.wait();
      outcomes[1].exit_code = b.wait();
    }
    outcomes[0].err = read_whole_file(*folder_ / (name + "a.err"));
    outcomes[1].err = read_whole_file(*folder_ / (name + "b.err"));
    Reader reader(db);
    const std::string field_values[2] = {
        reader.text("SELECT phone FROM worker WHERE id_number = ?", id),
        reader.text("SELECT ethnicity FROM worker WHERE id_number = ?", id)};
    const std::string wanted[2] = {phone, ethnicity};
    for (int i = 0; i < 2; ++i) {
      SCOPED_TRACE("round " + std::to_string(round) + ", edit " + std::to_string(i) + ": exit " +
                   std::to_string(outcomes[i].exit_code) + ", " + outcomes[i].err);
      if (outcomes[i].exit_code == 0) {
        EXPECT_EQ(field_values[i], wanted[i]) << "said done, but its change was lost";
      } else {
        EXPECT_EQ(outcomes[i].exit_code, 1);
        const bool said_why = outcomes[i].err.find("changed elsewhere") != std::string::npos ||
                              outcomes[i].err.find("已被他处修改") != std::string::npos ||
                              says_file_in_use(outcomes[i].err);
        EXPECT_TRUE(said_why) << "refused without saying why";
      }
    }
  }
}

}  // namespace
}  // namespace cwt::testing
