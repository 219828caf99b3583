// libFuzzer target for the CSV reading path: plan_import_bytes (decoding,
// libcsv parsing, header matching, row validation). The first input byte
// picks the kind of file (byte % 5: workers, positions, exams, certificates,
// training); the rest are the file's bytes. Besides the sanitizers' own
// checks, the invariants of import_invariants.hpp hold for every input.
// docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cwt/exchange/importer.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "import_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto kind = static_cast<cwt::ImportKind>(data[0] % 5);
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const cwt::Policy policy{};
  static const std::string file_label = "fuzz.csv";
  const cwt::Date today(2025, 6, 15);
  cwt::fuzz::check_plan(cwt::plan_import_bytes(kind, bytes, file_label,
                                               cwt::fuzz::known_id_numbers(), today, policy));
  return 0;
}
