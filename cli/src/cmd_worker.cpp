// `worker add|edit|show|list`.
#include <sstream>

#include "commands.hpp"
#include "cwt/app/worker_edits.hpp"
#include "cwt/model/employment.hpp"
#include "cwt/model/hours.hpp"
#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/status.hpp"
#include "cwt/model/terms.hpp"
#include "cwt/model/worker_change.hpp"
#include "field_options.hpp"
#include "text_table.hpp"

namespace cwt::cli {
namespace {

// 78 -> "78", 78.5 -> "78.5" (scores are entered with at most one decimal).
std::string score_text(double score) {
  std::ostringstream text;
  text << score;
  return text.str();
}

// The worker on file with this ID number (any accepted form).
Worker known_worker(const CommandContext& context, Store& store, std::string_view text,
                    std::string_view command) {
  const auto id = parse_id_number(text, context.today);
  if (!id) throw InputError(std::string(command) + ": " + id.error());
  auto worker = store.find_worker(id->digits);
  // TRANSLATORS: {1} is the command ("worker show"), {2} the ID number.
  if (!worker) throw InputError(tr("{1}: no worker with ID number {2}", command, id->digits));
  return std::move(*worker);
}

// What the desktop editor asks before saving (a hire date after today, a
// leave date set), said on stderr after the change: a script cannot answer,
// and the exit status stays 0. Places are not checked here (that would read
// every worker for one edit).
void warn_about_change(const CommandContext& context, const Worker* before, const Worker& after) {
  for (const ChangeQuestion& question : questions_for_change(before, after, context.today, nullptr))
    // TRANSLATORS: {1} is a sentence about the change just written.
    context.err << tr("warning: {1}", question.text) << '\n';
}

void add_worker_add(CLI::App& worker, CommandContext& context) {
  auto* add = worker.add_subcommand("add", tr("Add a worker (the same fields as the workers CSV)"));
  auto options = std::make_shared<FieldOptions>(*add, worker_fields(), true);
  add->callback([&context, options] {
    context.action = [&context, options] {
      auto parsed = parse_worker(options->given(), context.today);
      if (!parsed.ok()) throw InputError(describe("worker add", parsed.problems));
      auto store = context.open_store();
      app::WorkerSave save;
      save.worker = parsed.record;
      const app::Edit edit = app::save_worker(app::StoreOnFile(*store, context.today), save);
      if (edit.refused()) throw InputError(describe("worker add", edit.problems));
      store->apply(*edit.change);
      // TRANSLATORS: {1} is the worker's ID number, {2} the name.
      context.out << tr("added {1} {2}", parsed.record.id_number, parsed.record.name) << '\n';
      warn_about_change(context, nullptr, parsed.record);
    };
  });
}

void add_worker_edit(CLI::App& worker, CommandContext& context) {
  auto* edit = worker.add_subcommand(
      "edit", tr("Change fields of a worker; an empty value clears an optional field"));
  auto id_text = std::make_shared<std::string>();
  edit->add_option("ID_NUMBER", *id_text, tr("The worker's ID number"))->required();
  auto options = std::make_shared<FieldOptions>(*edit, worker_fields(), false,
                                                std::vector<std::string_view>{"id_number"});
  edit->callback([&context, options, id_text] {
    context.action = [&context, options, id_text] {
      auto store = context.open_store();
      // Read before the worker: another program's write after it refuses
      // this one (the fields not given are written back as read here).
      const std::int64_t read_at = store->change_token();
      const Worker current = known_worker(context, *store, *id_text, "worker edit");
      const std::string& id = current.id_number;
      const auto given = options->given();
      if (given.empty()) throw UsageError(tr("worker edit: no field to change was given"));
      FieldValues fields = fields_of(current);
      for (const auto& [name, value] : given) {
        auto same = std::ranges::find(fields, name, &FieldValues::value_type::first);
        if (same != fields.end())
          same->second = value;
        else
          fields.emplace_back(name, value);
      }
      auto parsed = parse_worker(fields, context.today);
      if (!parsed.ok()) throw InputError(describe("worker edit", parsed.problems));
      app::WorkerSave save;
      save.worker = parsed.record;
      save.original_id = id;
      save.read_at = read_at;
      const app::Edit change = app::save_worker(app::StoreOnFile(*store, context.today), save);
      if (change.refused()) throw InputError(describe("worker edit", change.problems));
      store->apply(*change.change);
      // TRANSLATORS: {1} is the worker's ID number, {2} the name.
      context.out << tr("changed {1} {2}", id, parsed.record.name) << '\n';
      warn_about_change(context, &current, parsed.record);
    };
  });
}

void add_worker_show(CLI::App& worker, CommandContext& context) {
  auto* show = worker.add_subcommand("show", tr("Everything on file about one worker"));
  auto id_text = std::make_shared<std::string>();
  show->add_option("ID_NUMBER", *id_text, tr("The worker's ID number"))->required();
  show->callback([&context, id_text] {
    context.action = [&context, id_text] {
      auto store = context.open_store();
      Worker on_file = known_worker(context, *store, *id_text, "worker show");
      const std::string id = on_file.id_number;
      const bool zh = context.language == Language::zh;
      const auto label = [zh](auto value) {
        return std::string(zh ? label_zh(value) : label_en(value));
      };
      WorkerFile file{std::move(on_file), store->certificates_of(id), store->exams_of(id), 0};
      const auto training = store->training_of(id);
      const Worker& w = file.worker;
      file.completed_half_hours =
          completed_half_hours(training, context.today.year(), context.today);

      TextTable card({zh ? "项目" : "Field", zh ? "内容" : "Value"});
      card.add_row({term_text(Term::name, context.language), w.name});
      card.add_row({term_text(Term::id_number, context.language), w.id_number});
      card.add_row({zh ? "性别" : "Gender", label(w.gender)});
      card.add_row({zh ? "出生日期" : "Birth date", to_iso(w.birth_date)});
      card.add_row({zh ? "民族" : "Ethnicity", w.ethnicity});
      card.add_row({zh ? "政治面貌" : "Political status",
                    w.political_status ? label(*w.political_status) : ""});
      card.add_row({zh ? "学历" : "Education", w.education ? label(*w.education) : ""});
      card.add_row({zh ? "联系电话" : "Phone", w.phone});
      card.add_row({zh ? "区 / 街道 / 社区" : "District / street / community",
                    w.org.district + " / " + w.org.street + " / " + w.org.community});
      card.add_row({zh ? "入职日期" : "Hire date", to_iso(w.hire_date)});
      card.add_row({zh ? "离职日期" : "Leave date", w.leave_date ? to_iso(*w.leave_date) : ""});
      card.add_row({zh ? "职务（名册）" : "Position (roster)", label(w.position)});
      const auto statuses =
          statuses_on({file}, store->policy(), context.today, context.today.year());
      if (!statuses.empty()) {
        const auto& s = statuses.front();
        std::string cert = label(s.certification.status);
        if (s.certification.deadline) cert += "  " + to_iso(*s.certification.deadline);
        if (s.certification.days_left) cert += "  " + std::to_string(*s.certification.days_left);
        if (s.certification.action) cert += "  " + label(*s.certification.action);
        if (const auto remark = certification_remark(s.certification, context.language);
            !remark.empty())
          cert += "  " + remark;
        card.add_row({zh ? "取证状态" : "Certification", cert});
        card.add_row({zh ? "本年培训" : "Training this year",
                      format_hours(s.training.completed_half_hours) + " / " +
                          format_hours(s.training.required_half_hours) + "  " +
                          label(s.training.status)});
      } else {
        // Not yet started or left: no status (DOMAIN.md), the state says why.
        card.add_row({zh ? "状态" : "Status", label(employment_state(w, context.today))});
      }
      card.write(context.out);

      context.out << '\n' << (zh ? "职务经历" : "Position history") << '\n';
      TextTable history({term_text(Term::position, context.language), zh ? "开始日期" : "Start",
                         zh ? "结束日期" : "End"});
      for (const auto& spell : w.history)
        history.add_row(
            {label(spell.position), to_iso(spell.start), spell.end ? to_iso(*spell.end) : ""});
      history.write(context.out);

      context.out << '\n' << (zh ? "考试" : "Exams") << '\n';
      TextTable exams({zh ? "日期" : "Date", zh ? "考试" : "Exam", zh ? "结果" : "Result",
                       zh ? "成绩" : "Score"});
      for (const auto& exam : file.exams)
        exams.add_row({to_iso(exam.date), label(exam.exam), label(exam.result),
                       exam.score ? score_text(*exam.score) : ""});
      exams.write(context.out);

      context.out << '\n' << (zh ? "证书" : "Certificates") << '\n';
      TextTable certs({zh ? "发证日期" : "Issued", zh ? "证书类型" : "Type", zh ? "等级" : "Level",
                       zh ? "证书编号" : "Number", zh ? "发证机关" : "Issuer"});
      for (const auto& c : file.certificates)
        certs.add_row({to_iso(c.issue_date), label(c.type), c.level ? label(*c.level) : "",
                       c.number, c.issuer});
      certs.write(context.out);

      context.out << '\n' << (zh ? "培训记录" : "Training records") << '\n';
      TextTable records({zh ? "日期" : "Date", zh ? "学时" : "Hours", zh ? "类别" : "Category",
                         zh ? "课程" : "Course", zh ? "培训机构" : "Provider",
                         zh ? "已核实" : "Verified"});
      for (const auto& r : training)
        records.add_row({to_iso(r.date), format_hours(r.half_hours), label(r.category), r.course,
                         r.provider, r.verified ? (zh ? "是" : "yes") : (zh ? "否" : "no")});
      records.write(context.out);
    };
  });
}

void add_worker_list(CLI::App& worker, CommandContext& context) {
  auto* list =
      worker.add_subcommand("list", tr("List workers, optionally of one street or community"));
  auto street = std::make_shared<std::string>();
  auto community = std::make_shared<std::string>();
  list->add_option("--street", *street, tr("Only this street (街道)"));
  list->add_option("--community", *community, tr("Only this community (社区)"));
  list->callback([&context, street, community] {
    context.action = [&context, street, community] {
      const bool zh = context.language == Language::zh;
      const auto t = [&](Term which) { return term_text(which, context.language); };
      TextTable table({t(Term::id_number), t(Term::name), t(Term::district), t(Term::street),
                       t(Term::community), t(Term::position), zh ? "入职日期" : "Hired",
                       zh ? "离职日期" : "Left"});
      std::size_t count = 0;
      for (const auto& w : context.open_store()->workers()) {
        if (!street->empty() && w.org.street != *street) continue;
        if (!community->empty() && w.org.community != *community) continue;
        table.add_row({w.id_number, w.name, w.org.district, w.org.street, w.org.community,
                       std::string(zh ? label_zh(w.position) : label_en(w.position)),
                       to_iso(w.hire_date), w.leave_date ? to_iso(*w.leave_date) : ""});
        ++count;
      }
      table.write(context.out);
      context.out << (zh ? "共 " : "") << count << (zh ? " 人" : " workers") << '\n';
    };
  });
}

}  // namespace

void add_worker_commands(CLI::App& app, CommandContext& context) {
  auto* worker = app.add_subcommand("worker", tr("Add, change, show or list workers"));
  worker->require_subcommand(1);
  add_worker_add(*worker, context);
  add_worker_edit(*worker, context);
  add_worker_show(*worker, context);
  add_worker_list(*worker, context);
}

}  // namespace cwt::cli
