#include "cwt/exchange/file_bytes.hpp"

#include <fstream>
#include <sstream>

#include "cwt/model/messages.hpp"

namespace cwt {

Expected<std::string> read_file_bytes(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error))
    return Expected<std::string>::failure(
        std::filesystem::exists(file, error) ? tr("is not a file") : tr("no such file"));
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) return Expected<std::string>::failure(tr("cannot be read"));
  return bytes.str();
}

}  // namespace cwt
