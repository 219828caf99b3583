#include "cwt/platform/platform.hpp"

#include <cstdlib>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
// shellapi.h (CommandLineToArgvW) needs windows.h before it: keep it apart
// so that include sorting cannot put it first.
#include <shellapi.h>
#endif

namespace cwt {

std::filesystem::path path_from_utf8(std::string_view utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string utf8_from_path(const std::filesystem::path& path) {
  const std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

#ifdef _WIN32

namespace {
// The ANSI code page's bytes of `wide`, or nothing when a character is not in it.
std::optional<std::string> in_ansi_code_page(const std::wstring& wide) {
  BOOL lossy = FALSE;
  const int size = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, nullptr, 0,
                                       nullptr, &lossy);
  if (size <= 0 || lossy) return std::nullopt;
  std::string text(static_cast<std::size_t>(size - 1), '\0');
  WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, text.data(), size, nullptr,
                      &lossy);
  return lossy ? std::nullopt : std::optional<std::string>(text);
}
}  // namespace

std::optional<std::string> narrow_path_for_c_libraries(const std::filesystem::path& path) {
  if (auto ansi = in_ansi_code_page(path.wstring())) return ansi;
  // The short name of what exists: the file itself, else its folder with
  // the file's own name (which must then be in the code page).
  const auto short_name = [](const std::wstring& wide) -> std::optional<std::wstring> {
    const DWORD size = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (size == 0) return std::nullopt;
    std::wstring out(size, L'\0');
    const DWORD written = GetShortPathNameW(wide.c_str(), out.data(), size);
    if (written == 0 || written >= size) return std::nullopt;
    out.resize(written);
    return out;
  };
  if (auto whole = short_name(path.wstring())) return in_ansi_code_page(*whole);
  if (auto folder = short_name(path.parent_path().wstring()))
    return in_ansi_code_page((std::filesystem::path(*folder) / path.filename()).wstring());
  return std::nullopt;
}

namespace {
std::string narrow(const wchar_t* wide) {
  const int size = WideCharToMultiByte(CP_UTF8, 0, wide, -1, nullptr, 0, nullptr, nullptr);
  std::string text(size > 0 ? static_cast<std::size_t>(size - 1) : 0, '\0');
  if (size > 1) WideCharToMultiByte(CP_UTF8, 0, wide, -1, text.data(), size, nullptr, nullptr);
  return text;
}
}  // namespace

void set_up_console() {
  SetConsoleOutputCP(CP_UTF8);
  SetConsoleCP(CP_UTF8);
  // Text mode would turn "\n" into "\r\n": keep output byte-identical to Linux.
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
}

std::vector<std::string> utf8_arguments(int, char**) {
  int count = 0;
  wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
  std::vector<std::string> arguments;
  for (int i = 0; i < count; ++i) arguments.push_back(narrow(wide[i]));
  LocalFree(wide);
  return arguments;
}

std::filesystem::path cache_folder() {
  if (const wchar_t* own = _wgetenv(L"CWTRACK_CACHE_DIR"); own && *own)
    return std::filesystem::path(own);
  const wchar_t* local = _wgetenv(L"LOCALAPPDATA");
  std::filesystem::path base = local ? std::filesystem::path(local) : std::filesystem::path(L".");
  return base / L"cwtrack";
}

std::string default_database_path() {
  const wchar_t* app_data = _wgetenv(L"APPDATA");
  std::filesystem::path base =
      app_data ? std::filesystem::path(app_data) : std::filesystem::path(L".");
  return utf8_from_path(base / L"cwtrack" / L"cwtrack.cwt");
}

#else

std::optional<std::string> narrow_path_for_c_libraries(const std::filesystem::path& path) {
  return path.string();
}

void set_up_console() {}

std::vector<std::string> utf8_arguments(int argc, char** argv) {
  return std::vector<std::string>(argv, argv + argc);
}

std::filesystem::path cache_folder() {
  if (const char* own = std::getenv("CWTRACK_CACHE_DIR"); own && *own)
    return std::filesystem::path(own);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::filesystem::path(xdg) / "cwtrack";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "cwtrack";
  return "cwtrack-cache";
}

std::string default_database_path() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = std::filesystem::path(home) / ".local" / "share";
  else
    base = ".";
  return (base / "cwtrack" / "cwtrack.cwt").string();
}

#endif

std::string checked_files_folder() { return utf8_from_path(cache_folder() / "checked"); }

std::filesystem::path log_file() { return cache_folder() / "cwtrack.log"; }

}  // namespace cwt
