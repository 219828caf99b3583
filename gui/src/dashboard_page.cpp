#include "dashboard_page.hpp"

#include <wx/generic/stattextg.h>
#include <wx/intl.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/wrapsizer.h>

#include <array>
#include <map>
#include <set>

#include "cwt/workspace/display.hpp"
#include "cwt/workspace/plan_session.hpp"
#include "deadline_chart.hpp"
#include "gui_text.hpp"
#include "window_fit.hpp"

namespace cwt::gui {

namespace {

// Makes a window and its children call `action` on a click.
void on_click(wxWindow* window, const std::function<void()>& action) {
  window->Bind(wxEVT_LEFT_UP, [action](wxMouseEvent&) { action(); });
  window->SetCursor(wxCursor(wxCURSOR_HAND));
  for (wxWindow* child : window->GetChildren()) on_click(child, action);
}

// Text is drawn up to a tenth wider (GTK under Xvfb) or a little taller
// (Windows fonts under Wine) than it is measured: give labels that room, or
// the tile cuts their last letters or their lower edge.
void roomy(wxWindow* label) {
  label->SetMinSize(wxDefaultSize);
  label->InvalidateBestSize();
  const wxSize best = label->GetBestSize();
  label->SetMinSize(wxSize(best.x + best.x / 10 + 2, best.y + best.y / 4));
}

}  // namespace

DashboardPage::DashboardPage(wxWindow* parent, Shell& shell)
    : wxPanel(parent, wxID_ANY), shell_(shell) {
  auto* main = new wxBoxSizer(wxVERTICAL);

  auto* tiles = new wxWrapSizer(wxHORIZONTAL);
  WorkerQuery all;
  add_tile(tiles, _("Active workers"), all);
  WorkerQuery certified;
  certified.certification = CertificationStatus::certified;
  add_tile(tiles, _("Certified"), certified);
  WorkerQuery recall;
  recall.certification = CertificationStatus::overdue;
  recall.action = Action::recall;
  add_tile(tiles, _("Overdue: recall"), recall);
  WorkerQuery dismiss = recall;
  dismiss.action = Action::dismiss;
  add_tile(tiles, _("Overdue: dismiss"), dismiss);
  for (const int days : {7, 30, 90}) {
    WorkerQuery due;
    due.deadline_within_days = days;
    add_tile(tiles, wxString::Format(_("Deadline within %d days"), days), due);
  }
  WorkerQuery met;
  met.training = TrainingStatus::met;
  add_tile(tiles, _("Training met"), met);
  WorkerQuery behind;
  behind.training = TrainingStatus::behind;
  add_tile(tiles, _("Training behind"), behind);
  main->Add(tiles, 0, wxEXPAND | wxALL, FromDIP(6));

  auto* lower = new wxBoxSizer(wxHORIZONTAL);
  places_ = new wxTreeListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(440, 300)),
                               wxTL_SINGLE | wxTL_DEFAULT_STYLE);
  places_->SetName("places");
  places_->AppendColumn(_("Street / community"), FromDIP(170));
  for (const wxString& title : {_("Active"), _("Certified"), _("Overdue"), _("Due in 30 days"),
                                _("Training met"), _("Behind")})
    places_->AppendColumn(title, wxCOL_WIDTH_AUTOSIZE, wxALIGN_RIGHT);
  places_->Bind(wxEVT_TREELIST_ITEM_ACTIVATED, [this](wxTreeListEvent& event) {
    auto* data = dynamic_cast<wxStringClientData*>(places_->GetItemData(event.GetItem()));
    if (!data) return;
    const auto index = static_cast<std::size_t>(wxAtoi(data->GetData()));
    if (index < place_queries_.size()) shell_.show_workers(place_queries_[index]);
  });
  // Places and the right column share the width evenly: on 1024x768 the
  // act-first reasons (with their remarks) and the plan row need it.
  lower->Add(places_, 1, wxEXPAND | wxALL, FromDIP(6));

  auto* right = new wxBoxSizer(wxVERTICAL);
  chart_ = new DeadlineChartPanel(this);
  chart_->on_overdue_clicked = [this] {
    WorkerQuery overdue;
    overdue.certification = CertificationStatus::overdue;
    shell_.show_workers(overdue);
  };
  right->Add(chart_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
  right->Add(new wxStaticText(this, wxID_ANY, _("Act first")), 0, wxBOTTOM, FromDIP(3));
  act_first_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 150)));
  act_first_->SetName("act_first");
  act_first_->AppendTextColumn(_("Name"));
  act_first_->AppendTextColumn(_("Community"));
  act_first_->AppendTextColumn(_("Why"));
  stretch_columns(act_first_, {{70, 0}, {96, 1}, {300, 3}});
  act_first_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
    const int row = act_first_->ItemToRow(event.GetItem());
    if (row >= 0 && static_cast<std::size_t>(row) < act_first_ids_.size())
      shell_.edit_worker(act_first_ids_[static_cast<std::size_t>(row)]);
  });
  // The list of people to act on gets the height a 768-pixel screen leaves
  // more than the chart does (it showed two rows and a half).
  right->Add(act_first_, 2, wxEXPAND);
  // The year's training plans, planned against done (double click: the plan).
  plans_title_ = new wxStaticText(this, wxID_ANY, _("Training plans"));
  // A plan counts everyone it must train in its year, the Active tile those
  // in post today: said beside the title (one line: the act-first list above
  // keeps its room), the whole sentence in its tooltip.
  plans_caption_ =
      new wxStaticText(this, wxID_ANY, " ", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  plans_caption_->SetName("plans_caption");
  plans_caption_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  auto* plans_heading = new wxBoxSizer(wxHORIZONTAL);
  plans_heading->Add(plans_title_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  plans_heading->Add(plans_caption_, 1, wxALIGN_CENTER_VERTICAL);
  right->Add(plans_heading, 0, wxEXPAND | wxTOP | wxBOTTOM, FromDIP(3));
  plans_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 64)));
  plans_->SetName("plan_progress");
  plans_->AppendTextColumn(_("Plan"));
  for (const wxString& title : {_("Covered"), _("Met so far"), _("Courses held"), _("Attended")})
    plans_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, wxCOL_WIDTH_DEFAULT, wxALIGN_RIGHT);
  stretch_columns(plans_, {{150, 1}, {80, 0}, {80, 0}, {80, 0}, {80, 0}});
  plans_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
    const int row = plans_->ItemToRow(event.GetItem());
    if (row >= 0 && static_cast<std::size_t>(row) < plan_names_.size())
      shell_.show_plan(plan_names_[static_cast<std::size_t>(row)]);
  });
  right->Add(plans_, 0, wxEXPAND);
  lower->Add(right, 1, wxEXPAND | wxALL, FromDIP(6));
  main->Add(lower, 1, wxEXPAND);
  SetSizer(main);
}

