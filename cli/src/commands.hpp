#pragma once
// Each subcommand registers itself on the app and sets CommandContext::action
// when parsed; the action runs after parsing has succeeded.
#include <CLI/CLI.hpp>

#include "command_context.hpp"
#include "cwt/reports/document.hpp"

namespace cwt::cli {

void add_init_command(CLI::App& app, CommandContext& context);
void add_settings_command(CLI::App& app, CommandContext& context);
void add_import_command(CLI::App& app, CommandContext& context);
void add_status_command(CLI::App& app, CommandContext& context);
void add_demo_command(CLI::App& app, CommandContext& context);
void add_record_commands(CLI::App& app, CommandContext& context);  // worker, exam, cert, training
void add_event_command(CLI::App& app, CommandContext& context);
void add_report_command(CLI::App& app, CommandContext& context);
void add_export_command(CLI::App& app, CommandContext& context);
void add_plan_command(CLI::App& app, CommandContext& context);

// Writes a report document as pdf, xlsx, csv or html to `output`, whole or
// not at all (a PDF laid out with the report fonts; characters in neither
// font counted on stderr); a failure is an InputError.
// The help of --unit (report, plan report): 填报单位 as the officer gives it.
std::string unit_help();
void write_report(CommandContext& context, const reports::Document& document,
                  const std::string& format, const std::string& output);

// A CLI11 check accepting the date formats of DOMAIN.md.
CLI::Validator date_validator();
// CLI::IsMember and CLI::Range, saying what is wrong in the officer's language.
CLI::Validator one_of(std::vector<std::string> choices);
CLI::Validator number_in(int low, int high);

}  // namespace cwt::cli
