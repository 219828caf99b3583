#include "cwt/reports/report_file.hpp"

#include <array>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "cwt/model/messages.hpp"
#include "cwt/model/text.hpp"
#include "cwt/platform/output_file.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/reports/render.hpp"
#include "cwt/reports/render_pdf.hpp"
#include "cwt/reports/render_xlsx.hpp"

namespace cwt::reports {

namespace {

constexpr std::array<std::string_view, 4> kExtensions{"pdf", "xlsx", "csv", "html"};

void write_stream(const std::filesystem::path& file,
                  const std::function<void(std::ostream&)>& write) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(tr("cannot be written"));
  write(out);
  out.flush();
  if (!out) throw std::runtime_error(tr("is the disk full?"));
}

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (std::size_t i = 0; i < kExtensions.size(); ++i)
    if (kExtensions[i] == name) return static_cast<ReportFormat>(i);
  return std::nullopt;
}

bool uses_layout(ReportFormat format) {
  return format == ReportFormat::pdf || format == ReportFormat::xlsx;
}

std::string_view extension_of(ReportFormat format) {
  return kExtensions.at(static_cast<std::size_t>(format));
}

std::unique_ptr<FontSet> report_fonts(const std::vector<std::filesystem::path>& folders) {
  auto fonts = find_report_fonts(folders);
  if (!fonts)
    throw std::runtime_error(
        tr("the report fonts ({1}, {2}) are not beside the program; nothing was written",
           kPrimaryFontFile, kFallbackFontFile));
  return fonts;
}

void save_report(const Document& document, ReportFormat format, const std::string& target,
                 const Layout* layout, const FontSet* fonts, Progress& progress) {
  write_whole_file(target, [&](const std::filesystem::path& scratch) {
    switch (format) {
      case ReportFormat::pdf:
        if (!layout || !fonts) throw std::logic_error("a PDF is drawn from laid-out pages");
        write_stream(scratch, [&](std::ostream& out) {
          write_pdf(document, *layout, *fonts, out, progress);
        });
        break;
      case ReportFormat::xlsx:
        write_xlsx(document, scratch, layout, progress);
        break;
      case ReportFormat::csv:
        write_stream(scratch, [&](std::ostream& out) { write_csv(document, out, progress); });
        break;
      case ReportFormat::html:
        write_stream(scratch, [&](std::ostream& out) { write_html(document, out, progress); });
        break;
    }
  });
}

void save_table(const std::vector<Column>& columns, ReportFormat format, const std::string& target,
                const std::function<void(const RowSink&)>& rows) {
  write_whole_file(target, [&](const std::filesystem::path& scratch) {
    switch (format) {
      case ReportFormat::csv:
        write_stream(scratch, [&](std::ostream& out) {
          write_csv_header(columns, out);
          rows([&](const Row& row) { write_csv_row(row, out); });
        });
        return;
      case ReportFormat::xlsx: {
        XlsxTableWriter writer(scratch, columns);
        rows([&](const Row& row) { writer.add(row); });
        writer.close();
        return;
      }
      case ReportFormat::pdf:
      case ReportFormat::html:
        break;
    }
    throw std::logic_error("a data table is saved as CSV or XLSX");
  });
}

void save_text(const std::string& text, const std::string& target) {
  write_whole_file(target, [&](const std::filesystem::path& scratch) {
    write_stream(scratch, [&](std::ostream& out) { out << text; });
  });
}

std::string suggested_file_name(const ReportRequest& request, ReportFormat format) {
  std::string name = report_title(request.kind, request.language) + "-" + to_iso(request.as_of);
  // Characters Windows forbids in file names (the English titles hold ':').
  for (char& c : name)
    if (std::string_view("\\/:*?\"<>|").find(c) != std::string_view::npos) c = ' ';
  return name + "." + std::string(extension_of(format));
}

}  // namespace cwt::reports
