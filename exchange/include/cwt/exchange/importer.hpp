#pragma once
// CSV import: a file becomes a ChangeSet, all or nothing. Every row is
// validated and every problem is listed with its line and column; the change
// is filled only when there is none.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/exchange/record_fields.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/model/store.hpp"

namespace cwt {

enum class ImportKind { workers, positions, exams, certificates, training };

// "workers", "positions", "exams", "certificates", "training".
std::optional<ImportKind> parse_import_kind(std::string_view text);
std::string_view import_kind_name(ImportKind kind);

// The columns of a file of that kind (DOMAIN.md's order).
std::span<const FieldSpec> import_fields(ImportKind kind);

struct ImportProblem {
  std::string file;         // as given, UTF-8
  int line = 0;             // 1-based physical line; 0 for the file as a whole
  int column = 0;           // 1-based; 0 for a whole row or the header
  std::string column_name;  // the header as written in the file
  std::string message;
  // "FILE: line L, column C (NAME): reason", without the column part for a
  // whole row or the header and without the line part for the whole file;
  // in the program's language, like `message`.
  std::string to_string() const;
};

struct ImportPlan {
  ChangeSet change;  // empty unless `problems` is
  // In file order. Repeats are summarised so that the list stays readable
  // whatever the file: at most kMaxProblemsPerColumn per column, then one
  // line counting the rest of that column, and at most kMaxProblemsListed in
  // all, then one line counting the rest.
  std::vector<ImportProblem> problems;
  std::size_t problem_count = 0;  // every problem found, listed or not
  std::size_t rows = 0;           // data rows read (blank rows not counted)
};

inline constexpr std::size_t kMaxProblemsPerColumn = 10;
inline constexpr std::size_t kMaxProblemsListed = 100;

// Reads, decodes (UTF-8 with or without BOM, GB18030) and checks `file`.
// Headers in English or Chinese, in any order; unknown columns are ignored.
// ID numbers of positions, exams, certificates and training rows must be in
// `known_id_numbers` (18-character form). A file without a header, or with a
// header and no data row, is a problem (most likely the wrong file).
// `policy` supplies the limits a record must keep (max_record_hours).
ImportPlan plan_import(ImportKind kind, const std::filesystem::path& file,
                       const std::set<std::string>& known_id_numbers, Date today,
                       const Policy& policy);

// The same for bytes already read; `file_label` names them in problems. The
// whole reading path (decoding, header matching, row validation) without the
// file system: what the fuzz target drives.
ImportPlan plan_import_bytes(ImportKind kind, std::string_view bytes, const std::string& file_label,
                             const std::set<std::string>& known_id_numbers, Date today,
                             const Policy& policy);

}  // namespace cwt
