#include "os_user.hpp"

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#endif

namespace cwt {

#ifdef _WIN32

std::string os_user_name() {
  wchar_t name[256 + 1];  // UNLEN + 1
  DWORD size = static_cast<DWORD>(sizeof name / sizeof name[0]);
  if (!GetUserNameW(name, &size) || size <= 1) return "unknown";
  const int wide_length = static_cast<int>(size - 1);  // size counts the terminating null
  const int bytes =
      WideCharToMultiByte(CP_UTF8, 0, name, wide_length, nullptr, 0, nullptr, nullptr);
  if (bytes <= 0) return "unknown";
  std::string utf8(static_cast<std::size_t>(bytes), '\0');
  WideCharToMultiByte(CP_UTF8, 0, name, wide_length, utf8.data(), bytes, nullptr, nullptr);
  return utf8;
}

#else

std::string os_user_name() {
  // getpwuid is not reentrant, but the audit name is read once per write
  // batch on the thread that writes.
  if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
    return entry->pw_name;
  if (const char* user = std::getenv("USER"); user && *user) return user;
  return "unknown";
}

#endif

}  // namespace cwt
