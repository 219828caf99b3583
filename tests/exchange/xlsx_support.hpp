#pragma once
// Workbooks made for the tests: from their parts' XML, zipped with minizip's
// writer, so that every form a writer may use (inline strings, rich text,
// prefixed elements, 1904 dates, ...) can be spelled out; and from
// libxlsxwriter, as a real writer makes them.
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "cwt/exchange/xlsx_reader.hpp"

namespace cwt::test {

// The cell at `row` and `column` (both from 1) of a sheet as read, or an
// empty one where the row or the cell is not there.
inline const XlsxCell& cell(const XlsxSheet& sheet, int row, int column) {
  static const XlsxCell empty;
  for (const auto& r : sheet.rows)
    if (r.number == row)
      return static_cast<std::size_t>(column - 1) < r.cells.size()
                 ? r.cells[static_cast<std::size_t>(column - 1)]
                 : empty;
  return empty;
}

// The bytes of a zip holding `parts` (member name -> content).
inline std::string zip_of(const std::map<std::string, std::string>& parts,
                          const std::filesystem::path& scratch) {
  zipFile zip = zipOpen64(scratch.string().c_str(), APPEND_STATUS_CREATE);
  for (const auto& [name, content] : parts) {
    zipOpenNewFileInZip64(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                          Z_DEFAULT_COMPRESSION, 1);
    zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
  std::ifstream in(scratch, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The parts of a minimal workbook with the sheets given (name -> sheetData
// XML), shared strings and styles as given.
inline std::map<std::string, std::string> workbook_parts(
    const std::vector<std::pair<std::string, std::string>>& sheets,
    const std::string& shared_strings = "", const std::string& styles = "",
    const std::string& workbook_pr = "") {
  const std::string ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string rns =
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
  parts["_rels/.rels"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type=")" +
      rel + R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)";
  std::string workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns + " " + rns +
                         ">" + workbook_pr + "<sheets>";
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook +=
        "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
            "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + " " + rns + ">" +
        sheets[i].second + "</worksheet>";
  }
  workbook += "</sheets></workbook>";
  if (!shared_strings.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel +
            "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    parts["xl/sharedStrings.xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + ns + ">" + shared_strings + "</sst>";
  }
  if (!styles.empty()) {
    rels += "<Relationship Id=\"rIdY\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>";
    parts["xl/styles.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet " + ns + ">" +
                             styles + "</styleSheet>";
  }
  rels += "</Relationships>";
  parts["xl/workbook.xml"] = workbook;
  parts["xl/_rels/workbook.xml.rels"] = rels;
  return parts;
}

}  // namespace cwt::test
