#pragma once
// Who is running the program, for the audit log.
#include <string>

namespace cwt {

// The operating system's login name as UTF-8 (Windows: GetUserNameW; POSIX:
// the password entry of the effective user, else $USER); "unknown" when
// neither says.
std::string os_user_name();

}  // namespace cwt
