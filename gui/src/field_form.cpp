#include "field_form.hpp"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cctype>

#include "gui_text.hpp"
#include "wrapped_text.hpp"

namespace cwt::gui {

namespace {

using Choices = std::vector<std::pair<std::string, wxString>>;  // code, label

template <class E>
Choices labels_of(std::span<const CodeEntry<E>> table) {
  Choices labels;
  for (const auto& entry : table)
    labels.emplace_back(std::string(entry.code), label_of(entry.value));
  return labels;
}

// The values a coded field offers: its codes with their labels, which the
// parsers accept as they accept the codes. Empty for a free text or a date.
Choices choices_of(std::string_view field, std::span<const FieldSpec> fields) {
  const bool is_training = std::any_of(fields.begin(), fields.end(),
                                       [](const FieldSpec& f) { return f.name == "verified"; });
  if (field == "gender") return labels_of(code_table<Gender>());
  if (field == "political_status") return labels_of(code_table<PoliticalStatus>());
  if (field == "education") return labels_of(code_table<Education>());
  if (field == "position") return labels_of(code_table<Position>());
  if (field == "exam") return labels_of(code_table<ExamKind>());
  if (field == "result") return labels_of(code_table<ExamResult>());
  if (field == "type") return labels_of(code_table<CertificateType>());
  if (field == "level") return labels_of(code_table<CertificateLevel>());
  if (field == "category") return labels_of(code_table<TrainingCategory>());
  if (field == "audience") return labels_of(code_table<Audience>());
  if (field == "verified" && is_training) return {{"yes", _("yes")}, {"no", _("no")}};
  return {};
}

bool is_date(std::string_view field) { return field.ends_with("date"); }

// Free text with the values on file offered (FieldForm::offer): a typo of a
// known street is then rarer than picking it.
bool offers_known_values(std::string_view field) {
  return field == "district" || field == "street" || field == "community";
}

}  // namespace

wxString field_label(const FieldSpec& spec) { return wx(cwt::field_label(spec, ui_language())); }

FieldForm::FieldForm(wxWindow* parent, std::span<const FieldSpec> fields,
                     std::vector<std::string_view> skip, int columns)
    : wxPanel(parent, wxID_ANY) {
  auto* grid = new wxFlexGridSizer(columns * 2, FromDIP(4), FromDIP(8));
  for (int c = 0; c < columns; ++c) grid->AddGrowableCol(c * 2 + 1, 1);
  for (const FieldSpec& spec : fields) {
    if (std::find(skip.begin(), skip.end(), spec.name) != skip.end()) continue;
    const std::string name(spec.name);
    wxString label = field_label(spec);
    if (spec.required) label += " *";
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxTOP,
              FromDIP(2));
    auto* column = new wxBoxSizer(wxVERTICAL);
    const Choices choices = choices_of(spec.name, fields);
    wxArrayString labels;
    for (const auto& choice : choices) labels.Add(choice.second);
    wxWindow* box = nullptr;
    wxTextEntry* entry = nullptr;
    if (choices.empty() && !offers_known_values(spec.name)) {
      auto* text = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                  FromDIP(wxSize(190, -1)));
      box = text;
      entry = text;
    } else {
      auto* combo = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                   FromDIP(wxSize(190, -1)), labels, wxCB_DROPDOWN);
      box = combo;
      entry = combo;
    }
    box->SetName(name);
    if (is_date(spec.name)) entry->SetHint(_("e.g. 2024-03-01"));
    auto* problem = new wxStaticText(this, wxID_ANY, wxEmptyString);
    problem->SetForegroundColour(wxColour("#c62828"));
    problem->SetName(name + "_problem");
    problem->Hide();
    column->Add(box, 0, wxEXPAND);
    column->Add(problem, 0, wxEXPAND);
    grid->Add(column, 1, wxEXPAND);
    inputs_.emplace(name, Input{box, entry, problem, choices});
    order_.push_back(name);
    // A problem is about the value it was found in: changing the value takes
    // it away (Save or the field's own check says it again if it still holds).
    // Bound first, so run after the owner's handlers (which may find a new
    // problem in the new value: that one stays).
    box->Bind(wxEVT_TEXT, [this, name](wxCommandEvent& event) {
      clear_stale_problem(name);
      event.Skip();
    });
  }
  auto* main = new wxBoxSizer(wxVERTICAL);
  main->Add(grid, 0, wxEXPAND | wxALL, FromDIP(6));
  other_problems_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                     wxDefaultSize, 0, "other_problems");
  other_problems_->SetForegroundColour(wxColour("#c62828"));
  other_problems_->Hide();
  main->Add(other_problems_, 0, wxEXPAND | wxALL, FromDIP(6));
  SetSizer(main);
}

