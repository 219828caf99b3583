#pragma once
// A file read whole (any name: a wide path on Windows), or why it cannot be:
// what both the CSV and the workbook readers start from.
#include <filesystem>
#include <string>

#include "cwt/model/expected.hpp"

namespace cwt {

Expected<std::string> read_file_bytes(const std::filesystem::path& file);

}  // namespace cwt
