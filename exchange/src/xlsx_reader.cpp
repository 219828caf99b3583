#include "cwt/exchange/xlsx_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "cwt/exchange/file_bytes.hpp"
#include "cwt/model/messages.hpp"
#include "xml_reader.hpp"
#include "zip_archive.hpp"

namespace cwt {

namespace {

// Parts other than sheets are small; a sheet may be large.
constexpr std::size_t kMaxSmallPartBytes = std::size_t{256} << 20;

Expected<bool> read_xml(const ZipArchive& zip, const std::string& member, XmlHandler& handler,
                        std::size_t limit) {
  XmlReader reader(handler);
  Expected<bool> parsed = true;
  const auto read = zip.read(
      member,
      [&](std::string_view chunk) {
        if (parsed) parsed = reader.feed(chunk);
      },
      limit);
  if (!read) return read;
  if (!parsed) return Expected<bool>::failure(member + ": " + parsed.error());
  auto finished = reader.finish();
  if (!finished) return Expected<bool>::failure(member + ": " + finished.error());
  return true;
}

// A relationship's target as a member name: relative to the folder of the
// part that names it, or absolute from the archive's root.
std::string resolve(std::string_view folder, std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  std::string path(folder);
  while (target.substr(0, 3) == "../") {
    target.remove_prefix(3);
    const auto slash = path.find_last_of('/', path.size() >= 2 ? path.size() - 2 : 0);
    path = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  }
  return path + std::string(target);
}

struct Relationship {
  std::string type;  // the Type URI's last segment: worksheet, sharedStrings, styles, ...
  std::string target;
};

class RelationshipsHandler : public XmlHandler {
 public:
  std::map<std::string, Relationship> by_id;
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name != "Relationship") return;
    std::string type(attribute(attributes, "Type"));
    type = type.substr(type.find_last_of('/') + 1);
    by_id[std::string(attribute(attributes, "Id"))] = {
        type, std::string(attribute(attributes, "Target"))};
  }
  void end(std::string_view) override {}
};

class WorkbookHandler : public XmlHandler {
 public:
  struct SheetEntry {
    std::string name, relationship;
  };
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "workbookPr") {
      const auto value = attribute(attributes, "date1904");
      date1904 = value == "1" || value == "true";
    } else if (name == "sheet") {
      sheets.push_back(
          {std::string(attribute(attributes, "name")), std::string(attribute(attributes, "id"))});
    }
  }
  void end(std::string_view) override {}
};

// Whether a number format shows a date or a time: the built-in date formats,
// or a format code with a date or time letter outside quoted text, escapes
// and [colour] or [condition] sections.
bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58))
    return true;
  bool quoted = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is
    } else if (c == '[') {
      const auto close = code.find(']', i);
      const auto inside = code.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      // [h], [mm], [ss]: elapsed time; anything else ([Red], [>100], [$-804]) is not a date.
      if (!inside.empty() &&
          std::string_view("hHmMsS").find(inside.front()) != std::string_view::npos)
        return true;
      if (close == std::string_view::npos) break;
      i = close;
    } else if (std::string_view("yYmMdDhHsS").find(c) != std::string_view::npos) {
      return true;
    } else if (c == ';') {
      break;  // the first section decides
    }
  }
  return false;
}

