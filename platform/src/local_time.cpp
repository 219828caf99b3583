#include "cwt/platform/local_time.hpp"

#include <ctime>

namespace cwt {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil): the broken-down local time back to a count, without
// mktime (which would apply the zone again).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace

int local_utc_offset_minutes(std::int64_t utc_seconds) {
  std::tm local{};
#ifdef _WIN32
  _tzset();  // TZ read again: it may have been set since start
  const __time64_t at = utc_seconds;
  if (_localtime64_s(&local, &at) != 0) return 0;
#else
  tzset();
  const std::time_t at = static_cast<std::time_t>(utc_seconds);
  if (!localtime_r(&at, &local)) return 0;
#endif
  const std::int64_t local_seconds =
      days_from_civil(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                      static_cast<unsigned>(local.tm_mday)) *
          86400 +
      local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
  return static_cast<int>((local_seconds - utc_seconds) / 60);
}

}  // namespace cwt
