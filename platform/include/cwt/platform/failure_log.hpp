#pragma once
// The log of what failed in the database's own words (the SQL that failed,
// SQLite's message, an unforeseen exception), for whoever supports the
// officer: one line per failure in the user's cache folder (log_file():
// %LOCALAPPDATA%\cwtrack\cwtrack.log, ~/.cache/cwtrack/cwtrack.log). Both
// programs write it; the screen shows the officer's message instead.
#include <string>
#include <string_view>

namespace cwt {

// Appends "2026-12-07T06:50:12Z  PROGRAM  CONTEXT  DETAIL" (each escaped and
// cut short). Kept small: past 1 MB the log is renamed cwtrack.log.old and
// begun anew. No ID number is written in full (masked as the reports print
// them). Best effort: a log that cannot be written is no reason to fail
// further, so this never throws.
void log_failure(std::string_view program, std::string_view context,
                 std::string_view detail) noexcept;

// `text` with every ID number in it (18 characters, or the old 15 digits)
// masked: 120101********123X.
std::string without_full_id_numbers(std::string_view text);

}  // namespace cwt
