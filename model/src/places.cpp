#include "cwt/model/places.hpp"

namespace cwt {
namespace {

template <class Keep, class Pick>
std::vector<std::string> collect(
    const std::set<std::tuple<std::string, std::string, std::string>>& places, Keep keep,
    Pick pick) {
  std::set<std::string> found;
  for (const auto& place : places)
    if (keep(place) && !pick(place).empty()) found.insert(pick(place));
  return {found.begin(), found.end()};
}

}  // namespace

void KnownPlaces::add(const OrgPath& org) {
  places_.emplace(org.district, org.street, org.community);
}

bool KnownPlaces::knows_district(std::string_view district) const {
  for (const auto& place : places_)
    if (std::get<0>(place) == district) return true;
  return false;
}

bool KnownPlaces::knows_street(std::string_view district, std::string_view street) const {
  for (const auto& place : places_)
    if (std::get<0>(place) == district && std::get<1>(place) == street) return true;
  return false;
}

bool KnownPlaces::knows(const OrgPath& org) const {
  return places_.contains({org.district, org.street, org.community});
}

std::vector<std::string> KnownPlaces::districts() const {
  return collect(
      places_, [](const auto&) { return true; },
      [](const auto& place) -> const std::string& { return std::get<0>(place); });
}

std::vector<std::string> KnownPlaces::streets(std::string_view district) const {
  const bool by_district = !district.empty() && knows_district(district);
  return collect(
      places_, [&](const auto& place) { return !by_district || std::get<0>(place) == district; },
      [](const auto& place) -> const std::string& { return std::get<1>(place); });
}

std::vector<std::string> KnownPlaces::communities(std::string_view district,
                                                  std::string_view street) const {
  const bool by_district = !district.empty() && knows_district(district);
  bool by_street = false;
  for (const auto& place : places_)
    if (!street.empty() && std::get<1>(place) == street &&
        (!by_district || std::get<0>(place) == district))
      by_street = true;
  return collect(
      places_,
      [&](const auto& place) {
        return (!by_district || std::get<0>(place) == district) &&
               (!by_street || std::get<1>(place) == street);
      },
      [](const auto& place) -> const std::string& { return std::get<2>(place); });
}

}  // namespace cwt
