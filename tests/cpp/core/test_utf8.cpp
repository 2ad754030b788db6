#include <catch2/catch.hpp>

#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"
#include "support/errors.hpp"

#include <string>

namespace test_utf8 {

TEST_CASE("UTF-8 validation accepts Danish text and rejects malformed bytes") {
  CHECK(rorkit::is_valid_utf8("Høje-Taastrup Ærø Å"));
  CHECK(rorkit::is_valid_utf8("emoji \xF0\x9F\x98\x80"));
  CHECK_FALSE(rorkit::is_valid_utf8("\xC3"));              // truncated
  CHECK_FALSE(rorkit::is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(rorkit::is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  CHECK_FALSE(rorkit::is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(rorkit::is_valid_utf8("\xFF"));
  try {
    rorkit::require_utf8("ab\xFF", "name");
    FAIL("no throw");
  } catch (const rorkit::Error& e) {
    CHECK(e.status() == RORKIT_ERROR_INVALID_UTF8);
    CHECK(std::string(e.what()) == "name: invalid UTF-8 at byte 2");
  }
}

TEST_CASE("UTF-8 validation finds a bad byte at any position of a long ASCII text") {
  // Runs of 8 ASCII bytes are skipped at once: a bad byte or a cut sequence must still be found
  // wherever it falls relative to those runs, and a good sequence across them accepted.
  const std::string ascii(23, 'a');
  for (std::size_t at = 0; at < ascii.size(); ++at) {
    INFO("position " << at);
    for (const std::string bad : {"\xFF", "\x80", "\xC3", "\xE2\x82"}) {
      std::string s = ascii;
      s.replace(at, bad.size(), bad);
      if (at + bad.size() > ascii.size()) continue;
      CHECK_FALSE(rorkit::is_valid_utf8(s));
      CHECK(rorkit::test::message_of([&] { rorkit::require_utf8(s, "t"); }) ==
            "t: invalid UTF-8 at byte " + std::to_string(at));
    }
    std::string good = ascii;
    good.insert(at, "\xC3\xA6\xE2\x82\xAC");  // æ and the euro sign, straddling the runs
    CHECK(rorkit::is_valid_utf8(good));
  }
}

TEST_CASE("case folding handles the Danish letters") {
  CHECK(rorkit::fold_case("ÆRØ") == "ærø");
  CHECK(rorkit::fold_case("Høje-Taastrup") == "høje-taastrup");
  CHECK(rorkit::fold_case("ÅBENRÅ") == "åbenrå");
  CHECK(rorkit::fold_ascii("Åbenrå") == "aabenraa");
  CHECK(rorkit::fold_ascii("Lyngby-Taarbæk") == "lyngby taarbaek");
  CHECK(rorkit::fold_ascii("  Høje -  Taastrup ") == "hoeje taastrup");
}

}  // namespace test_utf8