FieldValues FieldForm::values() const {
  FieldValues values;
  for (const std::string& name : order_) {
    std::string text = value(name);
    // A label the list offers stands for its code: the parsers read codes
    // and Chinese labels, not the English ones.
    for (const auto& [code, label] : inputs_.at(name).choices)
      if (utf8(label) == text) text = code;
    values.emplace_back(name, std::move(text));
  }
  return values;
}

void FieldForm::set_values(const FieldValues& values) {
  for (const auto& [name, text] : values) set_value(name, text);
}

std::string FieldForm::value(std::string_view field) const {
  const auto found = inputs_.find(field);
  return found == inputs_.end() ? std::string() : utf8(found->second.entry->GetValue());
}

void FieldForm::set_value(std::string_view field, const std::string& text) {
  const auto found = inputs_.find(field);
  if (found == inputs_.end()) return;
  // A code is shown as its label (what the list offers).
  for (const auto& [code, label] : found->second.choices)
    if (code == text) {
      found->second.entry->ChangeValue(label);
      return;
    }
  found->second.entry->ChangeValue(wx(text));
}

void FieldForm::offer(std::string_view field, const std::vector<std::string>& values) {
  const auto found = inputs_.find(field);
  if (found == inputs_.end()) return;
  auto* combo = dynamic_cast<wxComboBox*>(found->second.window);
  if (!combo || !found->second.choices.empty()) return;  // a code's list stays
  wxArrayString items;
  for (const std::string& value : values) items.Add(wx(value));
  if (combo->GetStrings() == items) return;
  // Replacing the list may empty the text (GTK): what was typed stays.
  const wxString typed = combo->GetValue();
  const long at = combo->GetInsertionPoint();
  combo->Set(items);
  if (combo->GetValue() != typed) combo->ChangeValue(typed);
  combo->SetInsertionPoint(at);
}

void FieldForm::clear_stale_problem(const std::string& field) {
  const auto found = inputs_.find(field);
  if (found == inputs_.end() || !found->second.problem->IsShown()) return;
  if (utf8(found->second.entry->GetValue()) == found->second.problem_value) return;
  found->second.problem->SetLabel(wxEmptyString);
  found->second.problem->Hide();
  Layout();
  GetParent()->Layout();
}

void FieldForm::set_read_only(std::string_view field) {
  const auto found = inputs_.find(field);
  if (found != inputs_.end()) found->second.window->Disable();
}

wxWindow* FieldForm::input(std::string_view field) const {
  const auto found = inputs_.find(field);
  return found == inputs_.end() ? nullptr : found->second.window;
}

bool FieldForm::show_problems(const Problems& problems) {
  for (auto& [name, input] : inputs_) {
    input.problem->SetLabel(wxEmptyString);
    input.problem->Hide();
  }
  wxString others;
  for (const FieldProblem& problem : problems) {
    const auto found = inputs_.find(problem.field);
    if (found == inputs_.end()) {
      // Not a field of this form (an attendee's): the message names what it
      // is about; the field's internal English name is no word for the officer.
      others += wx(problem.message) + "\n";
      continue;
    }
    wxString text = found->second.problem->GetLabel();
    if (!text.empty()) text += "\n";
    set_wrapped(found->second.problem, text + wx(problem.message), FromDIP(380));
    found->second.problem_value = utf8(found->second.entry->GetValue());
    found->second.problem->Show();
  }
  // Wrapped to the form's width: a long sentence must not run off its edge.
  const int width = GetClientSize().GetWidth() - FromDIP(12);
  set_wrapped(other_problems_, others.Trim(), width > FromDIP(200) ? width : FromDIP(380));
  other_problems_->Show(!others.empty());
  Layout();
  GetParent()->Layout();
  return !problems.empty();
}

}  // namespace cwt::gui
