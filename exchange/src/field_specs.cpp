// The fields of each record kind with the Chinese header names of DOMAIN.md
// (the first Chinese name is the one shown; the others are accepted too).
#include <algorithm>
#include <array>
#include <cctype>

#include "cwt/exchange/record_fields.hpp"

namespace cwt {

namespace {

using Names = std::span<const std::string_view>;

constexpr std::array<std::string_view, 3> id_number_zh{"身份证号", "公民身份号码", "身份证号码"};
constexpr std::array<std::string_view, 1> name_zh{"姓名"};
constexpr std::array<std::string_view, 1> gender_zh{"性别"};
constexpr std::array<std::string_view, 2> birth_date_zh{"出生日期", "出生年月"};
constexpr std::array<std::string_view, 1> ethnicity_zh{"民族"};
constexpr std::array<std::string_view, 1> political_status_zh{"政治面貌"};
constexpr std::array<std::string_view, 2> education_zh{"学历", "最高学历"};
constexpr std::array<std::string_view, 3> phone_zh{"联系电话", "电话", "手机号码"};
constexpr std::array<std::string_view, 1> district_zh{"区"};
constexpr std::array<std::string_view, 2> street_zh{"街道", "所在街道"};
constexpr std::array<std::string_view, 2> community_zh{"社区", "所在社区"};
constexpr std::array<std::string_view, 5> hire_date_zh{"入职日期", "聘用日期", "任职日期",
                                                       "入职时间", "参加工作时间"};
constexpr std::array<std::string_view, 1> leave_date_zh{"离职日期"};
constexpr std::array<std::string_view, 2> position_zh{"职务", "岗位"};
constexpr std::array<std::string_view, 1> start_date_zh{"开始日期"};
constexpr std::array<std::string_view, 1> end_date_zh{"结束日期"};
constexpr std::array<std::string_view, 1> exam_date_zh{"考试日期"};
constexpr std::array<std::string_view, 1> exam_zh{"考试"};
constexpr std::array<std::string_view, 2> result_zh{"结果", "考试结果"};
constexpr std::array<std::string_view, 1> score_zh{"成绩"};
constexpr std::array<std::string_view, 1> type_zh{"证书类型"};
constexpr std::array<std::string_view, 1> level_zh{"等级"};
constexpr std::array<std::string_view, 1> number_zh{"证书编号"};
constexpr std::array<std::string_view, 1> issue_date_zh{"发证日期"};
constexpr std::array<std::string_view, 1> issuer_zh{"发证机关"};
constexpr std::array<std::string_view, 2> date_zh{"培训日期", "日期"};
constexpr std::array<std::string_view, 1> hours_zh{"学时"};
constexpr std::array<std::string_view, 2> category_zh{"类别", "培训类别"};
constexpr std::array<std::string_view, 1> course_zh{"课程"};
constexpr std::array<std::string_view, 1> provider_zh{"培训机构"};
constexpr std::array<std::string_view, 2> verified_zh{"已核实", "是否核实"};

const std::array worker_specs{
    FieldSpec{"id_number", true, Names(id_number_zh)},
    FieldSpec{"name", true, Names(name_zh)},
    FieldSpec{"gender", false, Names(gender_zh)},
    FieldSpec{"birth_date", false, Names(birth_date_zh)},
    FieldSpec{"ethnicity", false, Names(ethnicity_zh)},
    FieldSpec{"political_status", false, Names(political_status_zh)},
    FieldSpec{"education", false, Names(education_zh)},
    FieldSpec{"phone", false, Names(phone_zh)},
    FieldSpec{"district", false, Names(district_zh)},
    FieldSpec{"street", true, Names(street_zh)},
    FieldSpec{"community", true, Names(community_zh)},
    FieldSpec{"hire_date", true, Names(hire_date_zh)},
    FieldSpec{"leave_date", false, Names(leave_date_zh)},
    FieldSpec{"position", true, Names(position_zh)},
};
const std::array position_specs{
    FieldSpec{"id_number", true, Names(id_number_zh)},
    FieldSpec{"position", true, Names(position_zh)},
    FieldSpec{"start_date", true, Names(start_date_zh)},
    FieldSpec{"end_date", false, Names(end_date_zh)},
};
const std::array exam_specs{
    FieldSpec{"id_number", true, Names(id_number_zh)},
    FieldSpec{"exam_date", true, Names(exam_date_zh)},
    FieldSpec{"exam", true, Names(exam_zh)},
    FieldSpec{"result", true, Names(result_zh)},
    FieldSpec{"score", false, Names(score_zh)},
};
const std::array certificate_specs{
    FieldSpec{"id_number", true, Names(id_number_zh)},
    FieldSpec{"type", true, Names(type_zh)},
    FieldSpec{"level", false, Names(level_zh)},
    FieldSpec{"number", false, Names(number_zh)},
    FieldSpec{"issue_date", true, Names(issue_date_zh)},
    FieldSpec{"issuer", false, Names(issuer_zh)},
};
const std::array training_specs{
    FieldSpec{"id_number", true, Names(id_number_zh)},
    FieldSpec{"date", true, Names(date_zh)},
    FieldSpec{"hours", true, Names(hours_zh)},
    FieldSpec{"category", true, Names(category_zh)},
    FieldSpec{"course", false, Names(course_zh)},
    FieldSpec{"provider", false, Names(provider_zh)},
    FieldSpec{"verified", false, Names(verified_zh)},
};
// A training event's own fields (no attendee): `event add` and the GUI's
// event editor. `date` is the first day, `end_date` the last (empty: the same).
const std::array event_specs{
    FieldSpec{"course", true, Names(course_zh)},
    FieldSpec{"category", true, Names(category_zh)},
    FieldSpec{"hours", true, Names(hours_zh)},
    FieldSpec{"date", true, Names(date_zh)},
    FieldSpec{"end_date", false, Names(end_date_zh)},
    FieldSpec{"provider", false, Names(provider_zh)},
};

// A planned course of a training plan (`plan add-course`, the Planning page):
// held in a month or on given days (one of the two), for an audience.
constexpr std::array<std::string_view, 2> title_zh{"课程名称", "课程"};
constexpr std::array<std::string_view, 1> month_zh{"月份"};
constexpr std::array<std::string_view, 1> dates_zh{"日期"};
constexpr std::array<std::string_view, 2> capacity_zh{"名额", "人数"};
constexpr std::array<std::string_view, 2> audience_zh{"对象", "培训对象"};
const std::array course_specs{
    FieldSpec{"title", true, Names(title_zh)},
    FieldSpec{"category", true, Names(category_zh)},
    FieldSpec{"hours", true, Names(hours_zh)},
    FieldSpec{"month", false, Names(month_zh)},
    FieldSpec{"dates", false, Names(dates_zh)},
    FieldSpec{"capacity", true, Names(capacity_zh)},
    FieldSpec{"audience", true, Names(audience_zh)},
    FieldSpec{"provider", false, Names(provider_zh)},
};

}  // namespace

std::string field_label(const FieldSpec& spec, Language language) {
  if (language == Language::zh && !spec.headers_zh.empty())
    return std::string(spec.headers_zh.front());
  std::string text(spec.name);
  std::replace(text.begin(), text.end(), '_', ' ');
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  if (text == "Id number") text = "ID number";
  return text;
}

std::span<const FieldSpec> course_fields() { return course_specs; }
std::span<const FieldSpec> event_fields() { return event_specs; }
std::span<const FieldSpec> worker_fields() { return worker_specs; }
std::span<const FieldSpec> position_fields() { return position_specs; }
std::span<const FieldSpec> exam_fields() { return exam_specs; }
std::span<const FieldSpec> certificate_fields() { return certificate_specs; }
std::span<const FieldSpec> training_fields() { return training_specs; }

}  // namespace cwt
