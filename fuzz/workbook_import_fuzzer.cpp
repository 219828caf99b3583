// libFuzzer target for the workbook reading path: plan_import_bytes on an
// .xlsx (minizip's unzip from memory, expat, relationships, shared strings,
// styles, cell references, cell values, header matching, row validation).
// The first input byte picks the kind of file (byte % 5: workers, positions,
// exams, certificates, training) and how the rest is read:
//   byte >= 0x80  the rest is the file, byte for byte (a zip, or anything);
//   otherwise     the rest is the workbook's parts separated by NUL bytes
//                 (XML holds none): sheet1.xml, sharedStrings.xml,
//                 styles.xml, sheet2.xml, workbook.xml, workbook.xml.rels.
//                 Those not given are a minimal workbook's; they are zipped
//                 stored (stored_zip.hpp), so that mutations reach the XML
//                 instead of breaking the zip's checksums. Bit 0x40 writes
//                 the 1904 date system into the default workbook.xml.
// Besides the sanitizers' own checks, the invariants of
// import_invariants.hpp hold for every input. docs/fuzzing.md.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cwt/exchange/importer.hpp"
#include "cwt/exchange/xls_reader.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/policy.hpp"
#include "import_invariants.hpp"
#include "stored_zip.hpp"

namespace {

const std::string kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
const std::string kRelNs =
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kPackageRels =
    R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships")";

std::string relationship(const std::string& id, const std::string& type,
                         const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kRel + type + "\" Target=\"" + target + "\"/>";
}

// The workbook the parts make: the given ones as they are, the others a
// minimal workbook's.
std::string workbook_of(std::string_view input, bool date1904) {
  std::vector<std::string> given;
  for (;;) {
    const auto end = input.find('\0');
    given.emplace_back(input.substr(0, end));
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 1);
  }
  given.resize(6);
  const bool strings = !given[1].empty(), styles = !given[2].empty(), second = !given[3].empty();

  std::string workbook = given[4];
  if (workbook.empty()) {
    workbook = "<?xml version=\"1.0\"?><workbook " + kMain + " " + kRelNs + ">" +
               (date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
               "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>" +
               (second ? "<sheet name=\"名单\" sheetId=\"2\" r:id=\"rId4\"/>" : "") +
               "</sheets></workbook>";
  }
  std::string rels = given[5];
  if (rels.empty()) {
    rels = "<?xml version=\"1.0\"?><Relationships " + kPackageRels + ">" +
           relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
           (strings ? relationship("rId2", "sharedStrings", "sharedStrings.xml") : "") +
           (styles ? relationship("rId3", "styles", "styles.xml") : "") +
           (second ? relationship("rId4", "worksheet", "worksheets/sheet2.xml") : "") +
           "</Relationships>";
  }
  std::vector<std::pair<std::string, std::string>> members{
      {"[Content_Types].xml",
       R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
      {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships " + kPackageRels + ">" +
                          relationship("rId1", "officeDocument", "xl/workbook.xml") +
                          "</Relationships>"},
      {"xl/workbook.xml", workbook},
      {"xl/_rels/workbook.xml.rels", rels},
      {"xl/worksheets/sheet1.xml", given[0]}};
  if (strings) members.emplace_back("xl/sharedStrings.xml", given[1]);
  if (styles) members.emplace_back("xl/styles.xml", given[2]);
  if (second) members.emplace_back("xl/worksheets/sheet2.xml", given[3]);
  return cwt::fuzz::stored_zip(members);
}

}  // namespace

// An .xls is read by cwtrack-xls-reader in a process of its own: stopped
// well before libFuzzer's own time limit (-timeout=10, scripts/fuzz), so
// that a file FreeXL counts on for long is a refusal, not a finding.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  cwt::set_xls_reading_time_limit(std::chrono::seconds(4));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto kind = static_cast<cwt::ImportKind>(data[0] % 5);
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string bytes =
      data[0] >= 0x80 ? std::string(rest) : workbook_of(rest, (data[0] & 0x40) != 0);
  static const cwt::Policy policy{};
  static const std::string file_label = "fuzz.xlsx";
  const cwt::Date today(2025, 6, 15);
  cwt::fuzz::check_plan(cwt::plan_import_bytes(kind, bytes, file_label,
                                               cwt::fuzz::known_id_numbers(), today, policy));
  return 0;
}
