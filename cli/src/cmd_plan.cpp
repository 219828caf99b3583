// `plan list|create|add-course|assign|unassign|fill|show|attend|report`: annual training plans
// from the command line (model/training_plan.hpp, model/plan_fill.hpp). Each
// command reads the plan, changes it and saves it whole in one transaction
// (ChangeSet::save_plans); bad input changes nothing.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "commands.hpp"
#include "cwt/app/plan_edits.hpp"
#include "cwt/exchange/record_fields.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/plan_fill.hpp"
#include "cwt/model/terms.hpp"
#include "cwt/model/text.hpp"
#include "cwt/model/training.hpp"
#include "cwt/reports/plan_report.hpp"
#include "field_options.hpp"
#include "text_table.hpp"

namespace cwt::cli {
namespace {

TrainingPlan stored_plan(Store& store, const std::string& name, std::string_view command) {
  const std::string wanted = normalized_plan_name(name);
  auto plans = store.training_plans();
  for (auto& plan : plans)
    if (plan.name == wanted) return std::move(plan);
  // TRANSLATORS: {1} is the command ("plan show"), {2} why (no plan of that name, the plans
  // there are).
  throw InputError(tr("{1}: --plan: {2}", command, no_plan_named(name, plans)));
}

void save(Store& store, const TrainingPlan& plan, const std::string& description) {
  ChangeSet change;
  change.description = description;
  change.save_plans.push_back(plan);
  store.apply(change);
}

// Every worker's file with the plan year's completed hours as of today.
std::vector<WorkerFile> files_for(Store& store, const TrainingPlan& plan, Date today) {
  return store.worker_files(completed_window(plan.year, today));
}

// Verified hours per category of the two years before the plan's: what
// fill_plan prefers least of.
std::map<std::string, CategoryHours> recent_hours(Store& store, const TrainingPlan& plan) {
  return store.category_hours(recent_window(plan.year));
}

// ID numbers given on the command line, each as its 18-character form
// (whether they are on file is the application layer's to say).
std::vector<std::string> id_numbers_of(const std::vector<std::string>& given, Date today,
                                       std::string_view command) {
  std::vector<std::string> ids;
  std::vector<std::string> problems;
  for (const std::string& text : given) {
    const auto id = parse_id_number(text, today);
    if (!id) {
      problems.push_back(tr("{1}: {2}: {3}", command, shown(text), id.error()));
      continue;
    }
    ids.push_back(id->digits);
  }
  if (!problems.empty()) {
    problems.push_back(tr("{1}: nothing changed", command));
    throw InputError(problems);
  }
  return ids;
}

// A stored plan with what `show` and `report` present of it.
struct PlanSnapshot {
  TrainingPlan plan;
  std::vector<WorkerFile> files;  // PlanState points into these
  PlanState state;
  std::vector<UncoveredWorker> uncovered;
};

std::unique_ptr<PlanSnapshot> snapshot_of(Store& store, const std::string& name,
                                          std::string_view command, Date today) {
  auto snapshot = std::make_unique<PlanSnapshot>();
  snapshot->plan = stored_plan(store, name, command);
  const Policy policy = store.policy();
  snapshot->files = files_for(store, snapshot->plan, today);
  snapshot->state = evaluate_plan(snapshot->plan, snapshot->files, policy);
  snapshot->uncovered = uncovered_workers(snapshot->plan, snapshot->files, policy,
                                          recent_hours(store, snapshot->plan));
  return snapshot;
}

struct PlanOptions {
  std::string plan;
  std::string name;
  int year = 0;
  PlanScope scope;
  std::string course;
  std::vector<std::string> ids;
  std::string format = "table";
};

void add_plan_create(CLI::App& group, CommandContext& context) {
  auto* create = group.add_subcommand("create", tr("Create a training plan for a year and scope"));
  auto options = std::make_shared<PlanOptions>();
  create->add_option("--year", options->year, tr("The year planned for"))
      ->required()
      ->check(number_in(1900, 2999));
  create->add_option("--name", options->name, tr("The plan's name (unique)"))->required();
  create->add_option("--district", options->scope.district, tr("Only this district"));
  create->add_option("--street", options->scope.street, tr("Only this street"));
  create->add_option("--community", options->scope.community, tr("Only this community"));
  create->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      const app::Edit edit = app::create_plan(app::StoreOnFile(*store, context.today),
                                              options->name, options->year, options->scope);
      if (edit.refused()) throw InputError(describe("plan create", edit.problems));
      store->apply(*edit.change);
      const TrainingPlan& plan = edit.change->save_plans.front();
      context.out << tr("created plan {1} for {2}", plan.name, plan.year) << '\n';
    };
  });
}

