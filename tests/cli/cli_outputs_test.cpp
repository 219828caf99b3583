// Where the command line writes (issue 21): no output option may replace the
// open database, its journal files, a file the command reads or its other
// output, however the name is spelled; a folder, a scope nobody is in and a
// failing workbook are said plainly; two writers of one file never mix and
// what killed writers leave is cleared.
#include <chrono>
#include <cstdio>
#include <fstream>

#include "cli_test_support.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace cwt::cli::testing {
namespace {

namespace fs = std::filesystem;

class OutputsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run({"init"}).exit_code, 0);
    const auto workers =
        write_file("workers.csv", "身份证号,姓名,区,街道,社区,入职日期,职务\n" + id1 +
                                      ",张三,和平区,劝业场街道,新兴社区,2020-01-01,网格员\n" + id2 +
                                      ",李四,和平区,劝业场街道,新兴社区,2021-03-01,居委会主任\n");
    ASSERT_EQ(run({"import", "workers", workers.string()}).exit_code, 0);
    ASSERT_EQ(run({"training", "add", "--id-number", id1, "--date", "2026-03-01", "--hours", "4",
                   "--category", "skills", "--course", "消防"})
                  .exit_code,
              0);
    ASSERT_EQ(run({"plan", "create", "--year", "2027", "--name", "计划"}).exit_code, 0);
    // One good row and one bad (2.3 hours): something to reject.
    training_ =
        write_file("training.csv", "身份证号,培训日期,学时,类别\n" + id1 + ",2026-03-02,2,技能\n" +
                                       id2 + ",2026-03-03,2.3,技能\n");
  }

  // Every output option of the command line, writing to `target`.
  std::vector<std::vector<std::string>> every_output(const std::string& target) const {
    const std::string file = training_.string();
    return {
        {"import", "training", file, "--save-mapping", target},
        {"import", "training", file, "--rejected-out", target},
        {"import", "training", file, "--good-rows-only", "--rejected-out", target},
        {"export", "training", "--format", "csv", "-o", target},
        {"export", "workers", "--format", "xlsx", "-o", target},
        {"report", "summary", "--as-of", "2026-06-30", "--format", "pdf", "-o", target},
        {"report", "deadlines", "--as-of", "2026-06-30", "--format", "csv", "-o", target},
        {"status", "--as-of", "2026-06-30", "--format", "xlsx", "-o", target},
        {"status", "--as-of", "2026-06-30", "--format", "csv", "-o", target},
        {"plan", "report", "--plan", "计划", "--format", "html", "-o", target},
    };
  }

  std::string status_json() {
    return run({"status", "--as-of", "2026-06-30", "--format", "json"}).out;
  }

  // Each output option given `target`: refused (exit 1, a message naming
  // it, saying `why`), the database byte for byte as it was.
  void expect_all_refused(const std::string& target, const std::string& why) {
    const std::string before = read_bytes(db_path());
    const std::string status = status_json();
    ASSERT_FALSE(before.empty());
    for (const auto& command : every_output(target)) {
      std::string typed;
      for (const auto& word : command) typed += word + " ";
      const auto result = run(command);
      EXPECT_EQ(result.exit_code, 1) << typed << result.err;
      EXPECT_NE(result.err.find(target), std::string::npos) << typed << result.err;
      EXPECT_NE(result.err.find(why), std::string::npos) << typed << result.err;
      EXPECT_EQ(result.err.find("[ERROR]"), std::string::npos) << typed << result.err;
      ASSERT_EQ(read_bytes(db_path()), before) << typed << ": the database changed";
    }
    EXPECT_EQ(status_json(), status);
    for (const auto& entry : fs::directory_iterator(dir()))
      EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos)
          << entry.path();
  }

  const std::string id1 = make_id("120101", "19900101", 11);
  const std::string id2 = make_id("120101", "19850202", 22);
  fs::path training_;
};

TEST_F(OutputsTest, NoOutputOptionReplacesTheDatabaseByItsOwnName) {
  expect_all_refused(db_path(), "is the open database");
}

