#pragma once
// Days as people read and type them in the interface's language:
// 2026年11月29日 / 29 Nov 2026 (the file formats and the command line keep
// ISO dates, dates.hpp).
#include <optional>
#include <string>
#include <string_view>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"

namespace cwt {

// 2026年11月29日 / 29 Nov 2026.
std::string local_date(Date day, Language language);
// A day typed where local_date shows one: either language's form, or any
// form parse_date accepts (2026-11-29, 2026/11/29). Nothing for other text.
std::optional<Date> parse_local_date(std::string_view text);

}  // namespace cwt
