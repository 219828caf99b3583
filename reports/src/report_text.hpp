#pragma once
// The words of the reports in their two languages. A report's language is
// its own (the officer may print an English copy from a Chinese desktop), so
// its texts are chosen here by the document's language, not looked up in the
// program's message catalog.
#include <string>

#include "cwt/model/codes.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/local_dates.hpp"

namespace cwt::reports {

inline std::string pick(Language language, const char* zh, const char* en) {
  return language == Language::zh ? zh : en;
}

// 2026年6月30日 / 30 Jun 2026, as the title lines print a day.
inline std::string printed_date(Date day, Language language) { return local_date(day, language); }

template <class E>
std::string label_in(E value, Language language) {
  return std::string(label(value, language));
}

}  // namespace cwt::reports
