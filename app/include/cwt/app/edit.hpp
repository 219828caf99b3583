#pragma once
// cwt::app, the one application layer under both programs: every change an
// officer makes, in the desktop program or on the command line, is decided
// here. An operation checks its preconditions against what is on file (the
// model's rules), words a refusal once, and builds the one ChangeSet that
// makes the change in one transaction. A front end gathers the input,
// applies the edit (the command line to its Store, the desktop program
// through its Workspace, which then reloads what it holds) and presents
// what came back: Store::apply hands back what it created (Applied: the new
// events' ids). KMyMoney's MyMoneyFile is the pattern: one engine that
// every add, modify and remove goes through.
#include <optional>
#include <string>

#include "cwt/model/store.hpp"
#include "cwt/model/validation.hpp"

namespace cwt::app {

// An edit decided: the change to apply, or why it is refused.
struct Edit {
  // What to write; none when refused. A change that changes nothing
  // (ChangeSet::empty(): everyone asked for was on the course already) is
  // not written.
  std::optional<ChangeSet> change;
  // Why it is refused, each naming its field (a record field, "event",
  // "name"), or "" for the whole edit.
  Problems problems;

  bool refused() const { return !problems.empty(); }
  static Edit refusal(std::string field, std::string message);
  static Edit of(ChangeSet change);
};

// A problem's message (worded to follow "plan create: --name: " on the
// command line) as a sentence on its own, for a message box: in English the
// first letter capitalised and a full stop added; Chinese as it is.
std::string sentence(std::string message);

}  // namespace cwt::app
