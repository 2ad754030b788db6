#pragma once
// Text codes of the course's enums, for JSON, the C ABI and Python ("forberede", "steering",
// "local-implementation", "myndighed", "joint-start", "prerequisites-overview", "in-progress",
// "evaluated", "adapt", "strategic-leader", "baseline"). Same pattern as plan/codes.hpp.

#include <optional>
#include <string_view>

#include "rorkit/course/model.hpp"
#include "rorkit/plan/codes.hpp"

namespace rorkit {

std::string_view to_code(CoursePhase v) noexcept;
std::string_view to_code(GroupKind v) noexcept;
std::string_view to_code(MemberRole v) noexcept;
std::string_view to_code(OrgArea v) noexcept;
std::string_view to_code(MeetingKind v) noexcept;
std::string_view to_code(ActivityKind v) noexcept;
std::string_view to_code(ActivityStatus v) noexcept;
std::string_view to_code(TrialState v) noexcept;
std::string_view to_code(TrialDecision v) noexcept;
std::string_view to_code(RespondentRole v) noexcept;
std::string_view to_code(SurveyKind v) noexcept;

/// "Fase 1 Forberede" etc.; "Fase 0 Tilmelding".
std::string_view danish_name(CoursePhase v) noexcept;
/// "Styregruppe", "Implementeringsgruppe", "Lokal implementeringsgruppe".
std::string_view danish_name(GroupKind v) noexcept;
/// "Overblik over organisatoriske forudsætninger" ...
std::string_view danish_name(ActivityKind v) noexcept;

template <> std::optional<CoursePhase> parse_code(std::string_view) noexcept;
template <> std::optional<GroupKind> parse_code(std::string_view) noexcept;
template <> std::optional<MemberRole> parse_code(std::string_view) noexcept;
template <> std::optional<OrgArea> parse_code(std::string_view) noexcept;
template <> std::optional<MeetingKind> parse_code(std::string_view) noexcept;
template <> std::optional<ActivityKind> parse_code(std::string_view) noexcept;
template <> std::optional<ActivityStatus> parse_code(std::string_view) noexcept;
template <> std::optional<TrialState> parse_code(std::string_view) noexcept;
template <> std::optional<TrialDecision> parse_code(std::string_view) noexcept;
template <> std::optional<RespondentRole> parse_code(std::string_view) noexcept;
template <> std::optional<SurveyKind> parse_code(std::string_view) noexcept;

template <> std::string_view allowed_codes<CoursePhase>() noexcept;
template <> std::string_view allowed_codes<GroupKind>() noexcept;
template <> std::string_view allowed_codes<MemberRole>() noexcept;
template <> std::string_view allowed_codes<OrgArea>() noexcept;
template <> std::string_view allowed_codes<MeetingKind>() noexcept;
template <> std::string_view allowed_codes<ActivityKind>() noexcept;
template <> std::string_view allowed_codes<ActivityStatus>() noexcept;
template <> std::string_view allowed_codes<TrialState>() noexcept;
template <> std::string_view allowed_codes<TrialDecision>() noexcept;
template <> std::string_view allowed_codes<RespondentRole>() noexcept;
template <> std::string_view allowed_codes<SurveyKind>() noexcept;

}  // namespace rorkit
