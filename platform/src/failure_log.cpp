#include "cwt/platform/failure_log.hpp"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <filesystem>
#include <fstream>

#include "cwt/model/id_number.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string without_full_id_numbers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) {
      out += text[i++];
      continue;
    }
    // A run of digits (and an X closing 18 characters): masked when it has
    // the length of an ID number.
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - i == 17 && end < text.size() && (text[end] == 'X' || text[end] == 'x')) ++end;
    const std::string_view run = text.substr(i, end - i);
    if (run.size() == 18)
      out += mask_id_number(run);
    else if (run.size() == 15)
      out += std::string(run.substr(0, 6)) + std::string(6, '*') + std::string(run.substr(12));
    else
      out += run;
    i = end;
  }
  return out;
}

void log_failure(std::string_view program, std::string_view context,
                 std::string_view detail) noexcept {
  try {
    std::error_code error;
    const auto path = log_file();
    std::filesystem::create_directories(path.parent_path(), error);
    if (const auto size = std::filesystem::file_size(path, error); !error && size > 1024 * 1024) {
      auto old = path;
      old += ".old";
      std::filesystem::rename(path, old, error);
    }
    std::ofstream log(path, std::ios::app | std::ios::binary);
    const auto now = boost::posix_time::second_clock::universal_time();
    log << boost::posix_time::to_iso_extended_string(now) << "Z  " << program << "  "
        << escaped(without_full_id_numbers(context), 300) << "  "
        << escaped(without_full_id_numbers(detail), 2000) << '\n';
  } catch (...) {  // out of memory, a folder that cannot be made: not logged
  }
}

}  // namespace cwt
