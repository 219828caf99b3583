#include "field_options.hpp"

#include <algorithm>

#include "cwt/model/messages.hpp"

namespace cwt::cli {

std::string option_name(std::string_view field) {
  std::string name = "--" + std::string(field);
  std::ranges::replace(name, '_', '-');
  return name;
}

FieldOptions::FieldOptions(CLI::App& command, std::span<const FieldSpec> fields,
                           bool enforce_required, std::vector<std::string_view> skip) {
  for (const auto& field : fields) {
    if (std::ranges::find(skip, field.name) != skip.end()) continue;
    auto value = std::make_shared<std::optional<std::string>>();
    std::string help = std::string(field.name);
    if (!field.headers_zh.empty()) help += " (" + std::string(field.headers_zh.front()) + ")";
    auto* option = command.add_option(option_name(field.name), *value, help);
    if (enforce_required && field.required) option->required();
    values_.emplace_back(std::string(field.name), std::move(value));
  }
}

FieldValues FieldOptions::given() const {
  FieldValues fields;
  for (const auto& [name, value] : values_)
    if (value->has_value()) fields.emplace_back(name, **value);
  return fields;
}

std::vector<std::string> describe(std::string_view command, const Problems& problems) {
  std::vector<std::string> lines;
  for (const auto& problem : problems)
    lines.push_back(problem.field.empty()
                        // TRANSLATORS: {1} is the command ("event attend"), {2} the problem.
                        ? tr("{1}: {2}; nothing changed", command, problem.message)
                        // TRANSLATORS: "worker add: --hire-date: <the problem>; nothing
                        // changed": {1} is the command, {2} the option, {3} what is wrong
                        // with its value.
                        : tr("{1}: {2}: {3}; nothing changed", command, option_name(problem.field),
                             problem.message));
  return lines;
}

}  // namespace cwt::cli
