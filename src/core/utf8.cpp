#include "rorkit/core/utf8.hpp"

#include <cstdint>
#include <cstring>

#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

// Length of the first well-formed UTF-8 sequence in s, or 0 (RFC 3629, Table 3-7 of Unicode).
std::size_t sequence_length(std::string_view s) noexcept {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i < s.size() && b(i) >= lo && b(i) <= hi;
  };
  unsigned c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;                // no overlongs
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;          // no surrogates
  if (c >= 0xE1 && c <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;  // <= U+10FFFF
  return 0;
}

// Every text of a plan is checked on each load and almost all of it is ASCII: runs of 8 ASCII
// bytes are skipped with one test, the rest is decoded sequence by sequence.
std::size_t first_invalid(std::string_view s) noexcept {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s.size() - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      if ((word & kHighBits) == 0) {
        i += 8;
        continue;
      }
    }
    std::size_t n = sequence_length(s.substr(i));
    if (n == 0) return i;
    i += n;
  }
  return s.size();
}

// Appends the UTF-8 encoding of a code point below U+0800.
void append_2byte(std::string& out, unsigned cp) {
  out += static_cast<char>(0xC0 | (cp >> 6));
  out += static_cast<char>(0x80 | (cp & 0x3F));
}

}  // namespace

bool is_valid_utf8(std::string_view s) noexcept { return first_invalid(s) == s.size(); }

void require_utf8(std::string_view s, std::string_view what) {
  std::size_t bad = first_invalid(s);
  if (bad != s.size())
    fail(RORKIT_ERROR_INVALID_UTF8,
         std::string(what) + ": invalid UTF-8 at byte " + std::to_string(bad));
}

std::string fold_case(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
    } else if ((c == 0xC3) && i + 1 < s.size()) {
      // Latin-1 capitals U+00C0-U+00DE (except × U+00D7) lower-case by adding 0x20.
      unsigned cp = 0xC0 | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
      append_2byte(out, cp);
      i += 2;
    } else {
      std::size_t n = sequence_length(s.substr(i));
      if (n == 0) n = 1;  // callers validate first; never loop forever on bad input
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string fold_ascii(std::string_view s) {
  std::string lower = fold_case(s);
  std::string out;
  out.reserve(lower.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < lower.size();) {
    auto c = static_cast<unsigned char>(lower[i]);
    std::string_view piece;
    std::size_t used = 1;
    if (c == 0xC3 && i + 1 < lower.size()) {
      used = 2;
      switch (static_cast<unsigned char>(lower[i + 1])) {
        case 0xA6: piece = "ae"; break;  // æ
        case 0xB8: piece = "oe"; break;  // ø
        case 0xA5: piece = "aa"; break;  // å
        case 0xA4: piece = "ae"; break;  // ä
        case 0xB6: piece = "oe"; break;  // ö
        case 0xBC: piece = "ue"; break;  // ü
        case 0xA9: piece = "e"; break;   // é
        default: piece = std::string_view(lower).substr(i, 2);  // a view of lower, not a temporary
      }
    } else if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      pending_space = !out.empty();
      ++i;
      continue;
    } else {
      piece = std::string_view(lower).substr(i, 1);
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(piece);
    i += used;
  }
  return out;
}

}  // namespace rorkit
