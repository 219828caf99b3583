#include "import_rows.hpp"

#include <algorithm>

#include "cwt/model/id_number.hpp"
#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"

namespace cwt {

namespace {

const std::string* value_of(const FieldValues& values, std::string_view field) {
  for (const auto& [name, value] : values)
    if (name == field) return &value;
  return nullptr;
}

// Records that name a worker must name one already on file.
void check_known(RowContext& context, int line, const std::string& id_number) {
  if (!id_number.empty() && !context.known_id_numbers.contains(id_number))
    context.sheet.add(line, FieldProblem{"id_number", tr("{1} is not the ID number of a worker on "
                                                         "file (import the worker first)",
                                                         shown(id_number))});
}

// The fields of a worker on file that `after` changes.
std::vector<FieldChange> changes_of(const Worker& before, const Worker& after) {
  std::vector<FieldChange> changes;
  const FieldValues old_values = fields_of(before);
  const FieldValues new_values = fields_of(after);
  for (std::size_t i = 0; i < old_values.size() && i < new_values.size(); ++i)
    if (old_values[i].second != new_values[i].second)
      changes.push_back({old_values[i].first, old_values[i].second, new_values[i].second});
  return changes;
}

void plan_workers(std::span<const SourceRow> rows, RowContext& context, PlannedRows& planned) {
  std::map<std::string, Worker> on_file;
  if (context.store)
    for (auto& worker : context.store->workers()) on_file.emplace(worker.id_number, worker);
  std::map<std::string, int> first_line;  // 18-character ID number -> line
  for (const auto& row : rows) {
    auto values = context.sheet.values_of(row, planned.mapped_values);
    RowPreview preview{row.line, RowOutcome::rejected, {}, {}, {}, {}};
    if (const std::string* id = value_of(values, "id_number")) preview.id_number = *id;
    if (const std::string* name = value_of(values, "name")) preview.name = *name;
    // A worker on file keeps what the file has no column for (a roster
    // without 离职日期 does not bring anyone back; one without 联系电话 erases
    // no number).
    const Worker* existing = nullptr;
    if (const auto id = parse_id_number(preview.id_number, context.today)) {
      preview.id_number = id->digits;
      if (const auto found = on_file.find(id->digits); found != on_file.end())
        existing = &found->second;
    }
    if (existing)
      for (auto& [field, value] : fields_of(*existing))
        if (!context.sheet.gives(field)) values.emplace_back(field, value);
    auto parsed = parse_worker(values, context.today);
    context.sheet.add(row.line, parsed.problems);
    const std::string& id = parsed.record.id_number;
    if (!id.empty()) {
      const auto [found, added] = first_line.emplace(id, row.line);
      if (!added) {
        context.sheet.add(row.line,
                          FieldProblem{"id_number", tr("the same worker as line {1} (ID number "
                                                       "{2}): a worker may appear only once "
                                                       "in a file",
                                                       found->second, id)});
        parsed.problems.push_back({"id_number", {}});
      }
    }
    if (parsed.ok()) {
      if (!existing) {
        preview.outcome = RowOutcome::new_worker;
      } else {
        preview.changes = changes_of(*existing, parsed.record);
        preview.outcome =
            preview.changes.empty() ? RowOutcome::already_recorded : RowOutcome::updated_worker;
      }
      if (preview.outcome != RowOutcome::already_recorded)
        planned.workers.emplace_back(row.line, std::move(parsed.record));
    }
    planned.previews.push_back(std::move(preview));
    context.rows_checked.done_one();
  }
}

void plan_positions(std::span<const SourceRow> rows, RowContext& context, PlannedRows& planned) {
  auto& sheet = context.sheet;
  for (const auto& row : rows) {
    auto parsed = parse_position(sheet.values_of(row, planned.mapped_values), context.today);
    sheet.add(row.line, parsed.problems);
    check_known(context, row.line, parsed.record.id_number);
    RowPreview preview{row.line, RowOutcome::rejected, parsed.record.id_number, {}, {}, {}};
    if (parsed.ok()) {
      const std::optional<Worker> worker =
          context.store ? context.store->find_worker(parsed.record.id_number) : std::nullopt;
      const bool held = worker && std::find(worker->history.begin(), worker->history.end(),
                                            parsed.record.spell) != worker->history.end();
      preview.outcome = held ? RowOutcome::already_recorded : RowOutcome::new_record;
      planned.positions[parsed.record.id_number].emplace_back(row.line, parsed.record.spell);
    }
    planned.previews.push_back(std::move(preview));
    context.rows_checked.done_one();
  }
  for (auto& [id, entries] : planned.positions) {
    // Sorted by start, so that the row before a clashing row is the one it
    // overlaps.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.second.start < b.second.start; });
    std::vector<PositionSpell> history;
    for (const auto& entry : entries) history.push_back(entry.second);
    // Rows are checked one by one already; what is left is how they fit
    // together. `index` names the later row of a clash, in the order given.
    for (const auto& problem : check_history(history)) {
      const std::size_t i = problem.index;
      if (problem.field != "start_date" || i == 0 || i >= entries.size()) {
        sheet.add(entries[std::min(i, entries.size() - 1)].first, problem);
        continue;
      }
      // TRANSLATORS: {1} is how a position overlaps another; {2} the line of that other.
      sheet.add(entries[i].first, FieldProblem{problem.field, tr("{1} (line {2})", problem.message,
                                                                 entries[i - 1].first)});
    }
  }
}

std::vector<ExamAttempt> on_file(Store& store, std::string_view id, const ExamAttempt*) {
  return store.exams_of(id);
}
std::vector<Certificate> on_file(Store& store, std::string_view id, const Certificate*) {
  return store.certificates_of(id);
}
std::vector<TrainingRecord> on_file(Store& store, std::string_view id, const TrainingRecord*) {
  return store.training_of(id);
}

// The records already on file, for recognising a row imported before: a
// row equal to a stored record (the same worker and every field the same:
// the record types' operator==) is that record, and is skipped. Each stored
// record stands for one row, so a file holding a record twice where the
// store holds it once adds it once more.
template <class Record>
class RecordsOnFile {
 public:
  explicit RecordsOnFile(Store* store) : store_(store) {}
  bool take(const Record& record) {
    if (!store_) return false;
    auto found = by_worker_.find(record.id_number);
    if (found == by_worker_.end())
      found = by_worker_
                  .emplace(record.id_number,
                           on_file(*store_, record.id_number, static_cast<const Record*>(nullptr)))
                  .first;
    auto& stored = found->second;
    const auto equal = std::find(stored.begin(), stored.end(), record);
    if (equal == stored.end()) return false;
    stored.erase(equal);
    return true;
  }

