#pragma once
// Small text helpers shared by the messages of several areas. Named so that an unqualified call
// with a std::string argument cannot be captured by std::quoted through argument-dependent
// lookup.

#include <string>
#include <string_view>

namespace rorkit::text {

/// The text in double quotes, as messages show ids and codes.
inline std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

/// Untrusted text for a message: quoted, control bytes shown as '?', cut after `max` bytes so a
/// huge input cannot flood a log.
inline std::string shown(std::string_view s, std::size_t max) {
  std::string out = "\"";
  for (char c : s.substr(0, max)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
  if (s.size() > max) out += "...";
  return out + "\"";
}

/// True for text that is empty or only whitespace.
inline bool is_blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace rorkit::text