void add_plan_add_course(CLI::App& group, CommandContext& context) {
  auto* add = group.add_subcommand("add-course", tr("Add a course to a training plan"));
  auto plan_name = std::make_shared<std::string>();
  add->add_option("--plan", *plan_name, tr("The plan's name"))->required();
  auto given = std::make_shared<std::map<std::string, std::string>>();
  for (const char* field :
       {"title", "category", "hours", "month", "dates", "capacity", "audience", "provider"}) {
    auto* option = add->add_option_function<std::string>(
        "--" + std::string(field), [given, field](const std::string& v) { (*given)[field] = v; });
    if (std::string_view(field) != "month" && std::string_view(field) != "dates" &&
        std::string_view(field) != "provider")
      option->required();
  }
  add->callback([&context, plan_name, given] {
    context.action = [&context, plan_name, given] {
      auto store = context.open_store();
      TrainingPlan plan = stored_plan(*store, *plan_name, "plan add-course");
      FieldValues fields(given->begin(), given->end());
      auto parsed = parse_course(fields, plan.year, store->policy());
      if (!parsed.ok()) throw InputError(describe("plan add-course", parsed.problems));
      const std::string title = parsed.record.title;
      const app::Edit edit = app::save_course(plan, std::move(parsed.record));
      if (edit.refused()) throw InputError(describe("plan add-course", edit.problems));
      store->apply(*edit.change);
      context.out << tr("added course {1} to plan {2}", title, plan.name) << '\n';
    };
  });
}

void add_plan_assign(CLI::App& group, CommandContext& context, bool assign) {
  auto* command = group.add_subcommand(
      assign ? "assign" : "unassign",
      assign ? tr("Put workers on a course of a plan") : tr("Take workers off a course of a plan"));
  auto options = std::make_shared<PlanOptions>();
  command->add_option("--plan", options->plan, tr("The plan's name"))->required();
  command->add_option("--course", options->course, tr("The course's title"))->required();
  command->add_option("ID_NUMBER", options->ids, tr("The workers' ID numbers"))->required();
  const std::string name = assign ? "plan assign" : "plan unassign";
  command->callback([&context, options, assign, name] {
    context.action = [&context, options, assign, name] {
      auto store = context.open_store();
      TrainingPlan plan = stored_plan(*store, options->plan, name);
      const auto ids = id_numbers_of(options->ids, context.today, name);
      const app::Edit edit =
          assign ? app::assign(app::StoreOnFile(*store, context.today), plan, options->course, ids)
                 : app::unassign(plan, options->course, ids);
      if (edit.refused()) throw InputError(describe(name, edit.problems));
      // Nothing to change: nothing written.
      if (!edit.change->empty()) store->apply(*edit.change);
      const std::size_t changed =
          edit.change->add_assignments.size() + edit.change->remove_assignments.size();
      for (const auto& added : edit.change->add_assignments)
        plan.assignments.push_back(added.assignment);
      const std::string title = plan.course(options->course)->title;
      context.out << (assign ? trn("{1} worker put on {2}", "{1} workers put on {2}", changed,
                                   changed, title)
                             : trn("{1} worker taken off {2}", "{1} workers taken off {2}", changed,
                                   changed, title))
                  << '\n';
      if (assign) {
        const PlanState state =
            evaluate_plan(plan, files_for(*store, plan, context.today), store->policy());
        for (const auto& seats : state.courses)
          if (seats.course->title == title && seats.over_full())
            context.err << tr("{1} is over-full: {2} workers for {3} seats", title,
                              seats.seats_taken, seats.course->capacity)
                        << '\n';
      }
    };
  });
}

