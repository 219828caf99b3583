#pragma once
// The places (district, street, community) on file: what the worker editor
// offers for each of the three, and what tells a new place from a typo of a
// known one.
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "cwt/model/records.hpp"

namespace cwt {

class KnownPlaces {
 public:
  void add(const OrgPath& org);

  bool knows_district(std::string_view district) const;
  bool knows_street(std::string_view district, std::string_view street) const;
  bool knows(const OrgPath& org) const;

  // Sorted, each once; an empty district is no entry.
  std::vector<std::string> districts() const;
  // The streets of `district`; every street when it is empty or not on file.
  std::vector<std::string> streets(std::string_view district) const;
  // The communities of `street` (within `district` when that is on file);
  // those of the district when the street is empty or not on file; else all.
  std::vector<std::string> communities(std::string_view district, std::string_view street) const;

  bool operator==(const KnownPlaces&) const = default;

 private:
  std::set<std::tuple<std::string, std::string, std::string>> places_;
};

}  // namespace cwt
