#include "cwt/reports/document.hpp"

#include <cmath>
#include <cstdio>

#include "cwt/model/hours.hpp"
#include "report_text.hpp"

namespace cwt::reports {

Cell Cell::of_share(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return {};
  return {Kind::percent, {}, 0, static_cast<double>(part) / static_cast<double>(whole), {}};
}

Cell Cell::of_date(std::optional<Date> day) {
  if (!day || day->is_special()) return {};
  return {Kind::date, {}, 0, 0, *day};
}

std::string organisation_line(const Document& document) {
  const Language l = document.language;
  // An empty organisation leaves room to write it in by hand before the stamp.
  const std::string organisation =
      document.organisation.empty() ? std::string(16, ' ') : document.organisation;
  std::string line = pick(l, "填报单位（盖章）：", "Reporting unit (seal): ") + organisation;
  line += pick(l, "　　截至 ", "    As of ") + printed_date(document.as_of, l);
  if (document.year) line += pick(l, "　　年度：", "    Year: ") + std::to_string(*document.year);
  return line;
}

std::string footer_line(Language language) {
  return pick(
      language,
      "单位负责人：　　　　审核人：　　　　填表人：　　　　报出日期：　　　　年　　月　　日",
      "Head of unit:          Reviewed by:          Prepared by:          "
      "Date:          ");
}

std::string page_line(Language language, const std::string& page, const std::string& pages) {
  return language == Language::zh ? "第 " + page + " 页 / 共 " + pages + " 页"
                                  : "Page " + page + " of " + pages;
}

std::string page_line(Language language, int page, int pages) {
  return page_line(language, std::to_string(page), std::to_string(pages));
}

std::string subtotal_label(Language language) { return pick(language, "小计", "Subtotal"); }
std::string total_label(Language language) { return pick(language, "合计", "Total"); }

std::string cell_text(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::empty:
      return {};
    case Cell::Kind::text:
    case Cell::Kind::number:
      return cell.text;
    case Cell::Kind::integer:
      return std::to_string(cell.value);
    case Cell::Kind::hours:
      return format_hours(cell.value);
    case Cell::Kind::percent: {
      // One decimal, rounded half up from the exact share (85.05% -> 85.1%).
      const double tenths = std::floor(cell.ratio * 1000.0 + 0.5 + 1e-9);
      char text[32];
      std::snprintf(text, sizeof text, "%.1f%%", tenths / 10.0);
      return text;
    }
    case Cell::Kind::date:
      return to_iso(cell.date);
  }
  return {};
}

}  // namespace cwt::reports
