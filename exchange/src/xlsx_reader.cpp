#include "cwt/exchange/xlsx_reader.hpp"

#include "cwt/exchange/file_bytes.hpp"
#include "cwt/model/messages.hpp"
#include "ole_container.hpp"
#include "read_budget.hpp"
#include "xlsx_parts.hpp"
#include "xlsx_sheet_reader.hpp"
#include "xml_reader.hpp"
#include "zip_archive.hpp"

namespace cwt {

namespace {

// Parts other than sheets are small; a sheet may be large.
constexpr std::size_t kMaxSmallPartBytes = std::size_t{256} << 20;

// A part read through `handler`. The XML's own failures name the part; a
// handler's refusal (a cell, a row) says where it is itself.
Expected<bool> read_xml(const ZipArchive& zip, const std::string& member, XmlHandler& handler,
                        std::size_t limit) {
  XmlReader reader(handler);
  Expected<bool> parsed = true;
  const auto read = zip.read(
      member,
      [&](std::string_view chunk) {
        if (parsed) parsed = reader.feed(chunk);
        return static_cast<bool>(parsed);
      },
      limit);
  if (parsed && read) parsed = reader.finish();
  if (!parsed) {
    if (handler.refused()) return parsed;
    return Expected<bool>::failure(member + ": " + parsed.error());
  }
  return read;
}

// An .ods (LibreOffice's own format) is a zip too: its first member,
// "mimetype", names what it is.
bool is_opendocument_spreadsheet(const ZipArchive& zip) {
  if (!zip.has("mimetype")) return false;
  std::string type;
  const auto read = zip.read(
      "mimetype",
      [&](std::string_view chunk) {
        type.append(chunk);
        return type.size() < 256;
      },
      4096);
  return read && type.starts_with("application/vnd.oasis.opendocument.spreadsheet");
}

}  // namespace

struct XlsxWorkbook::Parts {
  std::shared_ptr<ZipArchive> zip;
  std::vector<std::string> sheet_members;
  SharedStrings strings;
  std::vector<bool> date_styles;
  std::size_t held = 0;  // what the parts above take of the read's budget
};

std::string column_letters(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

Expected<XlsxWorkbook> XlsxWorkbook::from_file(const std::filesystem::path& file) {
  auto bytes = read_file_bytes(file);
  if (!bytes) return Expected<XlsxWorkbook>::failure(bytes.error());
  return from_bytes(std::move(*bytes));
}

Expected<XlsxWorkbook> XlsxWorkbook::from_bytes(std::string bytes) {
  using Result = Expected<XlsxWorkbook>;
  if (is_encrypted_package(bytes)) return Result::failure(encrypted_package_refusal());
  auto zip = ZipArchive::open(std::move(bytes));
  if (!zip) return Result::failure(zip.error());
  auto parts = std::make_shared<Parts>();
  parts->zip = *zip;
  ReadBudget budget;
  if (is_opendocument_spreadsheet(*parts->zip))
    return Result::failure(
        tr("is an OpenDocument spreadsheet (.ods), which cwtrack does not read: open it in "
           "LibreOffice or WPS, save it as an Excel workbook (.xlsx), then import that file"));

  // The workbook part, as the package's relationships name it.
  std::string workbook_member = "xl/workbook.xml";
  if (parts->zip->has("_rels/.rels")) {
    RelationshipsHandler root("_rels/.rels", budget);
    auto read = read_xml(*parts->zip, "_rels/.rels", root, kMaxSmallPartBytes);
    if (!read) return Result::failure(read.error());
    for (const auto& [id, rel] : root.by_id)
      if (rel.type == "officeDocument") workbook_member = resolve("", rel.target);
  }
  if (!parts->zip->has(workbook_member))
    return Result::failure(tr("is not an Excel workbook (.xlsx): {1} is missing", workbook_member));
  const std::string folder = workbook_member.substr(0, workbook_member.find_last_of('/') + 1);

  WorkbookHandler workbook(workbook_member, budget);
  if (auto read = read_xml(*parts->zip, workbook_member, workbook, kMaxSmallPartBytes); !read)
    return Result::failure(read.error());
  const std::string rels_member =
      folder + "_rels/" + workbook_member.substr(folder.size()) + ".rels";
  RelationshipsHandler rels(rels_member, budget);
  if (auto read = read_xml(*parts->zip, rels_member, rels, kMaxSmallPartBytes); !read)
    return Result::failure(read.error());

  for (const auto& [id, rel] : rels.by_id) {
    const std::string member = resolve(folder, rel.target);
    if (rel.type == "sharedStrings") {
      SharedStringsHandler strings(member, budget);
      if (auto read = read_xml(*parts->zip, member, strings, kMaxSmallPartBytes); !read)
        return Result::failure(read.error());
      parts->strings = std::move(strings.strings);
    } else if (rel.type == "styles") {
      StylesHandler styles(member, budget);
      if (auto read = read_xml(*parts->zip, member, styles, kMaxSmallPartBytes); !read)
        return Result::failure(read.error());
      parts->date_styles = std::move(styles.date_styles);
    }
  }

  XlsxWorkbook result;
  result.date1904_ = workbook.date1904;
  for (const auto& entry : workbook.sheets) {
    const auto rel = rels.by_id.find(entry.relationship);
    // Chart sheets and dialog sheets hold no cells: not offered.
    if (rel == rels.by_id.end() || rel->second.type != "worksheet") continue;
    result.sheet_names_.push_back(entry.name);
    parts->sheet_members.push_back(resolve(folder, rel->second.target));
  }
  if (result.sheet_names_.empty())
    return Result::failure(tr("is an Excel workbook without a worksheet"));
  // Counted again for every sheet read (the strings and styles stay; the
  // relationships and the sheet list are small).
  parts->held = budget.used();
  result.parts_ = std::move(parts);
  return result;
}

Expected<XlsxSheet> XlsxWorkbook::sheet(std::size_t index) const {
  using Result = Expected<XlsxSheet>;
  XlsxSheet sheet;
  sheet.name = sheet_names_.at(index);
  ReadBudget budget;
  budget.charge(parts_->held);
  SheetHandler handler(sheet, parts_->strings, parts_->date_styles, budget);
  if (auto read =
          read_xml(*parts_->zip, parts_->sheet_members.at(index), handler, kMaxXlsxPartBytes);
      !read)
    return Result::failure(read.error());
  return sheet;
}

}  // namespace cwt
