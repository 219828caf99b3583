// `exam add`, `cert add`, `training add`: one record for a worker on file,
// validated exactly like a row of the matching CSV import.
#include "commands.hpp"
#include "cwt/app/worker_edits.hpp"
#include "cwt/model/messages.hpp"
#include "field_options.hpp"

namespace cwt::cli {

void add_worker_commands(CLI::App& app, CommandContext& context);

namespace {

// Registers `NOUN add` whose fields are `fields`, parsed by `parse` and
// added by the application layer (app::add_record).
template <class Parse>
void add_record_command(CLI::App& app, CommandContext& context, const char* noun,
                        const std::string& description, std::span<const FieldSpec> fields,
                        Parse parse) {
  auto* group = app.add_subcommand(noun, description);
  group->require_subcommand(1);
  auto* add = group->add_subcommand("add", description);
  auto options = std::make_shared<FieldOptions>(*add, fields, true);
  const std::string command = std::string(noun) + " add";
  add->callback([&context, options, parse, command] {
    context.action = [&context, options, parse, command] {
      auto store = context.open_store();
      auto parsed = parse(options->given(), context.today, store->policy());
      if (!parsed.ok()) throw InputError(describe(command, parsed.problems));
      const std::string id = parsed.record.id_number;
      const app::Edit edit =
          app::add_record(app::StoreOnFile(*store, context.today), parsed.record);
      if (edit.refused()) throw InputError(describe(command, edit.problems));
      store->apply(*edit.change);
      // TRANSLATORS: {1} is the worker's ID number.
      context.out << tr("added to {1}", id) << '\n';
    };
  });
}

}  // namespace

void add_record_commands(CLI::App& app, CommandContext& context) {
  add_worker_commands(app, context);
  add_record_command(app, context, "exam", tr("Record an exam attempt"), exam_fields(),
                     [](const FieldValues& fields, Date today, const Policy&) {
                       return parse_exam(fields, today);
                     });
  add_record_command(app, context, "cert", tr("Record a certificate"), certificate_fields(),
                     [](const FieldValues& fields, Date today, const Policy&) {
                       return parse_certificate(fields, today);
                     });
  add_record_command(app, context, "training", tr("Record class hours of training"),
                     training_fields(), parse_training);
}

}  // namespace cwt::cli
