// A failure no handler catches (issue 24: a store error in the middle of an
// editor's reads ended the program, and the GUI logged nothing): the
// officer is shown the store's message, the program goes on, and the
// database's own words are in the log file, without a full ID number.
#include <wx/button.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cwt/model/store.hpp"
#include "cwt/platform/platform.hpp"
#include "gui_fixture.hpp"
#include "workers_page.hpp"

namespace cwt::gui {
namespace {

void set_cache_folder(const std::filesystem::path& folder) {
  const std::string value = utf8_from_path(folder);
#ifdef _WIN32
  _putenv_s("CWTRACK_CACHE_DIR", value.c_str());
#else
  setenv("CWTRACK_CACHE_DIR", value.c_str(), 1);
#endif
}

TEST_F(GuiTest, AStoreErrorNoHandlerCatchesIsShownLoggedAndTheProgramGoesOn) {
  set_cache_folder(dir_ / "cache");
  auto* button = new wxButton(frame_, wxID_ANY, "x");
  button->Bind(wxEVT_BUTTON, [](wxCommandEvent&) {
    throw StoreError("数据库文件无法读取：磁盘出错。请把文件复制到本机后再打开。",
                     "SELECT name FROM worker WHERE id_number = '120101199001011231': disk I/O "
                     "error");
  });
  wxCommandEvent click(wxEVT_BUTTON, button->GetId());
  click.SetEventObject(button);
  // As the toolkit delivers a click (wxWindow::HandleWindowEvent).
  EXPECT_FALSE(button->GetEventHandler()->SafelyProcessEvent(click));

  ASSERT_FALSE(hook_.titles.empty()) << "no message was shown";
  EXPECT_EQ(hook_.titles.back(), _("The action was not completed"));
  EXPECT_TRUE(hook_.messages.back().StartsWith(wx("数据库文件无法读取：磁盘出错。")))
      << hook_.messages.back();
  EXPECT_TRUE(hook_.messages.back().Contains(wx(utf8_from_path(log_file()))));

  // The program goes on: the window and its database are there and work.
  EXPECT_TRUE(frame_->has_database());
  frame_->show_page(Page::workers);
  EXPECT_GT(frame_->workers().model().rows().size(), 200u);

  std::ifstream in(log_file(), std::ios::binary);
  std::stringstream log;
  log << in.rdbuf();
  EXPECT_NE(log.str().find("disk I/O error"), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("120101********1231"), std::string::npos) << log.str();
  EXPECT_EQ(log.str().find("120101199001011231"), std::string::npos) << log.str();
  button->Destroy();
  set_cache_folder({});
}

}  // namespace
}  // namespace cwt::gui
