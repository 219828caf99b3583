#pragma once
// What differs between Windows and POSIX at the edges of the programs:
// where the default database lives, how arguments and console text are
// encoded. Everything inside the program is UTF-8.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cwt {

// Makes the console show UTF-8 (Windows: code page 65001, binary stdout so
// output bytes match the Linux build); no-op elsewhere.
void set_up_console();

// The program's arguments as UTF-8 (Windows: from the wide command line, never
// the ANSI code page).
std::vector<std::string> utf8_arguments(int argc, char** argv);

// %APPDATA%\cwtrack\cwtrack.cwt on Windows, $XDG_DATA_HOME/cwtrack/cwtrack.cwt
// (default ~/.local/share) elsewhere.
std::string default_database_path();

// The program's own per-user folder for what it may lose without harm:
// $CWTRACK_CACHE_DIR when set (tests), else %LOCALAPPDATA%\cwtrack on
// Windows and $XDG_CACHE_HOME/cwtrack (default ~/.cache/cwtrack) elsewhere.
std::filesystem::path cache_folder();
// Below it: which database files were checked for damage ("checked"), and
// the log of what failed in the database's own terms ("cwtrack.log").
std::string checked_files_folder();
std::filesystem::path log_file();

// A path from UTF-8 text, whatever the platform's narrow encoding.
std::filesystem::path path_from_utf8(std::string_view utf8);
std::string utf8_from_path(const std::filesystem::path& path);

// A path for C libraries that open files by a narrow name (libxlsxwriter,
// PoDoFo's font loading): on Windows the ANSI code page's bytes, which the C
// runtime's fopen reads (a Chinese Windows spells Chinese names in it), or
// the 8.3 short name of an existing file or folder when a character is not
// in that code page; nothing when neither works. Elsewhere the path's bytes.
std::optional<std::string> narrow_path_for_c_libraries(const std::filesystem::path& path);

}  // namespace cwt
