#pragma once
// Command-line options generated from a record kind's fields (--hire-date for
// hire_date, ...), so that `worker add` and friends accept exactly the CSV
// columns and hand them to the same parser as the import.
#include <CLI/CLI.hpp>
#include <memory>

#include "cwt/exchange/record_fields.hpp"
#include "cwt/model/validation.hpp"

namespace cwt::cli {

class FieldOptions {
 public:
  // Adds one option per field except those in `skip`; required fields become
  // required options when `enforce_required`.
  FieldOptions(CLI::App& command, std::span<const FieldSpec> fields, bool enforce_required,
               std::vector<std::string_view> skip = {});

  // The fields given on the command line (an empty value clears the field).
  FieldValues given() const;

 private:
  std::vector<std::pair<std::string, std::shared_ptr<std::optional<std::string>>>> values_;
};

std::string option_name(std::string_view field);  // hire_date -> --hire-date

// "worker add: --hire-date: the hire date is empty" lines.
std::vector<std::string> describe(std::string_view command, const Problems& problems);

}  // namespace cwt::cli
