#pragma once
// The rules an entry must meet before it enters a plan, and what refers to an entry. Private to
// the library; edit.cpp calls them before changing anything, the plan reader after reading.

#include <string>

#include "rorkit/plan/plan.hpp"

namespace rorkit::plan_detail {

/// "goal \"g1\"" etc., for messages.
std::string label(Collection c, std::string_view id);

/// Whether texts still need their UTF-8 checked: a plan just read by simdjson, which validates
/// the whole document and refuses escapes that would decode to invalid UTF-8 (lone surrogates;
/// tests/cpp/io/test_plan_json_utf8.cpp holds it to that), need not check its texts again.
enum class Texts { check_utf8, known_utf8 };

void check_id(Collection c, std::string_view id);
void check_citizen(const Citizen& c);
void check_entry(const Plan& plan, const Aspiration& a, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const Resource& r, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const NetworkMember& m, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const Goal& g, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const Action& a, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const FollowUp& f, Texts texts = Texts::check_utf8);
void check_entry(const Plan& plan, const Measurement& m, Texts texts = Texts::check_utf8);
void check_section141(const Section141& s, Texts texts = Texts::check_utf8);
/// check_plan() (edit.hpp) with the choice of Texts.
void check_plan(const Plan& plan, Texts texts);
void check_followup_rule(const FollowUpRule& r);

/// What in the plan refers to the entry, as a sentence fragment ("actions a1, a2"); empty when
/// nothing does.
std::string referrers(const Plan& plan, Collection c, std::string_view id);

}  // namespace rorkit::plan_detail