void DashboardPage::add_tile(wxSizer* sizer, const wxString& caption, WorkerQuery query) {
  auto* tile = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME);
  tile->SetName("tile");
  auto* box = new wxBoxSizer(wxVERTICAL);
  auto* value = new wxStaticText(tile, wxID_ANY, wxEmptyString);
  value->SetFont(value->GetFont().Scaled(1.9f).Bold());
  value->SetLabel("0");  // after the font: its size is measured in the big font
  auto* detail = new wxGenericStaticText(tile, wxID_ANY, " ");
  // Drawn by wx itself: GTK's labels measured some captions narrower than
  // they draw, and the tile cut them.
  // Some room to the right: text is drawn a few pixels wider than measured.
  auto* texts = new wxBoxSizer(wxVERTICAL);
  auto* title = new wxGenericStaticText(tile, wxID_ANY, caption);
  roomy(title);
  texts->Add(title, 0, wxRIGHT, FromDIP(10));
  texts->Add(value, 0, wxRIGHT, FromDIP(10));
  texts->Add(detail, 0, wxRIGHT, FromDIP(10));
  texts->Add(FromDIP(140), 0);  // a minimum width; wider texts widen the tile
  box->Add(texts, 0, wxALL, FromDIP(8));
  tile->SetSizer(box);
  sizer->Add(tile, 0, wxALL, FromDIP(4));
  on_click(tile, [this, query] { shell_.show_workers(query); });
  tiles_.push_back({value, detail, std::move(query)});
}

