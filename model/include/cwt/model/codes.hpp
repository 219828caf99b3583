#pragma once
// The closed vocabularies of DOMAIN.md: each code with its Chinese and English
// label. Every enum has one table (codes.cpp); code(), label_zh(), label_en()
// and parse_code() read that table, so a value is spelled in one place only.
#include <optional>
#include <span>
#include <string_view>

namespace cwt {

enum class Gender { male, female };
enum class Position {
  party_secretary,
  committee_director,
  secretary_director,
  deputy_secretary,
  deputy_director,
  committee_member,
  community_staff,
  grid_worker
};
enum class Employment { elected, hired };
// Where a worker stands on a day: active (hire date reached, no leave date
// reached), not yet started (hire date still to come) or left.
enum class EmploymentState { active, not_started, left };
enum class PoliticalStatus {
  party_member,
  probationary_member,
  league_member,
  masses,
  democratic_party,
  non_partisan
};
enum class Education { postgraduate, bachelor, college, below_college };
enum class ExamKind { national_assistant, national_intermediate, national_senior, city_community };
enum class ExamResult { passed, failed, absent };
enum class CertificateType { national_sw, city_cw, other };
enum class CertificateLevel { assistant, intermediate, senior };
enum class TrainingCategory { induction, quality, practice, skills, academic, continuing };
enum class Proration { none, by_month, by_day };
enum class CertificationStatus { certified, exempt, overdue, due_soon, pending };
enum class TrainingStatus { met, on_track, behind, not_met };
enum class Action { recall, dismiss };
// A worker on a training event's list: signed up, or marked after it.
enum class Attendance { registered, present, absent };
// Whom a planned course is for: leaders (the 40-hour positions), the other
// staff, or everyone.
enum class Audience { leaders, staff, all };

template <class E>
struct CodeEntry {
  E value;
  std::string_view code;
  std::string_view label_zh;
  std::string_view label_en;
  std::string_view alias_zh = {};  // a second Chinese spelling accepted on input
};

// Specialised for every enum above in codes.cpp.
template <class E>
std::span<const CodeEntry<E>> code_table();

template <class E>
const CodeEntry<E>& code_entry(E value) {
  for (const auto& entry : code_table<E>())
    if (entry.value == value) return entry;
  return code_table<E>().front();  // unreachable for a valid enum value
}
template <class E>
std::string_view code(E value) {
  return code_entry(value).code;
}
template <class E>
std::string_view label_zh(E value) {
  return code_entry(value).label_zh;
}
template <class E>
std::string_view label_en(E value) {
  return code_entry(value).label_en;
}

// The languages labels, reports and the programs' texts come in.
enum class Language { zh, en };
template <class E>
std::string_view label(E value, Language language) {
  return language == Language::zh ? label_zh(value) : label_en(value);
}

// A code, its Chinese label or the Chinese alias, blanks around it ignored;
// codes are matched case-insensitively.
template <class E>
std::optional<E> parse_code(std::string_view text);

// Positions: elected (选任) or hired (聘用), and whether a leader (40 hours).
Employment employment_of(Position position);
bool is_leader(Position position);

}  // namespace cwt
