#pragma once
// A report written to a file the user named, in one of the four formats,
// whole or not at all: written beside the target and renamed when complete,
// so a failure, a full disk or a file open in Excel never leaves half a
// report under the name asked for (cwt::write_whole_file: a scratch name of
// its own per write, so two writers of one target never mix). The command
// line and the desktop program both save through here; they refuse a target
// that is the open database or an input first (cwt::OutputGuard).
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cwt/model/progress.hpp"
#include "cwt/reports/document.hpp"
#include "cwt/reports/fonts.hpp"
#include "cwt/reports/layout.hpp"
#include "cwt/reports/report.hpp"

namespace cwt::reports {

enum class ReportFormat { pdf, xlsx, csv, html };
std::optional<ReportFormat> parse_report_format(std::string_view name);
std::string_view extension_of(ReportFormat format);  // "pdf", "xlsx", ...
// Whether `format` is written from the laid-out pages (Layout): a PDF is
// drawn from them, a workbook breaks its pages where they break (without
// them Excel would break a group from its heading). CSV and HTML are not.
bool uses_layout(ReportFormat format);

// The fonts the PDF is drawn with, from the first of `folders` holding them,
// or a std::runtime_error saying that they are not beside the program
// (nothing can be laid out without them).
std::unique_ptr<FontSet> report_fonts(const std::vector<std::filesystem::path>& folders);

// Writes `document` as `format` to `target` (UTF-8 path). A PDF needs its
// laid-out pages; a workbook given them breaks its pages where they break. Throws
// std::runtime_error naming the file when it cannot be written; the target is then untouched.
// Reports the rows (a PDF's pages) written of all; a cancel throws Cancelled
// and leaves the target untouched too.
void save_report(const Document& document, ReportFormat format, const std::string& target,
                 const Layout* layout = nullptr, const FontSet* fonts = nullptr,
                 Progress& progress = no_progress());

// A data table of any size written as CSV or XLSX the same way, row by row:
// `rows` calls its argument once per row, in order.
using RowSink = std::function<void(const Row&)>;
void save_table(const std::vector<Column>& columns, ReportFormat format, const std::string& target,
                const std::function<void(const RowSink&)>& rows);

// Writes `text` to `target` (UTF-8 path) the same way: whole or not at all.
void save_text(const std::string& text, const std::string& target);

// The name a save dialog proposes: 社区工作者年度培训学时统计表-2026-06-30.pdf (the
// report's title, the day, the format's extension).
std::string suggested_file_name(const ReportRequest& request, ReportFormat format);

}  // namespace cwt::reports
