#include "person.hpp"

#include <array>
#include <cstdio>
#include <stdexcept>

#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "names.hpp"
#include "places.hpp"

namespace cwt::demo_detail {
namespace {

std::string digits(Rng& rng, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text.push_back(static_cast<char>('0' + rng.between(0, 9)));
  return text;
}

std::string_view code_at_birth(const District& district, Date birth) {
  return district.old_code.empty() || birth.year() >= district.code_since ? district.region_code
                                                                          : district.old_code;
}

// Mostly born in the district they work in, some elsewhere in Tianjin, a few
// outside it.
std::string_view home_region(Rng& rng, std::size_t district, Date birth) {
  const auto all = districts();
  constexpr std::array<int, 3> kWeights{85, 10, 5};
  switch (rng.weighted(kWeights)) {
    case 0:
      return code_at_birth(all[district], birth);
    case 1:
      return code_at_birth(rng.pick(all), birth);
    default:
      return rng.pick(other_region_codes());
  }
}

std::string pick_weighted(Rng& rng, std::span<const Weighted> items) {
  std::array<int, 64> weights{};
  for (std::size_t i = 0; i < items.size(); ++i) weights[i] = items[i].weight;
  return std::string(items[rng.weighted(std::span(weights.data(), items.size()))].text);
}

std::string name_for(Rng& rng, Gender gender) {
  std::string name = pick_weighted(rng, surnames());
  const auto characters =
      gender == Gender::female ? given_characters_female() : given_characters_male();
  name += rng.pick(characters);
  if (rng.percent(70)) name += rng.pick(characters);
  return name;
}

std::optional<PoliticalStatus> political_status_for(Rng& rng, Position position, int age) {
  using S = PoliticalStatus;
  constexpr std::array<S, 6> kStatuses{S::party_member, S::probationary_member, S::league_member,
                                       S::masses,       S::democratic_party,    S::non_partisan};
  if (rng.percent(2)) return std::nullopt;  // not recorded
  const bool young = age <= 28;             // League members leave at 28
  std::array<int, 6> weights{};
  if (is_leader(position) || position == Position::deputy_secretary)
    weights = {92, 3, 0, 3, 1, 1};
  else if (employment_of(position) == Employment::elected)
    weights = {65, 5, young ? 5 : 0, 22, 2, 1};
  else
    weights = {30, 5, young ? 25 : 0, 36, 2, 2};
  return kStatuses[rng.weighted(weights)];
}

std::optional<Education> education_for(Rng& rng, Date birth) {
  using E = Education;
  constexpr std::array<E, 4> kLevels{E::postgraduate, E::bachelor, E::college, E::below_college};
  if (rng.percent(2)) return std::nullopt;
  std::array<int, 4> weights{1, 20, 44, 35};
  if (birth.year() >= 1985)
    weights = {8, 62, 27, 3};
  else if (birth.year() >= 1970)
    weights = {3, 45, 40, 12};
  return kLevels[rng.weighted(weights)];
}

}  // namespace

std::string IdRegistry::issue(Rng& rng, std::string_view region_code, Date birth, Gender gender) {
  std::array<char, 16> date{};
  std::snprintf(date.data(), date.size(), "%04d%02d%02d", static_cast<int>(birth.year()),
                static_cast<int>(birth.month()), static_cast<int>(birth.day()));
  // 499 numbers per region, day and gender: a few tries always find one free.
  for (int attempt = 0; attempt < 10000; ++attempt) {
    // The sequence number is odd for men and even for women.
    const int sequence = rng.between(1, 499) * 2 + (gender == Gender::male ? 1 : 0);
    std::array<char, 8> tail{};
    std::snprintf(tail.data(), tail.size(), "%03d", sequence);
    std::string number = std::string(region_code) + date.data() + tail.data();
    number.push_back(id_check_character(number));
    if (taken_.insert(number).second) return number;
  }
  throw std::runtime_error(tr("demo: no free ID number left for region {1}", region_code));
}

void fill_person(Worker& worker, Rng& rng, std::size_t district, Date today, IdRegistry& ids) {
  worker.id_number = ids.issue(rng, home_region(rng, district, worker.birth_date),
                               worker.birth_date, worker.gender);
  worker.name = name_for(rng, worker.gender);
  worker.ethnicity = pick_weighted(rng, ethnicities());
  worker.political_status =
      political_status_for(rng, worker.position, age_on(worker.birth_date, today));
  worker.education = education_for(rng, worker.birth_date);
  if (rng.percent(1)) {
    worker.phone.clear();  // not given
  } else {
    worker.phone = std::string(rng.pick(mobile_prefixes()));
    worker.phone += digits(rng, 8);
  }
}

}  // namespace cwt::demo_detail
