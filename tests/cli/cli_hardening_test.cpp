// Issue 7's reproductions through the command line: each gives a clear
// one-line message and exit 1 with the database byte for byte unchanged, and
// no stored value can break an output.
#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli_test_support.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli::testing {
namespace {

class HardeningTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto result =
        run({"worker", "add", "--id-number", id, "--name", "张三", "--street", "劝业场街道",
             "--community", "新兴社区", "--hire-date", "2020-01-01", "--position", "grid_worker"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    before_ = read_bytes(db_path());
  }

  // Exit 1, every line of stderr one problem naming `where`, file unchanged.
  void expect_refused(const CliResult& result, const std::string& where) {
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find(where), std::string::npos) << result.err;
    EXPECT_TRUE(read_bytes(db_path()) == before_) << "the database changed";
  }

  // Runs SQL on the database directly, as an older cwtrack or another tool may have.
  void raw_sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_path().c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }

  const std::string id = make_id("120101", "19900101", 11);
  std::string before_;
};

TEST_F(HardeningTest, TextThatIsNotUtf8IsRefusedNamingTheOption) {
  expect_refused(run({"worker", "edit", id, "--community", "\xd1\xa7\xcf"}), "--community");
  expect_refused(run({"worker", "add", "--id-number", make_id("120101", "19920202", 13), "--name",
                      "bad\xff\xfename", "--street", "s", "--community", "c", "--hire-date",
                      "2020-01-01", "--position", "grid_worker"}),
                 "--name");
  expect_refused(run({"training", "add", "--id-number", id, "--date", "2026-03-01", "--hours", "2",
                      "--category", "skills", "--provider", "\xd1\xa7\xcf"}),
                 "--provider");
  EXPECT_EQ(run({"status", "--format", "json"}).exit_code, 0);
}

TEST_F(HardeningTest, ControlCharactersAreRefusedInEveryTextField) {
  expect_refused(run({"worker", "edit", id, "--name", "A\x1b[31mRED"}), "--name");
  expect_refused(run({"worker", "edit", id, "--street", "s\x07"}), "--street");
  expect_refused(run({"worker", "edit", id, "--name", "two\nlines"}), "--name");
  expect_refused(run({"cert", "add", "--id-number", id, "--type", "city_cw", "--issue-date",
                      "2024-01-01", "--issuer", "\xe2\x80\xae局"}),
                 "--issuer");
  const auto refused = run({"worker", "edit", id, "--name", "A\x1b[31mRED"});
  EXPECT_EQ(refused.err.find('\x1b'), std::string::npos) << "the escape reached the terminal";
}

TEST_F(HardeningTest, AStoredValueCannotBreakTheJsonTableOrCsv) {
  // A file written before these checks: bad bytes and control characters stored.
  raw_sql("UPDATE worker SET name = CAST(X'626164FFFE' AS TEXT)");
  raw_sql(
      "UPDATE org_unit SET name = 'line' || char(10) || 'break' || char(27) WHERE kind = "
      "'community'");
  const auto json = run({"status", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto parsed = nlohmann::json::parse(json.out);
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed[0]["name"], "bad\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFD for each bad byte
  EXPECT_EQ(parsed[0]["community"], "line\nbreak\x1b");
  const auto table = run({"status"});
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out.find('\x1b'), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("line\\nbreak\\x1B"), std::string::npos) << table.out;
  const auto show = run({"worker", "show", id});
  EXPECT_NE(show.out.find("bad\\xFF\\xFE"), std::string::npos) << show.out;
}

TEST_F(HardeningTest, CsvOutputGuardsAgainstFormulas) {
  ASSERT_EQ(run({"worker", "edit", id, "--name", "=HYPERLINK(\"http://x\",\"y\")", "--street",
                 "+86 街道", "--community", "@社区", "--district", "-区"})
                .exit_code,
            0);
  const auto csv = run({"status", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), std::string::npos)
      << csv.out;
  EXPECT_NE(csv.out.find(",'-区,'+86 街道,'@社区,"), std::string::npos) << csv.out;
}

TEST_F(HardeningTest, ImplausibleDatesAndHoursSayWhy) {
  const auto hire = run({"worker", "edit", id, "--hire-date", "9999-12-31"});
  expect_refused(hire, "--hire-date");
  EXPECT_NE(hire.err.find("after today"), std::string::npos) << hire.err;
  const auto hours = run({"training", "add", "--id-number", id, "--date", "2026-03-01", "--hours",
                          "100000", "--category", "skills"});
  expect_refused(hours, "max_record_hours");
  const auto old = run({"training", "add", "--id-number", id, "--date", "1900-01-01", "--hours",
                        "2", "--category", "skills"});
  expect_refused(old, "16th birthday");
  const auto as_of = run({"status", "--as-of", "9999-12-31"});
  EXPECT_NE(as_of.exit_code, 0);
  EXPECT_EQ(as_of.err.find("out of valid range"), std::string::npos) << as_of.err;
  EXPECT_NE(as_of.err.find("--as-of"), std::string::npos) << as_of.err;
}

TEST_F(HardeningTest, ImportMessagesShowValuesEscapedAndShortened) {
  const std::string header = "id_number,date,hours,category,course,provider\n";
  const auto forged = write_file(
      "forged.csv", header + id + ",\"2025-03-01\r\nfake.csv: line 9: forged\",2,skills,c,p\n");
  const auto result = run({"import", "training", forged.string()});
  expect_refused(result, "line 2, column 2 (date)");
  // Two lines: the problem and the summary; the forged text is not a line of its own.
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 2) << result.err;
  EXPECT_EQ(result.err.find("\nfake.csv"), std::string::npos) << result.err;

  const auto huge = write_file(
      "huge.csv", header + id + ",2026-03-01,2,skills," + std::string(1024 * 1024, 'x') + ",p\n");
  const auto long_cell = run({"import", "training", huge.string()});
  expect_refused(long_cell, "line 2");
  EXPECT_LT(long_cell.err.size(), 1000u);
}

