#pragma once
// The variants of coded values that rosters write, mapped to the labels the
// import reads (DOMAIN.md's lists): 学历 博士 / 硕士 -> 研究生, 大学本科 -> 本科,
// 专科 / 大学专科 -> 大专, 中专 / 高中 / 职高 / 技校 / 初中 -> 大专以下; 政治面貌
// 党员 -> 中共党员, 预备党员 -> 中共预备党员, 团员 -> 共青团员, 无党派 -> 无党派人士;
// 性别 男性 / 女性 -> 男 / 女. The import shows each mapping it made.
#include <optional>
#include <string_view>

namespace cwt {

// The label `text` stands for in `field`, when it is one of the variants;
// nothing for any other text (which is read as it is).
std::optional<std::string_view> label_of_variant(std::string_view field, std::string_view text);

}  // namespace cwt
