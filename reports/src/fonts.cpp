#include "cwt/reports/fonts.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "cwt/platform/language.hpp"
#include "cwt/platform/platform.hpp"

namespace cwt::reports {

struct FontFace::Impl {
  std::vector<char> bytes;  // the file, which FreeType reads from memory
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  mutable std::unordered_map<char32_t, double> advances;
};

FontFace::FontFace(const std::filesystem::path& file) : impl_(new Impl), file_(file) {
  if (FT_Init_FreeType(&impl_->library) != 0) throw std::runtime_error("FreeType did not start");
  // FreeType opens only narrow paths: read the file here (a wide path on
  // Windows, so a Chinese folder name works) and give FreeType the bytes.
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  std::ifstream in(file, std::ios::binary);
  if (!error) {
    impl_->bytes.resize(static_cast<std::size_t>(size));
    in.read(impl_->bytes.data(), static_cast<std::streamsize>(size));
  }
  if (error || !in || impl_->bytes.empty() ||
      FT_New_Memory_Face(impl_->library, reinterpret_cast<const FT_Byte*>(impl_->bytes.data()),
                         static_cast<FT_Long>(impl_->bytes.size()), 0, &impl_->face) != 0) {
    FT_Done_FreeType(impl_->library);
    throw std::runtime_error("cannot read the font " + utf8_from_path(file));
  }
}

FontFace::~FontFace() {
  FT_Done_Face(impl_->face);
  FT_Done_FreeType(impl_->library);
}

std::string FontFace::family_name() const {
  return impl_->face->family_name ? impl_->face->family_name : "";
}

bool FontFace::has(char32_t c) const { return FT_Get_Char_Index(impl_->face, c) != 0; }

double FontFace::advance(char32_t c) const {
  if (const auto found = impl_->advances.find(c); found != impl_->advances.end())
    return found->second;
  FT_Fixed units = 0;
  FT_Get_Advance(impl_->face, FT_Get_Char_Index(impl_->face, c), FT_LOAD_NO_SCALE, &units);
  const double em = static_cast<double>(units) / impl_->face->units_per_EM;
  impl_->advances.emplace(c, em);
  return em;
}

double FontFace::ascent() const {
  return static_cast<double>(impl_->face->ascender) / impl_->face->units_per_EM;
}

double FontFace::descent() const {
  return -static_cast<double>(impl_->face->descender) / impl_->face->units_per_EM;
}

FontSet::FontSet(const std::filesystem::path& primary, const std::filesystem::path& fallback)
    : primary_(primary), fallback_(fallback) {}

int FontSet::face_for(char32_t& c) const {
  if (primary_.has(c)) return 0;
  if (fallback_.has(c)) return 1;
  c = U'\u3013';
  return 0;
}

double FontSet::width(std::u32string_view text, double size) const {
  double em = 0;
  for (char32_t c : text) {
    const int index = face_for(c);
    em += face(index).advance(c);
  }
  return em * size;
}

std::vector<std::filesystem::path> font_folders() {
  // Beside the catalogs: the same program folder, build tree and install.
  std::vector<std::filesystem::path> folders;
  for (const auto& locale : catalog_folders()) {
    const auto base = locale.parent_path();
    folders.push_back(locale.filename() == "locale" && base.filename() == "share"
                          ? base / "cwtrack" / "fonts"
                          : base / "fonts");
  }
  return folders;
}

std::unique_ptr<FontSet> find_report_fonts(const std::vector<std::filesystem::path>& folders) {
  for (const auto& folder : folders) {
    std::error_code error;
    if (std::filesystem::is_regular_file(folder / kPrimaryFontFile, error) &&
        std::filesystem::is_regular_file(folder / kFallbackFontFile, error))
      return std::make_unique<FontSet>(folder / kPrimaryFontFile, folder / kFallbackFontFile);
  }
  return nullptr;
}

}  // namespace cwt::reports
