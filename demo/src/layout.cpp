#include "layout.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "calendar.hpp"
#include "places.hpp"
#include "rng.hpp"

namespace cwt::demo_detail {
namespace {

using P = Position;

void add(std::vector<Slot>& roster, Position position, int count, bool leaver = false) {
  for (int i = 0; i < count; ++i) roster.push_back({position, leaver, nullptr});
}

void add_leavers(Rng& rng, std::vector<Slot>& roster) {
  constexpr std::array<int, 3> kWeights{45, 40, 15};
  constexpr std::array<Position, 3> kPositions{P::community_staff, P::grid_worker,
                                               P::committee_member};
  const int count = rng.between(0, 2);
  for (int i = 0; i < count; ++i) add(roster, kPositions[rng.weighted(kWeights)], 1, true);
}

// A community's workers: the leadership (mostly one person as secretary and
// director, 一肩挑), deputies, committee members, then hired staff and grid
// workers; some who have left.
std::vector<Slot> random_roster(Rng& rng) {
  std::vector<Slot> roster;
  if (rng.percent(75)) {
    add(roster, P::secretary_director, 1);
  } else {
    add(roster, P::party_secretary, 1);
    add(roster, P::committee_director, 1);
  }
  add(roster, P::deputy_secretary, rng.percent(40) ? 1 : 0);
  add(roster, P::deputy_director, rng.percent(60) ? 1 : 0);
  add(roster, P::committee_member, rng.between(2, 4));
  add(roster, P::community_staff, rng.between(3, 7));
  add(roster, P::grid_worker, rng.between(2, 6));
  add_leavers(rng, roster);
  return roster;
}

// The profiles, then enough others to make an ordinary community.
std::vector<Slot> first_roster(Rng& rng) {
  std::vector<Slot> roster;
  for (const auto& profile : guaranteed_profiles())
    roster.push_back({profile.position, false, &profile});
  add(roster, P::deputy_secretary, rng.percent(40) ? 1 : 0);
  add(roster, P::committee_member, rng.between(1, 2));
  add(roster, P::community_staff, rng.between(1, 4));
  add(roster, P::grid_worker, rng.between(1, 4));
  add_leavers(rng, roster);
  return roster;
}

// Streets in turns across the districts, so that a small demo still spans
// several districts.
std::vector<Street> interleaved_streets() {
  std::vector<Street> streets;
  for (std::size_t round = 0;; ++round) {
    const std::size_t before = streets.size();
    for (std::size_t d = 0; d < districts().size(); ++d)
      if (round < districts()[d].streets.size())
        streets.push_back({d, std::string(districts()[d].streets[round])});
    if (streets.size() == before) return streets;
  }
}

std::vector<Date> election_days(Rng& rng, Date today) {
  const int offset = rng.between(0, 75);  // communities of a city vote over some weeks
  std::vector<Date> days;
  for (int year : election_years(today.year())) {
    const Date day = plus_days(make_date(year, 4, 1), offset);
    if (day <= today) days.push_back(day);
  }
  return days;
}

}  // namespace

Layout plan_layout(int workers, std::uint64_t seed, Date today) {
  Layout layout;
  Rng roster_rng(seed, Stream::roster, 0);
  int remaining = workers;
  while (remaining > 0) {
    Site site;
    site.slots = layout.sites.empty() ? first_roster(roster_rng) : random_roster(roster_rng);
    if (static_cast<int>(site.slots.size()) > remaining)
      site.slots.resize(static_cast<std::size_t>(remaining));
    remaining -= static_cast<int>(site.slots.size());
    layout.sites.push_back(std::move(site));
  }

  // About ten communities per street, as many streets as that takes.
  std::vector<Street> all_streets = interleaved_streets();
  const std::size_t site_count = layout.sites.size();
  const std::size_t street_count =
      std::clamp<std::size_t>((site_count + 9) / 10, 1, all_streets.size());
  all_streets.resize(street_count);
  layout.streets = std::move(all_streets);

  Rng site_rng(seed, Stream::sites, 0);
  std::size_t next_site = 0;
  for (std::size_t s = 0; s < street_count; ++s) {
    const std::size_t count = site_count / street_count + (s < site_count % street_count ? 1 : 0);
    const Street& street = layout.streets[s];
    std::set<std::pair<std::size_t, std::size_t>> used_names;
    for (std::size_t k = 0; k < count; ++k) {
      Site& site = layout.sites[next_site++];
      std::pair<std::size_t, std::size_t> name;
      do {
        name.first = static_cast<std::size_t>(
            site_rng.between(0, static_cast<int>(community_prefixes().size()) - 1));
        name.second = static_cast<std::size_t>(
            site_rng.between(0, static_cast<int>(community_suffixes().size()) - 1));
      } while (!used_names.insert(name).second);
      site.district = street.district;
      site.street = s;
      site.org.district = std::string(districts()[street.district].name);
      site.org.street = street.name;
      site.org.community = std::string(community_prefixes()[name.first]) +
                           std::string(community_suffixes()[name.second]) + "社区";
      site.elections = election_days(site_rng, today);
    }
  }
  return layout;
}

}  // namespace cwt::demo_detail
