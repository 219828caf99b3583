#include "cwt/workspace/history.hpp"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <span>

#include "cwt/exchange/record_fields.hpp"
#include "cwt/model/dates.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/local_dates.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/platform/local_time.hpp"

namespace cwt {

namespace {

bool chinese(Language language) { return language == Language::zh; }

// The field specs of the records a table holds, where it holds one of the
// import's record kinds: their names are the columns' names.
std::span<const FieldSpec> fields_of_table(std::string_view table) {
  if (table == "worker" || table == "training_plan") return worker_fields();
  if (table == "position_spell") return position_fields();
  if (table == "exam_attempt") return exam_fields();
  if (table == "certificate") return certificate_fields();
  if (table == "training") return training_fields();
  if (table == "training_event") return event_fields();
  if (table == "plan_course") return course_fields();
  return {};
}

// The field a column holds where the field is named otherwise (half_hours
// is the import's hours, an event's first day its date).
std::string_view field_of_column(std::string_view table, std::string_view column) {
  if (column == "half_hours") return "hours";
  if (column == "community_id") return "community";
  if (table == "training_event" && column == "first_day") return "date";
  if (table == "training_event" && column == "last_day") return "end_date";
  return column;
}

std::optional<std::string> spec_label(std::span<const FieldSpec> fields, std::string_view name,
                                      Language language) {
  for (const FieldSpec& spec : fields)
    if (spec.name == name) return field_label(spec, language);
  return std::nullopt;
}

// Columns that only tie rows together: the worker's row id (the history is
// the worker's own), the training record an attendance credits (its hours
// show in the training record's own entry), a community's parent.
bool internal_column(std::string_view column) {
  return column == "worker_id" || column == "training_id" || column == "parent_id";
}

std::string value_text(const nlohmann::ordered_json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number_float()) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value.get<double>());
    return text;
  }
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

bool empty_value(const nlohmann::ordered_json& value) {
  return value.is_null() || (value.is_string() && value.get<std::string>().empty());
}

std::string month_text(int month, Language language) {
  static constexpr std::array<std::string_view, 12> months_en{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (month < 1 || month > 12) return std::to_string(month);
  return chinese(language) ? std::to_string(month) + "月"
                           : std::string(months_en.at(static_cast<std::size_t>(month - 1)));
}

std::string date_text(const std::string& text, Language language) {
  const auto day = parse_date(text);
  return day ? local_date(*day, language) : text;
}

// A logged value as people read it: a code by its label, a date the local
// way, hours as hours, an id by the name of what it points at.
std::string shown(const AuditEntry& entry, std::string_view column,
                  const nlohmann::ordered_json& value, Language language) {
  const bool zh = chinese(language);
  if (empty_value(value)) return "—";
  if (column.ends_with("_id") && value.is_number_integer()) {
    const std::int64_t id = value.get<std::int64_t>();
    if (const auto names = entry.names.find(std::string(column)); names != entry.names.end())
      if (const auto name = names->second.find(id); name != names->second.end()) {
        // An event is named with its first day, ISO: shown the local way.
        const std::string& text = name->second;
        if (column == "event_id" && text.size() > 11 && text[text.size() - 11] == ' ')
          if (const auto day = parse_date(text.substr(text.size() - 10)))
            return text.substr(0, text.size() - 10) + local_date(*day, language);
        return text;
      }
    // Loaded in bulk, or gone without a trace in the log.
    return zh ? "（编号 " + std::to_string(id) + "）" : "(no. " + std::to_string(id) + ")";
  }
  const std::string text = value_text(value);
  if (column == "half_hours" && value.is_number_integer())
    return format_hours(value.get<std::int64_t>());
  if (column == "by_hand")
    return text == "1" ? (zh ? "手工安排" : "by hand")
                       : (zh ? "自动安排" : "by the automatic fill");
  if (column == "month" && value.is_number_integer()) return month_text(value.get<int>(), language);
  if (column == "dates") {
    std::string days;
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t comma = std::min(text.find(',', start), text.size());
      if (comma > start)
        days += (days.empty() ? "" : (zh ? "、" : ", ")) +
                date_text(text.substr(start, comma - start), language);
      start = comma + 1;
    }
    return days;
  }
  if (column.ends_with("date") || column.ends_with("_day")) return date_text(text, language);
  if (entry.table == "org_unit" && column == "kind") {
    if (text == "district") return zh ? "区" : "district";
    if (text == "street") return zh ? "街道" : "street";
    if (text == "community") return zh ? "社区" : "community";
  }
  if (entry.table == "settings" && column == "key") return setting_label(text);
  if (const auto label = code_label(field_of_column(entry.table, column), text, language))
    return *label;
  return text;
}

nlohmann::ordered_json parsed_object(const std::string& text) {
  if (text.empty()) return nlohmann::ordered_json::object();
  auto parsed = nlohmann::ordered_json::parse(text, nullptr, false);
  return parsed.is_object() ? parsed : nlohmann::ordered_json::object();
}

