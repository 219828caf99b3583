#include "cli_app.hpp"

#include <CLI/CLI.hpp>
#include <optional>

#include "commands.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/failure_log.hpp"
#include "cwt/platform/message_catalog.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/storage/sqlite_store.hpp"

namespace cwt::cli {
namespace {

std::string selected_usage(const CLI::App& app) {
  const auto selected = app.get_subcommands();
  if (selected.empty())
    return tr(
        "usage: cwtrack-cli [--db FILE] COMMAND [OPTIONS]   (cwtrack-cli --help lists the "
        "commands)");
  std::string path;
  for (const CLI::App* sub = selected.front(); sub;) {
    path += (path.empty() ? "" : " ") + sub->get_name();
    const auto next = sub->get_subcommands();
    sub = next.empty() ? nullptr : next.front();
  }
  // TRANSLATORS: {1} is a command such as "import workers".
  return tr("usage: cwtrack-cli [--db FILE] {1} [OPTIONS]   (cwtrack-cli {1} --help for details)",
            path);
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
  std::string choices = names.empty() ? std::string() : names.front();
  for (std::size_t i = 1; i + 1 < names.size(); ++i) choices += ", " + names[i];
  // TRANSLATORS: joins the last of a list of command names: "show or set".
  if (names.size() > 1) choices = tr("{1} or {2}", choices, names.back());
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
  // TRANSLATORS: {1} is the command typed ("cwtrack-cli import"), {2} its
  // subcommands ("workers, exams or training").
  if (given.empty()) return tr("{1}: name one of {2}", path, choices);
  // TRANSLATORS: {3} is the word typed instead, in quotes.
  return tr("{1}: name one of {2} ({3} is none of them)", path, choices, shown(given));
}

// The text after "NAME: " in a CLI11 message about the option NAME, or
// nothing when the message does not have that form.
std::optional<std::pair<std::string, std::string>> option_and_rest(std::string_view what) {
  const auto colon = what.find(": ");
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  return std::pair{std::string(what.substr(0, colon)), std::string(what.substr(colon + 2))};
}

// CLI11 words its parse errors in English only. Those the command line can
// raise are said again here, in the same English, so that they are
// translated; anything else keeps CLI11's words.
std::string parse_error_text(const CLI::ParseError& error) {
  const std::string what = error.what();
  // By class: CLI11 names an ExtrasError after the command, not the class.
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    for (const bool several : {false, true}) {
      const std::string_view lead = several ? "The following arguments were not expected: "
                                            : "The following argument was not expected: ";
      if (!what.starts_with(lead)) continue;
      const std::string words = what.substr(lead.size());
      // CLI11 lists the words last first, separated by blanks.
      return trn("The following argument was not expected: {1}",
                 "The following arguments were not expected: {1}", several ? 2 : 1, words);
    }
  } else if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    constexpr std::string_view tail = " is required";
    if (what.ends_with(tail) && what.size() > tail.size())
      // TRANSLATORS: {1} is an option or argument, such as --workers or FILE.
      return tr("{1} is required", what.substr(0, what.size() - tail.size()));
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    if (const auto parts = option_and_rest(what)) {
      const auto& [option, rest] = *parts;
      // "--as-of: 1 required TEXT:DATE missing": the option without its value.
      constexpr std::string_view required = " required ", missing = " missing";
      const auto count_end = rest.find_first_not_of("0123456789");
      if (count_end > 0 && count_end != std::string::npos &&
          rest.compare(count_end, required.size(), required) == 0 && rest.ends_with(missing)) {
        const auto type_start = count_end + required.size();
        if (type_start + missing.size() <= rest.size())
          // TRANSLATORS: {2} is a count of values, {3} their type (TEXT, INT,
          // TEXT:DATE...): "--as-of: 1 required TEXT:DATE missing".
          return tr("{1}: {2} required {3} missing", option, rest.substr(0, count_end),
                    rest.substr(type_start, rest.size() - type_start - missing.size()));
      }
      // "--format: At Most 1 required but received 2": the option given twice.
      constexpr std::string_view at_most = "At Most ", received = " required but received ";
      const auto but = rest.find(received);
      if (rest.starts_with(at_most) && but != std::string::npos)
        // TRANSLATORS: "--format: At Most 1 required but received 2": the
        // option was given more often than it may be.
        return tr("{1}: At Most {2} required but received {3}", option,
                  rest.substr(at_most.size(), but - at_most.size()),
                  rest.substr(but + received.size()));
    }
  } else if (dynamic_cast<const CLI::ConversionError*>(&error)) {
    constexpr std::string_view lead = "Could not convert: ";
    const auto equals = what.find(" = ");
    if (what.starts_with(lead) && equals != std::string::npos)
      // TRANSLATORS: "Could not convert: --event = abc": {2} is not a number.
      return tr("Could not convert: {1} = {2}", what.substr(lead.size(), equals - lead.size()),
                what.substr(equals + 3));
  } else if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    // "NAME: " and the words of our validators (date_validator, one_of,
    // number_in), already in the officer's language.
    if (const auto parts = option_and_rest(what))
      // TRANSLATORS: {1} is an option (--as-of), {2} what is wrong with its value.
      return tr("{1}: {2}", parts->first, parts->second);
  }
  return what;
}

