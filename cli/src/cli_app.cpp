#include "cli_app.hpp"

#include <CLI/CLI.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <filesystem>
#include <fstream>

#include "commands.hpp"
#include "cwt/model/text.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::cli {
namespace {

constexpr const char* usage_line =
    "usage: cwtrack-cli [--db FILE] COMMAND [OPTIONS]   (cwtrack-cli --help lists the commands)";

std::string selected_usage(const CLI::App& app) {
  const auto selected = app.get_subcommands();
  if (selected.empty()) return usage_line;
  std::string path;
  for (const CLI::App* sub = selected.front(); sub;) {
    path += " " + sub->get_name();
    const auto next = sub->get_subcommands();
    sub = next.empty() ? nullptr : next.front();
  }
  return "usage: cwtrack-cli [--db FILE]" + path + " [OPTIONS]   (cwtrack-cli" + path +
         " --help for details)";
}

// "A subcommand is required" says neither which command wanted one nor what
// the choices are: name both, and the word given instead when there was one.
std::string missing_subcommand_message(const CLI::App& app,
                                       const std::vector<std::string>& arguments) {
  const CLI::App* parent = &app;
  std::string path = "cwtrack-cli";
  for (auto selected = app.get_subcommands(); !selected.empty();
       selected = parent->get_subcommands()) {
    parent = selected.front();
    path += " " + parent->get_name();
  }
  std::vector<std::string> names;
  for (const CLI::App* sub : parent->get_subcommands({}))
    if (!sub->get_name().empty()) names.push_back(sub->get_name());
  std::string choices;
  for (std::size_t i = 0; i < names.size(); ++i)
    choices += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  // The word after the command's own name, when it is not an option.
  std::string given;
  const auto at = std::ranges::find(arguments, parent->get_name());
  if (parent != &app && at != arguments.end() && at + 1 != arguments.end() &&
      !(at + 1)->starts_with("-"))
    given = *(at + 1);
  if (parent == &app && arguments.size() > 1) {
    for (std::size_t i = 1; i < arguments.size(); ++i) {
      if (arguments[i].starts_with("-")) {
        if (arguments[i] == "--db" || arguments[i] == "--lang") ++i;
        continue;
      }
      given = arguments[i];
      break;
    }
  }
  std::string message = path + ": name one of " + choices;
  if (!given.empty()) message += " (" + shown(given) + " is none of them)";
  return message;
}

// The command as typed, without the program's name.
std::string command_text(const std::vector<std::string>& arguments) {
  std::string text;
  for (std::size_t i = 1; i < arguments.size(); ++i) text += (i > 1 ? " " : "") + arguments[i];
  return text;
}

// A failure in the database's own words (the SQL that failed, SQLite's
// message) goes to the log for whoever supports the officer, not on screen.
// Best effort: a log that cannot be written is no reason to fail further.
void log_failure(const std::vector<std::string>& arguments, std::string_view detail) {
  std::error_code error;
  const auto path = log_file();
  std::filesystem::create_directories(path.parent_path(), error);
  // Kept small: a log over 1 MB is renamed cwtrack.log.old and begun anew.
  if (std::filesystem::file_size(path, error) > 1024 * 1024 && !error) {
    auto old = path;
    old += ".old";
    std::filesystem::rename(path, old, error);
  }
  std::ofstream log(path, std::ios::app | std::ios::binary);
  const auto now = boost::posix_time::second_clock::universal_time();
  log << boost::posix_time::to_iso_extended_string(now) << "Z  cwtrack-cli "
      << escaped(command_text(arguments), 300) << "  " << escaped(detail, 2000) << '\n';
}

}  // namespace

std::unique_ptr<Store> CommandContext::open_store() const {
  auto store = SqliteStore::open_existing(database_path);
  store->remember_checks_in(checked_files_folder());
  return store;
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const auto day = parse_date(text);
        if (!day) return shown(text) + " is not a date (YYYY-MM-DD)";
        // Deadlines and years are computed from the day: keep it well inside
        // the calendar Boost.Date_Time supports (1400-9999).
        if (day->year() > 2999)
          return to_iso(*day) + " is later than the days cwtrack works with (up to 2999-12-31)";
        return std::string();
      },
      "DATE");
}

int run_cli(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
            Date today) {
  CommandContext context{default_database_path(), out, err, today, Language::zh, {}};
  CLI::App app{"cwtrack: community workers' certification deadlines and training hours",
               "cwtrack-cli"};
  // CLI11 reads "/x" as an option on Windows by default: an absolute path
  // given as /tmp/a.csv (Wine, MSYS) would vanish. Options are --x everywhere.
  app.allow_windows_style_options(false);
  app.set_version_flag("--version", std::string("cwtrack-cli ") + CWTRACK_VERSION);
  app.add_option("--db", context.database_path, "Database file")
      ->default_str(context.database_path);
  std::string language = "zh";
  app.add_option("--lang", language, "Language of table output")
      ->check(CLI::IsMember({"zh", "en"}))
      ->default_str("zh");
  app.require_subcommand(1);
  app.fallthrough();
  add_init_command(app, context);
  add_settings_command(app, context);
  add_import_command(app, context);
  add_status_command(app, context);
  add_demo_command(app, context);
  add_record_commands(app, context);
  add_event_command(app, context);

  try {
    // CLI11 takes the arguments last first, without the program name.
    std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());
    if (!reversed.empty()) reversed.pop_back();
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error, out, err);  // --help, --version
    const std::string what = error.what();
    err << (what == "A subcommand is required" ? missing_subcommand_message(app, arguments)
                                               : "cwtrack-cli: " + escaped(what, 300))
        << '\n'
        << selected_usage(app) << '\n';
    return exit_usage;
  }
  context.language = language == "en" ? Language::en : Language::zh;

  try {
    context.action();
    return exit_ok;
  } catch (const InputError& error) {
    for (const auto& line : error.lines()) err << line << '\n';
  } catch (const UsageError& error) {
    err << "cwtrack-cli: " << error.what() << '\n' << selected_usage(app) << '\n';
    return exit_usage;
  } catch (const StoreError& error) {
    err << "cwtrack-cli: " << error.what() << '\n';
    if (!error.detail().empty()) log_failure(arguments, error.detail());
  } catch (const std::bad_alloc&) {
    err << "cwtrack-cli: not enough memory to finish " << shown(command_text(arguments)) << " on "
        << context.database_path
        << "; nothing was changed. Close other programs, or split the file into smaller ones\n";
  } catch (const std::out_of_range& error) {  // Boost.Date_Time's calendar limits
    err << "cwtrack-cli: a date given or stored is outside the calendar cwtrack works with ("
        << escaped(error.what(), 100) << "); nothing was changed\n";
    log_failure(arguments, error.what());
  } catch (const std::exception& error) {  // anything unforeseen
    err << "cwtrack-cli: " << escaped(error.what(), 300) << '\n';
    log_failure(arguments, error.what());
  }
  return exit_bad_input;
}

}  // namespace cwt::cli
