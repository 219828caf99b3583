#pragma once
// Settings: the policy settings of DOMAIN.md, each checked as it is typed
// with the problem beside it, a preview of what they would change ("with
// these settings: N overdue, M behind") before saving, and the language.
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>
#include <optional>

#include "shell.hpp"

namespace cwt::gui {

class SettingsPage : public wxPanel {
 public:
  SettingsPage(wxWindow* parent, Shell& shell);
  void refresh();  // the stored settings into the fields

  // Whether a field holds something other than the stored setting (typed,
  // not saved): what a reload for others' changes must not overwrite.
  bool edited() const;
  // The settings as typed, or nothing when one of them is invalid.
  std::optional<Policy> typed_policy();
  bool save();
  wxTextCtrl* field(const std::string& key) { return fields_.at(key); }
  wxString preview_text() const { return preview_->GetLabel(); }

 private:
  void on_typed();
  wxWindow* make_input(const std::string& key);
  // A setting's value in the command line's words ("true", "by_month",
  // "national_sw,city_cw"), whatever control shows it.
  std::string input_value(const std::string& key) const;
  void show_value(const std::string& key, const std::string& value);

  Shell& shell_;
  std::map<std::string, wxTextCtrl*> fields_;  // the settings typed as text
  wxCheckBox* age_inclusive_ = nullptr;        // exam_age_inclusive
  wxChoice* proration_ = nullptr;
  wxCheckListBox* certificates_ = nullptr;  // qualifying_certificates
  std::map<std::string, wxStaticText*> problems_;
  wxStaticText* preview_;
  wxChoice* language_;
  bool filling_ = false;
};

}  // namespace cwt::gui
