#include "cwt/exchange/code_variants.hpp"

#include <array>

namespace cwt {

namespace {

struct Variant {
  std::string_view field;
  std::string_view text;
  std::string_view label;
};

constexpr std::array kVariants{
    Variant{"education", "博士", "研究生"},
    Variant{"education", "博士研究生", "研究生"},
    Variant{"education", "硕士", "研究生"},
    Variant{"education", "硕士研究生", "研究生"},
    Variant{"education", "大学本科", "本科"},
    Variant{"education", "专科", "大专"},
    Variant{"education", "大学专科", "大专"},
    Variant{"education", "高职", "大专"},
    Variant{"education", "中专", "大专以下"},
    Variant{"education", "中技", "大专以下"},
    Variant{"education", "高中", "大专以下"},
    Variant{"education", "职高", "大专以下"},
    Variant{"education", "技校", "大专以下"},
    Variant{"education", "初中", "大专以下"},
    Variant{"education", "小学", "大专以下"},
    Variant{"political_status", "党员", "中共党员"},
    Variant{"political_status", "中国共产党党员", "中共党员"},
    Variant{"political_status", "预备党员", "中共预备党员"},
    Variant{"political_status", "团员", "共青团员"},
    Variant{"political_status", "共青团", "共青团员"},
    Variant{"political_status", "无党派", "无党派人士"},
    Variant{"gender", "男性", "男"},
    Variant{"gender", "女性", "女"},
};

}  // namespace

std::optional<std::string_view> label_of_variant(std::string_view field, std::string_view text) {
  for (const auto& variant : kVariants)
    if (variant.field == field && variant.text == text) return variant.label;
  return std::nullopt;
}

}  // namespace cwt
