#include "status_output.hpp"

#include <nlohmann/json.hpp>

#include "cwt/model/hours.hpp"
#include "text_table.hpp"

namespace cwt::cli {
namespace {

using Json = nlohmann::ordered_json;

// Whole hours as JSON integers (20), halves as decimals (17.5).
Json hours_json(int half_hours) {
  if (half_hours % 2 == 0) return half_hours / 2;
  return hours_value(half_hours);
}

template <class T>
Json optional_json(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json status_json(const WorkerStatus& status) {
  const auto& worker = *status.worker;
  const auto& cert = status.certification;
  const auto& training = status.training;
  return Json{
      {"id_number", worker.id_number},
      {"name", worker.name},
      {"age", status.age},
      {"street", worker.org.street},
      {"community", worker.org.community},
      {"position", code(status.position)},
      {"employment", code(status.employment)},
      {"must_certify", cert.must_certify},
      {"certification",
       Json{{"status", code(cert.status)},
            {"deadline", cert.deadline ? Json(to_iso(*cert.deadline)) : Json(nullptr)},
            {"days_left", optional_json(cert.days_left)},
            {"action", cert.action ? Json(code(*cert.action)) : Json(nullptr)},
            {"certified_late", cert.certified_late}}},
      {"training",
       Json{{"year", training.year},
            {"required_hours", hours_json(training.required_half_hours)},
            {"completed_hours", hours_json(training.completed_half_hours)},
            {"shortfall_hours", hours_json(training.shortfall_half_hours)},
            {"status", code(training.status)}}},
  };
}

std::string optional_text(const std::optional<int>& value) {
  return value ? std::to_string(*value) : std::string();
}

}  // namespace

void write_status_json(std::ostream& out, const std::vector<WorkerStatus>& statuses) {
  Json array = Json::array();
  for (const auto& status : statuses) array.push_back(status_json(status));
  out << array.dump(2) << '\n';
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

void write_status_table(std::ostream& out, const std::vector<WorkerStatus>& statuses,
                        Language language) {
  const bool zh = language == Language::zh;
  const auto label = [zh](auto value) { return std::string(zh ? label_zh(value) : label_en(value)); };
  TextTable table(zh ? std::vector<std::string>{"身份证号", "姓名", "年龄", "街道", "社区", "职务",
                                                "取证状态", "截止日期", "剩余天数", "处理",
                                                "应修学时", "已修学时", "差额", "培训状态"}
                     : std::vector<std::string>{"ID number", "Name", "Age", "Street",
                                                "Community", "Position", "Certification",
                                                "Deadline", "Days left", "Action", "Required",
                                                "Completed", "Shortfall", "Training"});
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
