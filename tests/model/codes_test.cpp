// The closed vocabularies: codes, labels and the two facts about positions.
#include "cwt/model/codes.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support.hpp"

namespace cwt {
namespace {

TEST(Positions, ElectedHiredAndLeaders) {
  struct Row {
    Position position;
    std::string_view code;
    std::string_view zh;
    Employment employment;
    bool leader;
  };
  const Row rows[] = {
      {Position::party_secretary, "party_secretary", "社区党组织书记", Employment::elected, true},
      {Position::committee_director, "committee_director", "居委会主任", Employment::elected, true},
      {Position::secretary_director, "secretary_director", "", Employment::elected, true},
      {Position::deputy_secretary, "deputy_secretary", "社区党组织副书记", Employment::elected,
       false},
      {Position::deputy_director, "deputy_director", "居委会副主任", Employment::elected, false},
      {Position::committee_member, "committee_member", "居委会委员", Employment::elected, false},
      {Position::community_staff, "community_staff", "社区专职工作者", Employment::hired, false},
      {Position::grid_worker, "grid_worker", "网格员", Employment::hired, false},
  };
  for (const auto& row : rows) {
    EXPECT_EQ(code(row.position), row.code);
    EXPECT_EQ(employment_of(row.position), row.employment) << row.code;
    EXPECT_EQ(is_leader(row.position), row.leader) << row.code;
    EXPECT_EQ(parse_code<Position>(row.code), row.position) << row.code;
    if (!row.zh.empty()) {
      EXPECT_EQ(label_zh(row.position), row.zh);
      EXPECT_EQ(parse_code<Position>(row.zh), row.position) << row.zh;
    }
  }
  EXPECT_EQ(code_table<Position>().size(), 8u);
}

TEST(ParseCode, CaseAndBlanks) {
  EXPECT_EQ(parse_code<Gender>(" MALE "), Gender::male);
  EXPECT_EQ(parse_code<Gender>("女"), Gender::female);
  EXPECT_EQ(parse_code<CertificateType>("National_SW"), CertificateType::national_sw);
  EXPECT_EQ(parse_code<TrainingCategory>(" 社区实务 "), TrainingCategory::practice);
}

TEST(ParseCode, ChineseLabelsAndAliases) {
  EXPECT_EQ(parse_code<ExamResult>("通过"), ExamResult::passed);
  EXPECT_EQ(parse_code<ExamResult>("合格"), ExamResult::passed);
  EXPECT_EQ(parse_code<ExamResult>("未通过"), ExamResult::failed);
  EXPECT_EQ(parse_code<ExamResult>("不合格"), ExamResult::failed);
  EXPECT_EQ(parse_code<ExamResult>("缺考"), ExamResult::absent);
  EXPECT_EQ(parse_code<ExamKind>("社区工作者职业资格考试"), ExamKind::city_community);
  EXPECT_EQ(parse_code<CertificateType>("社区工作者职业资格证书"), CertificateType::city_cw);
  EXPECT_EQ(parse_code<CertificateType>("其他证书"), CertificateType::other);
  EXPECT_EQ(parse_code<CertificateLevel>("高级社会工作师"), CertificateLevel::senior);
  EXPECT_EQ(parse_code<TrainingCategory>("继续教育"), TrainingCategory::continuing);
  EXPECT_EQ(parse_code<PoliticalStatus>("中共党员"), PoliticalStatus::party_member);
  EXPECT_EQ(parse_code<PoliticalStatus>("群众"), PoliticalStatus::masses);
  EXPECT_EQ(parse_code<Education>("大专以下"), Education::below_college);
  EXPECT_EQ(parse_code<Proration>("by_day"), Proration::by_day);
}

TEST(ParseCode, UnknownTextGivesNothing) {
  EXPECT_FALSE(parse_code<Gender>("unknown"));
  EXPECT_FALSE(parse_code<Gender>(""));
  EXPECT_FALSE(parse_code<Position>("mayor"));
  EXPECT_FALSE(parse_code<CertificateType>("national"));
  EXPECT_FALSE(parse_code<ExamResult>("passed!"));
}

// Every value of every table reads back from its code, its Chinese label
// and its English label is not empty: one table, no value spelled twice.
template <class E>
void expect_table_round_trips() {
  for (const auto& entry : code_table<E>()) {
    EXPECT_EQ(parse_code<E>(entry.code), entry.value) << entry.code;
    EXPECT_FALSE(entry.label_zh.empty()) << entry.code;
    EXPECT_EQ(parse_code<E>(entry.label_zh), entry.value) << entry.label_zh;
    EXPECT_FALSE(entry.label_en.empty()) << entry.code;
    EXPECT_EQ(code(entry.value), entry.code);
  }
}

TEST(CodeTables, EveryEntryRoundTrips) {
  expect_table_round_trips<Gender>();
  expect_table_round_trips<Position>();
  expect_table_round_trips<Employment>();
  expect_table_round_trips<PoliticalStatus>();
  expect_table_round_trips<Education>();
  expect_table_round_trips<ExamKind>();
  expect_table_round_trips<ExamResult>();
  expect_table_round_trips<CertificateType>();
  expect_table_round_trips<CertificateLevel>();
  expect_table_round_trips<TrainingCategory>();
  expect_table_round_trips<Proration>();
  expect_table_round_trips<CertificationStatus>();
  expect_table_round_trips<TrainingStatus>();
  expect_table_round_trips<Action>();
  expect_table_round_trips<Attendance>();
}

TEST(CodeTables, StatusAndActionCodesAreTheJsonWords) {
  EXPECT_EQ(code(CertificationStatus::due_soon), "due_soon");
  EXPECT_EQ(code(CertificationStatus::overdue), "overdue");
  EXPECT_EQ(code(TrainingStatus::on_track), "on_track");
  EXPECT_EQ(code(TrainingStatus::not_met), "not_met");
  EXPECT_EQ(code(Action::recall), "recall");
  EXPECT_EQ(code(Action::dismiss), "dismiss");
  EXPECT_EQ(code(Employment::elected), "elected");
  EXPECT_EQ(code(Employment::hired), "hired");
}

}  // namespace
}  // namespace cwt
