// Reading the entries of a plan document (aspirations ... measurements) and the citizen and §141
// objects. Member names are the C++ field names; each table's first members are the required
// ones. Unknown members are kept in order (see plan_json_detail.hpp for structs without
// `unknown`).

#include <limits>

#include "io/plan_json_dom.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit::plan_json_detail {
namespace {

// A stash built while reading a child goes in front of the parent's unknown members, where a
// second reading of the written document will find it (known members are written first).
void put_stash(UnknownFields& unknown, std::string_view name, std::string&& stash) {
  if (stash.empty()) return;
  unknown.insert(unknown.begin(), {std::string(name), std::move(stash)});
}

GoalTarget read_target(element e, const Path& path, std::string* stash) {
  static constexpr std::array<Names, 7> names{"kind", "value", "low", "high", "code", "change", "measure"};
  GoalTarget t;
  walk(e, path, names, first(1), UnknownSink{nullptr, stash}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: t.kind = as_code<TargetKind>(v, p); break;
      case 1: t.value = as_number(v, p); break;
      case 2: t.low = as_number(v, p); break;
      case 3: t.high = as_number(v, p); break;
      case 4: assign(t.code, v, p); break;
      case 5: t.change = as_code<ChangeType>(v, p); break;
      case 6: assign(t.measure, v, p); break;
    }
  });
  return t;
}

Party read_party(element e, const Path& path, std::string* stash) {
  static constexpr std::array<Names, 3> names{"kind", "name", "network_member_id"};
  Party party;
  walk(e, path, names, first(1), UnknownSink{nullptr, stash}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: party.kind = as_code<PartyKind>(v, p); break;
      case 1: assign(party.name, v, p); break;
      case 2: assign(party.network_member_id, v, p); break;
    }
  });
  return party;
}

void read_assessment(element e, const Path& path, std::string* stash, GoalAssessment& a) {
  static constexpr std::array<Names, 4> names{"goal_id", "value", "code", "note"};
  std::string own;
  walk(e, path, names, first(1), UnknownSink{nullptr, &own}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(a.goal_id, v, p); break;
      case 1: a.value = as_number(v, p); break;
      case 2: assign(a.code, v, p); break;
      case 3: assign(a.note, v, p); break;
    }
  });
  if (!own.empty()) {
    close_stash(own);
    append_stash_member(*stash, a.goal_id, own);
  }
}

}  // namespace

void read_citizen(element e, const Path& path, Citizen& c) {
  static constexpr std::array<Names, 4> names{"id", "municipality", "birth_date", "cpr"};
  walk(e, path, names, first(2), UnknownSink{&c.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(c.id, v, p); break;
      case 1: c.municipality = as_int32(v, p); break;
      case 2: c.birth_date = as_date(v, p); break;
      case 3: {
        std::string_view text = as_view(v, p);
        try {
          c.cpr = Cpr::parse(text);
        } catch (const Error& err) {
          fail_at(err.status(), p, "invalid (value not shown)");  // never echo a CPR number
        }
        break;
      }
    }
  });
}

void read_aspiration(element e, const Path& path, Aspiration& a) {
  static constexpr std::array<Names, 6> names{"id", "kind", "text", "recorded_on", "recorded_by", "themes"};
  walk(e, path, names, first(4), UnknownSink{&a.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(a.id, v, p); break;
      case 1: a.kind = as_code<AspirationKind>(v, p); break;
      case 2: assign(a.text, v, p); break;
      case 3: a.recorded_on = as_date(v, p); break;
      case 4: assign(a.recorded_by, v, p); break;
      case 5: {
        array themes = as_array(v, p);
        a.themes.reserve(themes.size());
        std::size_t k = 0;
        for (element t : themes) a.themes.push_back(as_code<FfbTheme>(t, p[k++]));
        break;
      }
    }
  });
}

void read_resource(element e, const Path& path, Resource& r) {
  static constexpr std::array<Names, 3> names{"id", "kind", "text"};
  walk(e, path, names, first(3), UnknownSink{&r.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(r.id, v, p); break;
      case 1: r.kind = as_code<ResourceKind>(v, p); break;
      case 2: assign(r.text, v, p); break;
    }
  });
}

void read_network_member(element e, const Path& path, NetworkMember& m) {
  static constexpr std::array<Names, 5> names{"id", "name", "role", "relation", "involved"};
  walk(e, path, names, first(3), UnknownSink{&m.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(m.id, v, p); break;
      case 1: assign(m.name, v, p); break;
      case 2: m.role = as_code<NetworkRole>(v, p); break;
      case 3: assign(m.relation, v, p); break;
      case 4: m.involved = as_bool(v, p); break;
    }
  });
}

void read_goal(element e, const Path& path, Goal& g) {
  static constexpr std::array<Names, 13> names{
      "id",     "text",  "lifecycle", "parent_id",   "citizens_words", "aspiration_ids",
      "no_aspiration_reason", "theme", "target", "start", "due", "achievement",
      "followup_interval_months"};
  std::string stash;
  // A new goal may leave out its lifecycle: it starts as "proposed".
  walk(e, path, names, first(2), UnknownSink{&g.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(g.id, v, p); break;
      case 1: assign(g.text, v, p); break;
      case 2: g.lifecycle = as_code<GoalLifecycle>(v, p); break;
      case 3: assign(g.parent_id, v, p); break;
      case 4: g.citizens_words = as_bool(v, p); break;
      case 5: g.aspiration_ids = as_strings(v, p); break;
      case 6: assign(g.no_aspiration_reason, v, p); break;
      case 7: g.theme = as_code<FfbTheme>(v, p); break;
      case 8: g.target = read_target(v, p, &stash); break;
      case 9: g.start = as_date(v, p); break;
      case 10: g.due = as_date(v, p); break;
      case 11: g.achievement = as_code<GoalAchievement>(v, p); break;
      case 12: g.followup_interval_months = as_int32(v, p); break;
    }
  });
  close_stash(stash);
  put_stash(g.unknown, kStashTarget, std::move(stash));
}

