#include "xlsx_parts.hpp"

#include <charconv>

#include "cwt/exchange/xlsx_reader.hpp"
#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

int to_int(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// A map node's bookkeeping beyond its key and value, as libstdc++ lays it out.
constexpr std::size_t kMapNodeBytes = 48;

}  // namespace

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

bool CountingHandler::charge(std::size_t bytes) {
  if (budget_.charge(bytes)) return true;
  // TRANSLATORS: {1} a part of the workbook like xl/sharedStrings.xml.
  refuse(
      tr("is too large to read: {1} takes more than {2} MB of memory, more than cwtrack holds "
         "for one workbook; is it the right file?",
         member_, budget_.limit() >> 20));
  return false;
}

void RelationshipsHandler::start(std::string_view name, const XML_Char** attributes) {
  if (name != "Relationship") return;
  std::string type(attribute(attributes, "Type"));
  type = type.substr(type.find_last_of('/') + 1);
  std::string id(attribute(attributes, "Id"));
  std::string target(attribute(attributes, "Target"));
  if (!charge(kMapNodeBytes + sizeof(std::string) + sizeof(Relationship) + ReadBudget::owned(id) +
              ReadBudget::owned(type) + ReadBudget::owned(target)))
    return;
  by_id[std::move(id)] = {std::move(type), std::move(target)};
}

void WorkbookHandler::start(std::string_view name, const XML_Char** attributes) {
  if (name == "workbookPr") {
    const auto value = attribute(attributes, "date1904");
    date1904 = value == "1" || value == "true";
  } else if (name == "sheet") {
    SheetEntry entry{std::string(attribute(attributes, "name")),
                     std::string(attribute(attributes, "id"))};
    // Twice: the list's growth.
    if (!charge(2 * sizeof(SheetEntry) + ReadBudget::owned(entry.name) +
                ReadBudget::owned(entry.relationship)))
      return;
    sheets.push_back(std::move(entry));
  }
}

void StylesHandler::start(std::string_view name, const XML_Char** attributes) {
  if (name == "numFmt") {
    // Only whether it shows a date is kept, not the format code.
    if (!charge(kMapNodeBytes + 8)) return;
    const int id = to_int(attribute(attributes, "numFmtId"));
    date_formats_[id] = is_date_format(id, attribute(attributes, "formatCode"));
  } else if (name == "cellXfs") {
    in_cell_xfs_ = true;
  } else if (name == "xf" && in_cell_xfs_) {
    if (!charge(1)) return;
    const int id = to_int(attribute(attributes, "numFmtId"));
    const auto found = date_formats_.find(id);
    date_styles.push_back(found == date_formats_.end() ? is_date_format(id, "") : found->second);
  }
}

void StylesHandler::end(std::string_view name) {
  if (name == "cellXfs") in_cell_xfs_ = false;
}

void SharedStringsHandler::start(std::string_view name, const XML_Char**) {
  if (name == "si") {
    // The string object, twice (the list's growth), and its too_long bit.
    if (!charge(2 * sizeof(std::string) + 1)) return;
    strings.texts.emplace_back();
    strings.too_long.push_back(false);
    in_si_ = true;
  } else if (name == "rPh") {
    in_phonetic_ = true;
  } else if (name == "t") {
    in_t_ = in_si_ && !in_phonetic_;
  }
}

void SharedStringsHandler::end(std::string_view name) {
  if (name == "si") in_si_ = false;
  if (name == "rPh") in_phonetic_ = false;
  if (name == "t") in_t_ = false;
}

void SharedStringsHandler::text(std::string_view text) {
  if (!in_t_ || strings.too_long.back()) return;
  std::string& string = strings.texts.back();
  if (string.size() + text.size() > kMaxXlsxCellBytes) {
    // Kept empty: the cells that name it are refused, the rest read.
    strings.too_long.back() = true;
    std::string().swap(string);
    return;
  }
  const std::size_t before = ReadBudget::owned(string);
  string.append(text);
  charge(ReadBudget::owned(string) - before);
}

}  // namespace cwt
