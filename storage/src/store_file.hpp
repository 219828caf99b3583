#pragma once
// Opening a cwtrack database: the stamp checks, creation and upgrades. Every
// check reads only the file header; nothing is written unless the file is
// created or upgraded.
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "cwt/storage/migration.hpp"
#include "sqlite_db.hpp"

namespace cwt {

struct OpenedFile {
  std::unique_ptr<sqlite::Connection> db;
  std::optional<std::string> upgrade_backup;  // UTF-8 path of the copy taken before upgrading
};

// `create`: a missing or blank file is initialised (schema and default
// settings); otherwise it must exist. An empty `utf8_path` opens a private
// in-memory database.
OpenedFile open_store_file(const std::string& utf8_path, bool create,
                           std::span<const Migration> migrations);

}  // namespace cwt