void add_plan_fill(CLI::App& group, CommandContext& context) {
  auto* fill_command =
      group.add_subcommand("fill", tr("Assign the workers still short to the plan's courses"));
  auto options = std::make_shared<PlanOptions>();
  fill_command->add_option("--plan", options->plan, tr("The plan's name"))->required();
  fill_command->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      TrainingPlan plan = stored_plan(*store, options->plan, "plan fill");
      const Policy policy = store->policy();
      const auto files = files_for(*store, plan, context.today);
      const PlanFill fill = fill_plan(plan, files, policy, recent_hours(*store, plan));
      plan.assignments.insert(plan.assignments.end(), fill.added.begin(), fill.added.end());
      if (!fill.added.empty()) save(*store, plan, "plan fill " + plan.name);
      context.out << trn("{1} assignment added", "{1} assignments added", fill.added.size(),
                         fill.added.size())
                  << '\n';
      for (const auto& u : fill.uncovered)
        // TRANSLATORS: {1} an ID number, {2} hours still missing, {3} why.
        context.out << tr("not covered: {1}, {2} hours missing: {3}", u.id_number,
                          format_hours(u.missing_half_hours), reason_text(u.reason))
                    << '\n';
    };
  });
}

nlohmann::json plan_json(const TrainingPlan& plan, const PlanState& state,
                         const std::vector<UncoveredWorker>& uncovered) {
  using nlohmann::json;
  const auto hours = [](std::int64_t half_hours) { return json::parse(format_hours(half_hours)); };
  json workers = json::array();
  for (const PlanWorker& w : state.workers)
    workers.push_back({{"id_number", w.file->worker.id_number},
                       {"required_hours", hours(w.required_half_hours)},
                       {"completed_hours", hours(w.completed_half_hours)},
                       {"planned_hours", hours(w.planned_half_hours)},
                       {"missing_hours", hours(w.missing_half_hours)},
                       {"courses", w.courses}});
  json courses = json::array();
  for (const PlanCourseSeats& seats : state.courses) {
    const PlannedCourse& c = *seats.course;
    json course{{"title", c.title},
                {"category", code(c.category)},
                {"hours", hours(c.half_hours)},
                {"audience", code(c.audience)},
                {"capacity", c.capacity},
                {"seats_taken", seats.seats_taken}};
    if (c.dates.empty()) {
      course["month"] = c.month;
    } else {
      json dates = json::array();
      for (const Date day : c.dates) dates.push_back(to_iso(day));
      course["dates"] = std::move(dates);
    }
    courses.push_back(std::move(course));
  }
  json short_of = json::array();
  for (const auto& u : uncovered)
    short_of.push_back({{"id_number", u.id_number},
                        {"missing_hours", hours(u.missing_half_hours)},
                        {"reason", reason_code(u.reason)}});
  return {{"plan", plan.name},
          {"year", plan.year},
          {"workers", std::move(workers)},
          {"courses", std::move(courses)},
          {"uncovered", std::move(short_of)}};
}

