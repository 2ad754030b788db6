#include <catch2/catch.hpp>

#include "core/text.hpp"

namespace test_text {

using rorkit::text::code_value;

TEST_CASE("all_digits and digits_value read a run of ASCII digits") {
  CHECK_FALSE(rorkit::text::all_digits(""));
  CHECK(rorkit::text::all_digits("0"));
  CHECK(rorkit::text::all_digits("0101"));
  CHECK_FALSE(rorkit::text::all_digits("1a"));
  CHECK_FALSE(rorkit::text::all_digits("-1"));
  CHECK(rorkit::text::digits_value("0") == 0);
  CHECK(rorkit::text::digits_value("0101") == 101);
  CHECK(rorkit::text::digits_value("12345") == 12345);
}

TEST_CASE("code_value: one to four digits are a code, anything else is -1") {
  CHECK(code_value("0") == 0);
  CHECK(code_value("000") == 0);
  CHECK(code_value("7") == 7);
  CHECK(code_value("101") == 101);
  CHECK(code_value("0101") == 101);  // leading zeros count toward the four
  CHECK(code_value("1081") == 1081);
  CHECK(code_value("9999") == 9999);

  CHECK(code_value("") == -1);
  CHECK(code_value("12345") == -1);  // five digits
  CHECK(code_value("00101") == -1);  // five characters, though the value is small
  CHECK(code_value("1a") == -1);
  CHECK(code_value("a1") == -1);
  CHECK(code_value("-1") == -1);
  CHECK(code_value("+1") == -1);
  CHECK(code_value(" 101") == -1);  // no trimming: callers trim where they allow blanks
  CHECK(code_value("101 ") == -1);
  CHECK(code_value("1.0") == -1);
  CHECK(code_value(std::string_view("1\0", 2)) == -1);
}

}  // namespace test_text
