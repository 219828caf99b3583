// The Reports page's choices without a display: the cascading scope lists
// and the checks that turn the page's fields into a report request.
#include "cwt/workspace/report_form.hpp"

#include <gtest/gtest.h>

#include <set>

#include "cwt/demo/demo.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "cwt/workspace/workspace.hpp"

namespace cwt {
namespace {

const Date kToday(2026, 6, 30);

CommunityTally place(std::string district, std::string street, std::string community) {
  return {std::move(district), std::move(street), std::move(community), {}};
}

TEST(ScopeChoices, EachListOnceInTheTallysOrderAndNarrowedByTheChoiceAbove) {
  const std::vector<CommunityTally> tally{
      place("和平区", "劝业场街道", "花园里社区"), place("和平区", "劝业场街道", "天塔里社区"),
      place("和平区", "南营门街道", "花园里社区"), place("河西区", "友谊路街道", "平江里社区")};
  const ScopeChoices choices(tally);
  EXPECT_EQ(choices.districts(), (std::vector<std::string>{"和平区", "河西区"}));
  EXPECT_EQ(choices.streets(""),
            (std::vector<std::string>{"劝业场街道", "南营门街道", "友谊路街道"}));
  EXPECT_EQ(choices.streets("河西区"), (std::vector<std::string>{"友谊路街道"}));
  // Two streets have a community of the same name: listed once for the
  // district, once per street.
  EXPECT_EQ(choices.communities("和平区", ""),
            (std::vector<std::string>{"花园里社区", "天塔里社区"}));
  EXPECT_EQ(choices.communities("和平区", "南营门街道"), (std::vector<std::string>{"花园里社区"}));
  EXPECT_TRUE(choices.communities("河西区", "劝业场街道").empty());
}

TEST(ScopeChoices, TheWorkspacesCommunitiesAreAllOffered) {
  auto store = SqliteStore::in_memory();
  store->apply(make_demo({300, 6, 11, kToday}));
  Workspace workspace(*store, kToday);
  const auto tally = workspace.tally_by_community();
  const ScopeChoices choices(tally);
  std::set<std::string> offered;
  for (const auto& district : choices.districts())
    for (const auto& street : choices.streets(district))
      for (const auto& community : choices.communities(district, street))
        offered.insert(district + "/" + street + "/" + community);
  std::set<std::string> expected;
  for (const auto& status : workspace.statuses())
    expected.insert(status.worker->org.district + "/" + status.worker->org.street + "/" +
                    status.worker->org.community);
  EXPECT_EQ(offered, expected);
}

const auto kOnFile = [](std::string_view id) { return id == "110101199003070011"; };

TEST(ReportForm, TheFieldsBecomeTheRequest) {
  ReportForm form;
  form.kind = reports::ReportKind::training;
  form.district = "和平区";
  form.street = "劝业场街道";
  form.as_of = kToday;
  form.year = 2025;
  form.language = Language::en;
  form.full_id = true;
  const auto request = request_of(form, kToday, kOnFile);
  ASSERT_TRUE(request) << request.error();
  EXPECT_EQ(request->kind, reports::ReportKind::training);
  EXPECT_EQ(request->scope.district, "和平区");
  EXPECT_EQ(request->scope.street, "劝业场街道");
  EXPECT_EQ(request->scope.community, "");
  EXPECT_EQ(request->as_of, kToday);
  EXPECT_EQ(request->year, 2025);
  EXPECT_EQ(request->language, Language::en);
  EXPECT_TRUE(request->full_id);
}

TEST(ReportForm, AYearOnlyWhereTheReportHasOneAndInRange) {
  ReportForm form;
  form.as_of = kToday;
  form.kind = reports::ReportKind::deadlines;
  form.year = 2025;
  EXPECT_EQ(request_of(form, kToday, kOnFile)->year, 0);
  form.kind = reports::ReportKind::summary;
  form.year = 12025;
  const auto wrong = request_of(form, kToday, kOnFile);
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().find("12025"), std::string::npos) << wrong.error();
}

TEST(ReportForm, ACardForOneWorkerOnFileWhereverTheyWork) {
  ReportForm form;
  form.kind = reports::ReportKind::card;
  form.as_of = kToday;
  form.community = "花园里社区";
  form.worker = " 110101199003070012 ";
  auto wrong = request_of(form, kToday, kOnFile);
  ASSERT_FALSE(wrong);  // the check digit is 1
  EXPECT_NE(wrong.error().find("Worker"), std::string::npos) << wrong.error();
  form.worker = "11010119900307002x";  // well formed, not on file
  ASSERT_FALSE(request_of(form, kToday, kOnFile));
  form.worker = " 110101199003070011 ";
  const auto request = request_of(form, kToday, kOnFile);
  ASSERT_TRUE(request) << request.error();
  EXPECT_EQ(request->scope.id_number, "110101199003070011");
  EXPECT_EQ(request->scope.community, "");
  // Without a worker: every worker of the community.
  form.worker.clear();
  EXPECT_EQ(request_of(form, kToday, kOnFile)->scope.community, "花园里社区");
  // Other reports ignore the worker field.
  form.kind = reports::ReportKind::overdue;
  form.worker = "not an ID";
  EXPECT_TRUE(request_of(form, kToday, kOnFile));
}

// 填报单位 (issue 23, item 7): what the scope names until the officer types
// a unit of their own, which then stays whatever the scope and is what the
// report prints.
TEST(UnitField, TheScopesNameUntilTheOfficerTypesTheirOwn) {
  const reports::Scope all{};
  const reports::Scope district{"和平区", "", "", ""};
  const reports::Scope street{"和平区", "劝业场街道", "", ""};
  const reports::Scope community{"和平区", "劝业场街道", "花园里社区", ""};
  UnitField field;
  EXPECT_EQ(field.shown_for(all), "");
  EXPECT_EQ(field.shown_for(district), "和平区");
  EXPECT_EQ(field.shown_for(street), "和平区 劝业场街道");
  EXPECT_EQ(field.shown_for(community), "花园里社区");
  // What the scope names, typed again (or with blanks), is still the scope's.
  field.typed(" 和平区 劝业场街道 ", street);
  EXPECT_EQ(field.own(), "");
  EXPECT_EQ(field.shown_for(community), "花园里社区");
  // The officer's own unit stays whatever the scope.
  field.typed("劝业场街道办事处", street);
  EXPECT_EQ(field.own(), "劝业场街道办事处");
  for (const auto& scope : {all, district, street, community})
    EXPECT_EQ(field.shown_for(scope), "劝业场街道办事处");
  // Remembered: the next start shows it.
  EXPECT_EQ(UnitField(field.own()).shown_for(all), "劝业场街道办事处");
  // Emptied: the scope names it again.
  field.typed("", street);
  EXPECT_EQ(field.own(), "");
  EXPECT_EQ(field.shown_for(district), "和平区");
}

TEST(ReportForm, TheUnitOnTheFormIsTheUnitTheReportPrints) {
  auto store = SqliteStore::in_memory();
  store->apply(make_demo({60, 6, 11, kToday}));
  Workspace workspace(*store, kToday);
  const auto tally = workspace.tally_by_community();
  ASSERT_FALSE(tally.empty());
  ReportForm form;
  form.kind = reports::ReportKind::summary;
  form.as_of = kToday;
  form.district = tally.front().district;
  form.street = tally.front().street;
  const auto document_of = [&](const ReportForm& f) {
    const auto request = request_of(f, kToday, kOnFile);
    EXPECT_TRUE(request) << request.error();
    return reports::build_report(*request, *store);
  };
  // The field as the page fills it: the street until the officer types.
  UnitField field;
  form.unit = field.shown_for({form.district, form.street, "", ""});
  EXPECT_EQ(document_of(form).organisation, form.district + " " + form.street);
  field.typed(" 劝业场街道办事处 ", {form.district, form.street, "", ""});
  form.unit = field.shown_for({form.district, form.street, "", ""});
  const auto document = document_of(form);
  EXPECT_EQ(document.organisation, "劝业场街道办事处");
  EXPECT_NE(reports::organisation_line(document).find("填报单位（盖章）：劝业场街道办事处"),
            std::string::npos);
  // An emptied field: blank, to be written in by hand.
  form.unit = "  ";
  EXPECT_EQ(document_of(form).organisation, "");
}

}  // namespace
}  // namespace cwt