void add_plan_show(CLI::App& group, CommandContext& context) {
  auto* show = group.add_subcommand("show", tr("A plan: its courses and every worker's hours"));
  auto options = std::make_shared<PlanOptions>();
  show->add_option("--plan", options->plan, tr("The plan's name"))->required();
  show->add_option("--format", options->format, tr("table or json"))
      ->check(one_of({"table", "json"}))
      ->default_str("table");
  show->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      const auto snapshot = snapshot_of(*store, options->plan, "plan show", context.today);
      const TrainingPlan& plan = snapshot->plan;
      const PlanState& state = snapshot->state;
      const auto& uncovered = snapshot->uncovered;
      if (options->format == "json") {
        context.out << plan_json(plan, state, uncovered).dump(2) << '\n';
        return;
      }
      const bool zh = context.language == Language::zh;
      TextTable courses(
          zh ? std::vector<std::string>{"课程", "类别", "学时", "时间", "对象", "名额", "已安排"}
             : std::vector<std::string>{"Course", "Category", "Hours", "When", "Audience", "Seats",
                                        "Taken"});
      for (const PlanCourseSeats& seats : state.courses) {
        const PlannedCourse& c = *seats.course;
        std::string when;
        for (const Date day : c.dates) when += (when.empty() ? "" : ",") + to_iso(day);
        if (when.empty())
          when = zh ? std::to_string(c.month) + "月" : "month " + std::to_string(c.month);
        courses.add_row({c.title, std::string(label(c.category, context.language)),
                         format_hours(c.half_hours), when,
                         std::string(label(c.audience, context.language)),
                         std::to_string(c.capacity), std::to_string(seats.seats_taken)});
      }
      courses.write(context.out);
      TextTable workers({term_text(Term::id_number, context.language),
                         term_text(Term::name, context.language), zh ? "应修" : "Required",
                         zh ? "已修" : "Completed", zh ? "已安排" : "Planned",
                         zh ? "仍缺" : "Missing"});
      for (const PlanWorker& w : state.workers)
        workers.add_row({w.file->worker.id_number, w.file->worker.name,
                         format_hours(w.required_half_hours), format_hours(w.completed_half_hours),
                         format_hours(w.planned_half_hours), format_hours(w.missing_half_hours)});
      context.out << '\n';
      workers.write(context.out);
      for (const auto& u : uncovered)
        context.out << tr("not covered: {1}, {2} hours missing: {3}", u.id_number,
                          format_hours(u.missing_half_hours), reason_text(u.reason))
                    << '\n';
    };
  });
}

void add_plan_attend(CLI::App& group, CommandContext& context) {
  auto* attend = group.add_subcommand(
      "attend", tr("Mark a course that has taken place attended: its workers present (their hours "
                   "become training records), except those listed absent; again to correct"));
  auto options = std::make_shared<PlanOptions>();
  attend->add_option("--plan", options->plan, tr("The plan's name"))->required();
  attend->add_option("--course", options->course, tr("The course's title"))->required();
  attend->add_option("--absent", options->ids, tr("The ID numbers of those who did not come"));
  attend->callback([&context, options] {
    context.action = [&context, options] {
      const std::string name = "plan attend";
      auto store = context.open_store();
      const TrainingPlan plan = stored_plan(*store, options->plan, name);
      const auto absent = id_numbers_of(options->ids, context.today, name);
      const app::Edit edit =
          app::attend(app::StoreOnFile(*store, context.today), plan, options->course, absent);
      if (edit.refused()) throw InputError(describe(name, edit.problems));
      store->apply(*edit.change);
      const TrainingEvent& event = edit.change->attend_courses.front().event;
      const std::string& title = edit.change->attend_courses.front().course;
      const std::size_t present = event.attendees.size() - absent.size();
      context.out << tr("{1}: {2} present, {3} absent", title, present, absent.size()) << '\n';
    };
  });
}

// The plan's scope as `plan list` shows it: its district, street and
// community, or every worker's.
std::string scope_shown(const PlanScope& scope, Language language) {
  std::string text;
  for (const std::string* part : {&scope.district, &scope.street, &scope.community})
    if (!part->empty()) text += (text.empty() ? "" : " ") + *part;
  if (!text.empty()) return text;
  return language == Language::zh ? "全部" : "all";
}

