#include "cwt/exchange/importer.hpp"

#include <gtest/gtest.h>

#include <utility>

#include "support.hpp"

namespace cwt {
namespace {

using test::today;
using Where = std::vector<std::pair<int, int>>;  // (line, column) of each problem

std::string s(std::string_view text) { return std::string(text); }

using test::dump;

Where where(const ImportPlan& plan) {
  Where out;
  for (const auto& problem : plan.problems) out.emplace_back(problem.line, problem.column);
  return out;
}

std::string utf8(const std::filesystem::path& path) {
  const auto text = path.u8string();
  return std::string(text.begin(), text.end());
}

class ImportTest : public ::testing::Test {
 protected:
  ImportPlan plan(ImportKind kind, std::string_view name, std::string_view bytes) {
    return plan_import(kind, dir_.write(name, bytes), known_, today, Policy{});
  }
  test::TempDir dir_;
  std::set<std::string> known_{s(test::id_a), s(test::id_b), s(test::id_e)};
};

constexpr std::string_view workers_header =
    "id_number,name,gender,birth_date,ethnicity,political_status,education,phone,district,"
    "street,community,hire_date,leave_date,position\n";

TEST_F(ImportTest, WorkersUtf8WithBomEnglishHeaders) {
  const std::string text =
      "\xEF\xBB\xBF" + s(workers_header) + s(test::id_a) +
      ",张三,male,1985-03-12,汉族,party_member,bachelor,13800000000,和平区,"
      "小白楼街道,开封道社区,2012-03-01,,party_secretary\n" +
      s(test::id_b) + ",李四,,,,,,,,小白楼街道,开封道社区,2015/7/1,2024年12月1日,grid_worker\n";
  const auto result = plan(ImportKind::workers, "workers.csv", text);
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  EXPECT_EQ(result.rows, 2u);
  ASSERT_EQ(result.change.upsert_workers.size(), 2u);
  const Worker& a = result.change.upsert_workers[0];
  EXPECT_EQ(a.id_number, test::id_a);
  EXPECT_EQ(a.name, "张三");
  EXPECT_EQ(a.education, Education::bachelor);
  EXPECT_EQ(a.org, (OrgPath{"和平区", "小白楼街道", "开封道社区"}));
  EXPECT_EQ(a.position, Position::party_secretary);
  const Worker& b = result.change.upsert_workers[1];
  EXPECT_EQ(b.gender, Gender::female);
  EXPECT_EQ(b.birth_date, Date(1990, 1, 1));
  EXPECT_EQ(b.political_status, std::nullopt);  // empty optional cells mean none
  EXPECT_EQ(b.phone, "");
  EXPECT_EQ(b.org.district, "");
  EXPECT_EQ(b.hire_date, Date(2015, 7, 1));
  EXPECT_EQ(b.leave_date, Date(2024, 12, 1));
  // A workers import never touches position history.
  EXPECT_TRUE(result.change.replace_history.empty());
  EXPECT_TRUE(a.history.empty());
  EXPECT_EQ(result.change.description,
            "import workers " + utf8(dir_.path() / "workers.csv") + " (2 rows)");
}

TEST_F(ImportTest, WorkersGb18030ChineseHeadersAndLabels) {
  // Made with `iconv -f UTF-8 -t GB18030` (CR LF line ends; GBK characters
  // only, as Excel's plain "CSV" writes them) from:
  // 序号,姓名,身份证号码,性别,出生年月,民族,政治面貌,最高学历,手机号码,区,街道,社区,聘用日期,离职日期,岗位
  // 1,刘洋,120101198503121230,男,1985年3月12日,汉族,中共党员,本科,13800000000,和平区,小白楼街道,开封道社区,2012/3/1,,社区党组织书记
  // 2,李四,120101199001010025,女,,回族,群众,大专,,和平区,小白楼街道,开封道社区,2015-07-01,2024年12月1日,网格员
  const std::string_view gb18030 =
      "\xd0\xf2\xba\xc5,\xd0\xd5\xc3\xfb,\xc9\xed\xb7\xdd\xd6\xa4\xba\xc5\xc2\xeb,\xd0\xd4\xb1"
      "\xf0,\xb3\xf6\xc9\xfa\xc4\xea\xd4\xc2,\xc3\xf1\xd7\xe5,\xd5\xfe\xd6\xce\xc3\xe6\xc3\xb2,"
      "\xd7\xee\xb8\xdf\xd1\xa7\xc0\xfa,\xca\xd6\xbb\xfa\xba\xc5\xc2\xeb,\xc7\xf8,\xbd\xd6\xb5"
      "\xc0,\xc9\xe7\xc7\xf8,\xc6\xb8\xd3\xc3\xc8\xd5\xc6\xda,\xc0\xeb\xd6\xb0\xc8\xd5\xc6\xda,"
      "\xb8\xda\xce\xbb\r\n"
      "1,\xc1\xf5\xd1\xf3,120101198503121230,\xc4\xd0,1985\xc4\xea"
      "3\xd4\xc2"
      "12\xc8\xd5,"
      "\xba\xba\xd7\xe5,\xd6\xd0\xb9\xb2\xb5\xb3\xd4\xb1,\xb1\xbe\xbf\xc6,13800000000,\xba\xcd"
      "\xc6\xbd\xc7\xf8,\xd0\xa1\xb0\xd7\xc2\xa5\xbd\xd6\xb5\xc0,\xbf\xaa\xb7\xe2\xb5\xc0\xc9"
      "\xe7\xc7\xf8,2012/3/1,,\xc9\xe7\xc7\xf8\xb5\xb3\xd7\xe9\xd6\xaf\xca\xe9\xbc\xc7\r\n"
      "2,\xc0\xee\xcb\xc4,120101199001010025,\xc5\xae,,\xbb\xd8\xd7\xe5,\xc8\xba\xd6\xda,\xb4"
      "\xf3\xd7\xa8,,\xba\xcd\xc6\xbd\xc7\xf8,\xd0\xa1\xb0\xd7\xc2\xa5\xbd\xd6\xb5\xc0,\xbf\xaa"
      "\xb7\xe2\xb5\xc0\xc9\xe7\xc7\xf8,2015-07-01,2024\xc4\xea"
      "12\xd4\xc2"
      "1\xc8\xd5,\xcd"
      "\xf8\xb8\xf1\xd4\xb1\r\n";
  const auto result = plan(ImportKind::workers, "excel.csv", gb18030);
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  ASSERT_EQ(result.change.upsert_workers.size(), 2u);
  const Worker& a = result.change.upsert_workers[0];
  EXPECT_EQ(a.name, "刘洋");
  EXPECT_EQ(a.id_number, test::id_a);
  EXPECT_EQ(a.ethnicity, "汉族");
  EXPECT_EQ(a.political_status, PoliticalStatus::party_member);
  EXPECT_EQ(a.education, Education::bachelor);
  EXPECT_EQ(a.phone, "13800000000");
  EXPECT_EQ(a.org, (OrgPath{"和平区", "小白楼街道", "开封道社区"}));
  EXPECT_EQ(a.hire_date, Date(2012, 3, 1));
  EXPECT_EQ(a.position, Position::party_secretary);
  const Worker& b = result.change.upsert_workers[1];
  EXPECT_EQ(b.name, "李四");
  EXPECT_EQ(b.gender, Gender::female);
  EXPECT_EQ(b.political_status, PoliticalStatus::masses);
  EXPECT_EQ(b.education, Education::college);
  EXPECT_EQ(b.leave_date, Date(2024, 12, 1));
  EXPECT_EQ(b.position, Position::grid_worker);
}

// Every Chinese header of DOMAIN.md, main names and alternatives, for workers.
TEST_F(ImportTest, WorkersEveryChineseHeaderName) {
  const std::vector<std::string> headers{
      "身份证号,姓名,性别,出生日期,民族,政治面貌,学历,联系电话,区,街道,社区,入职日期,离职日期,职务",
      "公民身份号码,姓名,性别,出生年月,民族,政治面貌,最高学历,电话,区,街道,社区,聘用日期,离职日期,"
      "岗位",
      "身份证号码,姓名,性别,出生日期,民族,政治面貌,学历,手机号码,区,街道,社区,任职日期,离职日期,"
      "职务"};
  for (const auto& header : headers) {
    const auto result =
        plan(ImportKind::workers, "w.csv",
             header + "\n" + s(test::id_c) +
                 ",赵六,女,1992-08-15,满族,共青团员,研究生,022-12345678,河西区,友谊路街道,"
                 "平江道社区,2020-09-01,2023-09-01,居委会委员\n");
    ASSERT_TRUE(result.problems.empty()) << header << "\n" << dump(result);
    ASSERT_EQ(result.change.upsert_workers.size(), 1u);
    const Worker& w = result.change.upsert_workers[0];
    EXPECT_EQ(w.id_number, test::id_c) << header;
    EXPECT_EQ(w.name, "赵六") << header;
    EXPECT_EQ(w.ethnicity, "满族") << header;
    EXPECT_EQ(w.political_status, PoliticalStatus::league_member) << header;
    EXPECT_EQ(w.education, Education::postgraduate) << header;
    EXPECT_EQ(w.phone, "022-12345678") << header;
    EXPECT_EQ(w.org, (OrgPath{"河西区", "友谊路街道", "平江道社区"})) << header;
    EXPECT_EQ(w.hire_date, Date(2020, 9, 1)) << header;
    EXPECT_EQ(w.leave_date, Date(2023, 9, 1)) << header;
    EXPECT_EQ(w.position, Position::committee_member) << header;
  }
}

TEST_F(ImportTest, ColumnsInAnyOrderAndUnknownColumnsIgnored) {
  const auto result = plan(ImportKind::training, "t.csv",
                           "备注,Hours,序号,CATEGORY,id_number,date\n"
                           "补录,1.5,1,skills," +
                               s(test::id_a) + ",2025-01-05\n");
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  ASSERT_EQ(result.change.add_training.size(), 1u);
  EXPECT_EQ(result.change.add_training[0].half_hours, 3);
  EXPECT_EQ(result.change.add_training[0].date, Date(2025, 1, 5));
}

TEST_F(ImportTest, PositionsChineseHeadersReplaceHistorySortedByStart) {
  const auto result = plan(ImportKind::positions, "p.csv",
                           "身份证号,职务,开始日期,结束日期\n" + s(test::id_a15) +
                               ",社区党组织书记,2015年1月1日,\n" + s(test::id_a) +
                               ",community_staff,2012/3/1,2014-12-31\n" + s(test::id_b) +
                               ",网格员,2016-01-01,2016-12-31\n");
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  EXPECT_EQ(result.rows, 3u);
  const auto& histories = result.change.replace_history;
  ASSERT_EQ(histories.size(), 2u);
  const std::vector<PositionSpell> a{
      {Position::community_staff, Date(2012, 3, 1), Date(2014, 12, 31)},
      {Position::party_secretary, Date(2015, 1, 1), std::nullopt}};
  EXPECT_EQ(histories.at(s(test::id_a)), a);
  EXPECT_EQ(histories.at(s(test::id_b)).size(), 1u);
  EXPECT_TRUE(result.change.upsert_workers.empty());
}

TEST_F(ImportTest, ExamsChineseHeadersAndLabels) {
  for (const std::string_view header :
       {"公民身份号码,考试日期,考试,考试结果,成绩", "身份证号,考试日期,考试,结果,成绩"}) {
    const auto result =
        plan(ImportKind::exams, "e.csv",
             s(header) + "\n" + s(test::id_b) + ",2024/6/15,社区工作者职业资格考试,通过,88.5\n" +
                 s(test::id_b) + ",2023年6月17日,助理社会工作师考试,不合格,\n" + s(test::id_e15) +
                 ",2022-06-18,national_intermediate,缺考,\n");
    ASSERT_TRUE(result.problems.empty()) << dump(result);
    const auto& exams = result.change.add_exams;
    ASSERT_EQ(exams.size(), 3u);
    EXPECT_EQ(exams[0], (ExamAttempt{s(test::id_b), Date(2024, 6, 15), ExamKind::city_community,
                                     ExamResult::passed, 88.5}));
    EXPECT_EQ(exams[1].exam, ExamKind::national_assistant);
    EXPECT_EQ(exams[1].result, ExamResult::failed);
    EXPECT_EQ(exams[1].score, std::nullopt);
    EXPECT_EQ(exams[2].id_number, test::id_e);  // 15 digits matched the worker on file
    EXPECT_EQ(exams[2].result, ExamResult::absent);
  }
}

TEST_F(ImportTest, CertificatesChineseHeadersAndLabels) {
  const auto result = plan(ImportKind::certificates, "c.csv",
                           "身份证号码,证书类型,等级,证书编号,发证日期,发证机关\n" + s(test::id_a) +
                               ",社会工作者职业水平证书,社会工作师,S2024001,2024年11月2日,"
                               "人力资源和社会保障部\n" +
                               s(test::id_b) + ",社区工作者职业资格证书,,TJ-9,2023/1/9,\n");
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  const auto& certificates = result.change.add_certificates;
  ASSERT_EQ(certificates.size(), 2u);
  EXPECT_EQ(certificates[0], (Certificate{s(test::id_a), CertificateType::national_sw,
                                          CertificateLevel::intermediate, "S2024001",
                                          Date(2024, 11, 2), "人力资源和社会保障部"}));
  EXPECT_EQ(certificates[1].type, CertificateType::city_cw);
  EXPECT_EQ(certificates[1].level, std::nullopt);
  EXPECT_EQ(certificates[1].issue_date, Date(2023, 1, 9));
}

TEST_F(ImportTest, TrainingChineseHeadersAlternativesAndQuotedCells) {
  // A line break inside a quoted cell is read as part of the cell: here in
  // the notes (备注), which the import ignores.
  for (const std::string_view header :
       {"身份证号,培训日期,学时,类别,课程,培训机构,已核实,备注",
        "身份证号,日期,学时,培训类别,课程,培训机构,是否核实,备注"}) {
    const auto result =
        plan(ImportKind::training, "t.csv",
             s(header) + "\n" + s(test::id_a) +
                 ",2025-03-01,4,岗位任职,\"社区实务, 第一期\",区民政局,是,\n" + s(test::id_a) +
                 ",2025/3/2,2.5,继续教育,两行课程,\"机构\"\"甲\"\"\",否,\"两行\n备注\"\n" +
                 s(test::id_b) + ",2025年3月3日,0.5,academic,,,,\n");
    ASSERT_TRUE(result.problems.empty()) << dump(result);
    const auto& training = result.change.add_training;
    ASSERT_EQ(training.size(), 3u);
    EXPECT_EQ(training[0],
              (TrainingRecord{s(test::id_a), Date(2025, 3, 1), 8, TrainingCategory::induction,
                              "社区实务, 第一期", "区民政局", true}));
    EXPECT_EQ(training[1].course, "两行课程");
    EXPECT_EQ(training[1].provider, "机构\"甲\"");
    EXPECT_EQ(training[1].category, TrainingCategory::continuing);
    EXPECT_FALSE(training[1].verified);
    EXPECT_EQ(training[2].date, Date(2025, 3, 3));
    EXPECT_EQ(training[2].half_hours, 1);
    EXPECT_TRUE(training[2].verified);  // empty means yes
    EXPECT_EQ(result.change.description,
              "import training " + utf8(dir_.path() / "t.csv") + " (3 rows)");
  }
}

TEST_F(ImportTest, LineNumbersAfterQuotedLineBreaks) {
  const std::string text =
      "id_number,date,hours,category,course,provider,verified,notes\n" +        // 1
      s(test::id_a) + ",2025-03-01,4,skills,\"社区实务, 第一期\",p,yes,\n" +    // 2
      s(test::id_a) + ",2025-03-02,2,quality,c,p,yes,\"第一行\n\n第三行\"\n" +  // 3-5
      "\n" +                                                                    // 6
      s(test::id_a) + ",2025-02-30,3,skills,c,p,yes,\n" +                       // 7
      s(test::id_a) + ",2025-03-03,2.2,skills,c,p,yes,\"a\nb\"\n" +             // 8-9
      s(test::id_a) + ",2025-03-04,2,skills,c,p,yes,\n";                        // 10
  const auto file = dir_.write("bad.csv", text);
  const auto result = plan_import(ImportKind::training, file, known_, today, Policy{});
  EXPECT_EQ(where(result), (Where{{7, 2}, {8, 3}})) << dump(result);
  EXPECT_EQ(result.rows, 5u);
  ASSERT_EQ(result.problems.size(), 2u) << dump(result);
  const ImportProblem& problem = result.problems[0];
  EXPECT_EQ(problem.line, 7);
  EXPECT_EQ(problem.column, 2);
  EXPECT_EQ(problem.column_name, "date");
  EXPECT_EQ(
      problem.to_string().rfind(utf8(file) + ": line 7, column 2 (date): \"2025-02-30\" is not a "
                                             "valid date",
                                0),
      0u)
      << problem.to_string();
  EXPECT_TRUE(result.change.empty());
}

TEST_F(ImportTest, OneBadRowAmongGoodOnesImportsNothing) {
  const std::string id = s(test::id_a);
  const auto result =
      plan(ImportKind::training, "bad.csv",
           "id_number,date,hours,category,verified\n" + id + ",2025-03-01,4,skills,yes\n" + id +
               ",2025-03-02,2.5,skills,yes\n" + id + ",2025-02-30,3,skills,yes\n" + id +
               ",2025-03-04,4,practice,yes\n");
  EXPECT_EQ(where(result), (Where{{4, 2}})) << dump(result);
  EXPECT_TRUE(result.change.empty());
  EXPECT_TRUE(result.change.description.empty());
  EXPECT_EQ(result.rows, 4u);
}

TEST_F(ImportTest, EveryBadTrainingRowIsListed) {
  const std::string a = s(test::id_a);
  const auto result = plan(ImportKind::training, "t.csv",
                           "id_number,date,hours,category,course,provider,verified\n" +  // 1
                               a + ",2025-03-01,4,skills,,,\n" +                         // 2 good
                               a + ",2025-03-02,2.3,skills,,,\n" +                       // 3
                               a + ",2025-03-03,0,skills,,,\n" +                         // 4
                               a + ",2025-06-16,2,skills,,,\n" +                         // 5 future
                               a + ",2025-03-04,2,讲座,,,\n" +                           // 6
                               s(test::id_c) + ",2025-03-04,2,skills,,,\n" +            // 7 unknown
                               s(test::id_wrong_check) + ",2025-03-04,2,skills,,,\n" +  // 8
                               a + ",2025-02-30,2,skills,,,\n" +                        // 9
                               a + ",2025-07-05,-1,skills,,,也许\n" +                   // 10
                               a + ",2025-03-06,2,skills,,,yes,多余\n");                // 11
  EXPECT_EQ(where(result), (Where{{3, 3},
                                  {4, 3},
                                  {5, 2},
                                  {6, 4},
                                  {7, 1},
                                  {8, 1},
                                  {9, 2},
                                  {10, 2},
                                  {10, 3},
                                  {10, 7},
                                  {11, 8}}))
      << dump(result);
  EXPECT_EQ(result.rows, 10u);
  EXPECT_TRUE(result.change.empty());
  EXPECT_EQ(result.problems[0].column_name, "hours");
  EXPECT_EQ(result.problems[3].column_name, "category");
  EXPECT_NE(result.problems[4].message.find(s(test::id_c)), std::string::npos)
      << result.problems[4].message;
}

TEST_F(ImportTest, EveryBadWorkerRowIsListed) {
  const std::string rest = ",小白楼街道,开封道社区,2012-03-01,,party_secretary\n";
  const auto line = [&](std::string_view id, std::string_view gender, std::string_view middle) {
    return s(id) + ",张三," + s(gender) + ",,,,,,和平区" + s(middle);
  };
  const auto result = plan(
      ImportKind::workers, "w.csv",
      s(workers_header) +               // 1
          line(test::id_a, "", rest) +  // 2 good
          line(test::id_b, "", ",小白楼街道,开封道社区,2015-03-01,2015-02-28,grid_worker\n") +  // 3
          line(test::id_future, "", rest) +                                                     // 4
          line(test::id_impossible, "", rest) +                                                 // 5
          line(test::id_d, "", ",小白楼街道,开封道社区,2012-03-01,,主任\n") +                   // 6
          line(test::id_a15, "", rest) +                                    // 7 twice
          line("1.20101E+17", "", rest) +                                   // 8
          line(test::id_e, "女", rest) +                                    // 9
          line(test::id_c, "", ",小白楼街道,,2012-03-01,,grid_worker\n"));  // 10
  EXPECT_EQ(where(result),
            (Where{{3, 13}, {4, 1}, {5, 1}, {6, 14}, {7, 1}, {8, 1}, {9, 3}, {10, 11}}))
      << dump(result);
  EXPECT_TRUE(result.change.empty());
  EXPECT_NE(result.problems[4].message.find("line 2"), std::string::npos)
      << result.problems[4].message;  // the duplicate names the first occurrence
  EXPECT_NE(result.problems[5].message.find("text"), std::string::npos)
      << result.problems[5].message;  // Excel's number: format the column as text
}

TEST_F(ImportTest, EveryBadPositionRowIsListed) {
  const std::string a = s(test::id_a);
  const auto result = plan(ImportKind::positions, "p.csv",
                           "id_number,position,start_date,end_date\n" +          // 1
                               a + ",community_staff,2010-01-01,2014-12-31\n" +  // 2
                               a + ",party_secretary,2015-01-01,\n" +            // 3
                               a + ",grid_worker,2014-06-01,2014-12-31\n" +      // 4 overlaps 2
                               s(test::id_b) + ",grid_worker,2016-01-01,2015-12-31\n" +  // 5
                               s(test::id_c) + ",grid_worker,2016-01-01,\n" +       // 6 unknown
                               s(test::id_e) + ",grid_worker,2010-01-01,\n" +       // 7 open-ended
                               s(test::id_e) + ",网格员,2012-01-01,2013-01-01\n");  // 8 after it
  EXPECT_EQ(where(result), (Where{{4, 3}, {5, 4}, {6, 1}, {8, 3}})) << dump(result);
  EXPECT_NE(result.problems[0].message.find("line 2"), std::string::npos)
      << result.problems[0].message;
  EXPECT_NE(result.problems[3].message.find("line 7"), std::string::npos)
      << result.problems[3].message;
  EXPECT_TRUE(result.change.empty());
}

TEST_F(ImportTest, EveryBadExamRowIsListed) {
  const std::string b = s(test::id_b);
  const auto result = plan(ImportKind::exams, "e.csv",
                           "id_number,exam_date,exam,result,score\n" +          // 1
                               b + ",2025-06-16,city_community,passed,80\n" +   // 2 future
                               b + ",2024-06-01,驾驶考试,passed,\n" +           // 3
                               b + ",2024-06-01,city_community,良好,\n" +       // 4
                               b + ",2024-06-01,city_community,failed,150\n" +  // 5
                               b + ",2024/6/31,city_community,failed,50\n");    // 6
  EXPECT_EQ(where(result), (Where{{2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 2}})) << dump(result);
  EXPECT_TRUE(result.change.empty());
}

TEST_F(ImportTest, EveryBadCertificateRowIsListed) {
  const std::string a = s(test::id_a);
  const auto result = plan(ImportKind::certificates, "c.csv",
                           "id_number,type,level,number,issue_date,issuer\n" +   // 1
                               a + ",city_cw,,N1,2025-07-01,\n" +                // 2 future
                               a + ",national_sw,初级,N2,2024-01-01,\n" +        // 3
                               a + ",毕业证,,N3,2024-01-01,\n" +                 // 4
                               "120101198503121239,city_cw,,N4,2024-01-01,\n");  // 5 check char
  EXPECT_EQ(where(result), (Where{{2, 5}, {3, 3}, {4, 2}, {5, 1}})) << dump(result);
  EXPECT_TRUE(result.change.empty());
}

TEST_F(ImportTest, MissingAndDuplicatedColumnsAreHeaderProblems) {
  const auto missing = plan(ImportKind::training, "m.csv",
                            "身份证号,日期,课程\n" + s(test::id_a) + ",2025-01-01,x\n");
  EXPECT_EQ(where(missing), (Where{{1, 0}, {1, 0}})) << dump(missing);
  EXPECT_NE(dump(missing).find("hours (学时)"), std::string::npos) << dump(missing);
  EXPECT_NE(dump(missing).find("category (类别)"), std::string::npos) << dump(missing);

  const auto twice = plan(ImportKind::training, "d.csv",
                          "\n身份证号,date,hours,category,身份证号码\n" + s(test::id_a) +
                              ",2025-01-01,2,skills," + s(test::id_a) + "\n");
  EXPECT_EQ(where(twice), (Where{{2, 5}})) << dump(twice);
  EXPECT_EQ(twice.problems[0].column_name, "身份证号码");
  EXPECT_TRUE(twice.change.empty());
}

TEST_F(ImportTest, EmptyFileAndHeaderOnlyAreProblems) {
  const auto empty = plan(ImportKind::workers, "empty.csv", "");
  EXPECT_EQ(where(empty), (Where{{0, 0}})) << dump(empty);
  const auto blank = plan(ImportKind::workers, "blank.csv", "\xEF\xBB\xBF\r\n,,,\r\n");
  EXPECT_EQ(where(blank), (Where{{0, 0}})) << dump(blank);
  const auto header_only =
      plan(ImportKind::training, "header.csv", "id_number,date,hours,category\n\n");
  EXPECT_EQ(where(header_only), (Where{{1, 0}})) << dump(header_only);
  EXPECT_TRUE(header_only.change.empty());
}

TEST_F(ImportTest, UnreadableOrUndecodableFileIsOneProblem) {
  const auto missing =
      plan_import(ImportKind::workers, dir_.path() / "none.csv", known_, today, Policy{});
  EXPECT_EQ(where(missing), (Where{{0, 0}}));
  EXPECT_EQ(missing.problems[0].to_string(), utf8(dir_.path() / "none.csv") + ": no such file");

  const auto binary = plan(ImportKind::workers, "x.csv", "id_number\n\xff\xfe\xff\n");
  EXPECT_EQ(where(binary), (Where{{0, 0}})) << dump(binary);

  const auto quotes =
      plan(ImportKind::training, "q.csv",
           "id_number,date,hours,category\n" + s(test::id_a) + ",2025-01-01,2,\"skills\n");
  EXPECT_EQ(where(quotes), (Where{{0, 0}})) << dump(quotes);
  EXPECT_NE(quotes.problems[0].message.find("line 2"), std::string::npos) << dump(quotes);
}

TEST_F(ImportTest, PathWithChineseCharacters) {
  const auto result = plan(ImportKind::training, "天津/和平区 社区工作者.csv",
                           "身份证号,日期,学时,类别\n" + s(test::id_a) + ",2025-03-01,4,技能\n");
  ASSERT_TRUE(result.problems.empty()) << dump(result);
  ASSERT_EQ(result.change.add_training.size(), 1u);
  EXPECT_EQ(result.change.add_training[0].category, TrainingCategory::skills);
  EXPECT_NE(result.change.description.find("天津/和平区 社区工作者.csv"), std::string::npos)
      << result.change.description;

  const auto bad = plan(ImportKind::training, "天津/和平区 社区工作者 2.csv",
                        "身份证号,日期,学时,类别\n" + s(test::id_a) + ",2025-03-01,3.3,技能\n");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].to_string().rfind(
                utf8(dir_.path() / std::filesystem::path(u8"天津/和平区 社区工作者 2.csv")) +
                    ": line 2, column 3 (学时): ",
                0),
            0u)
      << bad.problems[0].to_string();
}

TEST(ImportProblem, ToStringFormats) {
  EXPECT_EQ((ImportProblem{"bad.csv", 4, 2, "date", "\"2025-02-30\" is not a valid date", {}})
                .to_string(),
            "bad.csv: line 4, column 2 (date): \"2025-02-30\" is not a valid date");
  EXPECT_EQ((ImportProblem{"bad.csv", 1, 0, "", "the required column hours (学时) is missing", {}})
                .to_string(),
            "bad.csv: line 1: the required column hours (学时) is missing");
  EXPECT_EQ((ImportProblem{"bad.csv", 0, 0, "", "no such file", {}}).to_string(),
            "bad.csv: no such file");
}

TEST(ImportKindNames, ParseAndName) {
  for (const auto kind : {ImportKind::workers, ImportKind::positions, ImportKind::exams,
                          ImportKind::certificates, ImportKind::training})
    EXPECT_EQ(parse_import_kind(import_kind_name(kind)), kind);
  EXPECT_EQ(parse_import_kind("training"), ImportKind::training);
  EXPECT_EQ(parse_import_kind("worker"), std::nullopt);
  EXPECT_EQ(parse_import_kind(""), std::nullopt);
}

}  // namespace
}  // namespace cwt
