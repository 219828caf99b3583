#pragma once
// Where the demo's workers work: streets taken in turn from each district,
// communities within them, and each community's roster of positions.
#include <cstdint>
#include <string>
#include <vector>

#include "cwt/model/records.hpp"
#include "profiles.hpp"

namespace cwt::demo_detail {

struct Slot {
  Position position = Position::community_staff;  // now, or when the worker left
  bool leaver = false;
  const Profile* profile = nullptr;
};

struct Street {
  std::size_t district = 0;  // index into districts()
  std::string name;
};

struct Site {  // one community
  OrgPath org;
  std::size_t district = 0;     // index into districts()
  std::size_t street = 0;       // index into Layout::streets
  std::vector<Date> elections;  // this community's election days up to today
  std::vector<Slot> slots;
};

struct Layout {
  std::vector<Street> streets;
  std::vector<Site> sites;  // street by street; all slots together are the workers
};

// Exactly `workers` slots; the first community starts with the guaranteed
// profiles.
Layout plan_layout(int workers, std::uint64_t seed, Date today);

}  // namespace cwt::demo_detail