TEST_F(OutputsTest, NorByAnotherSpellingOfIt) {
  fs::create_directories(dir() / "x");
  expect_all_refused(utf8_from_path(dir() / "x" / ".." / "test.cwt"), "is the open database");
  // Relative to the working folder.
  const auto was = fs::current_path();
  fs::current_path(dir() / "x");
  expect_all_refused("../test.cwt", "is the open database");
  fs::current_path(was);
}

#ifndef _WIN32
TEST_F(OutputsTest, NorThroughAHardLinkOrASymbolicLink) {
  const auto hard = dir() / "hard.cwt";
  fs::create_hard_link(db_path(), hard);
  expect_all_refused(utf8_from_path(hard), "is the open database");
  EXPECT_TRUE(fs::equivalent(hard, db_path())) << "the link itself was replaced";
  const auto soft = dir() / "soft.cwt";
  fs::create_symlink(db_path(), soft);
  expect_all_refused(utf8_from_path(soft), "is the open database");
  EXPECT_TRUE(fs::is_symlink(soft));
  // A link to the folder, and a name inside it.
  fs::create_directory_symlink(dir(), dir() / "again");
  expect_all_refused(utf8_from_path(dir() / "again" / "test.cwt"), "is the open database");
}
#endif

TEST_F(OutputsTest, NorItsJournalFilesWhetherTheyExistOrNot) {
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    const std::string journal = db_path() + suffix;
    ASSERT_FALSE(fs::exists(journal));
    expect_all_refused(journal, "is the journal of the open database");
    EXPECT_FALSE(fs::exists(journal)) << journal;
    fs::create_directories(dir() / "y");
    expect_all_refused(utf8_from_path(dir() / "y" / ".." / ("test.cwt" + std::string(suffix))),
                       "is the journal of the open database");
  }
}

TEST_F(OutputsTest, TheRejectedRowsNeverReplaceTheFileBeingImported) {
  const std::string input = read_bytes(training_);
  const std::string before = read_bytes(db_path());
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{}, std::vector<std::string>{"--good-rows-only"}}) {
    std::vector<std::string> command{"import", "training", training_.string(), "--rejected-out",
                                     training_.string()};
    command.insert(command.end(), extra.begin(), extra.end());
    const auto result = run(command);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find(training_.string() + ": is the file being imported"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(read_bytes(training_), input) << "the officer's file was overwritten";
    EXPECT_EQ(read_bytes(db_path()), before);
  }
  // Another spelling of it, and --save-mapping too.
  fs::create_directories(dir() / "z");
  const std::string other = utf8_from_path(dir() / "z" / ".." / "training.csv");
  EXPECT_EQ(run({"import", "training", training_.string(), "--save-mapping", other}).exit_code, 1);
  EXPECT_EQ(read_bytes(training_), input);
}

// Nor is the database itself read as the file to import or as a mapping:
// reading it would open a second descriptor on it (dropping the process's
// POSIX locks when closed), and its bytes are no table anyway.
TEST_F(OutputsTest, TheDatabaseIsNoFileToImport) {
  const std::string before = read_bytes(db_path());
  const std::string spelled = utf8_from_path(dir() / "x" / ".." / "test.cwt");
  fs::create_directories(dir() / "x");
  for (const auto& command :
       {std::vector<std::string>{"import", "training", db_path()},
        std::vector<std::string>{"import", "workers", spelled, "--dry-run"},
        std::vector<std::string>{"import", "training", training_.string(), "--mapping", spelled}}) {
    const auto result = run(command);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("is the open database, not a file to import"), std::string::npos)
        << result.err;
  }
  EXPECT_TRUE(read_bytes(db_path()) == before);
}

