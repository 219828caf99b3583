#pragma once
// The local time zone as the system keeps it, for showing the times the
// programs store in UTC (the audit log's) as the clock on the officer's wall
// showed them.
#include <cstdint>

namespace cwt {

// Minutes east of UTC of the local time zone at the instant `utc_seconds`
// (seconds since 1970-01-01 UTC): 480 in Beijing; daylight saving as the
// zone has it on that day. The C runtime's zone: TZ when set (on Windows in
// its own form, "CST-8"), the system's otherwise (Windows: its time zone
// setting). 0 when the instant cannot be converted.
int local_utc_offset_minutes(std::int64_t utc_seconds);

}  // namespace cwt
