#pragma once
// cwt::Store on an SQLite file (or in memory, for tests).
//
// The file is stamped with PRAGMA application_id = kApplicationId and
// user_version = the last migration it has run. Both are checked before any
// table is read: a foreign file or one from a newer cwtrack is refused and
// left byte for byte as it was; an older one is copied aside and upgraded.
// Opening a current file writes nothing.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "cwt/model/progress.hpp"
#include "cwt/model/store.hpp"
#include "cwt/storage/migration.hpp"

namespace cwt {

namespace sqlite {
class Connection;
}
class DamageCheck;

class SqliteStore final : public Store {
 public:
  static constexpr std::int32_t kApplicationId = 0x43575452;  // "CWTR"

  // `init`: creates the file with the current schema and default settings;
  // an existing cwtrack file at the current version is left unchanged, an
  // older one upgraded; anything else is refused with a StoreError.
  static std::unique_ptr<SqliteStore> create_or_open(const std::string& utf8_path);
  // Every other command: a missing file is a StoreError and is not created.
  static std::unique_ptr<SqliteStore> open_existing(const std::string& utf8_path);
  static std::unique_ptr<SqliteStore> in_memory();
  static int schema_version();  // the user_version this program writes

  // The factories above with another migration list: how tests exercise the
  // upgrade path while the program has a single schema version.
  enum class OpenMode { create_or_open, open_existing };
  static std::unique_ptr<SqliteStore> open(const std::string& utf8_path, OpenMode mode,
                                           std::span<const Migration> migrations);

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Where the file was copied before this open upgraded it; empty otherwise.
  const std::optional<std::string>& upgrade_backup() const { return upgrade_backup_; }

  // Writes refuse a damaged file (StoreError). The whole file is read once
  // before the first write and again only when it is no longer as cwtrack
  // left it (damage_check.hpp); `utf8_folder` is where that is remembered
  // between runs (the user's cache folder). Without it, within this store.
  void remember_checks_in(const std::string& utf8_folder);

  // A consistent copy of the whole database at `utf8_path` (SQLite's online
  // backup, safe while the file is open here or elsewhere). Written beside
  // under a temporary name and renamed when complete: the target is either
  // the old file or a whole copy, never half of one. StoreError on failure.
  // Copied a few pages at a time, reporting pages copied of all; a cancel
  // between steps removes what was copied and throws Cancelled, the target
  // as it was. One read transaction spans the copy: it is one state of the
  // file, whatever others write meanwhile (they wait, as for one step).
  void save_copy(const std::string& utf8_path, Progress& progress = no_progress());

  std::unique_ptr<Store> second_reader() override;

  Policy policy() override;
  void save_policy(const Policy& policy) override;

  std::optional<Worker> find_worker(std::string_view id_number) override;
  std::set<std::string> id_numbers() override;
  std::size_t worker_count() override;
  std::vector<Worker> workers() override;
  std::vector<ExamAttempt> exams_of(std::string_view id_number) override;
  std::vector<Certificate> certificates_of(std::string_view id_number) override;
  std::vector<TrainingRecord> training_of(std::string_view id_number) override;
  std::vector<WorkerFile> worker_files(std::optional<DayRange> window) override;
  std::map<std::string, HoursLedger> hours_ledgers(
      int part = 0, int parts = 1, std::optional<DayRange> window = std::nullopt) override;
  std::map<std::string, CategoryHours> category_hours(DayRange window) override;
  std::vector<TrainingEvent> training_events() override;
  std::vector<TrainingPlan> training_plans() override;
  std::vector<AuditEntry> audit_trail(std::string_view id_number, std::int64_t after = 0) override;
  std::int64_t change_token() override;

  using Store::apply;
  Applied apply(const ChangeSet& change, Progress& progress) override;
  void interrupt() override;

 private:
  SqliteStore(std::unique_ptr<sqlite::Connection> db, std::optional<std::string> upgrade_backup,
              std::unique_ptr<DamageCheck> damage_check);

  std::unique_ptr<sqlite::Connection> db_;
  std::unique_ptr<DamageCheck> damage_check_;  // none in memory
  std::optional<std::string> upgrade_backup_;
  std::string path_;  // empty in memory
  std::span<const Migration> migrations_;
};

}  // namespace cwt
