#include "status_icons.hpp"

#include <string>

namespace cwt::gui {

namespace {

// A 16x16 SVG: a filled circle in `fill` with `mark` (a path in white) on it.
wxBitmapBundle round_icon(const char* fill, const char* mark) {
  const std::string svg = std::string(
                              "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16' "
                              "viewBox='0 0 16 16'><circle cx='8' cy='8' r='7.5' fill='") +
                          fill + "'/><path d='" + mark +
                          "' fill='none' stroke='white' stroke-width='2' stroke-linecap='round' "
                          "stroke-linejoin='round'/></svg>";
  return wxBitmapBundle::FromSVG(svg.c_str(), wxSize(16, 16));
}

constexpr const char* kTick = "M4.5 8.5 L7 11 L11.5 5.5";
constexpr const char* kCross = "M5 5 L11 11 M11 5 L5 11";
constexpr const char* kClock = "M8 4 L8 8 L11 10";
constexpr const char* kDots = "M4.5 8 L4.6 8 M8 8 L8.1 8 M11.5 8 L11.6 8";
constexpr const char* kDash = "M4.5 8 L11.5 8";
constexpr const char* kArrow = "M8 12 L8 4 M5 7 L8 4 L11 7";
constexpr const char* kDown = "M8 4 L8 12 M5 9 L8 12 L11 9";

constexpr const char* kGreen = "#1e7b34";
constexpr const char* kRed = "#c62828";
constexpr const char* kAmber = "#b26a00";
constexpr const char* kBlue = "#1f5fa8";
constexpr const char* kGrey = "#6b6b6b";

}  // namespace

wxBitmapBundle status_icon(CertificationStatus status) {
  switch (status) {
    case CertificationStatus::certified:
      return round_icon(kGreen, kTick);
    case CertificationStatus::exempt:
      return round_icon(kGrey, kDash);
    case CertificationStatus::overdue:
      return round_icon(kRed, kCross);
    case CertificationStatus::due_soon:
      return round_icon(kAmber, kClock);
    case CertificationStatus::pending:
      return round_icon(kBlue, kDots);
  }
  return {};
}

wxBitmapBundle status_icon(TrainingStatus status) {
  switch (status) {
    case TrainingStatus::met:
      return round_icon(kGreen, kTick);
    case TrainingStatus::on_track:
      return round_icon(kBlue, kArrow);
    case TrainingStatus::behind:
      return round_icon(kAmber, kDown);
    case TrainingStatus::not_met:
      return round_icon(kRed, kCross);
  }
  return {};
}

wxColour status_colour(CertificationStatus status) {
  switch (status) {
    case CertificationStatus::certified:
      return wxColour(kGreen);
    case CertificationStatus::overdue:
      return wxColour(kRed);
    case CertificationStatus::due_soon:
      return wxColour(kAmber);
    case CertificationStatus::pending:
      return wxColour(kBlue);
    case CertificationStatus::exempt:
      break;
  }
  return wxColour(kGrey);
}

wxColour status_colour(TrainingStatus status) {
  switch (status) {
    case TrainingStatus::met:
      return wxColour(kGreen);
    case TrainingStatus::on_track:
      return wxColour(kBlue);
    case TrainingStatus::behind:
      return wxColour(kAmber);
    case TrainingStatus::not_met:
      return wxColour(kRed);
  }
  return wxColour(kGrey);
}

wxBitmapBundle app_icon() {
  // A blue badge with a white tick: "certified".
  static const char* svg =
      "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='64' viewBox='0 0 64 64'>"
      "<rect x='4' y='4' width='56' height='56' rx='12' fill='#1f5fa8'/>"
      "<path d='M18 33 L28 43 L47 22' fill='none' stroke='white' stroke-width='7' "
      "stroke-linecap='round' stroke-linejoin='round'/></svg>";
  return wxBitmapBundle::FromSVG(svg, wxSize(32, 32));
}

}  // namespace cwt::gui
