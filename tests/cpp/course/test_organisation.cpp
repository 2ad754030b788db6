// The composition rules of the course's groups (seed B, section 4), the structural checks of
// the organisation, and the model's lookups.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "course/course_builders.hpp"
#include "rorkit/course/organisation.hpp"

namespace test_organisation {

using namespace rorkit;
using rorkit::test::group_ref;
using rorkit::test::person;
using rorkit::test::sample_course;

namespace {

std::vector<Finding> with_code(const std::vector<Finding>& fs, const std::string& code) {
  std::vector<Finding> out;
  std::copy_if(fs.begin(), fs.end(), std::back_inserter(out),
               [&](const Finding& f) { return f.code == code; });
  return out;
}

/// The one finding with `code`; fails when there is not exactly one.
Finding only(const std::vector<Finding>& fs, const std::string& code) {
  auto found = with_code(fs, code);
  CAPTURE(code);
  REQUIRE(found.size() == 1);
  return found.front();
}

std::vector<std::string> codes(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.code);
  return out;
}

void remove_member(Group& g, const std::string& id) {
  g.member_ids.erase(std::remove(g.member_ids.begin(), g.member_ids.end(), id),
                     g.member_ids.end());
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the sample organisation meets every rule without a warning") {
  auto fs = validate_organisation(sample_course());
  CAPTURE(codes(fs));
  CHECK(fs.empty());
}

TEST_CASE("the steering group needs director/chief level and a political mandate") {
  Course c = sample_course();
  Group& s = group_ref(c, "styregruppe");
  remove_member(s, "dir-1");
  CHECK(validate_organisation(c).empty());  // the chief alone is enough
  remove_member(s, "chef-1");
  s.member_ids.push_back("pol-1");  // a politician is not director level
  auto f = only(validate_organisation(c), "steering-no-director");
  CHECK(f.severity == Severity::error);
  CHECK(f.path == "/organisation/groups/0/member_ids");
  CHECK(contains(f.message, "\"styregruppe\""));

  s.political_mandate = false;
  f = only(validate_organisation(c), "steering-no-mandate");
  CHECK(f.severity == Severity::error);
  CHECK(f.path == "/organisation/groups/0/political_mandate");
}

TEST_CASE("the implementation group needs citizens, leaders and staff") {
  Course c = sample_course();
  Group& g = group_ref(c, "implementeringsgruppe");

  SECTION("no citizen") {
    remove_member(g, "borger-1");
    remove_member(g, "borger-2");
    auto f = only(validate_organisation(c), "implementation-no-citizen");
    CHECK(f.severity == Severity::error);
    CHECK(f.path == "/organisation/groups/1/member_ids");
    CHECK(codes(validate_organisation(c)) == std::vector<std::string>{"implementation-no-citizen"});
  }
  SECTION("no leader; the remaining staff still cover both areas") {
    remove_member(g, "led-myn-1");
    remove_member(g, "led-til-1");
    CHECK(codes(validate_organisation(c)) == std::vector<std::string>{"implementation-no-leader"});
  }
  SECTION("no staff; the coordinator is staff, so both go") {
    remove_member(g, "med-myn-1");
    remove_member(g, "med-til-1");
    remove_member(g, "koord-1");
    CHECK(codes(validate_organisation(c)) == std::vector<std::string>{"implementation-no-staff"});
  }
  SECTION("a partner or a director is neither leader nor staff") {
    g.member_ids = {"borger-1", "partner-1", "dir-1"};
    auto fs = validate_organisation(c);
    CHECK(codes(fs) == std::vector<std::string>{"implementation-no-leader", "implementation-no-staff",
                                                "implementation-no-myndighed",
                                                "implementation-no-tilbud"});
  }
}

TEST_CASE("the implementation group needs leaders or staff from both myndighed and tilbud") {
  Course c = sample_course();
  Group& g = group_ref(c, "implementeringsgruppe");

  SECTION("nobody from myndighed") {
    remove_member(g, "led-myn-1");
    remove_member(g, "med-myn-1");
    auto f = only(validate_organisation(c), "implementation-no-myndighed");
    CHECK(f.severity == Severity::error);
    CHECK(f.path == "/organisation/groups/1/member_ids");
    CHECK(with_code(validate_organisation(c), "implementation-no-tilbud").empty());
  }
  SECTION("one leader from myndighed and one staff member from tilbud are enough") {
    g.member_ids = {"borger-1", "led-myn-1", "med-til-1"};
    CHECK(validate_organisation(c).empty());
  }
  SECTION("a citizen's area does not count") {
    c.organisation.people[10].area = OrgArea::tilbud;  // borger-1
    remove_member(g, "led-til-1");
    remove_member(g, "med-til-1");
    CHECK(codes(validate_organisation(c)) == std::vector<std::string>{"implementation-no-tilbud"});
  }
}

TEST_CASE("a local group needs citizens, leaders and staff from its own area") {
  Course c = sample_course();
  Group& g = group_ref(c, "lokal-bostoette");  // area tilbud, index 2

  SECTION("no citizen") {
    remove_member(g, "borger-2");
    remove_member(g, "borger-3");
    auto f = only(validate_organisation(c), "local-no-citizen");
    CHECK(f.severity == Severity::error);
    CHECK(f.path == "/organisation/groups/2/member_ids");
  }
  SECTION("the only leader is from another area") {
    remove_member(g, "led-til-1");
    g.member_ids.push_back("led-myn-1");  // index 4
    auto fs = validate_organisation(c);
    CHECK(codes(fs) == std::vector<std::string>{"local-no-leader", "local-member-outside-area"});
    auto e = only(fs, "local-no-leader");
    CHECK(e.severity == Severity::error);
    CHECK(contains(e.message, "tilbud"));
    auto w = only(fs, "local-member-outside-area");
    CHECK(w.severity == Severity::warning);
    CHECK(w.path == "/organisation/groups/2/member_ids/4");
    CHECK(contains(w.message, "\"led-myn-1\""));
    CHECK(contains(w.message, "myndighed"));
  }
  SECTION("no staff member from the area") {
    remove_member(g, "med-til-1");
    remove_member(g, "med-til-2");
    CHECK(codes(validate_organisation(c)) == std::vector<std::string>{"local-no-staff"});
  }
  SECTION("an extra staff member from elsewhere is only a warning") {
    g.member_ids.push_back("med-myn-1");
    auto fs = validate_organisation(c);
    CHECK(codes(fs) == std::vector<std::string>{"local-member-outside-area"});
    CHECK(is_valid(fs));
  }
  SECTION("citizens and partners are not held to the area") {
    g.member_ids.push_back("partner-1");
    g.member_ids.push_back("borger-1");
    CHECK(validate_organisation(c).empty());
  }
  SECTION("local groups are optional") {
    c.organisation.groups.resize(2);
    CHECK(validate_organisation(c).empty());
  }
}

TEST_CASE("a member id that names nobody is an error at its path") {
  Course c = sample_course();
  group_ref(c, "implementeringsgruppe").member_ids.push_back("p9");  // index 8
  auto f = only(validate_organisation(c), "unknown-member");
  CHECK(f.severity == Severity::error);
  CHECK(f.path == "/organisation/groups/1/member_ids/8");
  CHECK(contains(f.message, "\"p9\""));
  CHECK(contains(f.message, "\"implementeringsgruppe\""));
}

TEST_CASE("a member listed twice is a warning and counts once") {
  Course c = sample_course();
  Group& g = group_ref(c, "lokal-myndighed");  // index 3
  g.member_ids.push_back("med-myn-1");          // index 4
  auto fs = validate_organisation(c);
  CHECK(codes(fs) == std::vector<std::string>{"member-listed-twice"});
  CHECK(fs.front().severity == Severity::warning);
  CHECK(fs.front().path == "/organisation/groups/3/member_ids/4");
}

TEST_CASE("person and group ids are present and unique") {
  Course c = sample_course();
  c.organisation.people.push_back(person("borger-1", "Anden Karen", MemberRole::citizen,
                                         OrgArea::other));  // index 14
  c.organisation.people.push_back(person("", "Uden id", MemberRole::citizen, OrgArea::other));
  c.organisation.groups.push_back(c.organisation.groups[2]);  // index 4
  auto fs = validate_organisation(c);
  auto f = only(fs, "duplicate-person-id");
  CHECK(f.path == "/organisation/people/14/id");
  CHECK(contains(f.message, "\"borger-1\""));
  CHECK(only(fs, "person-no-id").path == "/organisation/people/15/id");
  auto g = only(fs, "duplicate-group-id");
  CHECK(g.path == "/organisation/groups/4/id");
  CHECK(contains(g.message, "\"lokal-bostoette\""));
  for (const Finding& x : fs) CHECK(x.severity == Severity::error);
}

TEST_CASE("a course has exactly one steering group and one implementation group") {
  Course c = sample_course();

  SECTION("none of either") {
    c.organisation.groups.erase(c.organisation.groups.begin(),
                                c.organisation.groups.begin() + 2);
    auto fs = validate_organisation(c);
    CHECK(only(fs, "no-steering-group").path == "/organisation/groups");
    CHECK(only(fs, "no-implementation-group").path == "/organisation/groups");
    CHECK(!is_valid(fs));
  }
  SECTION("two of each") {
    auto s = c.organisation.groups[0];
    s.id = "styregruppe-2";
    auto i = c.organisation.groups[1];
    i.id = "implementeringsgruppe-2";
    c.organisation.groups.push_back(s);  // index 4
    c.organisation.groups.push_back(i);  // index 5
    auto fs = validate_organisation(c);
    CHECK(codes(fs) ==
          std::vector<std::string>{"several-steering-groups", "several-implementation-groups"});
    CHECK(only(fs, "several-steering-groups").path == "/organisation/groups/4");
    CHECK(only(fs, "several-implementation-groups").path == "/organisation/groups/5");
  }
}

TEST_CASE("the coordinator is optional but must exist when named") {
  Course c = sample_course();
  c.organisation.coordinator_id = "p9";
  auto f = only(validate_organisation(c), "unknown-coordinator");
  CHECK(f.severity == Severity::error);
  CHECK(f.path == "/organisation/coordinator_id");
  CHECK(contains(f.message, "\"p9\""));

  c.organisation.coordinator_id.clear();
  c.organisation.agency_contact.clear();
  auto fs = validate_organisation(c);
  CHECK(codes(fs) == std::vector<std::string>{"no-coordinator", "no-agency-contact"});
  CHECK(is_valid(fs));
}

TEST_CASE("the registration's people must be people of the course") {
  Course c = sample_course();
  c.registration.approved_by = "p8";
  c.registration.meeting_participants.push_back("p9");  // index 2
  auto fs = validate_organisation(c);
  CHECK(only(fs, "unknown-approver").path == "/registration/approved_by");
  auto f = only(fs, "unknown-participant");
  CHECK(f.path == "/registration/meeting_participants/2");
  CHECK(contains(f.message, "\"p9\""));
}

TEST_CASE("organisation findings list errors before warnings") {
  Course c = sample_course();
  c.organisation.coordinator_id.clear();                        // warning
  group_ref(c, "styregruppe").political_mandate = false;        // error
  group_ref(c, "lokal-bostoette").member_ids.push_back("med-myn-1");  // warning
  c.organisation.people.push_back(c.organisation.people[0]);    // error (duplicate id)
  auto fs = validate_organisation(c);
  REQUIRE(fs.size() == 4);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[1].severity == Severity::error);
  CHECK(fs[2].severity == Severity::warning);
  CHECK(fs[3].severity == Severity::warning);
  CHECK(codes(fs) == std::vector<std::string>{"duplicate-person-id", "steering-no-mandate",
                                              "local-member-outside-area", "no-coordinator"});
}

