#pragma once
// What a change of a worker does that the officer may not mean, asked before
// it is written (the editor) or said after (the command line): a date that
// takes the worker off the active list, a place not on file (a typo makes a
// new street that every report then lists).
#include <string>
#include <vector>

#include "cwt/model/places.hpp"
#include "cwt/model/records.hpp"

namespace cwt {

struct ChangeQuestion {
  std::string field;  // the English column name, as in FieldProblem
  std::string text;   // one sentence, in the program's language (tr)
  bool operator==(const ChangeQuestion&) const = default;
};

// `before`: the worker on file, null for a new one. Asked about, in this
// order: a hire date after `today` (new, or changed), a leave date set or
// changed (whatever day it is), and, when `places` is given and the place
// changed, the first of district, street and community not on file (a new
// district is a new street and community too: said once).
std::vector<ChangeQuestion> questions_for_change(const Worker* before, const Worker& after,
                                                 Date today, const KnownPlaces* places);

}  // namespace cwt
