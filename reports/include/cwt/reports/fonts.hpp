#pragma once
// The fonts reports are measured and drawn with, read from their files with
// FreeType so that the laid-out pages, the preview and the PDF (which embeds
// the same files) break at the same places.
//   primary:  AR PL UMing CN (a Song/Ming face, Arphic Public License),
//             derived at build time from Debian's fonts-arphic-uming .ttc
//   fallback: Droid Sans Fallback (Apache 2.0, fonts-droid-fallback), for
//             any character the primary face lacks
// A character neither face has is drawn as 〓 (U+3013, the sign Chinese
// printing uses for a missing character) and counted in missing_characters.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cwt::reports {

class FontFace {
 public:
  // Throws std::runtime_error naming the file when it cannot be read.
  explicit FontFace(const std::filesystem::path& file);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  const std::filesystem::path& file() const { return file_; }
  // The family name the file gives (AR PL UMing CN): what a toolkit that
  // has loaded the file finds the face by.
  std::string family_name() const;
  bool has(char32_t c) const;
  // Advance width in em (1.0 = the font size).
  double advance(char32_t c) const;
  double ascent() const;   // in em
  double descent() const;  // in em, positive below the baseline

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path file_;
};

class FontSet {
 public:
  FontSet(const std::filesystem::path& primary, const std::filesystem::path& fallback);
  const FontFace& face(int index) const { return index == 0 ? primary_ : fallback_; }
  // Which face draws `c` (0 primary, 1 fallback); `c` replaced by 〓 when none.
  int face_for(char32_t& c) const;
  double width(std::u32string_view text, double size) const;

 private:
  FontFace primary_;
  FontFace fallback_;
};

// The folders the font files are looked for in: fonts/ beside the program,
// ../fonts (the build tree), ../share/cwtrack/fonts (installed).
std::vector<std::filesystem::path> font_folders();
inline constexpr const char* kPrimaryFontFile = "uming-cn.ttf";
inline constexpr const char* kFallbackFontFile = "DroidSansFallbackFull.ttf";
// The report fonts from the first folder holding both; nothing when none does.
std::unique_ptr<FontSet> find_report_fonts(const std::vector<std::filesystem::path>& folders);

}  // namespace cwt::reports
