#include "row_codec.hpp"

#include "cwt/model/codes.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

void RowReader::bad_cell(int column, BadCell kind) const {
  const std::string value = shown(row_.text(column));
  // For support staff: where exactly, in the log.
  const std::string where = "column " + std::to_string(column + 1) + " of: " + row_.sql();
  if (kind == BadCell::date)
    // TRANSLATORS: {1} is the stored text in quotes, {2} a table's name like "training".
    throw StoreError(tr("the database holds an invalid date {1} in table {2}; the file was "
                        "changed outside cwtrack: restore it from a backup copy",
                        value, table_),
                     where);
  // TRANSLATORS: {1} is the stored text in quotes, {2} a table's name like "training".
  throw StoreError(tr("the database holds an unknown code {1} in table {2}; the file was changed "
                      "outside cwtrack: restore it from a backup copy",
                      value, table_),
                   where);
}

namespace {

bool read_digits(std::string_view text, int& value) {
  value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// The store writes dates as YYYY-MM-DD: read that shape directly (loading
// every worker reads some hundred thousand dates) and leave any other text to
// the model's parse_date.
std::optional<Date> read_iso_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !read_digits(text.substr(0, 4), year) || !read_digits(text.substr(5, 2), month) ||
      !read_digits(text.substr(8, 2), day))
    return parse_date(text);
  if (year < 1400 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const auto y = static_cast<unsigned short>(year);
  const auto m = static_cast<unsigned short>(month);
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
  return Date(y, m, static_cast<unsigned short>(day));
}

}  // namespace

Date RowReader::date(int column) const {
  if (auto day = read_iso_date(row_.text(column))) return *day;
  bad_cell(column, BadCell::date);
}

std::optional<Date> RowReader::optional_date(int column) const {
  if (row_.is_null(column)) return std::nullopt;
  return date(column);
}

template <class E>
E RowReader::code(int column) const {
  const std::string_view text = row_.text(column);
  // The store writes the exact codes: compare those first, cheaply.
  for (const auto& entry : code_table<E>())
    if (entry.code == text) return entry.value;
  if (auto value = parse_code<E>(text)) return *value;
  bad_cell(column, BadCell::code);
}

Worker RowReader::worker(int first) const {
  Worker w;
  int c = first + 1;  // `first` is the row id
  w.id_number = text(c++);
  w.name = text(c++);
  w.gender = code<Gender>(c++);
  w.birth_date = date(c++);
  w.ethnicity = text(c++);
  w.political_status = optional_code<PoliticalStatus>(c++);
  w.education = optional_code<Education>(c++);
  w.phone = text(c++);
  w.org.district = text(c++);  // NULL (no district) reads as ""
  w.org.street = text(c++);
  w.org.community = text(c++);
  w.hire_date = date(c++);
  w.leave_date = optional_date(c++);
  w.position = code<Position>(c);
  return w;
}

PositionSpell RowReader::spell(int first) const {
  return {code<Position>(first), date(first + 1), optional_date(first + 2)};
}

ExamAttempt RowReader::exam(int first) const {
  ExamAttempt e;
  e.date = date(first);
  e.exam = code<ExamKind>(first + 1);
  e.result = code<ExamResult>(first + 2);
  if (!row_.is_null(first + 3)) e.score = row_.real(first + 3);
  e.record_id = row_.integer(first + 4);
  return e;
}

Certificate RowReader::certificate(int first) const {
  Certificate c;
  c.type = code<CertificateType>(first);
  c.level = optional_code<CertificateLevel>(first + 1);
  c.number = text(first + 2);
  c.issue_date = date(first + 3);
  c.issuer = text(first + 4);
  c.record_id = row_.integer(first + 5);
  return c;
}

TrainingRecord RowReader::training(int first) const {
  TrainingRecord t;
  t.date = date(first);
  t.half_hours = row_.int32(first + 1);
  t.category = code<TrainingCategory>(first + 2);
  t.course = text(first + 3);
  t.provider = text(first + 4);
  t.verified = row_.integer(first + 5) != 0;
  t.record_id = row_.integer(first + 6);
  return t;
}

void bind_fields(sqlite::Statement& statement, const ExamAttempt& e, IsoDates& iso) {
  statement.bind(2, iso(e.date)).bind(3, code(e.exam)).bind(4, code(e.result)).bind(5, e.score);
}
void bind_fields(sqlite::Statement& statement, const Certificate& c, IsoDates& iso) {
  statement.bind(2, code(c.type));
  if (c.level)
    statement.bind(3, code(*c.level));
  else
    statement.bind_null(3);
  statement.bind(4, c.number).bind(5, iso(c.issue_date)).bind(6, c.issuer);
}
void bind_fields(sqlite::Statement& statement, const TrainingRecord& t, IsoDates& iso) {
  statement.bind(2, iso(t.date))
      .bind(3, t.half_hours)
      .bind(4, code(t.category))
      .bind(5, t.course)
      .bind(6, t.provider)
      .bind(7, t.verified ? 1 : 0);
}

// Read by the event store (event_store.cpp).
template TrainingCategory RowReader::code<TrainingCategory>(int) const;
template Attendance RowReader::code<Attendance>(int) const;
template Audience RowReader::code<Audience>(int) const;

const std::string& IsoDates::operator()(Date day) {
  const auto key = static_cast<std::uint32_t>(day.day_number());
  auto found = text_.find(key);
  if (found == text_.end()) found = text_.emplace(key, to_iso(day)).first;
  return found->second;
}

}  // namespace cwt