class StylesHandler : public XmlHandler {
 public:
  std::vector<bool> date_styles;  // by cell style (xf) index
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "numFmt") {
      formats_[to_int(attribute(attributes, "numFmtId"))] = attribute(attributes, "formatCode");
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const int id = to_int(attribute(attributes, "numFmtId"));
      const auto found = formats_.find(id);
      date_styles.push_back(is_date_format(id, found == formats_.end() ? "" : found->second));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

 private:
  static int to_int(std::string_view text) {
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  std::map<int, std::string> formats_;
  bool in_cell_xfs_ = false;
};

// Shared strings: each <si>'s text, the runs of rich text joined, phonetic
// guides (<rPh>, furigana and pinyin annotations) left out.
class SharedStringsHandler : public XmlHandler {
 public:
  std::vector<std::string> strings;
  void start(std::string_view name, const XML_Char**) override {
    if (name == "si") {
      strings.emplace_back();
      in_si_ = true;
    } else if (name == "rPh") {
      in_phonetic_ = true;
    } else if (name == "t") {
      in_t_ = in_si_ && !in_phonetic_;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") in_si_ = false;
    if (name == "rPh") in_phonetic_ = false;
    if (name == "t") in_t_ = false;
  }
  void text(std::string_view text) override {
    if (in_t_) strings.back().append(text);
  }

 private:
  bool in_si_ = false, in_phonetic_ = false, in_t_ = false;
};

// "B12" -> column 2, row 12; 0s when the reference is not one.
std::pair<int, int> cell_reference(std::string_view ref) {
  int column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i)
    column = column * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
  int row = 0;
  std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (column > 16384 || row > 1048576) return {0, 0};  // beyond Excel's sheet
  return {column, row};
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(XlsxSheet& sheet, const std::vector<std::string>& strings,
               const std::vector<bool>& date_styles)
      : sheet_(sheet), strings_(strings), date_styles_(date_styles) {}

  std::string problem;  // the first thing found wrong

  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "row") {
      const auto r = attribute(attributes, "r");
      int number = sheet_.rows.empty() ? 1 : sheet_.rows.back().number + 1;
      if (!r.empty()) std::from_chars(r.data(), r.data() + r.size(), number);
      row_ = XlsxRow{number, {}};
      next_column_ = 1;
    } else if (name == "c") {
      const auto [column, row] = cell_reference(attribute(attributes, "r"));
      column_ = column > 0 ? column : next_column_;
      type_ = attribute(attributes, "t");
      const auto style = attribute(attributes, "s");
      style_ = 0;
      if (!style.empty()) std::from_chars(style.data(), style.data() + style.size(), style_);
      value_.clear();
      in_cell_ = true;
    } else if (in_cell_ && (name == "v" || name == "t")) {
      in_value_ = true;  // <v>, or <t> inside an inline string's <is>
    } else if (in_cell_ && name == "rPh") {
      in_phonetic_ = true;
    } else if (name == "mergeCell") {
      const auto ref = attribute(attributes, "ref");
      const auto colon = ref.find(':');
      const auto [c1, r1] = cell_reference(ref.substr(0, colon));
      const auto [c2, r2] = colon == std::string_view::npos ? std::pair{c1, r1}
                                                            : cell_reference(ref.substr(colon + 1));
      if (c1 > 0 && r1 > 0 && c2 > 0 && r2 > 0) sheet_.merged.push_back({r1, c1, r2, c2});
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "rPh") {
      in_phonetic_ = false;
    } else if (name == "c") {
      in_cell_ = false;
      finish_cell();
      next_column_ = column_ + 1;
    } else if (name == "row") {
      if (!row_.cells.empty()) sheet_.rows.push_back(std::move(row_));
      row_ = {};
    }
  }

  void text(std::string_view text) override {
    if (in_value_ && !in_phonetic_) value_.append(text);
  }

 private:
  void finish_cell() {
    XlsxCell cell;
    if (type_ == "s") {
      std::size_t index = 0;
      const auto [end, error] =
          std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (value_.empty()) return;
      if (error != std::errc() || index >= strings_.size()) {
        if (problem.empty())
          problem = tr("is damaged: cell {1}{2} names shared string {3}, which is not there",
                       column_letters(column_), row_.number, value_);
        return;
      }
      cell.kind = XlsxCell::Kind::text;
      cell.text = strings_[index];
    } else if (type_ == "inlineStr" || type_ == "str" || type_ == "d") {
      cell.kind = XlsxCell::Kind::text;
      cell.text = value_;
    } else if (type_ == "b") {
      if (value_.empty()) return;
      cell.kind = XlsxCell::Kind::boolean;
      cell.text = value_;
      cell.number = value_ == "1" ? 1 : 0;
    } else if (type_ == "e") {
      cell.kind = XlsxCell::Kind::error;
      cell.text = value_;
    } else {
      if (value_.empty()) return;
      double number = 0;
      const auto [end, error] =
          std::from_chars(value_.data(), value_.data() + value_.size(), number);
      if (error != std::errc() || end != value_.data() + value_.size()) {
        cell.kind = XlsxCell::Kind::text;  // not a number after all: keep what it says
        cell.text = value_;
      } else {
        cell.kind = XlsxCell::Kind::number;
        cell.text = value_;
        cell.number = number;
        cell.date_style = style_ >= 0 && static_cast<std::size_t>(style_) < date_styles_.size() &&
                          date_styles_[static_cast<std::size_t>(style_)];
      }
    }
    if (cell.kind == XlsxCell::Kind::text && cell.text.empty()) return;
    const auto at = static_cast<std::size_t>(column_ - 1);
    if (row_.cells.size() <= at) row_.cells.resize(at + 1);
    row_.cells[at] = std::move(cell);
  }

  XlsxSheet& sheet_;
  const std::vector<std::string>& strings_;
  const std::vector<bool>& date_styles_;
  XlsxRow row_;
  int next_column_ = 1;
  int column_ = 1;
  int style_ = 0;
  std::string type_;
  std::string value_;
  bool in_cell_ = false, in_value_ = false, in_phonetic_ = false;
};

}  // namespace

