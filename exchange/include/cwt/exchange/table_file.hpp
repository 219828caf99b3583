#pragma once
// Whether a file is a table the import reads (a workbook or a CSV text)
// rather than a database: told from its first bytes, for the desktop program
// to say so when such a file is opened as a database, and offer to import it.
// Read only before SQLite opens the file (never a database that is open:
// on POSIX closing any descriptor of it would drop SQLite's locks).
#include <filesystem>

namespace cwt {

enum class TableFileKind {
  not_a_table,  // missing, empty, an SQLite file, or other binary data
  workbook,     // a zip (.xlsx) or an OLE container (.xls)
  text,         // text without NUL bytes: a CSV file
};

TableFileKind table_file_kind(const std::filesystem::path& file);

}  // namespace cwt