// A subcommand makes its help flag before it takes the app's option
// defaults: move the flag into the (translated) group of the other options.
void help_flags_into(CLI::App& command, const std::string& group) {
  for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) {
    if (CLI::Option* help = sub->get_help_ptr()) help->group(group);
    help_flags_into(*sub, group);
  }
}

// --lang's value, read before the parser runs (which checks it again).
std::optional<Language> language_option(const std::vector<std::string>& arguments) {
  std::optional<Language> language;
  for (std::size_t i = 1; i < arguments.size(); ++i) {
    std::string value;
    if (arguments[i] == "--lang" && i + 1 < arguments.size())
      value = arguments[i + 1];
    else if (arguments[i].starts_with("--lang="))
      value = arguments[i].substr(7);
    if (value == "en") language = Language::en;
    if (value == "zh" || value == "zh_CN") language = Language::zh;
  }
  return language;
}

// The command as typed, without the program's name.
std::string command_text(const std::vector<std::string>& arguments) {
  std::string text;
  for (std::size_t i = 1; i < arguments.size(); ++i) text += (i > 1 ? " " : "") + arguments[i];
  return text;
}

// A failure in the database's own words (the SQL that failed, SQLite's
// message) goes to the log for whoever supports the officer, not on screen.
void log_failure(const std::vector<std::string>& arguments, std::string_view detail) {
  cwt::log_failure("cwtrack-cli", command_text(arguments), detail);
}

}  // namespace

std::unique_ptr<Store> CommandContext::open_store() const {
  auto store = SqliteStore::open_existing(database_path);
  store->remember_checks_in(checked_files_folder());
  return store;
}

OutputGuard CommandContext::output_guard() const {
  OutputGuard guard;
  guard.database(database_path);
  return guard;
}

void CommandContext::check_output(const OutputGuard& guard, const std::string& output) {
  if (auto why = guard.refusal(output)) throw InputError(*why);
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const auto day = parse_date(text);
        if (!day) return tr("{1} is not a date (YYYY-MM-DD)", shown(text));
        // Deadlines and years are computed from the day: keep it well inside
        // the calendar Boost.Date_Time supports (1400-9999).
        if (day->year() > 2999)
          return tr("{1} is later than the days cwtrack works with (up to 2999-12-31)",
                    to_iso(*day));
        return std::string();
      },
      "DATE");
}

// CLI11's checks with their help text, and their message in the officer's
// language (the English is CLI11's).
CLI::Validator one_of(std::vector<std::string> choices) {
  const CLI::Validator member = CLI::IsMember(choices);
  std::string listed;
  for (const auto& choice : choices) listed += (listed.empty() ? "" : ",") + choice;
  return CLI::Validator(
      [member, listed = "{" + listed + "}"](std::string& text) {
        // TRANSLATORS: "xml not in {table,csv,json}": {2} lists the values allowed.
        return member(text).empty() ? std::string() : tr("{1} not in {2}", text, listed);
      },
      member.get_description());
}