TEST_F(OutputsTest, NorTheMappingReadNorEachOther) {
  const auto mapping = dir() / "mapping.csv";
  ASSERT_EQ(run({"import", "training", training_.string(), "--dry-run", "--good-rows-only",
                 "--save-mapping", mapping.string()})
                .exit_code,
            0);
  const std::string saved = read_bytes(mapping);
  ASSERT_FALSE(saved.empty());
  auto result = run({"import", "training", training_.string(), "--mapping", mapping.string(),
                     "--save-mapping", mapping.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(mapping.string() + ": is the mapping file being read"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(read_bytes(mapping), saved);

  const auto both = dir() / "both.csv";
  result = run({"import", "training", training_.string(), "--save-mapping", both.string(),
                "--rejected-out", both.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(both.string() + ": is also the file named for --save-mapping"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(both));
}

TEST_F(OutputsTest, AFolderIsSaidToBeAFolder) {
  fs::create_directories(dir() / "folder");
  const std::string folder = utf8_from_path(dir() / "folder");
  expect_all_refused(folder, "is a folder");
  EXPECT_TRUE(fs::is_directory(folder));
  // Written past the first check, the writer says the same.
  try {
    write_whole_file(folder, [](const fs::path&) {});
    ADD_FAILURE() << "a folder was written";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("is a folder"), std::string::npos) << error.what();
  }
}

TEST_F(OutputsTest, AReportForAPlaceNobodyIsInIsRefused) {
  const auto pdf = dir() / "empty.pdf";
  for (const char* kind : {"summary", "deadlines", "training", "overdue", "card"}) {
    const auto result = run({"report", kind, "--as-of", "2026-06-30", "--community", "不存在",
                             "--format", "pdf", "-o", pdf.string()});
    EXPECT_EQ(result.exit_code, 1) << kind;
    EXPECT_NE(result.err.find("report: no worker on file is in --community \"不存在\""),
              std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(pdf));
  }
  // A street and a community each on file but not together.
  auto result = run({"report", "summary", "--street", "别的街道", "--community", "新兴社区",
                     "--format", "csv", "-o", pdf.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_FALSE(fs::exists(pdf));
  // A place with workers, even none overdue, is reported.
  result = run({"report", "overdue", "--as-of", "2026-06-30", "--community", "新兴社区", "--format",
                "csv", "-o", pdf.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(pdf));
}

TEST_F(OutputsTest, TheWorkbookLibrarysOwnErrorsStayOffTheTerminal) {
  for (const char* format : {"xlsx", "csv"}) {
    const auto nowhere = dir() / "no such folder" / (std::string("out.") + format);
    ::testing::internal::CaptureStderr();
    const auto exported = run({"export", "training", "--format", format, "-o", nowhere.string()});
    const auto status = run({"status", "--format", "xlsx", "-o", nowhere.string()});
    const std::string terminal = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(terminal.find("[ERROR]"), std::string::npos) << terminal;
    EXPECT_EQ(exported.exit_code, 1);
    EXPECT_EQ(status.exit_code, 1);
    EXPECT_EQ(exported.err.find("[ERROR]"), std::string::npos);
    EXPECT_NE(exported.err.find(nowhere.string() + ": writing failed"), std::string::npos)
        << exported.err;
    EXPECT_FALSE(fs::exists(nowhere.parent_path()));
  }
  // Quiet only while the library works: the program's own stderr is back.
  ::testing::internal::CaptureStderr();
  { const QuietStderr quiet; }
  std::fputs("still here\n", stderr);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "still here\n");
}

// Two writes of one target each write a scratch file of their own: here one
// begins and ends inside the other, which then replaces it whole.
TEST_F(OutputsTest, TwoWritersOfOneFileNeverShareAScratchFile) {
  const std::string target = utf8_from_path(dir() / "one.csv");
  fs::path outer_scratch, inner_scratch;
  write_whole_file(target, [&](const fs::path& outer) {
    outer_scratch = outer;
    std::ofstream(outer, std::ios::binary) << "outer, first half\n";
    write_whole_file(target, [&](const fs::path& inner) {
      inner_scratch = inner;
      std::ofstream(inner, std::ios::binary) << "inner, whole\n";
    });
    std::ofstream(outer, std::ios::binary | std::ios::app) << "outer, second half\n";
  });
  EXPECT_NE(outer_scratch, inner_scratch);
  EXPECT_EQ(outer_scratch.parent_path(), inner_scratch.parent_path());
  const std::string name = outer_scratch.filename().string();
  EXPECT_TRUE(name.starts_with("cwtrack-write-") && name.ends_with(".partial")) << name;
  EXPECT_EQ(read_bytes(target), "outer, first half\nouter, second half\n");
  EXPECT_FALSE(fs::exists(outer_scratch));
  EXPECT_FALSE(fs::exists(inner_scratch));
}

#ifndef _WIN32
// Two processes export to one -o at once, several times: the file is always
// one of the two exports whole, both succeed, no scratch file stays.
TEST_F(OutputsTest, TwoProcessesExportingToOneFileLeaveOneWholeExport) {
  // The demo fills an empty database only: one of its own.
  const std::string demo = utf8_from_path(dir() / "demo.cwt");
  ASSERT_EQ(run_raw({"--db", demo, "init"}).exit_code, 0);
  ASSERT_EQ(run_raw({"--db", demo, "demo", "--workers", "300", "--seed", "3"}).exit_code, 0);
  const auto export_to = [&](const std::string& kind, const std::string& target) {
    return run_raw({"--db", demo, "export", kind, "--format", "csv", "-o", target});
  };
  const std::string certificates = utf8_from_path(dir() / "certificates.csv");
  const std::string training = utf8_from_path(dir() / "training-all.csv");
  ASSERT_EQ(export_to("certificates", certificates).exit_code, 0);
  ASSERT_EQ(export_to("training", training).exit_code, 0);
  const std::string expected[] = {read_bytes(certificates), read_bytes(training)};
  ASSERT_NE(expected[0], expected[1]);
  const std::string target = utf8_from_path(dir() / "same.csv");
  for (int round = 0; round < 6; ++round) {
    pid_t children[2];
    for (int i = 0; i < 2; ++i) {
      children[i] = fork();
      ASSERT_GE(children[i], 0);
      if (children[i] == 0)
        _exit(export_to(i == 0 ? "certificates" : "training", target).exit_code);
    }
    for (pid_t child : children) {
      int status = 0;
      ASSERT_EQ(waitpid(child, &status, 0), child);
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "round " << round;
    }
    const std::string written = read_bytes(target);
    EXPECT_TRUE(written == expected[0] || written == expected[1])
        << "round " << round << ": " << written.size() << " bytes, neither export";
    for (const auto& entry : fs::directory_iterator(dir()))
      EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos)
          << entry.path();
  }
}
#endif

TEST_F(OutputsTest, ScratchFilesOfKilledWritersAreClearedAfterAnHour) {
  const auto folder = dir() / "out";
  fs::create_directories(folder);
  const auto touch = [&](const std::string& name, std::chrono::minutes age) {
    const auto path = folder / name;
    std::ofstream(path) << "half a file";
    fs::last_write_time(path, fs::file_time_type::clock::now() - age);
    return path;
  };
  const auto old_write = touch("cwtrack-write-4242-7-0badf00d.partial", std::chrono::minutes(90));
  const auto old_journal =
      touch("cwtrack-write-4242-8-0badf00d.partial-journal", std::chrono::minutes(90));
  const auto old_report = touch("cwtrack-report-123456789.partial", std::chrono::minutes(61));
  const auto live = touch("cwtrack-write-4243-1-12345678.partial", std::chrono::minutes(10));
  const auto not_ours = touch("notes.partial", std::chrono::minutes(600));
  const auto not_ours_either = touch("cwtrack-report-draft.partial", std::chrono::minutes(600));
  ASSERT_EQ(run({"export", "training", "--format", "csv", "-o", utf8_from_path(folder / "t.csv")})
                .exit_code,
            0);
  EXPECT_FALSE(fs::exists(old_write));
  EXPECT_FALSE(fs::exists(old_journal));
  EXPECT_FALSE(fs::exists(old_report));
  EXPECT_TRUE(fs::exists(live)) << "a writer still at work lost its file";
  EXPECT_TRUE(fs::exists(not_ours));
  EXPECT_TRUE(fs::exists(not_ours_either));
}

}  // namespace
}  // namespace cwt::cli::testing
