#pragma once
// The rules an entry must meet before it enters a plan, and what refers to an entry. Private to
// src/plan; edit.cpp calls them before changing anything.

#include <string>

#include "rorkit/plan/plan.hpp"

namespace rorkit::plan_detail {

/// "goal \"g1\"" etc., for messages.
std::string label(Collection c, std::string_view id);

void check_id(Collection c, std::string_view id);
void check_citizen(const Citizen& c);
void check_entry(const Plan& plan, const Aspiration& a);
void check_entry(const Plan& plan, const Resource& r);
void check_entry(const Plan& plan, const NetworkMember& m);
void check_entry(const Plan& plan, const Goal& g);
void check_entry(const Plan& plan, const Action& a);
void check_entry(const Plan& plan, const FollowUp& f);
void check_entry(const Plan& plan, const Measurement& m);
void check_section141(const Section141& s);
void check_followup_rule(const FollowUpRule& r);

/// What in the plan refers to the entry, as a sentence fragment ("actions a1, a2"); empty when
/// nothing does.
std::string referrers(const Plan& plan, Collection c, std::string_view id);

}  // namespace rorkit::plan_detail
