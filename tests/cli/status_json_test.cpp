// The status JSON's strings are escaped by hand (status_output.cpp, for
// speed): exactly as nlohmann::json escapes them, for texts with every kind
// of character that needs it, and through nlohmann::json (U+FFFD for the
// bad bytes) for a text that is not UTF-8.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cwt/model/status.hpp"
#include "status_output.hpp"

namespace cwt::cli {
namespace {

TEST(StatusJson, StringsAreEscapedAsNlohmannJsonEscapesThem) {
  std::string every_control;
  for (char c = 1; c < 0x20; ++c) every_control += c;
  for (const std::string name :
       {std::string("张三"), std::string("a\"b\\c/d"), every_control, std::string("\x7f\xc2\xa0"),
        std::string("bad \xff\xfe bytes"), std::string()}) {
    Worker worker;
    worker.id_number = "120101198503121230";
    worker.name = name;
    worker.org = {"和平区", "劝业场街道", "花园里社区"};
    WorkerStatus status;
    status.worker = &worker;
    std::ostringstream out;
    write_status_json(out, {status});
    const nlohmann::json read = nlohmann::json::parse(out.str());
    const std::string expected =
        nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_NE(out.str().find("\"name\":" + expected + ","), std::string::npos) << out.str();
    EXPECT_EQ(read[0]["street"], "劝业场街道");
  }
}

}  // namespace
}  // namespace cwt::cli
