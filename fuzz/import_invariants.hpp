#pragma once
// The invariants every fuzz target of the import checks on the plan it gets
// (docs/fuzzing.md, "Invariants"), whatever the file: problem lines that are
// one short line of valid UTF-8 each, at most 1,000 of them, a change that is
// empty when there are problems and holds one record per row otherwise, and
// stored texts without control characters. A broken one prints what broke
// and traps, which libFuzzer reports as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/text_encoding.hpp"

namespace cwt::fuzz {

inline constexpr std::size_t max_problem_bytes = 1000;  // one problem line
inline constexpr std::size_t max_problem_lines = 1000;  // problems of one file

// Valid 18-character ID numbers (check characters computed by hand, as in
// tests/exchange/support.hpp): records naming them are "on file".
inline const std::set<std::string>& known_id_numbers() {
  static const std::set<std::string> known{"120101198503121230", "120101199001010025",
                                           "120103199208150044", "120104198811200052",
                                           "120101198001010311"};
  return known;
}

// `text` with control bytes, quotes, backslashes and bytes >= 0x80 escaped,
// cut at 300 bytes: safe to print on one line whatever it holds.
inline std::string escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && i < 300; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\\' || byte == '"') {
      out += '\\';
      out += static_cast<char>(byte);
    } else if (byte < 0x20 || byte >= 0x7F) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", byte);
      out += hex;
    } else {
      out += static_cast<char>(byte);
    }
  }
  if (text.size() > 300) out += "...";
  return out;
}

[[noreturn]] inline void fail(const char* invariant, std::string_view what, std::string_view text) {
  std::fprintf(stderr, "\n*** cwtrack fuzz invariant broken: %s\n*** %.*s: \"%s\" (%zu bytes)\n",
               invariant, static_cast<int>(what.size()), what.data(), escaped(text).c_str(),
               text.size());
  std::fflush(stderr);
  __builtin_trap();
}

// The first control byte (C0, and DEL when `del_too`), or npos.
inline std::size_t control_byte(std::string_view text, bool del_too) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || (del_too && byte == 0x7F)) return i;
  }
  return std::string_view::npos;
}

inline void check_problem_line(const std::string& line) {
  if (cwt::invalid_utf8_offset(line)) fail("a problem line is valid UTF-8", "problem", line);
  if (control_byte(line, false) != std::string_view::npos)
    fail("a problem line holds no control character (C0: \\n, \\r, \\t, ...)", "problem", line);
  if (line.size() > max_problem_bytes)
    fail("a problem line is at most 1000 bytes", "problem", line);
}

// A text field of an imported record: valid UTF-8, no C0 control or DEL.
inline void check_field(std::string_view field, const std::string& value) {
  if (cwt::invalid_utf8_offset(value)) fail("a record's text field is valid UTF-8", field, value);
  if (control_byte(value, true) != std::string_view::npos)
    fail("a record's text field holds no control character (C0 or DEL)", field, value);
}

inline void check_plan(const ImportPlan& plan) {
  if (plan.problems.size() > max_problem_lines)
    fail("at most 1000 problem lines", "problem count", std::to_string(plan.problems.size()));
  for (const auto& problem : plan.problems) check_problem_line(problem.to_string());

  const auto& change = plan.change;
  if (!plan.problems.empty()) {
    // importer.hpp: the change is empty unless there are no problems.
    if (!change.empty() || !change.description.empty())
      fail("the change is empty when there are problems", "first problem",
           plan.problems.front().to_string());
    return;
  }

  std::size_t records = change.upsert_workers.size() + change.add_exams.size() +
                        change.add_certificates.size() + change.add_training.size();
  for (const auto& [id, spells] : change.replace_history) records += spells.size();
  if (records != plan.rows || plan.rows == 0)
    fail("without problems, the change holds one record per data row (and there is one)",
         "records / rows", std::to_string(records) + " / " + std::to_string(plan.rows));

  for (const auto& worker : change.upsert_workers) {
    check_field("worker name", worker.name);
    check_field("worker ethnicity", worker.ethnicity);
    check_field("worker phone", worker.phone);
    check_field("worker district", worker.org.district);
    check_field("worker street", worker.org.street);
    check_field("worker community", worker.org.community);
  }
  for (const auto& certificate : change.add_certificates) {
    check_field("certificate number", certificate.number);
    check_field("certificate issuer", certificate.issuer);
  }
  for (const auto& record : change.add_training) {
    check_field("training course", record.course);
    check_field("training provider", record.provider);
  }
}

}  // namespace cwt::fuzz