// The description's command (as the programs write it) and its words.
struct Source {
  std::string_view command;
  std::string_view zh;
  std::string_view en;
  bool keeps_argument;  // the rest names a plan, a course or an event; else an ID or a code
};
constexpr std::array kSources{
    Source{"worker add", "新增人员", "Worker added", false},
    Source{"worker edit", "编辑人员信息", "Worker edited", false},
    Source{"exam add", "登记考试", "Exam recorded", false},
    Source{"cert add", "登记证书", "Certificate recorded", false},
    Source{"training add", "登记培训学时", "Training recorded", false},
    Source{"event add", "新建培训活动", "Training event added", true},
    Source{"event edit", "修改培训活动", "Training event changed", true},
    Source{"event attend", "登记出席", "Attendance marked", false},
    Source{"plan create", "新建培训计划", "Plan created", true},
    Source{"plan delete", "删除培训计划", "Plan deleted", true},
    Source{"plan add-course", "添加课程", "Course added", true},
    Source{"plan assign", "安排参训", "Assigned to a course", true},
    Source{"plan unassign", "取消参训安排", "Taken off a course", true},
    Source{"plan fill", "自动安排参训", "Plan filled", true},
    Source{"plan attend", "登记出席", "Attendance marked", true},
    Source{"demo plan", "示例培训计划", "Sample plan", true},
};

std::string import_kind_words(std::string_view kind, Language language) {
  const bool zh = chinese(language);
  if (kind == "workers") return zh ? "人员" : "workers";
  if (kind == "positions") return zh ? "任职经历" : "positions";
  if (kind == "exams") return zh ? "考试记录" : "exams";
  if (kind == "certificates") return zh ? "证书" : "certificates";
  if (kind == "training") return zh ? "培训记录" : "training";
  return std::string(kind);
}

// "import workers f.xlsx (27 rows, 2 rejected)" (exchange's importer).
std::optional<std::string> import_source(std::string_view text, Language language) {
  constexpr std::string_view prefix = "import ";
  if (!text.starts_with(prefix)) return std::nullopt;
  text.remove_prefix(prefix.size());
  const auto space = text.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view kind = text.substr(0, space);
  std::string_view rest = text.substr(space + 1);
  unsigned long rows = 0, rejected = 0;
  std::string_view file = rest;
  if (const auto open = rest.rfind(" ("); open != std::string_view::npos && rest.ends_with(")")) {
    const std::string counts(rest.substr(open + 2, rest.size() - open - 3));
    if (std::sscanf(counts.c_str(), "%lu rows, %lu rejected", &rows, &rejected) >= 1)
      file = rest.substr(0, open);
  }
  const bool zh = chinese(language);
  std::string out = (zh ? "导入" : "Imported ") + import_kind_words(kind, language) +
                    (zh ? " " : " from ") + std::string(file);
  if (file != rest) {
    out += zh ? "（" + std::to_string(rows) + " 行" : " (" + std::to_string(rows) + " rows";
    if (rejected > 0)
      out += zh ? "，" + std::to_string(rejected) + " 行未导入"
                : ", " + std::to_string(rejected) + " rejected";
    out += zh ? "）" : ")";
  }
  return out;
}

}  // namespace

UtcOffset local_zone() { return local_utc_offset_minutes; }

std::string local_time_text(std::string_view utc, Language language, const UtcOffset& offset) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  const std::string text(utc);
  char zone = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &zone) !=
          7 ||
      zone != 'Z')
    return text;
  const auto day = parse_date(text.substr(0, 10));
  if (!day) return text;
  const Date epoch(1970, 1, 1);
  const std::int64_t seconds =
      static_cast<std::int64_t>((*day - epoch).days()) * 86400 + h * 3600 + mi * 60 + s;
  const std::int64_t local = seconds + std::int64_t{offset(seconds)} * 60;
  const std::int64_t days = (local >= 0 ? local : local - 86399) / 86400;
  const std::int64_t in_day = local - days * 86400;
  const Date local_day = epoch + boost::gregorian::days(static_cast<long>(days));
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(in_day / 3600),
                static_cast<int>(in_day % 3600 / 60));
  return local_date(local_day, language) + " " + clock;
}

std::optional<std::string> column_label(std::string_view table, std::string_view column,
                                        Language language) {
  const bool zh = chinese(language);
  if (internal_column(column)) return std::nullopt;
  if (column == "course_id") return spec_label(event_fields(), "course", language);
  if (column == "event_id") return zh ? "培训活动" : "Training event";
  if (column == "plan_id") return zh ? "培训计划" : "Training plan";
  if (column == "by_hand") return zh ? "安排方式" : "Assigned";
  if (column == "attendance") return zh ? "出席情况" : "Attendance";
  if (table == "training_plan" && column == "name") return zh ? "计划名称" : "Plan name";
  if (table == "training_plan" && column == "year") return zh ? "年度" : "Year";
  if (table == "org_unit" && column == "kind") return zh ? "层级" : "Level";
  if (table == "org_unit" && column == "name") return zh ? "名称" : "Name";
  if (table == "settings" && column == "key") return zh ? "设置项" : "Setting";
  if (table == "settings" && column == "value") return zh ? "值" : "Value";
  return spec_label(fields_of_table(table), field_of_column(table, column), language);
}