void add_plan_list(CLI::App& group, CommandContext& context) {
  auto* list = group.add_subcommand(
      "list", tr("The training plans on file: name, year, scope, courses and workers assigned"));
  auto options = std::make_shared<PlanOptions>();
  list->add_option("--format", options->format, tr("table or json"))
      ->check(one_of({"table", "json"}))
      ->default_str("table");
  list->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      auto plans = store->training_plans();
      // This year's plans first, the plans of one year by name.
      std::ranges::sort(plans, [](const TrainingPlan& a, const TrainingPlan& b) {
        return std::tie(b.year, a.name) < std::tie(a.year, b.name);
      });
      const auto workers_on = [](const TrainingPlan& plan) {
        std::set<std::string> ids;
        for (const Assignment& a : plan.assignments) ids.insert(a.id_number);
        return ids.size();
      };
      if (options->format == "json") {
        auto out = nlohmann::json::array();
        for (const TrainingPlan& plan : plans)
          out.push_back({{"plan", plan.name},
                         {"year", plan.year},
                         {"district", plan.scope.district},
                         {"street", plan.scope.street},
                         {"community", plan.scope.community},
                         {"courses", plan.courses.size()},
                         {"workers", workers_on(plan)}});
        context.out << out.dump(2) << '\n';
        return;
      }
      if (plans.empty()) {
        context.out << tr("no training plans yet (plan create makes one)") << '\n';
        return;
      }
      const bool zh = context.language == Language::zh;
      TextTable table(
          zh ? std::vector<std::string>{"计划", "年度", "范围", "课程", "已安排人员"}
             : std::vector<std::string>{"Plan", "Year", "Scope", "Courses", "Workers assigned"});
      for (const TrainingPlan& plan : plans)
        table.add_row({plan.name, std::to_string(plan.year),
                       scope_shown(plan.scope, context.language),
                       std::to_string(plan.courses.size()), std::to_string(workers_on(plan))});
      table.write(context.out);
    };
  });
}

void add_plan_report(CLI::App& group, CommandContext& context) {
  auto* report = group.add_subcommand(
      "report", tr("Write the training plan as a report: courses, workers' hours, coverage"));
  auto options = std::make_shared<PlanOptions>();
  auto output = std::make_shared<std::string>();
  auto full_id = std::make_shared<bool>(false);
  auto unit = std::make_shared<std::optional<std::string>>();
  report->add_option("--plan", options->plan, tr("The plan's name"))->required();
  report->add_option("--format", options->format, tr("pdf, xlsx, csv or html"))
      ->required()
      ->check(one_of({"pdf", "xlsx", "csv", "html"}));
  report->add_option("-o,--output", *output, tr("The file to write"))->required();
  report->add_flag("--full-id", *full_id, tr("Print ID numbers in full (masked by default)"));
  report->add_option("--unit", *unit, unit_help());
  report->callback([&context, options, output, full_id, unit] {
    context.action = [&context, options, output, full_id, unit] {
      auto store = context.open_store();
      const auto snapshot = snapshot_of(*store, options->plan, "plan report", context.today);
      write_report(
          context,
          reports::plan_report(
              snapshot->plan, snapshot->state, snapshot->uncovered, context.language, context.today,
              *full_id, *unit ? std::optional(std::string(trim_blanks(**unit))) : std::nullopt),
          options->format, *output);
    };
  });
}

}  // namespace

void add_plan_command(CLI::App& app, CommandContext& context) {
  auto* group = app.add_subcommand("plan", tr("Annual training plans"));
  group->require_subcommand(1);
  add_plan_list(*group, context);
  add_plan_create(*group, context);
  add_plan_add_course(*group, context);
  add_plan_assign(*group, context, true);
  add_plan_assign(*group, context, false);
  add_plan_fill(*group, context);
  add_plan_show(*group, context);
  add_plan_attend(*group, context);
  add_plan_report(*group, context);
}

}  // namespace cwt::cli
