#pragma once
// Small text helpers shared by the messages of several areas. Named so that an unqualified call
// with a std::string argument cannot be captured by std::quoted through argument-dependent
// lookup.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rorkit::text {

/// The text in double quotes, as messages show ids and codes.
inline std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

/// Untrusted text for a message: quoted, control bytes and '"' shown as '?', cut after at most
/// `max` bytes (never inside a UTF-8 sequence) so a huge input cannot flood a log.
inline std::string shown(std::string_view s, std::size_t max = 40) {
  std::size_t n = s.size() < max ? s.size() : max;
  while (n < s.size() && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  std::string out = "\"";
  for (char c : s.substr(0, n)) out += static_cast<unsigned char>(c) < 0x20 || c == '"' ? '?' : c;
  return out + (n < s.size() ? "...\"" : "\"");
}

/// True for a non-empty run of ASCII digits.
inline bool all_digits(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// The value of a run of ASCII digits the caller has checked (all_digits) and kept short.
inline std::int32_t digits_value(std::string_view s) noexcept {
  std::int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

/// The value of a code of one to four ASCII digits ("101" -> 101, "0101" -> 101, "000" -> 0), or
/// -1 for any other text: empty, five or more characters, a sign, a space, any other character.
/// Area, municipality and region codes are read with it; callers trim first where they allow it.
inline std::int32_t code_value(std::string_view s) noexcept {
  return s.size() <= 4 && all_digits(s) ? digits_value(s) : -1;
}

/// The text without leading and trailing whitespace (space, tab, CR, LF, VT, FF).
inline std::string_view trim(std::string_view s) noexcept {
  auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

/// True for text that is empty or only whitespace (as trim sees it).
inline bool is_blank(std::string_view s) noexcept { return trim(s).empty(); }

}  // namespace rorkit::text
