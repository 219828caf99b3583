#include "cwt/model/codes.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "cwt/model/text.hpp"
#include "text.hpp"

namespace cwt {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

constexpr std::array<CodeEntry<Gender>, 2> genders{{
    {Gender::male, "male", "男", "Male"},
    {Gender::female, "female", "女", "Female"},
}};

constexpr std::array<CodeEntry<Position>, 8> positions{{
    {Position::party_secretary, "party_secretary", "社区党组织书记", "Party secretary"},
    {Position::committee_director, "committee_director", "居委会主任", "Committee director"},
    {Position::secretary_director, "secretary_director", "书记、主任\"一肩挑\"",
     "Secretary and director", "书记、主任一肩挑"},
    {Position::deputy_secretary, "deputy_secretary", "社区党组织副书记", "Deputy secretary"},
    {Position::deputy_director, "deputy_director", "居委会副主任", "Deputy director"},
    {Position::committee_member, "committee_member", "居委会委员", "Committee member"},
    {Position::community_staff, "community_staff", "社区专职工作者", "Community staff"},
    {Position::grid_worker, "grid_worker", "网格员", "Grid worker"},
}};

constexpr std::array<CodeEntry<Employment>, 2> employments{{
    {Employment::elected, "elected", "选任", "Elected"},
    {Employment::hired, "hired", "聘用", "Hired"},
}};

constexpr std::array<CodeEntry<EmploymentState>, 3> employment_states{{
    {EmploymentState::active, "active", "在岗", "Active"},
    {EmploymentState::not_started, "not_started", "未入职", "Not yet started"},
    {EmploymentState::left, "left", "已离职", "Left"},
}};

constexpr std::array<CodeEntry<PoliticalStatus>, 6> political_statuses{{
    {PoliticalStatus::party_member, "party_member", "中共党员", "CPC member"},
    {PoliticalStatus::probationary_member, "probationary_member", "中共预备党员",
     "CPC probationary member"},
    {PoliticalStatus::league_member, "league_member", "共青团员", "CYL member"},
    {PoliticalStatus::masses, "masses", "群众", "No affiliation"},
    {PoliticalStatus::democratic_party, "democratic_party", "民主党派", "Democratic party member"},
    {PoliticalStatus::non_partisan, "non_partisan", "无党派人士", "Non-partisan"},
}};

constexpr std::array<CodeEntry<Education>, 4> educations{{
    {Education::postgraduate, "postgraduate", "研究生", "Postgraduate"},
    {Education::bachelor, "bachelor", "本科", "Bachelor"},
    {Education::college, "college", "大专", "College"},
    {Education::below_college, "below_college", "大专以下", "Below college"},
}};

constexpr std::array<CodeEntry<ExamKind>, 4> exam_kinds{{
    {ExamKind::national_assistant, "national_assistant", "助理社会工作师考试",
     "National assistant social worker exam"},
    {ExamKind::national_intermediate, "national_intermediate", "社会工作师考试",
     "National social worker exam"},
    {ExamKind::national_senior, "national_senior", "高级社会工作师评价",
     "National senior social worker assessment"},
    {ExamKind::city_community, "city_community", "社区工作者职业资格考试",
     "Community worker qualification exam"},
}};

constexpr std::array<CodeEntry<ExamResult>, 3> exam_results{{
    {ExamResult::passed, "passed", "通过", "Passed", "合格"},
    {ExamResult::failed, "failed", "未通过", "Failed", "不合格"},
    {ExamResult::absent, "absent", "缺考", "Absent"},
}};

constexpr std::array<CodeEntry<CertificateType>, 3> certificate_types{{
    {CertificateType::national_sw, "national_sw", "社会工作者职业水平证书",
     "National social worker certificate"},
    {CertificateType::city_cw, "city_cw", "社区工作者职业资格证书",
     "Community worker qualification certificate"},
    {CertificateType::other, "other", "其他证书", "Other certificate"},
}};

constexpr std::array<CodeEntry<CertificateLevel>, 3> certificate_levels{{
    {CertificateLevel::assistant, "assistant", "助理社会工作师", "Assistant social worker"},
    {CertificateLevel::intermediate, "intermediate", "社会工作师", "Social worker"},
    {CertificateLevel::senior, "senior", "高级社会工作师", "Senior social worker"},
}};

constexpr std::array<CodeEntry<TrainingCategory>, 6> training_categories{{
    {TrainingCategory::induction, "induction", "岗位任职", "Job induction"},
    {TrainingCategory::quality, "quality", "综合素质", "General quality"},
    {TrainingCategory::practice, "practice", "社区实务", "Community practice"},
    {TrainingCategory::skills, "skills", "技能", "Skills"},
    {TrainingCategory::academic, "academic", "学历教育", "Academic education"},
    {TrainingCategory::continuing, "continuing", "继续教育", "Continuing education"},
}};

constexpr std::array<CodeEntry<Proration>, 3> prorations{{
    {Proration::none, "none", "不折算", "None"},
    {Proration::by_month, "by_month", "按月折算", "By month"},
    {Proration::by_day, "by_day", "按日折算", "By day"},
}};

constexpr std::array<CodeEntry<CertificationStatus>, 5> certification_statuses{{
    {CertificationStatus::certified, "certified", "已取证", "Certified"},
    {CertificationStatus::exempt, "exempt", "免考", "Exempt"},
    {CertificationStatus::overdue, "overdue", "已逾期", "Overdue"},
    {CertificationStatus::due_soon, "due_soon", "即将到期", "Due soon"},
    {CertificationStatus::pending, "pending", "待取证", "Pending"},
}};

constexpr std::array<CodeEntry<TrainingStatus>, 4> training_statuses{{
    {TrainingStatus::met, "met", "已达标", "Met"},
    {TrainingStatus::on_track, "on_track", "进度正常", "On track"},
    {TrainingStatus::behind, "behind", "进度滞后", "Behind"},
    {TrainingStatus::not_met, "not_met", "未达标", "Not met"},
}};

constexpr std::array<CodeEntry<Action>, 2> actions{{
    {Action::recall, "recall", "启动罢免程序", "Recall"},
    {Action::dismiss, "dismiss", "辞退", "Dismiss"},
}};

constexpr std::array<CodeEntry<Attendance>, 3> attendances{{
    {Attendance::registered, "registered", "已报名", "Registered"},
    {Attendance::present, "present", "出席", "Present"},
    {Attendance::absent, "absent", "缺席", "Absent"},
}};

constexpr std::array<CodeEntry<Audience>, 3> audiences{{
    {Audience::leaders, "leaders", "领导班子", "Leaders"},
    {Audience::staff, "staff", "一般工作人员", "Staff"},
    {Audience::all, "all", "全体", "All"},
}};

}  // namespace