void read_action(element e, const Path& path, Action& a) {
  static constexpr std::array<Names, 10> names{"id",     "text",   "responsible",      "legal_basis",
                                               "status", "goal_ids", "legal_basis_text", "start",
                                               "end",    "resource_ids"};
  std::string stash;
  // Without "responsible" the citizen is responsible; without "status" the action is planned.
  constexpr std::uint32_t required = 1u << 0 | 1u << 1 | 1u << 3 | 1u << 5;  // id text legal_basis goal_ids
  walk(e, path, names, required, UnknownSink{&a.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(a.id, v, p); break;
      case 1: assign(a.text, v, p); break;
      case 2: a.responsible = read_party(v, p, &stash); break;
      case 3: a.legal_basis = as_code<LegalBasis>(v, p); break;
      case 4: a.status = as_code<ActionStatus>(v, p); break;
      case 5: a.goal_ids = as_strings(v, p); break;
      case 6: assign(a.legal_basis_text, v, p); break;
      case 7: a.start = as_date(v, p); break;
      case 8: a.end = as_date(v, p); break;
      case 9: a.resource_ids = as_strings(v, p); break;
    }
  });
  close_stash(stash);
  put_stash(a.unknown, kStashResponsible, std::move(stash));
}

void read_followup(element e, const Path& path, FollowUp& f) {
  static constexpr std::array<Names, 7> names{"id", "date", "result", "notes", "citizen_view", "by", "assessments"};
  std::string stash;
  walk(e, path, names, first(3), UnknownSink{&f.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(f.id, v, p); break;
      case 1: f.date = as_date(v, p); break;
      case 2: f.result = as_code<FollowUpResult>(v, p); break;
      case 3: assign(f.notes, v, p); break;
      case 4: assign(f.citizen_view, v, p); break;
      case 5: assign(f.by, v, p); break;
      case 6: {
        array list = as_array(v, p);
        f.assessments.reserve(list.size());
        std::size_t k = 0;
        for (element a : list) {
          f.assessments.emplace_back();
          read_assessment(a, p[k++], &stash, f.assessments.back());
        }
        break;
      }
    }
  });
  close_stash(stash);
  put_stash(f.unknown, kStashAssessments, std::move(stash));
}

void read_measurement(element e, const Path& path, std::string* stash, Measurement& m) {
  static constexpr std::array<Names, 6> names{"id", "instrument", "date", "items", "recorded_by", "areas"};
  walk(e, path, names, first(4), UnknownSink{nullptr, stash}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(m.id, v, p); break;
      case 1: {
        std::string_view code = as_view(v, p);
        bool found = false;
        for (const auto& info : instruments())
          if (info.code == code) {
            m.instrument = info.id;
            found = true;
            break;
          }
        if (!found) {
          std::string allowed;
          for (const auto& info : instruments())
            allowed += (allowed.empty() ? "" : ", ") + std::string(info.code);
          bad_code(p, code, allowed);
        }
        break;
      }
      case 2: m.date = as_date(v, p); break;
      case 3: {
        array items = as_array(v, p);
        m.items.reserve(items.size());
        std::size_t k = 0;
        for (element item : items) {
          if (item.is_null())
            m.items.emplace_back(std::nullopt);
          else
            m.items.emplace_back(as_number(item, p[k]));
          ++k;
        }
        break;
      }
      case 4: assign(m.recorded_by, v, p); break;
      case 5: m.areas = as_strings(v, p); break;
    }
  });
}

void read_section141(element e, const Path& path, Section141& s) {
  static constexpr std::array<Names, 5> names{"purpose", "needed_intervention", "expected_duration",
                                              "special", "created_with_citizen"};
  static constexpr std::array<Names, 5> special_names{"housing", "employment", "personal_help",
                                                      "treatment", "aids"};
  std::string stash;
  walk(e, path, names, 0, UnknownSink{&s.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign(s.purpose, v, p); break;
      case 1: assign(s.needed_intervention, v, p); break;
      case 2: assign(s.expected_duration, v, p); break;
      case 3:
        walk(v, p, special_names, 0, UnknownSink{nullptr, &stash}, [&](std::size_t j, element w, const Path& q) {
          std::string* field[] = {&s.special.housing, &s.special.employment,
                                  &s.special.personal_help, &s.special.treatment, &s.special.aids};
          assign(*field[j], w, q);
        });
        break;
      case 4: s.created_with_citizen = as_bool(v, p); break;
    }
  });
  close_stash(stash);
  put_stash(s.unknown, kStashSpecial, std::move(stash));
}

FollowUpRule read_followup_rule(element e, const Path& path, std::string* stash) {
  static constexpr std::array<Names, 1> names{"interval_months"};
  FollowUpRule r;
  walk(e, path, names, first(1), UnknownSink{nullptr, stash}, [&](std::size_t, element v, const Path& p) {
    r.interval_months = as_int32(v, p);
  });
  return r;
}

}  // namespace rorkit::plan_json_detail