TEST_CASE("an empty course breaks the rules that need groups, and nothing else") {
  auto fs = validate_organisation(Course{});
  CHECK(codes(fs) == std::vector<std::string>{"no-steering-group", "no-implementation-group",
                                              "no-coordinator", "no-agency-contact"});
}

TEST_CASE("the course finds its people and groups by id") {
  Course c = sample_course();
  REQUIRE(c.find_person("led-til-1") != nullptr);
  CHECK(c.find_person("led-til-1")->role == MemberRole::leader);
  CHECK(c.find_person("p9") == nullptr);
  CHECK(c.find_person("") == nullptr);
  REQUIRE(c.find_group("lokal-myndighed") != nullptr);
  CHECK(c.find_group("lokal-myndighed")->area == OrgArea::myndighed);
  CHECK(c.find_group("styregruppe") == &c.organisation.groups[0]);
  CHECK(c.find_group("dir-1") == nullptr);

  // With a duplicated id the first one is found.
  c.organisation.people.push_back(person("dir-1", "Kopi", MemberRole::staff, OrgArea::other));
  CHECK(c.find_person("dir-1") == &c.organisation.people[0]);
}

TEST_CASE("case review records compare by date, plans and tally") {
  CaseReviewRecord a;
  a.date = Date{2026, 10, 1};
  a.plan_ids = {"plan-1", "plan-2"};
  for (std::size_t i = 0; i < a.tally.size(); ++i) {
    a.tally[i].principle = static_cast<Principle>(i + 1);
    a.tally[i].yes = static_cast<std::int32_t>(i);
  }
  CaseReviewRecord b = a;
  CHECK(a == b);
  CHECK_FALSE(a != b);
  b.tally[7].partly = 1;
  CHECK(a != b);
  b = a;
  b.plan_ids.pop_back();
  CHECK(a != b);
  b = a;
  b.date = Date{2026, 10, 2};
  CHECK(a != b);
  b = a;
  b.tally[0].principle = Principle::resources;
  CHECK(a != b);

  Course x, y;
  x.case_review = a;
  y.case_review = a;
  CHECK(x == y);
  y.case_review->tally[3].no = 2;
  CHECK(x != y);
}

}  // namespace test_organisation