struct XlsxWorkbook::Parts {
  std::shared_ptr<ZipArchive> zip;
  std::vector<std::string> sheet_members;
  std::vector<std::string> strings;
  std::vector<bool> date_styles;
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
  // An OLE compound file: Excel 97-2003's .xls, or any workbook saved with a
  // password (Office encrypts into that container).
  if (bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
    return Result::failure(
        tr("is an Excel 97-2003 workbook (.xls) or one protected by a password: open it in "
           "Excel or WPS, save it as \"Excel 工作簿 (*.xlsx)\" without a password, then import "
           "that file"));
  auto zip = ZipArchive::open(std::move(bytes));
  if (!zip) return Result::failure(zip.error());
  auto parts = std::make_shared<Parts>();
  parts->zip = *zip;

  // The workbook part, as the package's relationships name it.
  std::string workbook_member = "xl/workbook.xml";
  if (parts->zip->has("_rels/.rels")) {
    RelationshipsHandler root;
    auto read = read_xml(*parts->zip, "_rels/.rels", root, kMaxSmallPartBytes);
    if (!read) return Result::failure(read.error());
    for (const auto& [id, rel] : root.by_id)
      if (rel.type == "officeDocument") workbook_member = resolve("", rel.target);
  }
  if (!parts->zip->has(workbook_member))
    return Result::failure(tr("is not an Excel workbook (.xlsx): {1} is missing", workbook_member));
  const std::string folder = workbook_member.substr(0, workbook_member.find_last_of('/') + 1);

  WorkbookHandler workbook;
  if (auto read = read_xml(*parts->zip, workbook_member, workbook, kMaxSmallPartBytes); !read)
    return Result::failure(read.error());
  RelationshipsHandler rels;
  const std::string rels_member =
      folder + "_rels/" + workbook_member.substr(folder.size()) + ".rels";
  if (auto read = read_xml(*parts->zip, rels_member, rels, kMaxSmallPartBytes); !read)
    return Result::failure(read.error());

  for (const auto& [id, rel] : rels.by_id) {
    const std::string member = resolve(folder, rel.target);
    if (rel.type == "sharedStrings") {
      SharedStringsHandler strings;
      if (auto read = read_xml(*parts->zip, member, strings, kMaxSmallPartBytes); !read)
        return Result::failure(read.error());
      parts->strings = std::move(strings.strings);
    } else if (rel.type == "styles") {
      StylesHandler styles;
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
  result.parts_ = std::move(parts);
  return result;
}

Expected<XlsxSheet> XlsxWorkbook::sheet(std::size_t index) const {
  using Result = Expected<XlsxSheet>;
  XlsxSheet sheet;
  sheet.name = sheet_names_.at(index);
  SheetHandler handler(sheet, parts_->strings, parts_->date_styles);
  if (auto read =
          read_xml(*parts_->zip, parts_->sheet_members.at(index), handler, kMaxXlsxPartBytes);
      !read)
    return Result::failure(read.error());
  if (!handler.problem.empty()) return Result::failure(handler.problem);
  return sheet;
}

}  // namespace cwt
