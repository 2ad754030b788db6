#include <catch2/catch.hpp>

#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"

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

TEST_CASE("case folding handles the Danish letters") {
  CHECK(rorkit::fold_case("ÆRØ") == "ærø");
  CHECK(rorkit::fold_case("Høje-Taastrup") == "høje-taastrup");
  CHECK(rorkit::fold_case("ÅBENRÅ") == "åbenrå");
  CHECK(rorkit::fold_ascii("Åbenrå") == "aabenraa");
  CHECK(rorkit::fold_ascii("Lyngby-Taarbæk") == "lyngby taarbaek");
  CHECK(rorkit::fold_ascii("  Høje -  Taastrup ") == "hoeje taastrup");
}

}  // namespace test_utf8
