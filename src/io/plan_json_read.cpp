// Reading plan documents. simdjson parses (and validates UTF-8); the DOM is then walked once into
// a Plan, which check_plan() must accept. History events are read as data, not replayed:
// validate() replays them when asked. Parsing, the line and column of malformed JSON and the
// format check are shared with the course document (json_parse.hpp).

#include <limits>
#include <memory>

#include "io/json_parse.hpp"
#include "plan/checks.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/plan/edit.hpp"

namespace rorkit {
namespace plan_json_detail {
namespace {

// Collection and ChangeOp have no allowed_codes<>(); they are listed from to_code.
template <class E>
std::string codes_of(int last) {
  std::string out;
  for (int i = 1; i <= last; ++i) out += (out.empty() ? "" : ", ") + std::string(to_code(static_cast<E>(i)));
  return out;
}

template <class E>
E as_plan_code(element e, const Path& p, int last) {
  std::string_view s = as_view(e, p);
  if (auto v = parse_code<E>(s)) return *v;
  bad_code(p, s, codes_of<E>(last));
}

PlanHeader read_header(element e, const Path& path, std::string* stash) {
  static constexpr std::array<Names, 3> names{"id", "created", "citizen"};
  PlanHeader h;
  walk(e, path, names, 7u, UnknownSink{nullptr, stash}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: h.id = as_string(v, p); break;
      case 1: h.created = as_date(v, p); break;
      case 2: read_citizen(v, p, h.citizen); break;
    }
  });
  return h;
}

GoalTransition read_transition(element e, const Path& path, std::string* stash) {
  static constexpr std::array<Names, 2> names{"from", "to"};
  GoalTransition t;
  walk(e, path, names, 3u, UnknownSink{nullptr, stash}, [&](std::size_t i, element v, const Path& p) {
    (i == 0 ? t.from : t.to) = as_code<GoalLifecycle>(v, p);
  });
  return t;
}

void read_entry(Collection c, element e, const Path& p, std::string* stash, PlanPayload& out) {
  switch (c) {
    case Collection::aspirations: read_aspiration(e, p, out.emplace<Aspiration>()); break;
    case Collection::resources: read_resource(e, p, out.emplace<Resource>()); break;
    case Collection::network: read_network_member(e, p, out.emplace<NetworkMember>()); break;
    case Collection::goals: read_goal(e, p, out.emplace<Goal>()); break;
    case Collection::actions: read_action(e, p, out.emplace<Action>()); break;
    case Collection::followups: read_followup(e, p, out.emplace<FollowUp>()); break;
    case Collection::measurements: read_measurement(e, p, stash, out.emplace<Measurement>()); break;
  }
}

}  // namespace

void read_event(element e, const Path& path, PlanEvent& ev) {
  static constexpr std::array<Names, 8> names{"seq", "at", "by", "op", "why", "collection", "target_id", "payload"};
  element payload;
  bool has_payload = false;
  walk(e, path, names, 15u, UnknownSink{&ev.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: ev.seq = as_uint64(v, p); break;
      case 1: ev.at = as_timestamp(v, p); break;
      case 2: ev.by.assign(as_view(v, p)); break;
      case 3: ev.op = as_plan_code<ChangeOp>(v, p, 9); break;
      case 4: ev.why.assign(as_view(v, p)); break;
      case 5: ev.collection = as_plan_code<Collection>(v, p, 7); break;
      case 6: ev.target_id.assign(as_view(v, p)); break;
      case 7:
        payload = v;
        has_payload = true;
        break;
    }
  });
  const Path pp = path / "payload";
  const bool needs_collection = ev.op == ChangeOp::add || ev.op == ChangeOp::update || ev.op == ChangeOp::remove;
  if (needs_collection && !ev.collection)
    schema_error(path / "collection", "is required for \"" + std::string(to_code(ev.op)) + "\"");
  if (ev.op == ChangeOp::remove) {
    if (has_payload) schema_error(pp, "must be absent or null for \"remove\"");
    return;
  }
  if (!has_payload) missing_member(path, "payload");
  std::string stash;
  switch (ev.op) {
    case ChangeOp::create: ev.payload = read_header(payload, pp, &stash); break;
    case ChangeOp::snapshot: {
      auto plan = std::make_shared<Plan>();
      read_plan(payload, pp, false, *plan);
      ev.payload = PlanSnapshot{std::move(plan)};
      break;
    }
    case ChangeOp::set_citizen: read_citizen(payload, pp, ev.payload.emplace<Citizen>()); break;
    case ChangeOp::add:
    case ChangeOp::update: read_entry(*ev.collection, payload, pp, &stash, ev.payload); break;
    case ChangeOp::remove: break;
    case ChangeOp::transition: ev.payload = read_transition(payload, pp, &stash); break;
    case ChangeOp::set_section141: read_section141(payload, pp, ev.payload.emplace<Section141>()); break;
    case ChangeOp::set_followup_rule: ev.payload = read_followup_rule(payload, pp, &stash); break;
  }
  if (!stash.empty()) {
    close_stash(stash);
    ev.unknown.insert(ev.unknown.begin(), {std::string(kStashPayload), std::move(stash)});
  }
}

