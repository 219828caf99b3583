#include "status_output.hpp"

#include <nlohmann/json.hpp>

#include "cwt/exchange/csv_writer.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/terms.hpp"
#include "cwt/model/text.hpp"
#include "text_table.hpp"

namespace cwt::cli {
namespace {

// JSON text of one string appended, escaped as nlohmann::json escapes it
// (UTF-8 kept as it is; ", \ and control characters escaped, the short forms
// where JSON has them, else \u00XX): by hand, because a json value made and
// dumped for each of a city's 400,000 strings was a third of `status`'s
// JSON time. A stored text that is not valid UTF-8 (from a file written
// before cwtrack refused such texts) goes through nlohmann::json, which
// shows U+FFFD where its bad bytes are instead of failing the whole output.
void append_json_string(std::string& out, std::string_view text) {
  if (invalid_utf8_offset(text)) {
    out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[(c >> 4) & 0xF];
          out += kHex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// One worker as one line of compact JSON. Hours are format_hours text, which
// is a JSON number: whole hours as integers (20), halves as 17.5. Written
// field by field into the output rather than through a JSON DOM or
// temporaries: for a city's 30,000 workers the DOM alone took half a second,
// and the fixed field order is part of the interface anyway.
void append_status_json(std::string& out, const WorkerStatus& status) {
  const auto& worker = *status.worker;
  const auto& cert = status.certification;
  const auto& training = status.training;
  const auto code_text = [&out](auto value) {
    out += '"';
    out += code(value);
    out += '"';
  };
  const auto boolean = [&out](bool value) { out += value ? "true" : "false"; };
  out += "{\"id_number\":";
  append_json_string(out, worker.id_number);
  out += ",\"name\":";
  append_json_string(out, worker.name);
  out += ",\"age\":";
  out += std::to_string(status.age);
  out += ",\"street\":";
  append_json_string(out, worker.org.street);
  out += ",\"community\":";
  append_json_string(out, worker.org.community);
  out += ",\"position\":";
  code_text(status.position);
  out += ",\"employment\":";
  code_text(status.employment);
  out += ",\"must_certify\":";
  boolean(cert.must_certify);
  out += ",\"certification\":{\"status\":";
  code_text(cert.status);
  out += ",\"deadline\":";
  if (cert.deadline) {
    out += '"';
    out += to_iso(*cert.deadline);
    out += '"';
  } else {
    out += "null";
  }
  out += ",\"days_left\":";
  out += cert.days_left ? std::to_string(*cert.days_left) : std::string("null");
  out += ",\"action\":";
  if (cert.action)
    code_text(*cert.action);
  else
    out += "null";
  out += ",\"certified_late\":";
  boolean(cert.certified_late);
  out += "},\"training\":{\"year\":";
  out += std::to_string(training.year);
  out += ",\"required_hours\":";
  out += format_hours(training.required_half_hours);
  out += ",\"completed_hours\":";
  out += format_hours(training.completed_half_hours);
  out += ",\"shortfall_hours\":";
  out += format_hours(training.shortfall_half_hours);
  out += ",\"status\":";
  code_text(training.status);
  out += "}}";
}

std::string optional_text(const std::optional<int>& value) {
  return value ? std::to_string(*value) : std::string();
}

}  // namespace

void write_status_json(std::ostream& out, const std::vector<WorkerStatus>& statuses) {
  std::string text = "[";
  text.reserve(statuses.size() * 480 + 4);
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    text += i == 0 ? "\n" : ",\n";
    append_status_json(text, statuses[i]);
  }
  text += "\n]\n";
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void write_status_csv(std::ostream& out, const std::vector<WorkerStatus>& statuses) {
  out << "id_number,name,age,district,street,community,position,employment,must_certify,"
         "certification_status,deadline,days_left,action,certified_late,year,required_hours,"
         "completed_hours,shortfall_hours,training_status\n";
  for (const auto& status : statuses) {
    const auto& worker = *status.worker;
    const auto& cert = status.certification;
    const auto& training = status.training;
    out << worker.id_number << ',' << csv_field(worker.name) << ',' << status.age << ','
        << csv_field(worker.org.district) << ',' << csv_field(worker.org.street) << ','
        << csv_field(worker.org.community) << ',' << code(status.position) << ','
        << code(status.employment) << ',' << (cert.must_certify ? "yes" : "no") << ','
        << code(cert.status) << ',' << (cert.deadline ? to_iso(*cert.deadline) : "") << ','
        << optional_text(cert.days_left) << ',' << (cert.action ? code(*cert.action) : "") << ','
        << (cert.certified_late ? "yes" : "no") << ',' << training.year << ','
        << format_hours(training.required_half_hours) << ','
        << format_hours(training.completed_half_hours) << ','
        << format_hours(training.shortfall_half_hours) << ',' << code(training.status) << '\n';
  }
}

reports::Document status_document(const std::vector<WorkerStatus>& statuses, Language language,
                                  Date day) {
  using reports::Cell;
  const bool zh = language == Language::zh;
  const auto label = [language](auto value) { return std::string(cwt::label(value, language)); };
  const auto yes_no = [zh](bool yes) {
    return Cell::of_text(zh ? (yes ? "是" : "否") : (yes ? "yes" : "no"));
  };
  reports::Document document;
  document.language = language;
  document.name = "status";
  document.title = zh ? "社区工作者状态" : "Worker status";
  document.as_of = day;
  document.data_only = true;
  reports::Table table;
  const auto t = [language](Term which) { return term_text(which, language); };
  const auto pick = [zh](const char* chinese, const char* english) {
    return std::string(zh ? chinese : english);
  };
  for (std::string& title : std::vector<std::string>{
           t(Term::id_number), t(Term::name), t(Term::age), t(Term::district), t(Term::street),
           t(Term::community), t(Term::position), pick("选任/聘用", "Employment"),
           pick("须取证", "Must certify"), t(Term::certification), t(Term::deadline),
           t(Term::days_left), t(Term::action), pick("逾期取证", "Certified late"),
           pick("培训年度", "Year"), pick("应修学时", "Required"), pick("已修学时", "Completed"),
           pick("差额", "Shortfall"), t(Term::training)})
    table.columns.push_back({std::move(title)});
  for (const auto& status : statuses) {
    const auto& worker = *status.worker;
    const auto& cert = status.certification;
    const auto& training = status.training;
    table.rows.push_back(
        {reports::RowKind::data,
         {Cell::of_text(worker.id_number), Cell::of_text(worker.name), Cell::of_integer(status.age),
          Cell::of_text(worker.org.district), Cell::of_text(worker.org.street),
          Cell::of_text(worker.org.community), Cell::of_text(label(status.position)),
          Cell::of_text(label(status.employment)), yes_no(cert.must_certify),
          Cell::of_text(label(cert.status)), Cell::of_date(cert.deadline),
          cert.days_left ? Cell::of_integer(*cert.days_left) : Cell{},
          cert.action ? Cell::of_text(label(*cert.action)) : Cell{}, yes_no(cert.certified_late),
          Cell::of_integer(training.year), Cell::of_hours(training.required_half_hours),
          Cell::of_hours(training.completed_half_hours),
          Cell::of_hours(training.shortfall_half_hours), Cell::of_text(label(training.status))}});
  }
  document.blocks.push_back({{}, {}, {std::move(table)}});
  return document;
}

void write_status_table(std::ostream& out, const std::vector<WorkerStatus>& statuses,
                        Language language) {
  const bool zh = language == Language::zh;
  const auto label = [zh](auto value) {
    return std::string(zh ? label_zh(value) : label_en(value));
  };
  const auto t = [language](Term which) { return term_text(which, language); };
  const auto pick = [zh](const char* chinese, const char* english) {
    return std::string(zh ? chinese : english);
  };
  TextTable table({t(Term::id_number), t(Term::name), t(Term::age), t(Term::street),
                   t(Term::community), t(Term::position), t(Term::certification), t(Term::deadline),
                   t(Term::days_left), t(Term::action), pick("应修学时", "Required"),
                   pick("已修学时", "Completed"), pick("差额", "Shortfall"), t(Term::training)});
  for (const auto& status : statuses) {
    const auto& worker = *status.worker;
    const auto& cert = status.certification;
    const auto& training = status.training;
    std::string certification = label(cert.status);
    if (cert.certified_late) certification += zh ? "（逾期取证）" : " (late)";
    table.add_row({worker.id_number, worker.name, std::to_string(status.age), worker.org.street,
                   worker.org.community, label(status.position), certification,
                   cert.deadline ? to_iso(*cert.deadline) : "", optional_text(cert.days_left),
                   cert.action ? label(*cert.action) : "",
                   format_hours(training.required_half_hours),
                   format_hours(training.completed_half_hours),
                   format_hours(training.shortfall_half_hours), label(training.status)});
  }
  table.write(out);
  out << (zh ? "共 " : "") << statuses.size() << (zh ? " 人" : " workers") << '\n';
}

}  // namespace cwt::cli
