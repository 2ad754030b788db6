#include "io/ical_text.hpp"

namespace rorkit::ical_detail {
namespace {

bool is_utf8_continuation(char c) noexcept {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::size_t find_control(std::string_view s, TextKind kind) noexcept {
  const bool allow_newlines = kind == TextKind::text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != 0x7F) continue;
    if (allow_newlines && c == '\t') continue;
    if (allow_newlines && c == '\n') continue;
    if (allow_newlines && c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      ++i;
      continue;
    }
    return i;
  }
  return std::string_view::npos;
}

std::string escape_text(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        // Only ever the first half of CRLF here (find_control ran first): one newline.
        if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      default: out += c;
    }
  }
  return out;
}

void append_folded(std::string& out, std::string_view line) {
  // The first physical line holds 75 octets; a continuation line spends one on its space.
  std::size_t room = 75;
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && is_utf8_continuation(line[cut])) --cut;
    // Unreachable for valid UTF-8 (sequences are at most 4 bytes), but never loop forever.
    if (cut == 0) cut = room;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = 74;
  }
  out.append(line);
  out += "\r\n";
}

std::string quote_for_message(std::string_view s) {
  constexpr std::size_t max_bytes = 40;
  std::size_t keep = s.size();
  if (keep > max_bytes) {
    keep = max_bytes;
    while (keep > 0 && is_utf8_continuation(s[keep])) --keep;
  }
  std::string out = "\"";
  for (char c : s.substr(0, keep)) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '?' : c;
  }
  if (keep < s.size()) out += "...";
  return out + "\"";
}

unsigned long long fnv1a(std::string_view bytes, unsigned long long hash) noexcept {
  constexpr unsigned long long prime = 0x100000001b3ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= prime;
  }
  return hash;
}

}  // namespace rorkit::ical_detail