std::string record_kind(std::string_view table, Language language) {
  const bool zh = chinese(language);
  if (table == "worker") return zh ? "人员信息" : "Profile";
  if (table == "position_spell") return zh ? "任职经历" : "Position";
  if (table == "exam_attempt") return zh ? "考试" : "Exam";
  if (table == "certificate") return zh ? "证书" : "Certificate";
  if (table == "training") return zh ? "培训记录" : "Training";
  if (table == "event_attendance") return zh ? "培训活动出席" : "Event attendance";
  if (table == "plan_assignment") return zh ? "培训安排" : "Course assignment";
  if (table == "plan_course") return zh ? "培训计划课程" : "Planned course";
  if (table == "training_plan") return zh ? "培训计划" : "Training plan";
  if (table == "training_event") return zh ? "培训活动" : "Training event";
  if (table == "settings") return zh ? "设置" : "Setting";
  if (table == "org_unit") return zh ? "区、街道、社区" : "District, street, community";
  return std::string(table);
}

std::string action_word(std::string_view action, Language language) {
  const bool zh = chinese(language);
  if (action == "insert") return zh ? "新增" : "added";
  if (action == "update") return zh ? "修改" : "changed";
  if (action == "delete") return zh ? "删除" : "deleted";
  return std::string(action);
}

std::string change_source(std::string_view description, Language language) {
  const bool zh = chinese(language);
  if (const auto imported = import_source(description, language)) return *imported;
  if (description.starts_with("demo:")) return zh ? "示例数据" : "Sample data";
  for (const Source& source : kSources) {
    if (!description.starts_with(source.command)) continue;
    std::string_view rest = description.substr(source.command.size());
    if (!rest.empty() && rest.front() != ' ') continue;  // another command's longer name
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::string words(zh ? source.zh : source.en);
    if (source.keeps_argument && !rest.empty()) words += (zh ? "：" : ": ") + std::string(rest);
    return words;
  }
  return std::string(description);
}

std::vector<std::string> change_lines(const AuditEntry& entry, Language language) {
  const auto before = parsed_object(entry.old_values);
  const auto after = parsed_object(entry.new_values);
  const std::string colon = chinese(language) ? "：" : ": ";
  std::vector<std::string> lines;
  const auto label_of = [&](const std::string& key) {
    return column_label(entry.table, key, language);
  };
  if (entry.action == "update") {
    for (const auto& [key, value] : after.items()) {
      const auto label = label_of(key);
      if (!label) continue;
      const auto old = before.contains(key) ? before.at(key) : nlohmann::ordered_json();
      if (old == value) continue;
      lines.push_back(*label + colon + shown(entry, key, old, language) + " → " +
                      shown(entry, key, value, language));
    }
    return lines;
  }
  for (const auto& [key, value] : (entry.action == "delete" ? before : after).items()) {
    const auto label = label_of(key);
    if (!label || empty_value(value)) continue;
    // A planned course in months: month 0 means "on given days".
    if (key == "month" && value.is_number_integer() && value.get<int>() == 0) continue;
    lines.push_back(*label + colon + shown(entry, key, value, language));
  }
  return lines;
}

std::string HistoryLine::change_text(Language language) const {
  std::string text;
  for (const std::string& line : changes)
    text += (text.empty() ? "" : (chinese(language) ? "；" : "; ")) + line;
  return text;
}

std::string HistoryLine::details(Language language) const {
  const bool zh = chinese(language);
  std::string text = when + "  " + who + "\n" + what;
  if (!source.empty()) text += (zh ? "（" : " (") + source + (zh ? "）" : ")");
  for (const std::string& line : changes) text += "\n" + line;
  return text;
}

HistoryLine history_line(const AuditEntry& entry, Language language, const UtcOffset& offset) {
  HistoryLine line;
  line.when = local_time_text(entry.at, language, offset);
  line.who = entry.os_user;
  line.what = record_kind(entry.table, language) + " " + action_word(entry.action, language);
  line.changes = change_lines(entry, language);
  line.source = change_source(entry.description, language);
  return line;
}

std::vector<std::string> conflict_lines(const std::vector<AuditEntry>& changes, Language language,
                                        std::size_t limit, const UtcOffset& offset) {
  const bool zh = language == Language::zh;
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < changes.size() && i < limit; ++i) {
    const HistoryLine line = history_line(changes[i], language, offset);
    std::string text = line.when + "  " + line.who + "  " + line.what;
    if (const std::string what = line.change_text(language); !what.empty())
      text += (zh ? "：" : ": ") + what;
    if (!line.source.empty()) text += zh ? "（" + line.source + "）" : " (" + line.source + ")";
    lines.push_back(std::move(text));
  }
  if (changes.size() > limit) {
    const std::size_t more = changes.size() - limit;
    lines.push_back(zh ? "……另有 " + std::to_string(more) + " 处更改"
                       : "... and " + std::to_string(more) +
                             (more == 1 ? " more change" : " more changes"));
  }
  return lines;
}

}  // namespace cwt