 private:
  Store* store_;
  std::map<std::string, std::vector<Record>> by_worker_;
};

template <class Record, class Parse>
void plan_records(std::span<const SourceRow> rows, RowContext& context, Parse parse,
                  std::vector<RowPreview>& previews, std::vector<ValueMapping>& mapped,
                  ByLine<Record>& out) {
  RecordsOnFile<Record> recorded(context.store);
  for (const auto& row : rows) {
    auto parsed = parse(context.sheet.values_of(row, mapped));
    context.sheet.add(row.line, parsed.problems);
    check_known(context, row.line, parsed.record.id_number);
    RowPreview preview{row.line, RowOutcome::rejected, parsed.record.id_number, {}, {}, {}};
    if (parsed.ok()) {
      if (recorded.take(parsed.record)) {
        preview.outcome = RowOutcome::already_recorded;
      } else {
        preview.outcome = RowOutcome::new_record;
        out.emplace_back(row.line, std::move(parsed.record));
      }
    }
    previews.push_back(std::move(preview));
    context.rows_checked.done_one();
  }
}

}  // namespace

PlannedRows plan_rows_of(ImportKind kind, std::span<const SourceRow> rows, RowContext& context) {
  PlannedRows planned;
  planned.previews.reserve(rows.size());
  const Date today = context.today;
  switch (kind) {
    case ImportKind::workers:
      plan_workers(rows, context, planned);
      break;
    case ImportKind::positions:
      plan_positions(rows, context, planned);
      break;
    case ImportKind::exams:
      plan_records(
          rows, context, [today](const FieldValues& v) { return parse_exam(v, today); },
          planned.previews, planned.mapped_values, planned.exams);
      break;
    case ImportKind::certificates:
      plan_records(
          rows, context, [today](const FieldValues& v) { return parse_certificate(v, today); },
          planned.previews, planned.mapped_values, planned.certificates);
      break;
    case ImportKind::training: {
      const Policy& policy = context.policy;
      plan_records(
          rows, context,
          [today, &policy](const FieldValues& v) { return parse_training(v, today, policy); },
          planned.previews, planned.mapped_values, planned.training);
      break;
    }
  }
  context.rows_checked.finish();
  return planned;
}

}  // namespace cwt
