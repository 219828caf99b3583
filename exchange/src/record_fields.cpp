#include "cwt/exchange/record_fields.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>
#include <type_traits>

#include "cwt/exchange/cell_values.hpp"
#include "cwt/exchange/csv_table.hpp"
#include "cwt/model/birth_date.hpp"
#include "cwt/model/codes.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"

namespace cwt {

namespace {

std::string in_quotes(std::string_view text) { return shown(text); }

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

// Excel shows long digit strings in scientific notation ("1.20101E+17") and
// keeps only 15 significant digits: the ID number is lost, not just misshown.
bool looks_like_excel_number(std::string_view text) {
  const std::size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos || e == 0) return false;
  const std::string_view mantissa = text.substr(0, e);
  std::string_view exponent = text.substr(e + 1);
  if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-'))
    exponent.remove_prefix(1);
  const auto digits_and_dot = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos &&
           std::count(s.begin(), s.end(), '.') <= 1;
  };
  return digits_and_dot(mantissa) && !exponent.empty() &&
         exponent.find_first_not_of("0123456789") == std::string_view::npos;
}

// The accepted values of an enum for a message: for the command line, which
// takes codes, "a (甲), b (乙)"; for the desktop program the values as the
// file may hold them in the message's language: "甲，乙" in Chinese (a label may hold a 、), the
// codes in English (English labels are not read).
template <class E>
std::string accepted_values() {
  const bool command_line = message_reader() == Reader::command_line;
  const bool chinese = message_language() == Language::zh;
  std::string out;
  for (const auto& entry : code_table<E>()) {
    if (!out.empty()) out += !command_line && chinese ? "，" : ", ";
    if (command_line)
      out += std::string(entry.code) + " (" + std::string(entry.label_zh) + ")";
    else
      out += chinese ? entry.label_zh : entry.code;
  }
  return out;
}

