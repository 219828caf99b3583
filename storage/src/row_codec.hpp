#pragma once
// Records <-> rows. Dates are ISO text, codes the English codes of
// codes.hpp; reading back checks both and names the bad cell.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cwt/model/records.hpp"
#include "sqlite_db.hpp"

namespace cwt {

// The columns every worker query selects, in this order (w = worker, c / s /
// d = its community, street and district), ready for read_worker.
// (Not kWorkerColumns: workspace/display.hpp has an inline variable of that
// name, and two inline variables of one name are one symbol to the linker.)
inline constexpr std::string_view kWorkerSelectColumns =
    "w.id, w.id_number, w.name, w.gender, w.birth_date, w.ethnicity, w.political_status, "
    "w.education, w.phone, d.name, s.name, c.name, w.hire_date, w.leave_date, w.position";
inline constexpr std::string_view kWorkerFrom =
    " FROM worker w JOIN org_unit c ON c.id = w.community_id"
    " JOIN org_unit s ON s.id = c.parent_id LEFT JOIN org_unit d ON d.id = s.parent_id";

class RowReader {
 public:
  RowReader(const sqlite::Statement& statement, std::string_view table)
      : row_(statement), table_(table) {}

  Date date(int column) const;
  std::optional<Date> optional_date(int column) const;
  template <class E>
  E code(int column) const;
  template <class E>
  std::optional<E> optional_code(int column) const {
    if (row_.is_null(column)) return std::nullopt;
    return code<E>(column);
  }
  std::string text(int column) const { return std::string(row_.text(column)); }

  // Columns as kWorkerSelectColumns lists them, from `first` on (its row id at `first`).
  Worker worker(int first) const;
  PositionSpell spell(int first) const;  // position, start_date, end_date
  // Each followed by the row's id (record_id).
  ExamAttempt exam(int first) const;         // exam_date, exam, result, score, id
  Certificate certificate(int first) const;  // type, level, number, issue_date, issuer, id
  TrainingRecord training(
      int first) const;  // date, half_hours, category, course, provider, verified, id

 private:
  enum class BadCell { date, code };  // what the cell should have held
  [[noreturn]] void bad_cell(int column, BadCell kind) const;
  const sqlite::Statement& row_;
  std::string_view table_;
};

class IsoDates;

// A record's columns after its worker (?1), bound from ?2 on: one binding
// for the INSERT and the UPDATE of each table. (The bulk training INSERT
// binds its own, without copies.)
void bind_fields(sqlite::Statement& statement, const ExamAttempt& e, IsoDates& iso);
void bind_fields(sqlite::Statement& statement, const Certificate& c, IsoDates& iso);
void bind_fields(sqlite::Statement& statement, const TrainingRecord& t, IsoDates& iso);

// ISO text of dates, computed once per distinct day: an import of millions of
// training rows has only a few thousand distinct dates.
class IsoDates {
 public:
  const std::string& operator()(Date day);

 private:
  std::unordered_map<std::uint32_t, std::string> text_;
};

}  // namespace cwt
