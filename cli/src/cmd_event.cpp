// `event add|attend|show`: training events from the command line. Marking an
// attendee present credits the event's hours as a training record, in the
// same transaction (the store does it; see ChangeSet::update_events).
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "cwt/app/event_edits.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/terms.hpp"
#include "field_options.hpp"
#include "text_table.hpp"

namespace cwt::cli {
namespace {

std::string label(Language language, auto value) {
  return std::string(language == Language::zh ? label_zh(value) : label_en(value));
}

std::string days_text(const TrainingEvent& event) {
  return event.first_day == event.last_day
             ? to_iso(event.first_day)
             : to_iso(event.first_day) + " – " + to_iso(event.last_day);
}

TrainingEvent stored_event(Store& store, std::int64_t event_id, std::string_view command) {
  for (auto& event : store.training_events())
    if (event.event_id == event_id) return event;
  // TRANSLATORS: {1} is the command ("event show"), {2} the event's number.
  throw InputError(tr("{1}: --event: there is no training event {2} (event show lists them)",
                      command, event_id));
}

void add_event_add(CLI::App& group, CommandContext& context) {
  auto* add = group.add_subcommand(
      "add", tr("Add a training event (--date is the first day, --end-date the last)"));
  auto options = std::make_shared<FieldOptions>(*add, event_fields(), true);
  add->callback([&context, options] {
    context.action = [&context, options] {
      auto store = context.open_store();
      auto parsed = parse_event(options->given(), context.today, store->policy());
      if (!parsed.ok()) throw InputError(describe("event add", parsed.problems));
      const app::Edit edit =
          app::save_event(app::StoreOnFile(*store, context.today), parsed.record);
      if (edit.refused()) throw InputError(describe("event add", edit.problems));
      const Applied applied = store->apply(*edit.change);
      // TRANSLATORS: {1} is the new event's number, {2} its course.
      context.out << tr("added event {1} {2}", applied.added_events.at(0), parsed.record.course)
                  << '\n';
    };
  });
}

void add_event_attend(CLI::App& group, CommandContext& context) {
  auto* attend = group.add_subcommand(
      "attend", tr("Mark workers present at an event (crediting its hours), or absent, "
                   "registered, or off its list"));
  auto event_id = std::make_shared<std::int64_t>(0);
  auto mark = std::make_shared<std::string>("present");
  auto id_texts = std::make_shared<std::vector<std::string>>();
  attend->add_option("--event", *event_id, tr("The event's number (event show)"))->required();
  attend->add_option("--mark", *mark, tr("present (default), absent, registered or remove"))
      ->check(one_of({"present", "absent", "registered", "remove"}));
  attend->add_option("ID_NUMBER", *id_texts, tr("The workers' ID numbers"))->required();
  attend->callback([&context, event_id, mark, id_texts] {
    context.action = [&context, event_id, mark, id_texts] {
      const char* command = "event attend";
      auto store = context.open_store();
      const std::optional<Attendance> attendance =
          *mark == "remove" ? std::nullopt : parse_code<Attendance>(*mark);
      const app::Edit edit = app::mark_attendance(app::StoreOnFile(*store, context.today),
                                                  *event_id, attendance, *id_texts);
      if (edit.refused()) throw InputError(describe(command, edit.problems));
      store->apply(*edit.change);
      const TrainingEvent& event = edit.change->update_events.front();
      // TRANSLATORS: how many of the event's list are marked present, absent, registered.
      context.out << tr("event {1}: {2} present, {3} absent, {4} registered", event.event_id,
                        count_marked(event, Attendance::present),
                        count_marked(event, Attendance::absent),
                        count_marked(event, Attendance::registered))
                  << '\n';
    };
  });
}

nlohmann::ordered_json event_json(const TrainingEvent& event, bool with_attendees,
                                  const std::map<std::string, std::string>& names) {
  nlohmann::ordered_json json{
      {"event", event.event_id},
      {"course", event.course},
      {"category", code(event.category)},
      {"first_day", to_iso(event.first_day)},
      {"last_day", to_iso(event.last_day)},
      // As in status: whole hours as integers (8), halves as 7.5.
      {"hours", event.half_hours % 2 == 0 ? nlohmann::ordered_json(event.half_hours / 2)
                                          : nlohmann::ordered_json(hours_value(event.half_hours))},
      {"provider", event.provider},
      {"registered", count_marked(event, Attendance::registered)},
      {"present", count_marked(event, Attendance::present)},
      {"absent", count_marked(event, Attendance::absent)},
  };
  if (with_attendees) {
    auto& attendees = json["attendees"] = nlohmann::ordered_json::array();
    for (const Attendee& a : event.attendees)
      attendees.push_back({{"id_number", a.id_number},
                           {"name", names.contains(a.id_number) ? names.at(a.id_number) : ""},
                           {"attendance", code(a.attendance)}});
  }
  return json;
}

void add_event_show(CLI::App& group, CommandContext& context) {
  auto* show =
      group.add_subcommand("show", tr("List the training events, or one with its attendees"));
  auto event_id = std::make_shared<std::int64_t>(0);
  auto format = std::make_shared<std::string>("table");
  show->add_option("--event", *event_id, tr("One event's number: show its attendees"));
  show->add_option("--format", *format, tr("table or json"))->check(one_of({"table", "json"}));
  show->callback([&context, event_id, format] {
    context.action = [&context, event_id, format] {
      auto store = context.open_store();
      std::vector<TrainingEvent> events;
      if (*event_id != 0)
        events.push_back(stored_event(*store, *event_id, "event show"));
      else
        events = store->training_events();
      std::map<std::string, std::string> names;
      if (*event_id != 0)
        for (const auto& worker : store->workers()) names.emplace(worker.id_number, worker.name);

      if (*format == "json") {
        auto json = nlohmann::ordered_json::array();
        for (const auto& e : events) json.push_back(event_json(e, *event_id != 0, names));
        context.out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return;
      }
      const Language lang = context.language;
      const bool zh = lang == Language::zh;
      TextTable table(zh ? std::vector<std::string>{"编号", "日期", "课程", "类别", "学时",
                                                    "培训机构", "已报名", "出席", "缺席"}
                         : std::vector<std::string>{"No.", "Days", "Course", "Category", "Hours",
                                                    "Provider", "Registered", "Present", "Absent"});
      for (const auto& e : events)
        table.add_row({std::to_string(e.event_id), days_text(e), e.course, label(lang, e.category),
                       format_hours(e.half_hours), e.provider,
                       std::to_string(count_marked(e, Attendance::registered)),
                       std::to_string(count_marked(e, Attendance::present)),
                       std::to_string(count_marked(e, Attendance::absent))});
      table.write(context.out);
      if (*event_id == 0) return;
      context.out << '\n';
      TextTable attendees({term_text(Term::id_number, lang), term_text(Term::name, lang),
                           zh ? "出席情况" : "Attendance"});
      for (const Attendee& a : events.front().attendees)
        attendees.add_row({a.id_number, names.contains(a.id_number) ? names.at(a.id_number) : "",
                           label(lang, a.attendance)});
      attendees.write(context.out);
    };
  });
}

}  // namespace

void add_event_command(CLI::App& app, CommandContext& context) {
  auto* event = app.add_subcommand("event", tr("Training events and their attendance"));
  event->require_subcommand(1);
  add_event_add(*event, context);
  add_event_attend(*event, context);
  add_event_show(*event, context);
}

}  // namespace cwt::cli
