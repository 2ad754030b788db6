// Fase 0: the three registration criteria of seed B, each with the reason it is not met.
#include <catch2/catch.hpp>

#include "course/course_builders.hpp"
#include "rorkit/course/organisation.hpp"

namespace test_registration {

using namespace rorkit;
using rorkit::test::sample_course;

namespace {

const CriterionResult& criterion(const std::vector<CriterionResult>& rs, int number) {
  REQUIRE(rs.size() == 3);
  return rs.at(static_cast<std::size_t>(number - 1));
}

}  // namespace

TEST_CASE("the sample registration meets all three criteria") {
  auto rs = check_registration(sample_course());
  REQUIRE(rs.size() == 3);
  for (int n = 1; n <= 3; ++n) {
    CAPTURE(n);
    CHECK(criterion(rs, n).number == n);
    CHECK(criterion(rs, n).met);
    CHECK(criterion(rs, n).reason.empty());
    CHECK(!criterion(rs, n).name.empty());
  }
  CHECK(criterion(rs, 1).name == "whole social psychiatry");
  CHECK(criterion(rs, 2).name == "approved by a director");
  CHECK(criterion(rs, 3).name == "registration meeting");
  CHECK(registration_approved(rs));
}

TEST_CASE("criterion 1 names each part of social psychiatry that is not covered") {
  Course c = sample_course();
  c.registration.covers_tilbud = false;
  auto rs = check_registration(c);
  CHECK_FALSE(criterion(rs, 1).met);
  CHECK(criterion(rs, 1).reason == "criterion 1: tilbud is not covered");
  CHECK(criterion(rs, 2).met);
  CHECK(criterion(rs, 3).met);
  CHECK_FALSE(registration_approved(rs));

  c.registration.covers_myndighed = false;
  CHECK(criterion(check_registration(c), 1).reason ==
        "criterion 1: myndighed and tilbud are not covered");

  c.registration.covers_strategic = false;
  CHECK(criterion(check_registration(c), 1).reason ==
        "criterion 1: strategic leadership, myndighed and tilbud are not covered");
}

TEST_CASE("criterion 2 needs an approver who is a director of the course") {
  Course c = sample_course();

  SECTION("no approver") {
    c.registration.approved_by.clear();
    auto rs = check_registration(c);
    CHECK_FALSE(criterion(rs, 2).met);
    CHECK(criterion(rs, 2).reason == "criterion 2: no approver (approved_by is empty)");
  }
  SECTION("an approver who is not a person of the course") {
    c.registration.approved_by = "p9";
    CHECK(criterion(check_registration(c), 2).reason ==
          "criterion 2: approved_by \"p9\" is not a person of the course");
  }
  SECTION("a leader approved it") {
    c.registration.approved_by = "led-myn-1";
    CHECK(criterion(check_registration(c), 2).reason ==
          "criterion 2: approved_by \"led-myn-1\" is a leader, not a director");
  }
  SECTION("a politician approved it") {
    c.registration.approved_by = "pol-1";
    CHECK(criterion(check_registration(c), 2).reason ==
          "criterion 2: approved_by \"pol-1\" is a politician, not a director");
  }
  SECTION("a chief (role director) approved it") {
    c.registration.approved_by = "chef-1";
    CHECK(criterion(check_registration(c), 2).met);
  }
  SECTION("the approval date is not required") {
    c.registration.approved_on.reset();
    CHECK(criterion(check_registration(c), 2).met);
  }
  CHECK(criterion(check_registration(c), 1).met);
  CHECK(criterion(check_registration(c), 3).met);
}

TEST_CASE("criterion 3 needs a registration meeting with director or chief level present") {
  Course c = sample_course();

  SECTION("no meeting date") {
    c.registration.meeting_date.reset();
    auto rs = check_registration(c);
    CHECK_FALSE(criterion(rs, 3).met);
    CHECK(criterion(rs, 3).reason == "criterion 3: no meeting date");
  }
  SECTION("only staff present") {
    c.registration.meeting_participants = {"koord-1", "led-myn-1"};
    CHECK(criterion(check_registration(c), 3).reason ==
          "criterion 3: the registration meeting has no director/chief present");
  }
  SECTION("nobody present") {
    c.registration.meeting_participants.clear();
    CHECK_FALSE(criterion(check_registration(c), 3).met);
  }
  SECTION("an unknown participant does not count as chief level") {
    c.registration.meeting_participants = {"p9"};
    CHECK(criterion(check_registration(c), 3).reason ==
          "criterion 3: the registration meeting has no director/chief present");
  }
  SECTION("both problems are named") {
    c.registration.meeting_date.reset();
    c.registration.meeting_participants = {"borger-1"};
    CHECK(criterion(check_registration(c), 3).reason ==
          "criterion 3: no meeting date; the registration meeting has no director/chief present");
  }
  CHECK(criterion(check_registration(c), 1).met);
  CHECK(criterion(check_registration(c), 2).met);
}

TEST_CASE("a registration is approved only when every criterion is met") {
  CHECK_FALSE(registration_approved({}));
  std::vector<CriterionResult> rs{{1, "a", true, ""}, {2, "b", true, ""}, {3, "c", false, "x"}};
  CHECK_FALSE(registration_approved(rs));
  rs[2].met = true;
  CHECK(registration_approved(rs));

  Course empty;
  auto none = check_registration(empty);
  CHECK_FALSE(registration_approved(none));
  for (const auto& r : none) CHECK_FALSE(r.met);
}

}  // namespace test_registration
