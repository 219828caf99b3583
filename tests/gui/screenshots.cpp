// cwtrack_screenshots DB OUT_DIR zh_CN|en: shows every page, the worker
// editor and the settings preview of the desktop program on DB and saves a
// PNG of the screen for each (ImageMagick's `import -window root`), for
// scripts/screenshots, which runs it under Xvfb. Not a test: people look at
// the pictures.
#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
// After msgdlg.h, which it builds on.
#include <wx/generic/msgdlgg.h>
#include <wx/notebook.h>
#include <wx/translation.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "../fixtures/street_roster.hpp"
#include "background.hpp"
#include "cwt/platform/platform.hpp"
#include "cwt/storage/sqlite_store.hpp"
#include "events_page.hpp"
#include "gui_text.hpp"
#include "import_wizard.hpp"
#include "layout_printout.hpp"
#include "main_frame.hpp"
#include "planning_page.hpp"
#include "reports_page.hpp"
#include "settings_page.hpp"
#include "worker_editor.hpp"
#include "workers_page.hpp"

namespace {

// Lets the windows draw, then photographs the screen.
bool snap(const std::string& file) {
  for (int i = 0; i < 20; ++i) {
    wxTheApp->ProcessPendingEvents();
    wxTheApp->Yield(true);
    wxMilliSleep(25);
  }
  const std::string command = "import -window root '" + file + "'";
  if (std::system(command.c_str()) != 0) {
    std::cerr << "failed: " << command << "\n";
    return false;
  }
  std::cout << file << "\n";
  return true;
}

// The worker editor's conflict choice is a modal message box, which the
// program waits on: drawn here as the same box (its texts, buttons and
// icon, wx's own drawing of it) shown beside the editor, photographed, and
// answered "Back to editing".
class BuiltMessageBox : public wxGenericMessageDialog {
 public:
  using wxGenericMessageDialog::wxGenericMessageDialog;
  void build() { DoCreateMsgdialog(); }  // what its ShowModal does first
};

class PhotographMessageBoxes : public wxModalDialogHook {
 public:
  explicit PhotographMessageBoxes(std::string file) : file_(std::move(file)) {}
  int Enter(wxDialog* dialog) override {
    auto* box = dynamic_cast<wxMessageDialog*>(dialog);
    if (!box) return wxID_NONE;
    BuiltMessageBox copy(box->GetParent(), box->GetMessage(), box->GetTitle(),
                         box->GetMessageDialogStyle());
    copy.SetExtendedMessage(box->GetExtendedMessage());
    copy.SetYesNoCancelLabels(box->GetYesLabel(), box->GetNoLabel(), box->GetCancelLabel());
    copy.build();
    copy.Centre();
    copy.Show();
    shot = snap(file_);
    copy.Hide();
    return wxID_CANCEL;
  }
  void Exit(wxDialog*) override {}
  bool shot = false;

 private:
  std::string file_;
};

// Work's progress passed on to the dialog, photographed once it passes a
// share: the copying thread waits there while the dialog draws the bar.
class PhotographAt : public cwt::Progress {
 public:
  PhotographAt(cwt::Progress& shown, double share, std::string file, bool& shot)
      : shown_(shown), share_(share), file_(std::move(file)), shot_(shot) {}
  void stage(const std::string& text) override { shown_.stage(text); }
  void advance(std::uint64_t done, std::uint64_t total) override {
    shown_.advance(done, total);
    if (shot_ || total == 0 || static_cast<double>(done) < share_ * static_cast<double>(total))
      return;
    wxMilliSleep(1500);  // the dialog's loop draws the bar and the time left
    const std::string command = "import -window root '" + file_ + "'";
    shot_ = std::system(command.c_str()) == 0;
    if (shot_) std::cout << file_ << "\n";
  }
  bool cancelled() const override { return shown_.cancelled(); }

