#pragma once
// Who a worker is: ID number, name, ethnicity, political status, education
// and phone, fitting their gender, age, home district and position.
#include <string>
#include <unordered_set>

#include "cwt/model/records.hpp"
#include "rng.hpp"

namespace cwt::demo_detail {

// Hands out ID numbers, each once.
class IdRegistry {
 public:
  explicit IdRegistry(std::size_t expected) { taken_.reserve(expected); }
  // An unused valid number for someone born in `region_code` on `birth`.
  std::string issue(Rng& rng, std::string_view region_code, Date birth, Gender gender);

 private:
  std::unordered_set<std::string> taken_;  // looked up only, never iterated
};

// Fills id_number, name, ethnicity, political_status, education and phone of
// a worker whose birth date, gender, position and hire date are set;
// `district` (index into districts()) is where they work.
void fill_person(Worker& worker, Rng& rng, std::size_t district, Date today, IdRegistry& ids);

}  // namespace cwt::demo_detail
