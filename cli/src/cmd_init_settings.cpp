// `init`, `settings show`, `settings set KEY VALUE`.
#include <filesystem>

#include "commands.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/policy.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "text_table.hpp"

namespace cwt::cli {

void add_init_command(CLI::App& app, CommandContext& context) {
  auto* init = app.add_subcommand(
      "init", tr("Create the database file; an existing cwtrack file is left unchanged"));
  init->callback([&context] {
    context.action = [&context] {
      const auto path = path_from_utf8(context.database_path);
      const bool existed = std::filesystem::exists(path);
      if (!existed && path.has_parent_path())
        std::filesystem::create_directories(path.parent_path());
      SqliteStore::create_or_open(context.database_path);
      context.out << (existed ? tr("already a cwtrack database, nothing changed: {1}",
                                   context.database_path)
                              : tr("created {1}", context.database_path))
                  << '\n';
    };
  });
}

void add_settings_command(CLI::App& app, CommandContext& context) {
  auto* settings = app.add_subcommand("settings", tr("Show or change the policy settings"));
  settings->require_subcommand(1);

  auto* show = settings->add_subcommand("show", tr("List every policy setting and its value"));
  show->callback([&context] {
    context.action = [&context] {
      const auto policy = context.open_store()->policy();
      const bool zh = context.language == Language::zh;
      TextTable table({zh ? "设置项" : "setting", zh ? "取值" : "value"});
      for (auto& [key, value] : settings_of(policy)) table.add_row({key, value});
      table.write(context.out);
    };
  });

  auto* set = settings->add_subcommand("set", tr("Change one policy setting"));
  auto key = std::make_shared<std::string>();
  auto value = std::make_shared<std::string>();
  std::vector<std::string> keys(setting_keys().begin(), setting_keys().end());
  set->add_option("KEY", *key, tr("Setting name"))->required()->check(one_of(keys));
  set->add_option("VALUE", *value, tr("New value (qualifying_certificates: a comma list)"))
      ->required();
  set->callback([&context, key, value] {
    context.action = [&context, key, value] {
      auto store = context.open_store();
      Policy policy = store->policy();
      if (auto problem = apply_setting(policy, *key, *value))
        // TRANSLATORS: {1} is the setting's key (staff_hours), {2} what is wrong with the value.
        throw InputError(tr("settings set {1}: {2}; nothing changed", *key, *problem));
      store->save_policy(policy);
      for (auto& [name, text] : settings_of(policy))
        if (name == *key) context.out << name << " = " << text << '\n';
    };
  });
}

}  // namespace cwt::cli
