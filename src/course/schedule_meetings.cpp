// The meetings of the course's groups on the working days of each phase window (seed B: three
// meetings per group and phase; Fase 1 opens with a joint start meeting of the steering and
// implementation groups, Fase 2 with a joint kick-off including the local groups).
//
// Placement (docs/course.md, "Meetings"): a window's usable days (working days outside every
// school break) are cut into k equal slices and meeting i aims at the middle of slice i, i.e.
// the usable day at index floor((2i + 1) * n / 2k) of n; with a preferred weekday it takes the
// nearest such day in calendar days, the earlier one on a tie. Every group of a phase shares
// these slots, so a joint meeting is simply slot 1 for all of its groups. Successive slots are
// at least min_spacing_working_days usable days apart: a slot that would come too close moves
// later, and one that would leave too little room for the rest moves earlier.

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/course/schedule.hpp"
#include "schedule_detail.hpp"

namespace rorkit {

using schedule_detail::break_containing;
using schedule_detail::describe_window;
using schedule_detail::municipality_key;
using schedule_detail::phase_label;
using schedule_detail::phase_prefix;
using schedule_detail::usable_days;

namespace {

constexpr std::int32_t max_meetings_per_group = 100;
constexpr std::int32_t max_spacing = 1000;
constexpr std::int32_t last_minute_of_day = 24 * 60 - 1;

const char* weekday_plural(std::int32_t iso) {
  static const char* const names[] = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays",
                                      "Fridays", "Saturdays", "Sundays"};
  return iso >= 1 && iso <= 7 ? names[iso - 1] : "?";
}

const char* weekday_name(std::int32_t iso) {
  static const char* const names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                      "Friday", "Saturday", "Sunday"};
  return iso >= 1 && iso <= 7 ? names[iso - 1] : "?";
}

void check_options(const MeetingOptions& o) {
  auto range = [](const char* what, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi)
      fail(RORKIT_ERROR_OUT_OF_RANGE, std::string("meeting options: ") + what + " is " +
                                          std::to_string(v) + ", expected " + std::to_string(lo) +
                                          "-" + std::to_string(hi));
  };
  range("meetings_per_group", o.meetings_per_group, 1, max_meetings_per_group);
  range("min_spacing_working_days", o.min_spacing_working_days, 1, max_spacing);
  if (o.preferred_weekday) range("preferred_weekday", *o.preferred_weekday, 1, 5);
  range("start_minute", o.start_minute, 0, last_minute_of_day);
  range("duration_minutes", o.duration_minutes, 1, last_minute_of_day - o.start_minute);
}

// The slot indices into `days` (see the file comment), or empty when k of them do not fit.
std::vector<std::size_t> place_slots(const std::vector<Date>& days, std::int32_t k,
                                     std::int32_t spacing, std::optional<std::int32_t> weekday) {
  std::vector<std::size_t> cand;
  for (std::size_t i = 0; i < days.size(); ++i)
    if (!weekday || iso_weekday(days[i]) == *weekday) cand.push_back(i);
  const auto n_slots = static_cast<std::size_t>(k);
  const auto gap = static_cast<std::size_t>(spacing);
  if (cand.empty()) return {};

  // Earliest feasible position of each slot; its existence for the last slot is the whole
  // feasibility test.
  std::size_t earliest = cand.front();
  for (std::size_t i = 1; i < n_slots; ++i) {
    std::size_t c = 0;
    while (c < cand.size() && cand[c] < earliest + gap) ++c;
    if (c == cand.size()) return {};
    earliest = cand[c];
  }
  // Latest feasible position of each slot, from the back.
  std::vector<std::size_t> latest(n_slots);
  latest[n_slots - 1] = cand.back();
  for (std::size_t i = n_slots - 1; i > 0; --i) {
    std::size_t c = cand.size();
    while (c > 1 && cand[c - 1] + gap > latest[i]) --c;  // feasible: some candidate fits
    latest[i - 1] = cand[c - 1];
  }

  const std::size_t n = days.size();
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n_slots; ++i) {
    const Date target = days[(2 * i + 1) * n / (2 * n_slots)];
    const std::size_t lo = out.empty() ? 0 : out.back() + gap;
    std::optional<std::size_t> best;
    std::int64_t best_distance = 0;
    for (std::size_t c : cand) {
      if (c < lo || c > latest[i]) continue;
      const std::int64_t d = std::llabs(days_between(target, days[c]));
      if (!best || d < best_distance) {  // strict: the earlier day wins a tie
        best = c;
        best_distance = d;
      }
    }
    out.push_back(*best);  // [lo, latest[i]] always holds latest[i]
  }
  return out;
}