// Why `value` is refused as a code of E, with the codes it accepts: one
// whole sentence for each kind of code.
template <class E>
std::string unknown_code(const std::string& value) {
  const std::string accepted = accepted_values<E>();
  if constexpr (std::is_same_v<E, Gender>)
    // TRANSLATORS: {1} is the value given, {2} the accepted codes: "female (女), male (男)".
    return tr("{1} is not a known gender; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, PoliticalStatus>)
    return tr("{1} is not a known political status; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, Education>)
    return tr("{1} is not a known education; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, Position>)
    return tr("{1} is not a known position; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, ExamKind>)
    return tr("{1} is not a known exam; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, ExamResult>)
    return tr("{1} is not a known exam result; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, CertificateType>)
    return tr("{1} is not a known certificate type; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, CertificateLevel>)
    return tr("{1} is not a known certificate level; use one of {2}", value, accepted);
  else if constexpr (std::is_same_v<E, Audience>)
    return tr("{1} is not a known audience; use one of {2}", value, accepted);
  else {
    static_assert(std::is_same_v<E, TrainingCategory>, "a code without its message");
    return tr("{1} is not a known training category; use one of {2}", value, accepted);
  }
}

// The kinds of record the parse functions read.
enum class RecordKind { worker, position, exam, certificate, training, event, course };

// The problem of a field name that `kind` does not have (shown after it).
std::string not_a_field(RecordKind kind) {
  switch (kind) {
    case RecordKind::worker:
      return tr("is not a field of worker records");
    case RecordKind::position:
      return tr("is not a field of position records");
    case RecordKind::exam:
      return tr("is not a field of exam records");
    case RecordKind::certificate:
      return tr("is not a field of certificate records");
    case RecordKind::training:
      return tr("is not a field of training records");
    case RecordKind::course:
      return tr("is not a field of a planned course");
    case RecordKind::event:
      break;
  }
  return tr("is not a field of training event records");
}

// No field of any record holds more (the longest free text, kMaxLongChars).
constexpr std::size_t kMaxCellChars = kMaxLongChars;

// Reads the fields of one record, collecting a problem for each field that is
// missing, unknown or not parseable; the typed readers return nothing then.
class FieldReader {
 public:
  FieldReader(const FieldValues& values, std::span<const FieldSpec> specs, RecordKind record,
              Problems& problems)
      : values_(values), specs_(specs), problems_(problems) {
    for (const auto& entry : values) {
      // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
      const std::string& name = entry.first;
      const bool known = std::any_of(specs.begin(), specs.end(),
                                     [&](const FieldSpec& spec) { return spec.name == name; });
      if (!known) add(name, not_a_field(record));
    }
  }

  // The trimmed text; a problem when a required field is empty.
  std::string text(std::string_view name) {
    std::string value;
    for (const auto& [field, raw] : values_)
      if (field == name) {
        value = trim_blanks(raw);
        break;
      }
    if (value.empty() && required(name)) add(name, tr("a value is required"));
    // Every value, coded or free, is text the program may show or store:
    // the model's limits for free texts are checked with the record.
    if (auto problem = text_problem(value, kMaxCellChars)) {
      add(name, std::move(*problem));
      return {};
    }
    return value;
  }

  std::optional<Date> date(std::string_view name) {
    const std::string value = text(name);
    if (value.empty()) return std::nullopt;
    auto parsed = parse_date(value);
    if (!parsed)
      add(name, tr("{1} is not a valid date (write it as 2024-03-01, 2024/3/1 or 2024年3月1日)",
                   in_quotes(value)));
    return parsed;
  }

  // A birth date, or a month as rosters write 出生年月 (cell_values.hpp).
  std::optional<GivenBirth> birth(std::string_view name) {
    const std::string value = text(name);
    if (value.empty()) return std::nullopt;
    auto given = given_birth(value);
    if (!given || (given->months.empty() && !given->day))
      add(name, tr("{1} is not a valid date (write it as 2024-03-01, 2024/3/1 or 2024年3月1日)",
                   in_quotes(value)));
    return given;
  }

  template <class E>
  std::optional<E> code(std::string_view name) {
    const std::string value = text(name);
    if (value.empty()) return std::nullopt;
    auto parsed = parse_code<E>(value);
    if (!parsed) add(name, unknown_code<E>(in_quotes(value)));
    return parsed;
  }

  std::optional<IdNumber> id_number(std::string_view name, Date today) {
    const std::string value = text(name);
    if (value.empty()) return std::nullopt;
    auto parsed = parse_id_number(value, today);
    if (parsed) return std::move(parsed).value();
    if (looks_like_excel_number(value))
      add(name, tr("{1} is an ID number that Excel turned into a number, which loses its last "
                   "digits: format the ID number column as text and enter the numbers again",
                   in_quotes(value)));
    else
      add(name, parsed.error());
    return std::nullopt;
  }

  void add(std::string_view name, std::string message) {
    problems_.push_back(FieldProblem{std::string(name), std::move(message)});
  }

 private:
  bool required(std::string_view name) const {
    return std::any_of(specs_.begin(), specs_.end(),
                       [&](const FieldSpec& spec) { return spec.name == name && spec.required; });
  }

  const FieldValues& values_;
  std::span<const FieldSpec> specs_;
  Problems& problems_;
};

bool has_problem(const Problems& problems, std::string_view field) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const FieldProblem& problem) { return problem.field == field; });
}

// Adds the model's problems, except on fields that already have one: a field
// that could not be read has no value for a rule to judge.
void add_rule_problems(Problems& problems, const Problems& from_rules) {
  std::set<std::string> reported;
  for (const auto& problem : problems) reported.insert(problem.field);
  for (const auto& problem : from_rules)
    if (!reported.contains(problem.field)) problems.push_back(problem);
}

}  // namespace

std::optional<bool> parse_yes_no(std::string_view text) {
  const std::string value = ascii_lower(trim_blanks(text));
  if (value.empty() || value == "yes" || value == "true" || value == "1" || value == "是")
    return true;
  if (value == "no" || value == "false" || value == "0" || value == "否") return false;
  return std::nullopt;
}

Expected<std::optional<double>> parse_score(std::string_view text) {
  const std::string value(trim_blanks(text));
  if (value.empty()) return std::optional<double>();
  const auto fail = [&] {
    return Expected<std::optional<double>>::failure(
        tr("{1} is not a score from 0 to 100", in_quotes(value)));
  };
  // Plain decimal digits only: no sign, exponent, "inf" or "nan".
  const std::size_t dot = value.find('.');
  const std::string_view whole = std::string_view(value).substr(0, dot);
  const std::string_view fraction =
      dot == std::string::npos ? std::string_view() : std::string_view(value).substr(dot + 1);
  const auto all_digits = [](std::string_view s) {
    return s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
      (dot != std::string::npos && fraction.empty()))
    return fail();
  double score = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), score);
  if (error != std::errc() || end != value.data() + value.size() || score < 0 || score > 100)
    return fail();
  return std::optional<double>(score);
}

ParsedWorker parse_worker(const FieldValues& fields, Date today) {
  ParsedWorker out;
  FieldReader read(fields, worker_fields(), RecordKind::worker, out.problems);
  Worker& worker = out.record;

  const auto id = read.id_number("id_number", today);
  worker.name = read.text("name");
  const auto gender = read.code<Gender>("gender");
  const auto birth = read.birth("birth_date");
  worker.ethnicity = read.text("ethnicity");
  worker.political_status = read.code<PoliticalStatus>("political_status");
  worker.education = read.code<Education>("education");
  worker.phone = read.text("phone");
  worker.org.district = read.text("district");
  worker.org.street = read.text("street");
  worker.org.community = read.text("community");
  const auto hire_date = read.date("hire_date");
  worker.leave_date = read.date("leave_date");
  const auto position = read.code<Position>("position");
  if (position) worker.position = *position;

  // The rules compare the dates with each other and with the ID number: they
  // wait until those could be read.
  if (id) worker.id_number = id->digits;
  if (!id || !hire_date || has_problem(out.problems, "leave_date") ||
      has_problem(out.problems, "birth_date"))
    return out;
  worker.hire_date = *hire_date;
  // Entered values go to the record so that check_worker compares them with
  // the ID number; empty ones are taken from it.
  worker.gender = gender.value_or(id->gender);
  // A birth date or month beside the ID number only repeats it (or, a
  // month, reads one way that does).
  worker.birth_date = id->birth_date;
  if (birth)
    if (auto problem = birth_disagreement(*birth, id->birth_date))
      read.add("birth_date", std::move(*problem));
  add_rule_problems(out.problems, check_worker(worker, today));
  return out;
}

ParsedPosition parse_position(const FieldValues& fields, Date today) {
  ParsedPosition out;
  FieldReader read(fields, position_fields(), RecordKind::position, out.problems);
  const auto id = read.id_number("id_number", today);
  const auto position = read.code<Position>("position");
  const auto start = read.date("start_date");
  out.record.spell.end = read.date("end_date");
  if (id) out.record.id_number = id->digits;
  if (position) out.record.spell.position = *position;
  if (!start || has_problem(out.problems, "end_date")) return out;
  out.record.spell.start = *start;
  add_rule_problems(out.problems, check_history(std::span(&out.record.spell, 1)));
  return out;
}

ParsedExam parse_exam(const FieldValues& fields, Date today) {
  ParsedExam out;
  FieldReader read(fields, exam_fields(), RecordKind::exam, out.problems);
  ExamAttempt& exam = out.record;
  const auto id = read.id_number("id_number", today);
  const auto date = read.date("exam_date");
  const auto kind = read.code<ExamKind>("exam");
  const auto result = read.code<ExamResult>("result");
  const auto score = parse_score(read.text("score"));
  if (score)
    exam.score = *score;
  else
    read.add("score", score.error());
  if (id) exam.id_number = id->digits;
  if (kind) exam.exam = *kind;
  if (result) exam.result = *result;
  if (!date) return out;
  exam.date = *date;
  add_rule_problems(out.problems, check_exam(exam, today));
  return out;
}

ParsedCertificate parse_certificate(const FieldValues& fields, Date today) {
  ParsedCertificate out;
  FieldReader read(fields, certificate_fields(), RecordKind::certificate, out.problems);
  Certificate& certificate = out.record;
  const auto id = read.id_number("id_number", today);
  const auto type = read.code<CertificateType>("type");
  certificate.level = read.code<CertificateLevel>("level");
  certificate.number = read.text("number");
  const auto issue_date = read.date("issue_date");
  certificate.issuer = read.text("issuer");
  if (id) certificate.id_number = id->digits;
  if (type) certificate.type = *type;
  if (!issue_date) return out;
  certificate.issue_date = *issue_date;
  add_rule_problems(out.problems, check_certificate(certificate, today));
  return out;
}

ParsedTraining parse_training(const FieldValues& fields, Date today, const Policy& policy) {
  ParsedTraining out;
  FieldReader read(fields, training_fields(), RecordKind::training, out.problems);
  TrainingRecord& record = out.record;
  const auto id = read.id_number("id_number", today);
  const auto date = read.date("date");
  const std::string hours_text = read.text("hours");
  const auto category = read.code<TrainingCategory>("category");
  record.course = read.text("course");
  record.provider = read.text("provider");
  const std::string verified_text = read.text("verified");
  if (const auto verified = parse_yes_no(verified_text))
    record.verified = *verified;
  else
    read.add("verified", tr("{1} is not yes/no, 是/否, true/false or 1/0", in_quotes(verified_text)));
  if (!hours_text.empty()) {
    const auto hours = parse_hours(hours_text);
    if (hours)
      record.half_hours = *hours;
    else
      read.add("hours", hours.error());
  }
  if (id) record.id_number = id->digits;
  if (category) record.category = *category;
  if (!date) return out;
  // Unread hours stay 0: the rule's complaint about them is dropped as a
  // duplicate, and the date is still checked.
  record.date = *date;
  add_rule_problems(out.problems, check_training(record, today, policy));
  return out;
}

ParsedEvent parse_event(const FieldValues& fields, Date today, const Policy& policy) {
  ParsedEvent out;
  FieldReader read(fields, event_fields(), RecordKind::event, out.problems);
  TrainingEvent& event = out.record;
  event.course = read.text("course");
  const auto category = read.code<TrainingCategory>("category");
  const std::string hours_text = read.text("hours");
  const auto first = read.date("date");
  const auto last = read.date("end_date");
  event.provider = read.text("provider");
  if (category) event.category = *category;
  if (!hours_text.empty()) {
    if (const auto hours = parse_hours(hours_text))
      event.half_hours = *hours;
    else
      read.add("hours", hours.error());
  }
  if (!first) return out;
  event.first_day = *first;
  event.last_day = last.value_or(*first);
  add_rule_problems(out.problems, check_event(event, today, policy));
  return out;
}

FieldValues fields_of(const TrainingEvent& event) {
  return {
      {"course", event.course},
      {"category", std::string(code(event.category))},
      {"hours", format_hours(event.half_hours)},
      {"date", to_iso(event.first_day)},
      {"end_date", to_iso(event.last_day)},
      {"provider", event.provider},
  };
}

FieldValues fields_of(const PlannedCourse& course) {
  std::string dates;
  for (const Date day : course.dates) dates += (dates.empty() ? "" : ",") + to_iso(day);
  return {
      {"title", course.title},
      {"category", std::string(code(course.category))},
      {"hours", format_hours(course.half_hours)},
      {"month", course.dates.empty() ? std::to_string(course.month) : std::string()},
      {"dates", dates},
      {"capacity", std::to_string(course.capacity)},
      {"audience", std::string(code(course.audience))},
      {"provider", course.provider},
  };
}

FieldValues fields_of(const PositionRow& row) {
  return {{"id_number", row.id_number},
          {"position", std::string(code(row.spell.position))},
          {"start_date", to_iso(row.spell.start)},
          {"end_date", row.spell.end ? to_iso(*row.spell.end) : std::string()}};
}

FieldValues fields_of(const ExamAttempt& exam) {
  std::string score;
  if (exam.score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", *exam.score);
    score = buffer;
  }
  return {{"id_number", exam.id_number},
          {"exam_date", to_iso(exam.date)},
          {"exam", std::string(code(exam.exam))},
          {"result", std::string(code(exam.result))},
          {"score", score}};
}

FieldValues fields_of(const Certificate& certificate) {
  return {{"id_number", certificate.id_number},
          {"type", std::string(code(certificate.type))},
          {"level", certificate.level ? std::string(code(*certificate.level)) : std::string()},
          {"number", certificate.number},
          {"issue_date", to_iso(certificate.issue_date)},
          {"issuer", certificate.issuer}};
}

FieldValues fields_of(const TrainingRecord& record) {
  return {{"id_number", record.id_number},
          {"date", to_iso(record.date)},
          {"hours", format_hours(record.half_hours)},
          {"category", std::string(code(record.category))},
          {"course", record.course},
          {"provider", record.provider},
          {"verified", record.verified ? "yes" : "no"}};
}

FieldValues fields_of(const Worker& worker) {
  const auto optional_date = [](const std::optional<Date>& day) {
    return day ? to_iso(*day) : std::string();
  };
  return {
      {"id_number", worker.id_number},
      {"name", worker.name},
      {"gender", std::string(code(worker.gender))},
      {"birth_date", to_iso(worker.birth_date)},
      {"ethnicity", worker.ethnicity},
      {"political_status",
       worker.political_status ? std::string(code(*worker.political_status)) : std::string()},
      {"education", worker.education ? std::string(code(*worker.education)) : std::string()},
      {"phone", worker.phone},
      {"district", worker.org.district},
      {"street", worker.org.street},
      {"community", worker.org.community},
      {"hire_date", to_iso(worker.hire_date)},
      {"leave_date", optional_date(worker.leave_date)},
      {"position", std::string(code(worker.position))},
  };
}

namespace {

// Plain decimal digits, at most 6 (no sign, no blanks inside).
std::optional<long> parse_whole_number(std::string_view text) {
  if (text.empty() || text.size() > 6 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stol(std::string(text));
}

}  // namespace

ParsedCourse parse_course(const FieldValues& fields, int year, const Policy& policy) {
  ParsedCourse out;
  FieldReader read(fields, course_fields(), RecordKind::course, out.problems);
  PlannedCourse& course = out.record;
  course.title = read.text("title");
  if (const auto category = read.code<TrainingCategory>("category")) course.category = *category;
  const std::string hours_text = read.text("hours");
  if (!hours_text.empty()) {
    if (const auto hours = parse_hours(hours_text); hours && *hours > 0)
      course.half_hours = *hours;
    else
      read.add("hours", hours ? tr("the hours must be more than 0") : hours.error());
  }
  const std::string month_text = read.text("month");
  const std::string dates_text = read.text("dates");
  if (month_text.empty() == dates_text.empty())
    read.add(month_text.empty() ? "dates" : "month",
             tr("give the month the course is held in, or its dates, one of the two"));
  if (!month_text.empty()) {
    const auto month = parse_whole_number(month_text);
    if (month && *month >= 1 && *month <= 12)
      course.month = static_cast<int>(*month);
    else
      read.add("month", tr("{1} is not a month (1 to 12)", in_quotes(month_text)));
  }
  std::string_view rest = dates_text;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string one(trim_blanks(rest.substr(0, comma)));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const auto day = parse_date(one);
    if (!day) {
      read.add("dates", tr("{1} is not a valid date (write it as 2024-03-01, 2024/3/1 or "
                           "2024年3月1日)",
                           in_quotes(one)));
      continue;
    }
    if (day->year() != year) {
      read.add("dates", tr("{1} is not in the plan's year {2}", to_iso(*day), year));
      continue;
    }
    if (std::find(course.dates.begin(), course.dates.end(), *day) != course.dates.end()) {
      read.add("dates", tr("{1} is given twice", to_iso(*day)));
      continue;
    }
    course.dates.push_back(*day);
  }
  std::sort(course.dates.begin(), course.dates.end());
  const std::string capacity_text = read.text("capacity");
  if (!capacity_text.empty()) {
    const auto capacity = parse_whole_number(capacity_text);
    if (capacity && *capacity >= 1 && *capacity <= kMaxCourseSeats)
      course.capacity = static_cast<int>(*capacity);
    else
      read.add("capacity",
               tr("{1} is not a number of seats (a whole number from 1)", in_quotes(capacity_text)));
  }
  if (const auto audience = read.code<Audience>("audience")) course.audience = *audience;
  course.provider = read.text("provider");
  // The model's rules (the hours limit of a training record among them) on
  // what was read: only for fields read without a problem of their own.
  add_rule_problems(out.problems, check_course(course, year, policy));
  return out;
}

namespace {

template <class E>
std::optional<std::string> label_of(const std::string& value, Language language) {
  if (const auto parsed = parse_code<E>(value)) return std::string(label(*parsed, language));
  return std::nullopt;
}

}  // namespace

std::optional<std::string> code_label(std::string_view field, const std::string& value,
                                      Language language) {
  if (field == "gender") return label_of<Gender>(value, language);
  if (field == "political_status") return label_of<PoliticalStatus>(value, language);
  if (field == "education") return label_of<Education>(value, language);
  if (field == "position") return label_of<Position>(value, language);
  if (field == "exam") return label_of<ExamKind>(value, language);
  if (field == "result") return label_of<ExamResult>(value, language);
  if (field == "type") return label_of<CertificateType>(value, language);
  if (field == "level") return label_of<CertificateLevel>(value, language);
  if (field == "category") return label_of<TrainingCategory>(value, language);
  if (field == "audience") return label_of<Audience>(value, language);
  if (field == "attendance") return label_of<Attendance>(value, language);
  if (field == "verified")
    if (const auto yes = parse_yes_no(value))
      return std::string(language == Language::zh ? (*yes ? "是" : "否") : (*yes ? "yes" : "no"));
  return std::nullopt;
}

std::string shown_value(std::string_view field, const std::string& value, Language language) {
  if (language != Language::zh || value.empty()) return value;
  return code_label(field, value, language).value_or(value);
}

}  // namespace cwt