 private:
  cwt::Progress& shown_;
  double share_;
  std::string file_;
  bool& shot_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: cwtrack_screenshots DB OUT_DIR zh_CN|en\n";
    return 2;
  }
  const std::string db = argv[1], out = argv[2], lang = argv[3];
  wxApp::SetInstance(new wxApp);
  int wx_argc = 1;
  if (!wxEntryStart(wx_argc, argv)) return 2;
  wxString config_file;
  if (wxGetEnv("CWTRACK_CONFIG", &config_file))
    wxConfigBase::Set(new wxFileConfig("cwtrack", "", config_file, "", wxCONFIG_USE_LOCAL_FILE));
  const bool zh = lang == "zh_CN";
  cwt::gui::use_language(zh ? cwt::Language::zh : cwt::Language::en, {CWTRACK_LOCALE_DIR});
  cwt::gui::use_report_fonts({CWTRACK_FONT_DIR});
  bool ok = true;
  {
    const cwt::Date day(2026, 6, 30);
    // Placed by itself on the screen's work area, as at an officer's first start.
    auto* frame = new cwt::gui::MainFrame(day);
    frame->Show();
    ok = snap(out + "/welcome-" + lang + ".png") && ok;
    if (!frame->open(db, false)) return 1;
    using cwt::gui::Page;
    ok = snap(out + "/dashboard-" + lang + ".png") && ok;
    frame->show_page(Page::workers);
    ok = snap(out + "/workers-" + lang + ".png") && ok;
    cwt::WorkerQuery overdue;
    overdue.certification = cwt::CertificationStatus::overdue;
    overdue.sort_by = cwt::WorkerColumn::days_left;
    frame->show_workers(overdue);
    ok = snap(out + "/workers-overdue-" + lang + ".png") && ok;
    // A search finding a worker who has left: the page says so and offers them.
    for (const auto& former : frame->workspace().roster())
      if (former.state == cwt::EmploymentState::left) {
        cwt::WorkerQuery search;
        search.search = former.worker->name;
        frame->show_workers(search);
        ok = snap(out + "/workers-hidden-" + lang + ".png") && ok;
        frame->show_workers(cwt::search_only(search));
        ok = snap(out + "/workers-all-" + lang + ".png") && ok;
        break;
      }

    // The editor of a worker with records, on its profile and training tabs.
    const std::string id =
        frame->workspace().roster().at(frame->workspace().act_first(1).at(0)).worker->id_number;
    {
      // A change of the worker's own (the demo's are loaded in bulk), for
      // the History tab: an exam recorded, then its score corrected.
      cwt::ChangeSet exam;
      exam.description = "exam add " + id;
      exam.add_exams.push_back({id, cwt::Date(2026, 5, 20), cwt::ExamKind::city_community,
                                cwt::ExamResult::failed, 52.0});
      frame->store().apply(exam);
      cwt::ChangeSet correction;
      correction.description = "worker edit " + id;
      for (auto corrected : frame->store().exams_of(id))
        if (corrected.date == cwt::Date(2026, 5, 20)) {
          corrected.score = 58.5;
          correction.update_exams.push_back(corrected);
        }
      frame->store().apply(correction);
      frame->workspace().reload();
      frame->statuses_changed();  // the pages show what was read anew
      auto* editor = new cwt::gui::WorkerEditor(frame, *frame, id);
      editor->Show();
      ok = snap(out + "/editor-" + lang + ".png") && ok;
      auto* pages = dynamic_cast<wxNotebook*>(wxWindow::FindWindowByName("editor_pages", editor));
      pages->SetSelection(4);
      ok = snap(out + "/editor-training-" + lang + ".png") && ok;
      pages->SetSelection(pages->GetPageCount() - 1);
      ok = snap(out + "/editor-history-" + lang + ".png") && ok;
      editor->Destroy();
    }
    {
      auto* editor = new cwt::gui::WorkerEditor(frame, *frame, "");
      editor->Show();
      dynamic_cast<wxTextEntry*>(editor->profile().input("id_number"))
          ->SetValue("12010119900307001");
      dynamic_cast<wxTextEntry*>(editor->profile().input("name"))->SetValue(cwt::gui::wx("王小明"));
      editor->save();  // refused: the problems show beside their fields
      ok = snap(out + "/editor-problems-" + lang + ".png") && ok;
      editor->Destroy();
    }
    {
      // Issue 24: another program changes the worker while the editor is
      // open on them; the officer's save gets the choice.
      const std::string id = frame->workspace().statuses()[1].worker->id_number;
      auto* editor = new cwt::gui::WorkerEditor(frame, *frame, id);
      editor->Show();
      dynamic_cast<wxTextEntry*>(editor->profile().input("phone"))->SetValue("13800001234");
      {
        auto elsewhere = cwt::SqliteStore::open_existing(db);
        auto worker = *elsewhere->find_worker(id);
        worker.phone = "13900005678";
        cwt::ChangeSet change;
        change.description = "worker edit " + id;
        change.upsert_workers.push_back(worker);
        elsewhere->apply(change);
      }
      PhotographMessageBoxes photograph(out + "/editor-conflict-" + lang + ".png");
      photograph.Register();
      editor->save();
      photograph.Unregister();
      ok = photograph.shot && ok;
      editor->Destroy();
      frame->workspace().reload();
      frame->statuses_changed();  // the pages show what was read anew
    }

    {
      // Issue 24, item 2: the backup copy's progress, a bar that fills with
      // the stage on its line and the time elapsed and left, photographed
      // from the copying thread at 40 % (the dialog is drawn by the GUI
      // thread meanwhile).
      const auto copy = std::filesystem::temp_directory_path() / "cwtrack-screenshot-copy.cwt";
      auto source = cwt::SqliteStore::open_existing(db);
      const std::string file = out + "/backup-progress-" + lang + ".png";
      bool shot = false;
      cwt::gui::run_with_progress(frame, _("Save a backup copy"), _("Copying the database..."),
                                  [&](cwt::Progress& shown) {
                                    PhotographAt slow(shown, 0.4, file, shot);
                                    source->save_copy(cwt::utf8_from_path(copy), slow);
                                  });
      std::filesystem::remove(copy);
      ok = shot && ok;
    }

    frame->show_page(Page::events);
    auto& events = frame->events();
    // A new event typed in as the officer would (labels, not codes).
    const auto new_event = [&](const char* course, const char* category, const char* hours) {
      events.new_event();
      const auto type = [&](const char* field, const std::string& text) {
        dynamic_cast<wxTextEntry*>(events.form().input(field))->SetValue(cwt::gui::wx(text));
      };
      type("course", course);
      type("category", category);
      type("hours", hours);
      type("date", "2026-06-20");
    };
    new_event(zh ? "社区治理专题培训" : "Community governance",
              zh ? "社区实务" : "Community practice", "6");
    std::vector<std::string> ids;
    for (std::size_t row : frame->workspace().act_first(12))
      ids.push_back(frame->workspace().statuses()[row].worker->id_number);
    events.add_attendees(ids);
    events.mark_all(cwt::Attendance::present);
    events.save_event();
    ok = snap(out + "/events-" + lang + ".png") && ok;
    // A worker who had left marked present: refused, said in words.
    for (const auto& file : frame->workspace().files_for_year(2026))
      if (file.worker.leave_date && *file.worker.leave_date <= cwt::Date(2026, 6, 20)) {
        new_event(zh ? "消防安全培训" : "Fire safety", zh ? "技能" : "Skills", "4");
        events.add_attendees({ids.front(), file.worker.id_number});
        events.mark_all(cwt::Attendance::present);
        events.save_event();  // refused
        ok = snap(out + "/events-left-" + lang + ".png") && ok;
        break;
      }

    // Planning: the year's plan (the demo's, 40 courses, filled, the courses
    // held by the day marked), a July course chosen with its workers; then
    // the workers not covered with their reasons; then the communities.
    frame->show_page(Page::planning);
    {
      auto& planning = frame->planning();
      const cwt::TrainingPlan* plan = planning.session().plan();
      if (!plan) {
        std::cerr << "no training plan in " << db << "\n";
        ok = false;
      } else {
        std::string july;
        for (const auto& course : plan->courses)
          if (july.empty() && course.first_day(plan->year).month() == 7) july = course.title;
        cwt::PlanWorkerFilter filter;
        filter.course = july;
        filter.show = cwt::PlanWorkerShow::on_course;
        planning.set_filter(filter);
        ok = snap(out + "/planning-" + lang + ".png") && ok;
        filter.show = cwt::PlanWorkerShow::not_covered;
        planning.set_filter(filter);
        ok = snap(out + "/planning-uncovered-" + lang + ".png") && ok;
        auto* book = dynamic_cast<wxNotebook*>(
            wxWindow::FindWindowByName("plan_coverage", frame)->GetParent());
        book->SetSelection(1);
        ok = snap(out + "/planning-communities-" + lang + ".png") && ok;
        book->SetSelection(0);
      }
    }
    frame->show_page(Page::dashboard);
    ok = snap(out + "/dashboard-plans-" + lang + ".png") && ok;

    // Reports: the page with a street chosen, then the preview of the
    // training report (portrait) and of the summary (landscape).
    frame->show_page(Page::reports);
    auto& reports = frame->reports();
    reports.choose(cwt::reports::ReportKind::training);
    const auto tally = frame->workspace().tally_by_community();
    reports.set_scope(tally.front().district, tally.front().street, "");
    ok = snap(out + "/reports-" + lang + ".png") && ok;
    for (const auto kind : {cwt::reports::ReportKind::training, cwt::reports::ReportKind::summary,
                            cwt::reports::ReportKind::card}) {
      reports.choose(kind);
      reports.set_scope(tally.front().district, tally.front().street,
                        kind == cwt::reports::ReportKind::card ? tally.front().community : "");
      if (auto* preview = reports.preview()) {
        preview->SetSize(0, 0, 1280, 800);
        ok = snap(out + "/preview-" + std::string(cwt::reports::report_name(kind)) + "-" + lang +
                  ".png") &&
             ok;
        preview->Destroy();
      } else {
        ok = false;
      }
    }

    // The import wizard on a roster as an office keeps it: a title, an ID
    // column under a name cwtrack does not know, 籍贯, changes to workers on
    // file, new workers and a bad date.
    {
      const auto& statuses = frame->workspace().statuses();
      std::ostringstream roster;
      roster << "劝业场街道社区工作者花名册\n证件号,姓名,街道,社区,入职日期,职务,联系电话,籍贯\n";
      for (std::size_t i = 0; i < 14 && i < statuses.size(); ++i) {
        const cwt::Worker& w = *statuses[i].worker;
        const bool moved = i % 5 == 1, bad = i == 6;
        roster << w.id_number << ',' << w.name << ',' << w.org.street << ','
               << (moved ? std::string("新兴社区") : w.org.community) << ','
               << (bad ? std::string("2024-02-30") : cwt::to_iso(w.hire_date)) << ','
               << cwt::label_zh(w.position) << ',' << (i % 4 == 2 ? "13912345678" : w.phone)
               << ",天津\n";
      }
      roster << "120101199003070013,王小明,劝业场街道,新兴社区,2026-03-01,网格员,,河北\n";
      roster << "120101199104080026,李小红,劝业场街道,新兴社区,2026-03-01,网格员,,天津\n";
      const std::string file = out + "/screenshot-roster.csv";
      std::ofstream(file, std::ios::binary) << roster.str();
      auto* wizard =
          new cwt::gui::ImportWizard(frame, frame->store(), day, frame->workspace().policy());
      wizard->start(cwt::ImportKind::workers, file);
      wizard->Show();
      ok = snap(out + "/import-file-" + lang + ".png") && ok;
      wizard->advance();
      ok = snap(out + "/import-columns-" + lang + ".png") && ok;
      wizard->choose_field(0, "id_number");
      wizard->advance();
      ok = snap(out + "/import-preview-" + lang + ".png") && ok;
      wizard->set_filter(cwt::RowFilter::problems);
      ok = snap(out + "/import-problems-" + lang + ".png") && ok;
      wizard->Destroy();
      std::filesystem::remove(file);
    }

    frame->show_page(Page::settings);
    frame->settings().field("staff_hours")->SetValue("30");
    ok = snap(out + "/settings-preview-" + lang + ".png") && ok;
    frame->settings().field("due_soon_days")->SetValue("abc");
    ok = snap(out + "/settings-problem-" + lang + ".png") && ok;

    // A street office's roster (tests/fixtures/street_roster.hpp: no 街道 or
    // 区 column, the street in the title, an ID number Excel rounded) imported
    // to the end, step by step; last, since it adds workers.
    {
      const auto roster = cwt::test::write_street_roster(
          cwt::path_from_utf8(out + "/劝业场街道社区工作者花名册.xlsx"));
      auto* wizard =
          new cwt::gui::ImportWizard(frame, frame->store(), day, frame->workspace().policy());
      wizard->start(cwt::ImportKind::workers, cwt::utf8_from_path(roster.file));
      wizard->Show();
      ok = snap(out + "/roster-file-" + lang + ".png") && ok;
      wizard->advance();
      ok = snap(out + "/roster-columns-" + lang + ".png") && ok;
      wizard->advance();
      ok = snap(out + "/roster-preview-" + lang + ".png") && ok;
      wizard->set_good_rows_only(true);
      // Finish asks about the district (the wizard, driven, shows no box:
      // its box shown here over the preview); answered No, back to the columns.
      if (wxDialog* question = wizard->district_question_box()) {
        question->Show();
        ok = snap(out + "/roster-question-" + lang + ".png") && ok;
        question->Destroy();
      }
      wizard->advance();
      wizard->every_row_input("district")->SetValue(cwt::gui::wx("和平区"));
      ok = snap(out + "/roster-district-" + lang + ".png") && ok;
      wizard->advance();
      wizard->advance();  // Finish
      ok = snap(out + "/roster-done-" + lang + ".png") && ok;
      wizard->Destroy();
      std::filesystem::remove(roster.file);
    }
    frame->Destroy();
  }
  wxEntryCleanup();
  return ok ? 0 : 1;
}
