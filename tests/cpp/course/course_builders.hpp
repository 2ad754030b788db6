#pragma once
// Test helpers for the course: a valid sample organisation and registration (Randers, 730) that
// meet every composition rule and registration criterion, with no warnings either. Tests break
// one rule at a time on a copy. Shared by the course tests (registration, organisation, status,
// scheduling) - keep the ids and the shape stable; add, do not change.
//
//   people (organisation.people, in this order)
//     0 dir-1      director   strategic  Direktør for Social og Sundhed
//     1 chef-1     director   strategic  Socialchef (chief level; the model has one role for both)
//     2 pol-1      politician other      Formand for Socialudvalget (gives the mandate)
//     3 koord-1    staff      strategic  Koordinator (the course coordinator)
//     4 led-myn-1  leader     myndighed  Leder af Myndighed
//     5 led-til-1  leader     tilbud     Leder af Bostøtten
//     6 med-myn-1  staff      myndighed  Sagsbehandler
//     7 med-myn-2  staff      myndighed  Sagsbehandler
//     8 med-til-1  staff      tilbud     Bostøttemedarbejder
//     9 med-til-2  staff      tilbud     Medarbejder på Værestedet
//    10 borger-1   citizen    other
//    11 borger-2   citizen    other
//    12 borger-3   citizen    other
//    13 partner-1  partner    other      Civilsamfundet (frivillig forening)
//   groups (organisation.groups, in this order)
//     0 styregruppe          steering, political_mandate      dir-1 chef-1 koord-1
//     1 implementeringsgruppe implementation                  borger-1 borger-2 led-myn-1
//                                                             led-til-1 med-myn-1 med-til-1
//                                                             partner-1 koord-1
//     2 lokal-bostoette      local, area tilbud "Bostøtten"  borger-2 borger-3 led-til-1
//                                                             med-til-1 med-til-2
//     3 lokal-myndighed      local, area myndighed           borger-1 led-myn-1 med-myn-1
//                                                             med-myn-2

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/course/model.hpp"

namespace rorkit::test {

inline Person person(std::string id, std::string name, MemberRole role, OrgArea area,
                     std::string title = {}) {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.role = role;
  p.area = area;
  p.title = std::move(title);
  return p;
}

inline Group group(std::string id, GroupKind kind, std::string name,
                   std::vector<std::string> member_ids, OrgArea area = OrgArea::other) {
  Group g;
  g.id = std::move(id);
  g.kind = kind;
  g.name = std::move(name);
  g.area = area;
  g.member_ids = std::move(member_ids);
  g.political_mandate = kind == GroupKind::steering;
  return g;
}

inline Organisation sample_organisation() {
  using R = MemberRole;
  using A = OrgArea;
  Organisation org;
  org.people = {
      person("dir-1", "Anne Direktør", R::director, A::strategic, "Direktør for Social og Sundhed"),
      person("chef-1", "Bo Chef", R::director, A::strategic, "Socialchef"),
      person("pol-1", "Carl Politiker", R::politician, A::other, "Formand for Socialudvalget"),
      person("koord-1", "Dorte Koordinator", R::staff, A::strategic, "Udviklingskonsulent"),
      person("led-myn-1", "Erik Leder", R::leader, A::myndighed, "Leder af Myndighed"),
      person("led-til-1", "Frida Leder", R::leader, A::tilbud, "Leder af Bostøtten"),
      person("med-myn-1", "Gitte Sagsbehandler", R::staff, A::myndighed, "Sagsbehandler"),
      person("med-myn-2", "Hans Sagsbehandler", R::staff, A::myndighed, "Sagsbehandler"),
      person("med-til-1", "Ida Bostøtte", R::staff, A::tilbud, "Bostøttemedarbejder"),
      person("med-til-2", "Jens Værested", R::staff, A::tilbud, "Medarbejder på Værestedet"),
      person("borger-1", "Karen", R::citizen, A::other),
      person("borger-2", "Lars", R::citizen, A::other),
      person("borger-3", "Mette", R::citizen, A::other),
      person("partner-1", "Niels Frivillig", R::partner, A::other, "Frivillig forening"),
  };
  org.groups = {
      group("styregruppe", GroupKind::steering, "Styregruppen", {"dir-1", "chef-1", "koord-1"},
            OrgArea::strategic),
      group("implementeringsgruppe", GroupKind::implementation, "Implementeringsgruppen",
            {"borger-1", "borger-2", "led-myn-1", "led-til-1", "med-myn-1", "med-til-1",
             "partner-1", "koord-1"}),
      group("lokal-bostoette", GroupKind::local_implementation, "Bostøtten",
            {"borger-2", "borger-3", "led-til-1", "med-til-1", "med-til-2"}, OrgArea::tilbud),
      group("lokal-myndighed", GroupKind::local_implementation, "Myndighed",
            {"borger-1", "led-myn-1", "med-myn-1", "med-myn-2"}, OrgArea::myndighed),
  };
  org.coordinator_id = "koord-1";
  org.agency_contact = "Kontaktperson, Social- og Boligstyrelsen";
  return org;
}

/// Meets all three criteria: whole social psychiatry, approved by dir-1, a registration meeting
/// on 2026-05-12 with chef-1 (chief level) and the coordinator.
inline Registration sample_registration() {
  Registration r;
  r.covers_strategic = r.covers_myndighed = r.covers_tilbud = true;
  r.approved_by = "dir-1";
  r.approved_on = Date{2026, 5, 20};
  r.meeting_date = Date{2026, 5, 12};
  r.meeting_participants = {"chef-1", "koord-1"};
  return r;
}

/// A registered course in Randers (730) asking to start 2026-08-10; no phases, meetings or
/// activities yet.
inline Course sample_course() {
  Course c;
  c.id = "randers-2026";
  c.municipality = 730;
  c.requested_start = Date{2026, 8, 10};
  c.registration = sample_registration();
  c.organisation = sample_organisation();
  return c;
}

/// The index of a group or person by id (for JSON paths); -1 when absent.
inline std::int64_t group_index(const Course& c, const std::string& id) {
  for (std::size_t i = 0; i < c.organisation.groups.size(); ++i)
    if (c.organisation.groups[i].id == id) return static_cast<std::int64_t>(i);
  return -1;
}

inline Group& group_ref(Course& c, const std::string& id) {
  return c.organisation.groups.at(static_cast<std::size_t>(group_index(c, id)));
}

inline std::int64_t person_index(const Course& c, const std::string& id) {
  for (std::size_t i = 0; i < c.organisation.people.size(); ++i)
    if (c.organisation.people[i].id == id) return static_cast<std::int64_t>(i);
  return -1;
}

/// A phase laid on a window given by hand (working_days left 0: tests that need it fill it in).
inline PhaseSchedule phase_on(CoursePhase phase, std::int32_t year, Season season,
                              const Date& first, const Date& last) {
  PhaseSchedule p;
  p.phase = phase;
  p.window.year = year;
  p.window.season = season;
  p.window.dates = DateRange{first, last};
  return p;
}

}  // namespace rorkit::test