void DashboardPage::fill_plans() {
  const Workspace& workspace = shell_.workspace();
  plans_->DeleteAllItems();
  plan_names_.clear();
  plans_title_->SetLabel(wxString::Format(_("Training plans for %d"), workspace.year()));
  plans_caption_->SetLabel(wxString::Format(
      _("(workers: everyone employed in %d, joiners and leavers included)"), workspace.year()));
  const wxString why = wxString::Format(
      _("A plan counts the workers of its scope employed on any day of %d, joiners and leavers "
        "included: all of them must reach the year's hours. The Active workers tile counts "
        "those active on %s."),
      workspace.year(), date_text(workspace.day()));
  plans_caption_->SetToolTip(why);
  plans_title_->SetToolTip(why);
  for (const PlanProgress& plan : plan_progress(workspace)) {
    const PlanTotals& t = plan.totals;
    wxVector<wxVariant> values;
    values.push_back(wx(plan.name));
    // Planned against done: of the workers, the courses and the places held.
    values.push_back(wxString::Format("%d/%d", t.covered, t.workers));
    values.push_back(wxString::Format("%d/%d", t.met, t.workers));
    values.push_back(wxString::Format("%d/%d", t.courses_held, t.courses));
    values.push_back(wxString::Format("%d/%d", t.present, t.present + t.absent));
    plans_->AppendItem(values);
    plan_names_.push_back(plan.name);
  }
}

void DashboardPage::refresh() {
  fill_plans();
  Workspace& workspace = shell_.workspace();
  const Tally total = workspace.total();
  for (Tile& tile : tiles_) {
    tile.value->SetLabel(wxString::Format("%zu", workspace.count(tile.query)));
    wxString detail;
    if (tile.query.certification == CertificationStatus::certified)
      detail =
          wxString::Format(_("%s of obligated"), share_text(total.certified, total.must_certify));
    else if (tile.query.training == TrainingStatus::met)
      detail = wxString::Format(_("%s of %zu required"),
                                share_text(total.training_met, total.training_required),
                                total.training_required);
    else if (!tile.query.certification && !tile.query.training && !tile.query.deadline_within_days)
      detail = wxString::Format(_("as of %s"), date_text(workspace.day()));
    tile.detail->SetLabel(detail.empty() ? wxString(" ") : detail);
    roomy(tile.detail);
  }
  for (Tile& tile : tiles_) {
    wxWindow* panel = tile.value->GetParent();
    for (wxWindow* child : panel->GetChildren()) child->InvalidateBestSize();
    panel->InvalidateBestSize();
    panel->SetMinSize(panel->GetSizer()->GetMinSize());
    panel->Layout();
  }
  fill_places();
  chart_->set_chart(workspace.deadline_chart(12));
  fill_act_first();
  Layout();
}