#define CWT_CODE_TABLE(Enum, table)                                          \
  template <>                                                                \
  std::span<const CodeEntry<Enum>> code_table() {                            \
    return table;                                                            \
  }                                                                          \
  template <>                                                                \
  std::optional<Enum> parse_code(std::string_view text) {                    \
    text = trim_blanks(text);                                                \
    if (text.empty()) return std::nullopt;                                   \
    for (const auto& entry : table)                                          \
      if (equal_ignoring_case(text, entry.code) || text == entry.label_zh || \
          (!entry.alias_zh.empty() && text == entry.alias_zh))               \
        return entry.value;                                                  \
    return std::nullopt;                                                     \
  }

CWT_CODE_TABLE(Gender, genders)
CWT_CODE_TABLE(Position, positions)
CWT_CODE_TABLE(Employment, employments)
CWT_CODE_TABLE(EmploymentState, employment_states)
CWT_CODE_TABLE(PoliticalStatus, political_statuses)
CWT_CODE_TABLE(Education, educations)
CWT_CODE_TABLE(ExamKind, exam_kinds)
CWT_CODE_TABLE(ExamResult, exam_results)
CWT_CODE_TABLE(CertificateType, certificate_types)
CWT_CODE_TABLE(CertificateLevel, certificate_levels)
CWT_CODE_TABLE(TrainingCategory, training_categories)
CWT_CODE_TABLE(Proration, prorations)
CWT_CODE_TABLE(CertificationStatus, certification_statuses)
CWT_CODE_TABLE(TrainingStatus, training_statuses)
CWT_CODE_TABLE(Action, actions)
CWT_CODE_TABLE(Attendance, attendances)
CWT_CODE_TABLE(Audience, audiences)

#undef CWT_CODE_TABLE

Employment employment_of(Position position) {
  return position == Position::community_staff || position == Position::grid_worker
             ? Employment::hired
             : Employment::elected;
}

bool is_leader(Position position) {
  return position == Position::party_secretary || position == Position::committee_director ||
         position == Position::secretary_director;
}

}  // namespace cwt
