// cwtrack-cli: the command-line front end. All work happens in run_cli.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iostream>

#include "cli_app.hpp"
#include "cwt/platform/language.hpp"
#include "cwt/platform/platform.hpp"

int main(int argc, char** argv) {
  cwt::set_up_console();
  const auto today = boost::gregorian::day_clock::local_day();
  const int status = cwt::cli::run_cli(cwt::utf8_arguments(argc, argv), std::cout, std::cerr, today,
                                       cwt::system_language());
  std::cout.flush();
  return status;
}
