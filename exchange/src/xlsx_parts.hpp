#pragma once
// The parts of a workbook other than its sheets, each read by its own
// handler: the package's and the workbook's relationships, the sheet list
// and date system, the styles (which cell styles show a date) and the
// shared strings. Everything kept is counted against the read's budget.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "read_budget.hpp"
#include "xml_reader.hpp"

namespace cwt {

// A relationship's target as a member name: relative to the folder of the
// part that names it, or absolute from the archive's root.
std::string resolve(std::string_view folder, std::string_view target);

// Whether a number format shows a date or a time: a built-in date format, or
// a format code with a date or time letter outside quoted text, escapes and
// [colour] or [condition] sections.
bool is_date_format(int id, std::string_view code);

// A handler that counts what it keeps and refuses the part past the budget.
class CountingHandler : public XmlHandler {
 public:
  CountingHandler(std::string member, ReadBudget& budget)
      : member_(std::move(member)), budget_(budget) {}

 protected:
  // false (and the part refused) once the budget is spent.
  bool charge(std::size_t bytes);

 private:
  std::string member_;
  ReadBudget& budget_;
};

struct Relationship {
  std::string type;  // the Type URI's last segment: worksheet, sharedStrings, styles, ...
  std::string target;
};

class RelationshipsHandler : public CountingHandler {
 public:
  using CountingHandler::CountingHandler;
  std::map<std::string, Relationship> by_id;
  void start(std::string_view name, const XML_Char** attributes) override;
  void end(std::string_view) override {}
};

class WorkbookHandler : public CountingHandler {
 public:
  using CountingHandler::CountingHandler;
  struct SheetEntry {
    std::string name, relationship;
  };
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const XML_Char** attributes) override;
  void end(std::string_view) override {}
};

class StylesHandler : public CountingHandler {
 public:
  using CountingHandler::CountingHandler;
  std::vector<bool> date_styles;  // by cell style (xf) index
  void start(std::string_view name, const XML_Char** attributes) override;
  void end(std::string_view name) override;

 private:
  std::map<int, bool> date_formats_;  // custom number formats: whether each shows a date
  bool in_cell_xfs_ = false;
};

// Each shared string held once, whatever the number of cells naming it.
struct SharedStrings {
  std::vector<std::string> texts;
  // Strings longer than kMaxXlsxCellBytes, kept empty: refused when a
  // cell names one, not when the workbook opens.
  std::vector<bool> too_long;
};

// Shared strings: each <si>'s text, the runs of rich text joined, phonetic
// guides (<rPh>, furigana and pinyin annotations) left out.
class SharedStringsHandler : public CountingHandler {
 public:
  using CountingHandler::CountingHandler;
  SharedStrings strings;
  void start(std::string_view name, const XML_Char** attributes) override;
  void end(std::string_view name) override;
  void text(std::string_view text) override;

 private:
  bool in_si_ = false, in_phonetic_ = false, in_t_ = false;
};

}  // namespace cwt
