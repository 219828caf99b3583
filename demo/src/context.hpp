#pragma once
// What every part of the generator reads: the options and the fixed calendar.
#include <cstdint>
#include <vector>

#include "calendar.hpp"
#include "cwt/model/policy.hpp"

namespace cwt::demo_detail {

struct Context {
  std::uint64_t seed = 1;
  Date today;
  int years = 10;  // of training, ending with today's year
  Policy policy;   // the defaults: the data is made for a fresh database
  std::vector<ExamSession> sessions;
};

}  // namespace cwt::demo_detail