[[noreturn]] void too_short(const PhaseSchedule& p, const std::vector<Date>& days,
                            const MeetingOptions& o) {
  const std::int64_t need =
      static_cast<std::int64_t>(o.meetings_per_group - 1) * o.min_spacing_working_days + 1;
  std::string msg = phase_label(p.phase) + ": the phase window " + describe_window(p.window) +
                    " has " + std::to_string(days.size()) + " working days; " +
                    std::to_string(o.meetings_per_group) +
                    " meetings per group at least " + std::to_string(o.min_spacing_working_days) +
                    " working days apart need " + std::to_string(need) + " working days";
  if (o.preferred_weekday && static_cast<std::int64_t>(days.size()) >= need)
    msg += ", and on " + std::string(weekday_plural(*o.preferred_weekday)) +
           " only they do not fit either";
  fail(RORKIT_ERROR_WINDOW_TOO_SHORT, msg);
}

Meeting make_meeting(std::string id, MeetingKind kind, CoursePhase phase,
                     std::vector<std::string> group_ids, std::int32_t number, const Date& date,
                     const MeetingOptions& o) {
  Meeting m;
  m.id = std::move(id);
  m.kind = kind;
  m.phase = phase;
  m.group_ids = std::move(group_ids);
  m.number = number;
  m.date = date;
  m.start_minute = o.start_minute;
  m.end_minute = o.start_minute + o.duration_minutes;
  m.location = o.location;
  return m;
}

bool is_known_kind(GroupKind k) {
  return k == GroupKind::steering || k == GroupKind::implementation ||
         k == GroupKind::local_implementation;
}

}  // namespace

std::vector<Meeting> schedule_meetings(const Course& course, const Calendar& calendar,
                                       const MeetingOptions& options) {
  check_options(options);
  const auto& groups = course.organisation.groups;
  for (const Group& g : groups)
    if (!is_known_kind(g.kind))
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "group " + g.id + ": unknown kind " + std::to_string(static_cast<std::int32_t>(g.kind)));
  const std::string muni = municipality_key(course.municipality);

  std::vector<Meeting> out;
  for (std::size_t pi = 0; pi < course.phases.size(); ++pi) {
    const PhaseSchedule& p = course.phases[pi];
    if (p.phase != CoursePhase::forberede && p.phase != CoursePhase::udvikle &&
        p.phase != CoursePhase::forankre)
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "phases[" + std::to_string(pi) + "]: only Fase 1-3 have meetings, not phase " +
               std::to_string(static_cast<std::int32_t>(p.phase)));
    for (std::size_t pj = 0; pj < pi; ++pj)
      if (course.phases[pj].phase == p.phase)
        fail(RORKIT_ERROR_DUPLICATE, "phases[" + std::to_string(pi) + "]: " + phase_label(p.phase) +
                                         " is laid out twice (also phases[" + std::to_string(pj) +
                                         "])");
    if (p.window.dates.last < p.window.dates.first)
      fail(RORKIT_ERROR_DATE_ORDER, phase_label(p.phase) + ": the phase window " +
                                        describe_window(p.window) + " ends before it starts");

    const std::vector<Date> days = usable_days(calendar, muni, p.window.dates);
    const std::vector<std::size_t> slots = place_slots(
        days, options.meetings_per_group, options.min_spacing_working_days,
        options.preferred_weekday);
    if (slots.empty()) too_short(p, days, options);

    // Which groups open the phase together (seed B).
    std::vector<std::string> joint;
    MeetingKind joint_kind = MeetingKind::joint_start;
    std::string joint_id;
    for (const Group& g : groups) {
      if (p.phase == CoursePhase::forberede && g.kind != GroupKind::local_implementation)
        joint.push_back(g.id);
      if (p.phase == CoursePhase::udvikle) joint.push_back(g.id);
    }
    if (p.phase == CoursePhase::forberede) joint_id = phase_prefix(p.phase) + "joint-start";
    if (p.phase == CoursePhase::udvikle) {
      joint_kind = MeetingKind::joint_kickoff;
      joint_id = phase_prefix(p.phase) + "joint-kickoff";
    }
    auto in_joint = [&](const std::string& id) {
      for (const std::string& j : joint)
        if (j == id) return true;
      return false;
    };

    for (std::size_t s = 0; s < slots.size(); ++s) {
      const Date& date = days[slots[s]];
      const auto number = static_cast<std::int32_t>(s + 1);
      if (s == 0 && !joint.empty())
        out.push_back(make_meeting(joint_id, joint_kind, p.phase, joint, 1, date, options));
      for (const Group& g : groups) {
        if (s == 0 && in_joint(g.id)) continue;
        out.push_back(make_meeting(phase_prefix(p.phase) + g.id + "-" + std::to_string(number),
                                   MeetingKind::group, p.phase, {g.id}, number, date, options));
      }
    }
  }
  return out;
}

