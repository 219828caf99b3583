#include "settings_page.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "failure.hpp"
#include "gui_text.hpp"

namespace cwt::gui {

namespace {

// The setting's name as people say it (the key, which the command line
// takes, is in its tooltip: codes stay out of the window).
wxString setting_name(const std::string& key) { return wx(setting_label(key)); }

// What each setting means, shown beside it.
wxString setting_help(const std::string& key) {
  if (key == "policy_effective_date") return _("Day the certification rule took effect");
  if (key == "exam_age_limit") return _("Age limit for the exam obligation (years)");
  if (key == "exam_age_inclusive") return _("Ticked: workers of exactly that age must certify too");
  if (key == "certification_period_years") return _("Years allowed to obtain a certificate");
  if (key == "due_soon_days") return _("Days before a deadline counted as due soon");
  if (key == "leader_hours") return _("Yearly class hours for Party secretaries and directors");
  if (key == "staff_hours") return _("Yearly class hours for everyone else");
  if (key == "proration") return _("How the hours of a part year are reduced");
  if (key == "max_record_hours") return _("Most class hours one training record may hold");
  if (key == "qualifying_certificates") return _("Certificate types that satisfy the rule");
  return {};
}

}  // namespace

SettingsPage::SettingsPage(wxWindow* parent, Shell& shell)
    : wxPanel(parent, wxID_ANY), shell_(shell) {
  auto* main = new wxBoxSizer(wxVERTICAL);
  auto* grid = new wxFlexGridSizer(3, FromDIP(4), FromDIP(10));
  grid->AddGrowableCol(2, 1);
  for (const auto& [key, value] : settings_of(Policy{})) {
    auto* name = new wxStaticText(this, wxID_ANY, setting_name(key));
    name->SetToolTip(wxString::Format(_("Command line: cwtrack-cli settings set %s"), wx(key)));
    grid->Add(name, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(make_input(key), 0, wxEXPAND);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(this, wxID_ANY, setting_help(key)));
    auto* problem = new wxStaticText(this, wxID_ANY, wxEmptyString);
    problem->SetForegroundColour(wxColour("#c62828"));
    problem->SetName(key + "_problem");
    column->Add(problem);
    grid->Add(column, 1, wxEXPAND);
    problems_.emplace(key, problem);
  }
  main->Add(grid, 0, wxEXPAND | wxALL, FromDIP(10));
  preview_ = new wxStaticText(this, wxID_ANY, " ");
  preview_->SetName("preview");
  preview_->SetFont(preview_->GetFont().Bold());
  main->Add(preview_, 0, wxALL, FromDIP(10));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* save_button = new wxButton(this, wxID_ANY, _("&Save settings"));
  save_button->SetName("save_settings");
  save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
  auto* revert = new wxButton(this, wxID_ANY, _("&Undo changes"));
  revert->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
  buttons->Add(save_button);
  buttons->Add(revert, 0, wxLEFT, FromDIP(6));
  main->Add(buttons, 0, wxLEFT | wxBOTTOM, FromDIP(10));

  auto* language_row = new wxBoxSizer(wxHORIZONTAL);
  language_row->Add(new wxStaticText(this, wxID_ANY, _("Language (after restart)")), 0,
                    wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  language_ = new wxChoice(this, wxID_ANY);
  language_->Append(wx("中文（简体）"));
  language_->Append("English");
  language_->SetSelection(ui_language() == Language::zh ? 0 : 1);
  language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    wxConfigBase::Get()->Write("/language", language_->GetSelection() == 0 ? "zh_CN" : "en");
    wxConfigBase::Get()->Flush();  // kept even if the program later crashes
    wxMessageBox(_("The new language is used from the next start of cwtrack."), _("Language"),
                 wxOK | wxICON_INFORMATION, this);
  });
  language_row->Add(language_);
  main->Add(language_row, 0, wxALL, FromDIP(10));
  SetSizer(main);
}

