#pragma once
// The schema as a numbered list of migrations. Migration N turns a file at
// user_version N-1 into one at N; a released migration never changes, a new
// schema version appends one.
#include <span>
#include <string_view>

namespace cwt {

struct Migration {
  int version;           // the user_version the file has after this step
  std::string_view sql;  // DDL (and data moves) only; never values from input
};

// The program's own list, versions 1..N without gaps.
std::span<const Migration> schema_migrations();

}  // namespace cwt