void check_meeting(const Course& course, const Calendar& calendar, const Meeting& meeting) {
  const std::string what = "meeting " + meeting.id;
  require_valid(meeting.date, what + ": date");
  const std::string muni = municipality_key(course.municipality);

  if (!calendar.is_working_day(meeting.date)) {
    const std::int32_t wd = iso_weekday(meeting.date);
    std::string why;
    if (auto h = holiday_on(meeting.date)) {
      why = std::string(h->name_da);
      if (wd > 5) why += std::string(", a ") + weekday_name(wd);
    } else {
      why = std::string("a ") + weekday_name(wd);
    }
    fail(RORKIT_ERROR_NOT_A_WORKING_DAY,
         what + ": " + meeting.date.iso() + " is not a working day (" + why + ")");
  }

  const PhaseSchedule* phase = nullptr;
  for (const PhaseSchedule& p : course.phases)
    if (p.phase == meeting.phase) phase = &p;
  if (!phase)
    fail(RORKIT_ERROR_OUT_OF_RANGE, what + ": the course has no phase window for " +
                                        phase_label(meeting.phase) + " (plan the phases first)");
  if (!phase->window.dates.contains(meeting.date)) {
    std::string msg = what + ": " + meeting.date.iso() + " is outside the " +
                      phase_label(meeting.phase) + " phase window " +
                      describe_window(phase->window);
    if (auto b = break_containing(calendar, muni, meeting.date))
      msg += "; it is in the " + std::string(to_string(b->kind)) + " break " +
             std::to_string(b->year) + " (" + b->dates.first.iso() + ".." + b->dates.last.iso() +
             ")";
    fail(RORKIT_ERROR_OUT_OF_RANGE, msg);
  }
  // A window kept from an older calendar can overlap a break moved since.
  if (auto b = break_containing(calendar, muni, meeting.date))
    fail(RORKIT_ERROR_OUT_OF_RANGE, what + ": " + meeting.date.iso() + " is in the " +
                                        std::string(to_string(b->kind)) + " break " +
                                        std::to_string(b->year) + " (" + b->dates.first.iso() +
                                        ".." + b->dates.last.iso() + ")");

  if (meeting.number < 1)
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         what + ": number is " + std::to_string(meeting.number) + ", expected 1 or more");
  // Seed B: the joint start meeting opens Fase 1, the joint kick-off Fase 2.
  if ((meeting.kind == MeetingKind::joint_start && meeting.phase != CoursePhase::forberede) ||
      (meeting.kind == MeetingKind::joint_kickoff && meeting.phase != CoursePhase::udvikle)) {
    const bool start = meeting.kind == MeetingKind::joint_start;
    fail(RORKIT_ERROR_VALIDATION,
         what + ": a " + (start ? "joint start meeting" : "joint kick-off") + " belongs to " +
             phase_label(start ? CoursePhase::forberede : CoursePhase::udvikle) + ", not " +
             phase_label(meeting.phase));
  }

  if (meeting.group_ids.empty())
    fail(RORKIT_ERROR_DANGLING_REFERENCE, what + ": it names no group");
  for (const std::string& id : meeting.group_ids)
    if (!course.find_group(id))
      fail(RORKIT_ERROR_DANGLING_REFERENCE, what + ": group " + id + " does not exist");

  if (meeting.start_minute.has_value() != meeting.end_minute.has_value())
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         what + ": give both start_minute and end_minute, or neither (an all-day meeting)");
  if (meeting.start_minute) {
    for (const auto& [name, v] : {std::pair{"start_minute", *meeting.start_minute},
                                  std::pair{"end_minute", *meeting.end_minute}})
      if (v < 0 || v > last_minute_of_day)
        fail(RORKIT_ERROR_OUT_OF_RANGE, what + ": " + name + " is " + std::to_string(v) +
                                            ", expected 0-" + std::to_string(last_minute_of_day));
    if (*meeting.end_minute <= *meeting.start_minute)
      fail(RORKIT_ERROR_DATE_ORDER, what + ": it ends (minute " +
                                        std::to_string(*meeting.end_minute) +
                                        ") before it starts (minute " +
                                        std::to_string(*meeting.start_minute) + ")");
  }
}

}  // namespace rorkit
