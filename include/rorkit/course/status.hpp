#pragma once
// The course on any date, as data and as text, and the course's five purposes with the key
// figures that measure them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/course/model.hpp"
#include "rorkit/course/temperature.hpp"

namespace rorkit {

struct CourseStatus {
  Date on;
  /// The phase whose window contains `on`; tilmelding before Fase 1, empty after Fase 3 or in a
  /// break between phases (see between_phases).
  std::optional<CoursePhase> phase;
  bool between_phases = false;
  bool finished = false;
  std::int32_t meetings_held = 0;
  std::int32_t meetings_planned = 0;   ///< not held, on or after `on`
  std::int32_t meetings_missed = 0;    ///< not held, before `on`
  std::int32_t activities_done = 0;
  std::int32_t activities_due = 0;     ///< open, due within 30 days of `on`
  std::vector<std::string> activities_overdue;  ///< ids of the open activities past due
  std::int32_t trials_planned = 0, trials_running = 0, trials_evaluated = 0;
  std::vector<TemperatureChange> temperature;  ///< when both surveys exist
};

CourseStatus course_status(const Course& course, const Date& on);

/// A short Danish status report (a few lines), as a coordinator would send it.
std::string status_text(const Course& course, const CourseStatus& status);

/// The five purposes of the course (seed B) and the key figures (ids of the key-figure
/// catalogue, "kf01".."kf20") that measure each.
enum class CoursePurpose : std::int32_t {
  wellbeing = 1,            ///< bedre trivsel, sundhed og mestring
  communities = 2,          ///< flere aktive i lokale almene fællesskaber
  satisfaction = 3,         ///< større tilfredshed hos borgere, pårørende og netværk
  less_intrusive = 4,       ///< flere med mindre behov for indgribende indsatser
  education_employment = 5, ///< flere i uddannelse og beskæftigelse
};

struct PurposeInfo {
  CoursePurpose purpose = CoursePurpose::wellbeing;
  std::string_view code;
  std::string_view name_da;
  std::vector<std::string_view> key_figures;
};

const std::vector<PurposeInfo>& course_purposes();

}  // namespace rorkit