TEST_F(HardeningTest, HoursThatWouldWrapAreRefusedByTheRecordLimit) {
  std::string rows = "id_number,date,hours,category\n";
  for (int i = 0; i < 10800; ++i) rows += id + ",2026-03-01,99999,skills\n";
  const auto file = write_file("wrap.csv", rows);
  const auto result = run({"import", "training", file.string()});
  expect_refused(result, "max_record_hours");
  const auto status = nlohmann::json::parse(run({"status", "--format", "json"}).out);
  EXPECT_EQ(status[0]["training"]["completed_hours"], 0);
}

TEST_F(HardeningTest, AMissingOrUnknownSubcommandNamesTheChoices) {
  const auto result = run({"import", "foo", "x.csv"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("cwtrack-cli import: name one of workers, positions, exams, "
                            "certificates or training (\"foo\" is none of them)"),
            std::string::npos)
      << result.err;
  const auto settings = run({"settings"});
  EXPECT_EQ(settings.exit_code, 2);
  EXPECT_NE(settings.err.find("name one of show or set"), std::string::npos) << settings.err;
}

TEST_F(HardeningTest, AFileThatIsNotCsvTextIsNamed) {
  std::string utf16;
  for (char c : std::string("id_number,date,hours,category\n")) utf16 += std::string(1, c) + '\0';
  const auto file = write_file("unicode.txt", utf16);
  const auto result = run({"import", "training", file.string()});
  expect_refused(result, "UTF-16");
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 2) << result.err;
}

TEST_F(HardeningTest, TwoDemoLoadsStartedTogetherFillTheDatabaseOnce) {
  const std::string db = utf8_from_path(dir() / "race.cwt");
  ASSERT_EQ(run_raw({"--db", db, "init"}).exit_code, 0);
  CliResult results[2];
  {
    std::jthread first([&] {
      results[0] = run_raw({"--db", db, "demo", "--workers", "300", "--seed", "1"});
    });
    std::jthread second([&] {
      results[1] = run_raw({"--db", db, "demo", "--workers", "300", "--seed", "1"});
    });
  }
  EXPECT_EQ((results[0].exit_code == 0) + (results[1].exit_code == 0), 1)
      << results[0].err << results[1].err;
  const auto failed = results[0].exit_code == 0 ? results[1] : results[0];
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_NE(failed.err.find("already holds 300 workers"), std::string::npos) << failed.err;
  const auto listed = run_raw({"--db", db, "worker", "list"});
  EXPECT_NE(listed.out.find("共 300 人"), std::string::npos);
}

// Overwrites the header of the page in the middle of the database: the kind
// of damage SQLite finds only when it reads that page.
void damage_middle_page(const std::string& path) {
  std::string bytes;
  {
    std::ifstream in(path_from_utf8(path), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 100u);
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  std::size_t page_size = (byte(16) << 8) | byte(17);
  if (page_size == 1) page_size = 65536;
  const std::size_t pages = bytes.size() / page_size;
  ASSERT_GT(pages, 10u);
  const std::size_t offset = (pages / 2) * page_size;
  for (std::size_t i = 0; i < 64; ++i) bytes[offset + i] = static_cast<char>(0xFF);
  std::ofstream out(path_from_utf8(path), std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST_F(HardeningTest, ADamagedDatabaseIsNeverWrittenTo) {
  const std::string db = utf8_from_path(dir() / "damaged.cwt");
  ASSERT_EQ(run_raw({"--db", db, "init"}).exit_code, 0);
  ASSERT_EQ(run_raw({"--db", db, "demo", "--workers", "200", "--seed", "3"}).exit_code, 0);
  // cwtrack wrote it and checked it: the next write would not read it all again,
  // but the damage below changes the file behind cwtrack's back.
  damage_middle_page(db);
  const std::string before = read_bytes(path_from_utf8(db));
  for (const auto& command : std::vector<std::vector<std::string>>{
           {"--db", db, "settings", "set", "staff_hours", "30"},
           {"--db", db, "worker", "add", "--id-number", id, "--name", "张三", "--street", "s",
            "--community", "c", "--hire-date", "2020-01-01", "--position", "grid_worker"}}) {
    const auto result = run_raw(command);
    EXPECT_EQ(result.exit_code, 1) << command[3];
    EXPECT_NE(result.err.find("is damaged"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("backup copy"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(read_bytes(path_from_utf8(db)) == before) << "a damaged file was written";
  }
}

TEST_F(HardeningTest, ATruncatedDatabaseIsCalledDamaged) {
  const std::string bytes = read_bytes(db_path());
  const std::string db = utf8_from_path(dir() / "truncated.cwt");
  {
    std::ofstream out(path_from_utf8(db), std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  const auto result = run_raw({"--db", db, "status"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("truncated.cwt is damaged"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("SQL:"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace cwt::cli::testing
