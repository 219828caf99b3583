// Times the desktop program itself (issue 8's targets) on an existing
// database, under a display (xvfb-run): opening the file to a drawn
// dashboard, a change of the as-of day redrawn on every page, and a typed
// search on the Workers page; with the resident memory once open.
//   xvfb-run -a bench_gui DB AS_OF [RUNS]
#include <wx/app.h>
#include <wx/init.h>
#include <wx/srchctrl.h>

#include <fstream>
#include <iostream>
#include <string>

#include "best_of.hpp"
#include "dashboard_page.hpp"
#include "events_page.hpp"
#include "gui_text.hpp"
#include "main_frame.hpp"
#include "planning_page.hpp"
#include "settings_page.hpp"
#include "workers_page.hpp"

namespace {

using cwt::bench::best_seconds;
using cwt::bench::resident_kib;

// Draws what is pending now, as the event loop would before the next input.
void draw(wxWindow& window) {
  window.Refresh();
  window.Update();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_gui DB AS_OF [RUNS]\n";
    return 2;
  }
  const std::string path = argv[1];
  const auto day = cwt::parse_date(argv[2]);
  const int runs = argc > 3 ? std::stoi(argv[3]) : 5;
  if (!day) return 2;
  wxApp::SetInstance(new wxApp);
  int wx_argc = 1;
  if (!wxEntryStart(wx_argc, argv)) {
    std::cerr << "bench_gui needs a display (run it under xvfb-run)\n";
    return 2;
  }
  {
    auto* frame = new cwt::gui::MainFrame(*day);
    frame->Show();
    draw(*frame);
    const double open = best_seconds(1, [&] {
      frame->open(path, false);
      draw(*frame);
    });
    const long rss = resident_kib();
    const double reopen = best_seconds(runs, [&] {
      frame->open(path, false);
      draw(*frame);
    });
    const double change_day = best_seconds(runs, [&] {
      frame->set_day(*day - boost::gregorian::days(1));
      draw(*frame);
    });
    // Where a day change goes: the recomputation, then each page's refresh.
    const double recompute = best_seconds(runs, [&] { frame->workspace().set_day(*day); });
    const double dashboard = best_seconds(runs, [&] { frame->dashboard().refresh(); });
    const double workers = best_seconds(runs, [&] { frame->workers().refresh(); });
    const double events = best_seconds(runs, [&] { frame->events().refresh(); });
    const double settings = best_seconds(runs, [&] { frame->settings().refresh(); });
    const double planning = best_seconds(runs, [&] { frame->planning().refresh(); });
    frame->show_page(cwt::gui::Page::workers);
    draw(*frame);
    auto* search = dynamic_cast<wxSearchCtrl*>(wxWindow::FindWindowByName("search", frame));
    std::size_t shown = 0;
    const double typed = best_seconds(runs,
                                      [&] {
                                        search->SetValue(cwt::gui::wx("张"));
                                        draw(*frame);
                                        shown += frame->workers().model().rows().size();
                                        search->SetValue("");
                                        draw(*frame);
                                      }) /
                         2;
    // The Planning page (when the database has a plan): ten workers put on
    // its last course and taken off again, as a drop does, every page
    // refreshed and drawn after each write.
    double drop = 0;
    if (const cwt::TrainingPlan* plan = frame->planning().session().plan()) {
      frame->show_page(cwt::gui::Page::planning);
      auto& page = frame->planning();
      const std::string course = plan->courses.back().title;
      cwt::PlanWorkerFilter filter;
      filter.course = course;
      filter.show = cwt::PlanWorkerShow::can_join;
      page.set_filter(filter);
      std::vector<std::string> ten;
      for (std::size_t row = 0; row < 10 && row < page.workers_model().rows().size(); ++row)
        ten.push_back(
            page.workers_model().worker_at(static_cast<unsigned>(row)).file->worker.id_number);
      draw(*frame);
      drop = best_seconds(runs,
                          [&] {
                            page.select_course(course);
                            page.assign(ten);
                            draw(*frame);
                            page.select_course(course);
                            page.unassign(ten);
                            draw(*frame);
                          }) /
             2;
    }
    std::cout << "workers active:                       " << frame->workspace().statuses().size()
              << "\n"
              << "open to a drawn dashboard (first):    " << open << " s\n"
              << "open again (best of " << runs << "):              " << reopen << " s\n"
              << "resident memory after opening:        " << rss / 1024 << " MiB\n"
              << "day change, every page recomputed:    " << change_day * 1000 << " ms\n"
              << "  of which recomputing the statuses:  " << recompute * 1000 << " ms\n"
              << "  refreshing Dashboard:               " << dashboard * 1000 << " ms\n"
              << "  refreshing Workers:                 " << workers * 1000 << " ms\n"
              << "  refreshing Training events:         " << events * 1000 << " ms\n"
              << "  refreshing Settings:                " << settings * 1000 << " ms\n"
              << "  refreshing Training planning:       " << planning * 1000 << " ms\n"
              << "drop on a plan's course, all redrawn: " << drop * 1000 << " ms\n"
              << "typed search redrawn (per keystroke): " << typed * 1000 << " ms\n"
              << "(rows shown: " << shown << ")\n";
    frame->Destroy();
  }
  wxEntryCleanup();
  return 0;
}