void read_plan(element e, const Path& path, bool history_allowed, Plan& plan) {
  static constexpr std::array<Names, 15> names{
      "id",         "created",   "citizen",   "format",        "format_version",
      "aspirations", "resources", "network",  "goals",         "actions",
      "section141", "followup_rule", "followups", "measurements", "history"};
  check_format(e, path, plan_format_name, plan_format_version);
  std::string rule_stash, measurement_stash, one;
  walk(e, path, names, 31u, UnknownSink{&plan.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: plan.id.assign(as_view(v, p)); break;
      case 1: plan.created = as_date(v, p); break;
      case 2: read_citizen(v, p, plan.citizen); break;
      case 3:
      case 4: break;  // checked by check_format
      case 5: read_list(v, p, plan.aspirations, read_aspiration); break;
      case 6: read_list(v, p, plan.resources, read_resource); break;
      case 7: read_list(v, p, plan.network, read_network_member); break;
      case 8: read_list(v, p, plan.goals, read_goal); break;
      case 9: read_list(v, p, plan.actions, read_action); break;
      case 10: read_section141(v, p, plan.section141); break;
      case 11: plan.followup_rule = read_followup_rule(v, p, &rule_stash); break;
      case 12: read_list(v, p, plan.followups, read_followup); break;
      case 13:
        read_list(v, p, plan.measurements, [&](element m, const Path& q, Measurement& out) {
          one.clear();
          read_measurement(m, q, &one, out);
          if (!one.empty()) {
            close_stash(one);
            append_stash_member(measurement_stash, out.id, one);
          }
        });
        break;
      case 14:
        if (!history_allowed) {
          if (as_array(v, p).size() != 0) schema_error(p, "a snapshot holds a plan without history");
          break;
        }
        read_list(v, p, plan.history, read_event);
        break;
    }
  });
  // Known members are written first, in table order; keep the stashes in that order in front.
  close_stash(measurement_stash);
  close_stash(rule_stash);
  if (!measurement_stash.empty())
    plan.unknown.insert(plan.unknown.begin(), {std::string(kStashMeasurements), std::move(measurement_stash)});
  if (!rule_stash.empty())
    plan.unknown.insert(plan.unknown.begin(), {std::string(kStashFollowupRule), std::move(rule_stash)});
}

namespace {

Plan parse_plan(std::string_view json, bool one_line) {
  Plan plan;
  with_root(json, one_line, [&](element root) { read_plan(root, Path{}, true, plan); });
  // simdjson has validated every byte and every escape: the texts need no second UTF-8 check.
  plan_detail::check_plan(plan, plan_detail::Texts::known_utf8);
  return plan;
}

}  // namespace
}  // namespace plan_json_detail

Plan plan_from_json(std::string_view json) { return plan_json_detail::parse_plan(json, false); }

std::vector<Plan> plans_from_jsonl(std::string_view text) {
  std::vector<Plan> plans;
  std::size_t line = 0;
  while (!text.empty()) {
    ++line;
    std::size_t end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (row.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      plans.push_back(plan_json_detail::parse_plan(row, true));
    } catch (const Error& e) {
      fail(e.status(), "line " + std::to_string(line) + ": " + e.what());
    }
  }
  return plans;
}

PlanPayload entry_from_json(Collection collection, std::string_view json) {
  using namespace plan_json_detail;
  PlanPayload entry;
  // A Measurement has no `unknown` of its own; a lone one drops the members it does not know.
  std::string ignored;
  with_root(json, false, [&](element root) { read_entry(collection, root, Path{}, &ignored, entry); });
  return entry;
}

Citizen citizen_from_json(std::string_view json) {
  using namespace plan_json_detail;
  Citizen c;
  with_root(json, false, [&](element root) { read_citizen(root, Path{}, c); });
  return c;
}

Section141 section141_from_json(std::string_view json) {
  using namespace plan_json_detail;
  Section141 s;
  with_root(json, false, [&](element root) { read_section141(root, Path{}, s); });
  return s;
}

}  // namespace rorkit