void DashboardPage::fill_places() {
  // Streets (with their district, when there are several) holding communities.
  std::map<std::pair<std::string, std::string>, std::vector<const CommunityTally*>> streets;
  const auto communities = shell_.workspace().tally_by_community();
  std::set<std::string> districts;
  for (const auto& c : communities) {
    streets[{c.district, c.street}].push_back(&c);
    districts.insert(c.district);
  }
  std::vector<std::string> layout;  // the rows in order, to tell whether they changed
  for (const auto& [place, members] : streets) {
    layout.push_back(place.first + '\n' + place.second);
    for (const CommunityTally* c : members) layout.push_back(c->community);
  }
  // A change of the day keeps the rows: only their numbers are set again
  // (rebuilding a GTK tree of a few hundred rows is what would take time).
  const bool rebuild = layout != place_layout_;
  if (rebuild) {
    places_->Freeze();
    places_->DeleteAllItems();
    place_items_.clear();
    place_queries_.clear();
    place_layout_ = layout;
  }
  std::size_t next = 0;
  const auto row = [&](wxTreeListItem parent, const wxString& name, const Tally& t,
                       WorkerQuery query) {
    wxTreeListItem item;
    if (rebuild) {
      item = places_->AppendItem(parent, name);
      places_->SetItemData(item,
                           new wxStringClientData(wxString::Format("%zu", place_queries_.size())));
      place_queries_.push_back(std::move(query));
      place_items_.push_back(item);
    } else {
      item = place_items_.at(next);
    }
    ++next;
    // Only the cells that changed: each GTK update costs.
    const wxString cells[] = {wxString::Format("%zu", t.active),
                              share_text(t.certified, t.must_certify),
                              wxString::Format("%zu", t.overdue()),
                              wxString::Format("%zu", t.due_within_30),
                              share_text(t.training_met, t.training_required),
                              wxString::Format("%zu", t.training_behind)};
    for (unsigned column = 1; column <= 6; ++column)
      if (rebuild || places_->GetItemText(item, column) != cells[column - 1])
        places_->SetItemText(item, column, cells[column - 1]);
    return item;
  };
  for (const auto& [place, members] : streets) {
    Tally street_tally;
    for (const CommunityTally* c : members) street_tally += c->tally;
    const wxString name = districts.size() > 1 && !place.first.empty()
                              ? wx(place.first) + wx(" · ") + wx(place.second)
                              : wx(place.second);
    WorkerQuery street_query;
    if (!place.first.empty()) street_query.district = place.first;
    street_query.street = place.second;
    const wxTreeListItem street = row(places_->GetRootItem(), name, street_tally, street_query);
    for (const CommunityTally* c : members) {
      WorkerQuery query = street_query;
      query.community = c->community;
      row(street, wx(c->community), c->tally, query);
    }
  }
  if (rebuild) places_->Thaw();
}

void DashboardPage::fill_act_first() {
  Workspace& workspace = shell_.workspace();
  std::vector<std::array<wxString, 3>> rows;
  std::vector<std::string> ids;
  const Language language = ui_language();
  for (const std::size_t row : workspace.act_first(50)) {
    const WorkerStatus& status = workspace.statuses()[row];
    const auto& cert = status.certification;
    wxString why;
    if (cert.status == CertificationStatus::overdue)
      why = wxString::Format(_("Overdue by %d days: %s"), -cert.days_left.value_or(0),
                             label_of(cert.action.value_or(Action::dismiss)));
    else if (cert.days_left && (cert.status == CertificationStatus::pending ||
                                cert.status == CertificationStatus::due_soon))
      why = wxString::Format(_("Certificate due in %d days (%s)"), *cert.days_left,
                             date_text(*cert.deadline));
    else
      why = wxString::Format(_("Training behind: %s hours short"),
                             wx(cell_text(status, WorkerColumn::shortfall_hours, language, false)));
    // A passed exam (certificate to collect) before anyone acts on an overdue.
    if (const std::string remark = certification_remark(cert, language); !remark.empty())
      why += (language == Language::zh ? wxString::FromUTF8("；") : wxString("; ")) + wx(remark);
    rows.push_back({wx(status.worker->name), wx(status.worker->org.community), why});
    ids.push_back(status.worker->id_number);
  }
  // The same number of rows (a day change): only the cells that changed.
  if (static_cast<std::size_t>(act_first_->GetItemCount()) == rows.size()) {
    for (std::size_t r = 0; r < rows.size(); ++r)
      for (unsigned c = 0; c < 3; ++c)
        if (act_first_->GetTextValue(static_cast<unsigned>(r), c) != rows[r][c])
          act_first_->SetTextValue(rows[r][c], static_cast<unsigned>(r), c);
  } else {
    act_first_->DeleteAllItems();
    for (const auto& row : rows) {
      wxVector<wxVariant> values;
      for (const wxString& cell : row) values.push_back(cell);
      act_first_->AppendItem(values);
    }
  }
  act_first_ids_ = std::move(ids);
}

}  // namespace cwt::gui
