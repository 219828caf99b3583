// `exam add`, `cert add`, `training add`: one record for a worker on file,
// validated exactly like a row of the matching CSV import.
#include "commands.hpp"
#include "cwt/model/messages.hpp"
#include "field_options.hpp"

namespace cwt::cli {

void add_worker_commands(CLI::App& app, CommandContext& context);

namespace {

// Registers `NOUN add` whose fields are `fields`, parsed by `parse` and put
// into the change by `store_in`.
template <class Parse, class StoreIn>
void add_record_command(CLI::App& app, CommandContext& context, const char* noun,
                        const std::string& description, std::span<const FieldSpec> fields,
                        Parse parse, StoreIn store_in) {
  auto* group = app.add_subcommand(noun, description);
  group->require_subcommand(1);
  auto* add = group->add_subcommand("add", description);
  auto options = std::make_shared<FieldOptions>(*add, fields, true);
  const std::string command = std::string(noun) + " add";
  add->callback([&context, options, parse, store_in, command] {
    context.action = [&context, options, parse, store_in, command] {
      auto store = context.open_store();
      auto parsed = parse(options->given(), context.today, store->policy());
      if (!parsed.ok()) throw InputError(describe(command, parsed.problems));
      const std::string id = parsed.record.id_number;
      if (!store->find_worker(id))
        // TRANSLATORS: {1} is the command ("exam add"), {2} the ID number.
        throw InputError(
            tr("{1}: --id-number: no worker with ID number {2} (add the worker "
               "first); nothing changed",
               command, id));
      ChangeSet change;
      change.description = command + " " + id;
      store_in(change, parsed.record);
      store->apply(change);
      // TRANSLATORS: {1} is the worker's ID number.
      context.out << tr("added to {1}", id) << '\n';
    };
  });
}

}  // namespace

void add_record_commands(CLI::App& app, CommandContext& context) {
  add_worker_commands(app, context);
  add_record_command(
      app, context, "exam", tr("Record an exam attempt"), exam_fields(),
      [](const FieldValues& fields, Date today, const Policy&) {
        return parse_exam(fields, today);
      },
      [](ChangeSet& change, const ExamAttempt& exam) { change.add_exams.push_back(exam); });
  add_record_command(
      app, context, "cert", tr("Record a certificate"), certificate_fields(),
      [](const FieldValues& fields, Date today, const Policy&) {
        return parse_certificate(fields, today);
      },
      [](ChangeSet& change, const Certificate& certificate) {
        change.add_certificates.push_back(certificate);
      });
  add_record_command(app, context, "training", tr("Record class hours of training"),
                     training_fields(), parse_training,
                     [](ChangeSet& change, const TrainingRecord& record) {
                       change.add_training.push_back(record);
                     });
}

}  // namespace cwt::cli