CLI::Validator number_in(int low, int high) {
  const CLI::Validator range = CLI::Range(low, high);
  return CLI::Validator(
      [range, low, high](std::string& text) {
        return range(text).empty() ? std::string()
                                   : tr("Value {1} not in range {2} to {3}", text, low, high);
      },
      range.get_description());
}

int run_cli(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
            Date today, Language system_language) {
  // Its sentences name setting keys and codes beside their names: the
  // command line's user types those. Back as it was at return (the GUI
  // tests run the command line in the program's process).
  struct CommandLineReader {
    Reader before = message_reader();
    CommandLineReader() { set_message_reader(Reader::command_line); }
    ~CommandLineReader() { set_message_reader(before); }
    CommandLineReader(const CommandLineReader&) = delete;
    CommandLineReader& operator=(const CommandLineReader&) = delete;
  } reader;
  // The language is needed before parsing: the help and the parser's own
  // messages are in it too.
  const std::optional<Language> asked = language_option(arguments);
  use_message_language(asked.value_or(system_language));
  CommandContext context{default_database_path(),      out, err, today,
                         asked.value_or(Language::zh), {}};
  CLI::App app{tr("cwtrack: community workers' certification deadlines and training hours"),
               "cwtrack-cli"};
  // The help's own words; the subcommands share the formatter and take the
  // groups' names and the help flag from the app as they are added. The
  // markers beside the options (TEXT, INT, REQUIRED) stay: CLI11 pads that
  // column by bytes, and Chinese in it would misalign the descriptions.
  const auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("Positionals", tr("Positionals"));
  app.option_defaults()->group(tr("Options"));
  app.group(tr("Subcommands"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  // CLI11 reads "/x" as an option on Windows by default: an absolute path
  // given as /tmp/a.csv (Wine, MSYS) would vanish. Options are --x everywhere.
  app.allow_windows_style_options(false);
  app.set_version_flag("--version", std::string("cwtrack-cli ") + CWTRACK_VERSION,
                       tr("Display program version information and exit"));
  app.add_option("--db", context.database_path, tr("Database file"))
      ->default_str(context.database_path);
  std::string language;
  app.add_option("--lang", language,
                 tr("Language of messages and tables: zh (zh_CN) or en; messages default to "
                    "the system's, tables to Chinese"))
      ->check(one_of({"zh", "zh_CN", "en"}));
  app.require_subcommand(1);
  app.fallthrough();
  add_init_command(app, context);
  add_settings_command(app, context);
  add_import_command(app, context);
  add_status_command(app, context);
  add_demo_command(app, context);
  add_record_commands(app, context);
  add_event_command(app, context);
  add_report_command(app, context);
  add_export_command(app, context);
  add_plan_command(app, context);
  help_flags_into(app, app.option_defaults()->get_group());

  try {
    // CLI11 takes the arguments last first, without the program name.
    std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());
    if (!reversed.empty()) reversed.pop_back();
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error, out, err);  // --help, --version
    const std::string what = error.what();
    err << (what == "A subcommand is required"
                ? missing_subcommand_message(app, arguments)
                : "cwtrack-cli: " + escaped(parse_error_text(error), 300))
        << '\n'
        << selected_usage(app) << '\n';
    return exit_usage;
  }

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
    // TRANSLATORS: {1} is the command typed, {2} the database file.
    err << tr("cwtrack-cli: not enough memory to finish {1} on {2}; nothing was changed. Close "
              "other programs, or split the file into smaller ones",
              shown(command_text(arguments)), context.database_path)
        << '\n';
  } catch (const std::out_of_range& error) {  // Boost.Date_Time's calendar limits
    // TRANSLATORS: {1} is Boost's own English message about the date.
    err << tr("cwtrack-cli: a date given or stored is outside the calendar cwtrack works with "
              "({1}); nothing was changed",
              escaped(error.what(), 100))
        << '\n';
    log_failure(arguments, error.what());
  } catch (const std::exception& error) {  // anything unforeseen
    err << "cwtrack-cli: " << escaped(error.what(), 300) << '\n';
    log_failure(arguments, error.what());
  }
  return exit_bad_input;
}

}  // namespace cwt::cli
