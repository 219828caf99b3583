#pragma once
// Training courses community workers attend, by who organises them.
#include <span>
#include <string_view>

#include "cwt/model/codes.hpp"

namespace cwt::demo_detail {

struct Course {
  std::string_view title;
  TrainingCategory category;
};

std::span<const Course> street_courses();  // held by a street office or district for all workers
std::span<const Course> leader_courses();  // for Party secretaries and committee directors
const Course& induction_course();          // for new hires, in their first weeks
std::span<const Course> online_courses();  // self-study on a city platform, credited one by one
std::span<const Course> academic_courses();

// City-wide providers.
inline constexpr std::string_view kCityCivilAffairs = "天津市民政局";
inline constexpr std::string_view kSocialWorkAssociation = "天津市社会工作协会";
inline constexpr std::string_view kRedCross = "天津市红十字会";
inline constexpr std::string_view kOnlinePlatform = "天津市专业技术人员继续教育网";
inline constexpr std::string_view kOpenUniversity = "天津开放大学";

}  // namespace cwt::demo_detail
