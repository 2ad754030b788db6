// The few members of the course model that are not inline.

#include "rorkit/course/model.hpp"

#include <algorithm>

namespace rorkit {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) noexcept {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

bool same_tally(const PrincipleTally& a, const PrincipleTally& b) noexcept {
  return a.principle == b.principle && a.yes == b.yes && a.partly == b.partly && a.no == b.no;
}

}  // namespace

// With duplicate ids (which validate_organisation reports) the first one wins.
const Person* Course::find_person(std::string_view key) const noexcept {
  return find_by_id(organisation.people, key);
}

const Group* Course::find_group(std::string_view key) const noexcept {
  return find_by_id(organisation.groups, key);
}

bool operator==(const CaseReviewRecord& a, const CaseReviewRecord& b) {
  return a.date == b.date && a.plan_ids == b.plan_ids &&
         std::equal(a.tally.begin(), a.tally.end(), b.tally.begin(), same_tally);
}

}  // namespace rorkit
