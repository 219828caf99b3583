#include "cwt/app/edit.hpp"

namespace cwt::app {

Edit Edit::refusal(std::string field, std::string message) {
  return Edit{std::nullopt, {{std::move(field), std::move(message)}}};
}

Edit Edit::of(ChangeSet change) { return Edit{std::move(change), {}}; }

std::string sentence(std::string message) {
  if (message.empty()) return message;
  if (message.front() >= 'a' && message.front() <= 'z') message.front() -= 'a' - 'A';
  const char last = message.back();
  if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') ||
      (last >= '0' && last <= '9') || last == ')' || last == '"')
    message += '.';
  return message;
}

}  // namespace cwt::app
