#pragma once
// A form generated from a record kind's fields (the CSV columns of
// exchange/record_fields.hpp): a label, an input and a problem line per
// field (a problem goes away when its field's value is changed). What it holds goes to the same
// parse function as an import, so the editor accepts and refuses exactly what the import does, and
// each problem is shown next to its field.
#include <wx/combobox.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cwt/exchange/record_fields.hpp"

namespace cwt::gui {

// The label shown for a field (Chinese header or English name).
wxString field_label(const FieldSpec& spec);

class FieldForm : public wxPanel {
 public:
  // Fields named in `skip` get no input; `columns` label/input pairs per row.
  FieldForm(wxWindow* parent, std::span<const FieldSpec> fields,
            std::vector<std::string_view> skip = {}, int columns = 1);

  FieldValues values() const;
  void set_values(const FieldValues& values);
  std::string value(std::string_view field) const;
  void set_value(std::string_view field, const std::string& text);
  void set_read_only(std::string_view field);
  // The values a place field (district, street, community) offers in its
  // list; what is typed stays, and any other text is still accepted.
  void offer(std::string_view field, const std::vector<std::string>& values);
  // Shows each problem under its field (others cleared); problems of fields
  // without an input are shown at the bottom. Returns whether there were any.
  bool show_problems(const Problems& problems);
  wxWindow* input(std::string_view field) const;

 private:
  struct Input {
    wxWindow* window;    // a text control, or a combo box offering a code's labels
    wxTextEntry* entry;  // the same control
    wxStaticText* problem;
    std::vector<std::pair<std::string, wxString>> choices;  // a code's values and labels
    std::string problem_value;  // the value the shown problem was found in
  };
  // Hides a field's problem once its value is no longer the one it was about.
  void clear_stale_problem(const std::string& field);
  std::map<std::string, Input, std::less<>> inputs_;
  std::vector<std::string> order_;
  wxStaticText* other_problems_;
};

}  // namespace cwt::gui