// Yes/no, the proration and the certificate types are chosen, not typed:
// their codes (true, by_month, national_sw) are the command line's words.
wxWindow* SettingsPage::make_input(const std::string& key) {
  const Language language = ui_language();
  wxWindow* input = nullptr;
  if (key == "exam_age_inclusive") {
    auto* box = new wxCheckBox(this, wxID_ANY, wxEmptyString);
    box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { on_typed(); });
    age_inclusive_ = box;
    input = box;
  } else if (key == "proration") {
    auto* choice = new wxChoice(this, wxID_ANY);
    for (const auto& entry : code_table<Proration>())
      choice->Append(wx(label(entry.value, language)));
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_typed(); });
    proration_ = choice;
    input = choice;
  } else if (key == "qualifying_certificates") {
    auto* list = new wxCheckListBox(this, wxID_ANY);
    for (const auto& entry : code_table<CertificateType>())
      list->Append(wx(label(entry.value, language)));
    list->SetMinSize(wxSize(FromDIP(200), list->GetBestSize().y));
    list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { on_typed(); });
    certificates_ = list;
    input = list;
  } else {
    auto* text =
        new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(200, -1)));
    text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_typed(); });
    fields_.emplace(key, text);
    input = text;
  }
  input->SetName(key);
  return input;
}

std::string SettingsPage::input_value(const std::string& key) const {
  if (key == "exam_age_inclusive") return age_inclusive_->GetValue() ? "true" : "false";
  if (key == "proration") {
    const auto table = code_table<Proration>();
    const int chosen = proration_->GetSelection();
    return chosen >= 0 && static_cast<std::size_t>(chosen) < table.size()
               ? std::string(table[static_cast<std::size_t>(chosen)].code)
               : std::string();
  }
  if (key == "qualifying_certificates") {
    std::string codes;
    const auto table = code_table<CertificateType>();
    for (unsigned i = 0; i < certificates_->GetCount() && i < table.size(); ++i)
      if (certificates_->IsChecked(i))
        codes += (codes.empty() ? "" : ",") + std::string(table[i].code);
    return codes;
  }
  return utf8(fields_.at(key)->GetValue());
}

void SettingsPage::show_value(const std::string& key, const std::string& value) {
  if (key == "exam_age_inclusive") {
    age_inclusive_->SetValue(value == "true");
  } else if (key == "proration") {
    const auto table = code_table<Proration>();
    for (std::size_t i = 0; i < table.size(); ++i)
      if (table[i].code == value) proration_->SetSelection(static_cast<int>(i));
  } else if (key == "qualifying_certificates") {
    const auto table = code_table<CertificateType>();
    const std::string listed = "," + value + ",";
    for (unsigned i = 0; i < certificates_->GetCount() && i < table.size(); ++i)
      certificates_->Check(
          i, listed.find("," + std::string(table[i].code) + ",") != std::string::npos);
  } else {
    fields_.at(key)->ChangeValue(wx(value));
  }
}

void SettingsPage::refresh() {
  filling_ = true;
  for (const auto& [key, value] : settings_of(shell_.workspace().policy())) show_value(key, value);
  filling_ = false;
  on_typed();
}

bool SettingsPage::edited() const {
  for (const auto& [key, value] : settings_of(shell_.workspace().policy()))
    if (problems_.contains(key) && input_value(key) != value) return true;
  return false;
}

std::optional<Policy> SettingsPage::typed_policy() {
  Policy policy;
  bool valid = true;
  for (const auto& [key, problem_text] : problems_) {
    const auto problem = apply_setting(policy, key, input_value(key));
    problem_text->SetLabel(problem ? wx(*problem) : wxString());
    valid = valid && !problem;
  }
  return valid ? std::optional(policy) : std::nullopt;
}

void SettingsPage::on_typed() {
  if (filling_) return;
  Workspace& workspace = shell_.workspace();
  const auto policy = typed_policy();
  if (!policy) {
    preview_->SetLabel(_("Correct the settings marked in red to see what they change."));
    Layout();
    return;
  }
  // The preview recomputes every status with the typed settings (a few ms),
  // reads the counts and puts the stored settings back.
  const Policy stored = workspace.policy();
  const Tally now = workspace.total();
  if (*policy == stored) {
    preview_->SetLabel(wxString::Format(_("Saved settings: %zu overdue, %zu behind in training."),
                                        now.overdue(), now.training_behind));
    Layout();
    return;
  }
  workspace.set_policy(*policy);
  const Tally then = workspace.total();
  workspace.set_policy(stored);
  preview_->SetLabel(wxString::Format(
      _("With these settings: %zu overdue (now %zu), %zu behind in training (now %zu)."),
      then.overdue(), now.overdue(), then.training_behind, now.training_behind));
  Layout();
}

bool SettingsPage::save() {
  const auto policy = typed_policy();
  if (!policy) return false;
  try {
    shell_.workspace().save_policy(*policy);
  } catch (const StoreError& error) {
    show_failure(this, _("Settings not saved"), error);
    return false;
  }
  shell_.statuses_changed();
  return true;
}

}  // namespace cwt::gui
