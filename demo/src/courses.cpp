#include "courses.hpp"

#include <array>

namespace cwt::demo_detail {
namespace {

using C = TrainingCategory;

constexpr std::array<Course, 24> kStreet{{
    {"社区网格化管理实务", C::practice},
    {"居民矛盾纠纷调解实务", C::practice},
    {"社区养老服务政策与实务", C::practice},
    {"社区社会组织培育与管理", C::practice},
    {"居民议事协商工作实务", C::practice},
    {"社区党建工作实务", C::practice},
    {"社会救助与最低生活保障政策解读", C::practice},
    {"残疾人服务政策与实务", C::practice},
    {"社区安全生产检查实务", C::practice},
    {"生活垃圾分类工作实务", C::practice},
    {"党的创新理论专题学习", C::quality},
    {"公文写作与信息报送", C::quality},
    {"职业道德与廉洁自律教育", C::quality},
    {"应急管理与突发事件处置", C::quality},
    {"心理健康与压力管理讲座", C::quality},
    {"法律法规知识讲座", C::quality},
    {"保密知识与意识形态工作", C::quality},
    {"办公软件应用技能", C::skills},
    {"社区信息系统操作培训", C::skills},
    {"消防安全与应急救护技能", C::skills},
    {"个案、小组与社区工作方法", C::skills},
    {"群众工作方法与沟通技巧", C::skills},
    {"社区活动策划与组织", C::skills},
    {"社区工作者岗位职责与工作规范", C::induction},
}};

constexpr std::array<Course, 5> kLeader{{
    {"社区党组织书记示范培训班", C::quality},
    {"居委会主任履职能力提升培训班", C::practice},
    {"社区“两委”班子成员轮训", C::quality},
    {"基层治理创新专题研修班", C::practice},
    {"新任社区“两委”负责人任职培训", C::induction},
}};

constexpr Course kInduction{"新任社区工作者岗前培训", C::induction};

constexpr std::array<Course, 6> kOnline{{
    {"社会工作者继续教育网络课程", C::continuing},
    {"社会工作伦理与价值观（网络课程）", C::continuing},
    {"社会政策法规更新（网络课程）", C::continuing},
    {"基层干部综合素质网络学习", C::quality},
    {"社区工作案例分析（网络课程）", C::practice},
    {"信息安全与个人信息保护（网络课程）", C::skills},
}};

constexpr std::array<Course, 3> kAcademic{{
    {"社会工作专业本科（业余）课程", C::academic},
    {"行政管理专业专科（业余）课程", C::academic},
    {"公共事业管理专业本科（业余）课程", C::academic},
}};

}  // namespace

std::span<const Course> street_courses() { return kStreet; }
std::span<const Course> leader_courses() { return kLeader; }
const Course& induction_course() { return kInduction; }
std::span<const Course> online_courses() { return kOnline; }
std::span<const Course> academic_courses() { return kAcademic; }

}  // namespace cwt::demo_detail
