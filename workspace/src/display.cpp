#include "cwt/workspace/display.hpp"

#include "cwt/exchange/csv_writer.hpp"
#include "cwt/model/certification.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/terms.hpp"

namespace cwt {

std::string employment_state_text(const WorkerStatus& status, Language language) {
  const Worker& worker = *status.worker;
  const bool zh = language == Language::zh;
  std::string text(label(status.state, language));
  if (status.state == EmploymentState::not_started)
    text += (zh ? "（入职日期 " : " (hire date ") + local_date(worker.hire_date, language) +
            (zh ? "）" : ")");
  else if (status.state == EmploymentState::left && worker.leave_date)
    text += (zh ? "（离职日期 " : " (leave date ") + local_date(*worker.leave_date, language) +
            (zh ? "）" : ")");
  return text;
}

std::string cell_text(const WorkerStatus& status, WorkerColumn column, Language language,
                      bool full_id) {
  const Worker& worker = *status.worker;
  const auto& cert = status.certification;
  if (status.state != EmploymentState::active) {
    // No status to show (DOMAIN.md): where it would be, the employment
    // state and its date; the numbers of an active worker stay empty.
    switch (column) {
      case WorkerColumn::certification:
        return employment_state_text(status, language);
      case WorkerColumn::days_left:
      case WorkerColumn::required_hours:
      case WorkerColumn::completed_hours:
      case WorkerColumn::shortfall_hours:
      case WorkerColumn::training:
        return {};
      default:
        break;
    }
  }
  switch (column) {
    case WorkerColumn::name:
      return worker.name;
    case WorkerColumn::id_number:
      return full_id ? worker.id_number : mask_id_number(worker.id_number);
    case WorkerColumn::district:
      return worker.org.district;
    case WorkerColumn::street:
      return worker.org.street;
    case WorkerColumn::community:
      return worker.org.community;
    case WorkerColumn::position:
      return std::string(label(status.position, language));
    case WorkerColumn::age:
      return std::to_string(status.age);
    case WorkerColumn::certification: {
      std::string text(label(cert.status, language));
      if (cert.action) text += " · " + std::string(label(*cert.action, language));
      // A passed exam or a late certificate next to the status, before the
      // deadline: in a narrow column it is the deadline that is cut off.
      if (const std::string remark = certification_remark(cert, language); !remark.empty())
        text += (language == Language::zh ? "；" : "; ") + remark;
      const bool open = cert.status == CertificationStatus::pending ||
                        cert.status == CertificationStatus::due_soon ||
                        cert.status == CertificationStatus::overdue;
      if (open && cert.deadline)
        text += (language == Language::zh ? "（期限 " : " (deadline ") +
                local_date(*cert.deadline, language) + (language == Language::zh ? "）" : ")");
      return text;
    }
    case WorkerColumn::days_left:
      return cert.days_left ? std::to_string(*cert.days_left) : std::string();
    case WorkerColumn::required_hours:
      return format_hours(status.training.required_half_hours);
    case WorkerColumn::completed_hours:
      return format_hours(status.training.completed_half_hours);
    case WorkerColumn::shortfall_hours:
      return format_hours(status.training.shortfall_half_hours);
    case WorkerColumn::training:
      return std::string(label(status.training.status, language));
  }
  return {};
}

std::string column_title(WorkerColumn column, Language language) {
  const bool zh = language == Language::zh;
  switch (column) {
    case WorkerColumn::name:
      return term_text(Term::name, language);
    case WorkerColumn::id_number:
      return term_text(Term::id_number, language);
    case WorkerColumn::district:
      return term_text(Term::district, language);
    case WorkerColumn::street:
      return term_text(Term::street, language);
    case WorkerColumn::community:
      return term_text(Term::community, language);
    case WorkerColumn::position:
      return term_text(Term::position, language);
    case WorkerColumn::age:
      return term_text(Term::age, language);
    case WorkerColumn::certification:
      return term_text(Term::certification, language);
    case WorkerColumn::days_left:
      return term_text(Term::days_left, language);
    case WorkerColumn::required_hours:
      return zh ? "应修学时" : "Required hours";
    case WorkerColumn::completed_hours:
      return zh ? "已修学时" : "Completed hours";
    case WorkerColumn::shortfall_hours:
      return zh ? "差额学时" : "Shortfall hours";
    case WorkerColumn::training:
      return term_text(Term::training, language);
  }
  return {};
}

void write_worker_list_csv(std::ostream& out, std::span<const WorkerStatus> statuses,
                           std::span<const std::size_t> rows, Language language) {
  out << "\xEF\xBB\xBF";
  bool first = true;
  for (const WorkerColumn column : kWorkerColumns) {
    out << (first ? "" : ",") << csv_field(column_title(column, language));
    first = false;
  }
  out << "\r\n";
  // Numbers this program computed are written as numbers (days left may be
  // negative); every text passes the formula guard.
  const auto is_number = [](WorkerColumn column) {
    return column == WorkerColumn::age || column == WorkerColumn::days_left ||
           column == WorkerColumn::required_hours || column == WorkerColumn::completed_hours ||
           column == WorkerColumn::shortfall_hours;
  };
  for (const std::size_t row : rows) {
    first = true;
    for (const WorkerColumn column : kWorkerColumns) {
      const std::string text = cell_text(statuses[row], column, language, true);
      out << (first ? "" : ",") << (is_number(column) ? text : csv_field(text));
      first = false;
    }
    out << "\r\n";
  }
}

namespace {

// A column's share of the printed width: an ID number 18 digits, a name or a
// place a few characters, numbers two or three digits.
double printed_share(WorkerColumn column) {
  switch (column) {
    case WorkerColumn::id_number:
      return 11;
    case WorkerColumn::position:
      return 7;
    case WorkerColumn::street:
    case WorkerColumn::community:
    case WorkerColumn::certification:
      return 6;
    case WorkerColumn::name:
    case WorkerColumn::district:
    case WorkerColumn::training:
      return 5;
    case WorkerColumn::age:
      return 3;
    default:
      return 4;
  }
}

}  // namespace

reports::Document worker_list_document(std::span<const WorkerStatus> statuses,
                                       std::span<const std::size_t> rows, Language language,
                                       Date day) {
  using reports::Cell;
  reports::Document document;
  document.language = language;
  document.name = "workers";
  document.title = language == Language::zh ? "社区工作者名单" : "Community workers";
  document.as_of = day;
  // A paper in the workbook (title, organisation and signature lines): its
  // thirteen columns take an A4 page's length, each as wide as its values
  // need relative to the others (the page setup follows these shares).
  document.landscape = true;
  reports::Table table;
  for (const WorkerColumn column : kWorkerColumns)
    table.columns.push_back(
        {column_title(column, language), printed_share(column), reports::Align::left});
  for (const std::size_t index : rows) {
    const WorkerStatus& status = statuses[index];
    reports::Row row{reports::RowKind::data, {}};
    const bool active = status.state == EmploymentState::active;
    for (const WorkerColumn column : kWorkerColumns) {
      const bool number_of_active = column == WorkerColumn::required_hours ||
                                    column == WorkerColumn::completed_hours ||
                                    column == WorkerColumn::shortfall_hours;
      if (!active && number_of_active) {
        row.cells.push_back(Cell::of_text(""));
        continue;
      }
      switch (column) {
        case WorkerColumn::age:
          row.cells.push_back(Cell::of_integer(status.age));
          break;
        case WorkerColumn::days_left:
          row.cells.push_back(status.certification.days_left
                                  ? Cell::of_integer(*status.certification.days_left)
                                  : Cell::of_text(""));
          break;
        case WorkerColumn::required_hours:
          row.cells.push_back(Cell::of_hours(status.training.required_half_hours));
          break;
        case WorkerColumn::completed_hours:
          row.cells.push_back(Cell::of_hours(status.training.completed_half_hours));
          break;
        case WorkerColumn::shortfall_hours:
          row.cells.push_back(Cell::of_hours(status.training.shortfall_half_hours));
          break;
        default:
          row.cells.push_back(Cell::of_text(cell_text(status, column, language, true)));
      }
    }
    table.rows.push_back(std::move(row));
  }
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

}  // namespace cwt
