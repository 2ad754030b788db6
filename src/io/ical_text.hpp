#pragma once
// Text-level rules of RFC 5545 (escaping §3.3.11, folding §3.1), kept apart from ical.cpp so
// they can be tested on their own. Private to the library.

#include <cstddef>
#include <string>
#include <string_view>

namespace rorkit::ical_detail {

/// What find_control lets through: an identifier (UID, PRODID) takes no control byte at all;
/// free text takes TAB, and LF or CRLF because escape_text turns them into "\n".
enum class TextKind { identifier, text };

/// Offset of the first byte `kind` may not carry (RFC 5545 CONTROL is below 0x20 except TAB,
/// plus DEL; a lone CR never passes), or npos.
std::size_t find_control(std::string_view s, TextKind kind) noexcept;

/// Escapes backslash, semicolon and comma, and turns LF or CRLF into "\n". Expects text that
/// find_control(s, TextKind::text) accepted.
std::string escape_text(std::string_view s);

/// Appends one content line to out as physical lines of at most 75 octets (CRLF excluded),
/// continuation lines starting with a space, never cutting a UTF-8 sequence; ends with CRLF.
void append_folded(std::string& out, std::string_view line);

/// Untrusted text made safe for an error message: at most ~40 bytes, cut on a UTF-8 boundary,
/// control bytes shown as '?', in double quotes. Expects valid UTF-8.
std::string quote_for_message(std::string_view s);

/// 64-bit FNV-1a, continued from `hash` (start with kFnvOffset).
inline constexpr unsigned long long kFnvOffset = 0xcbf29ce484222325ULL;
unsigned long long fnv1a(std::string_view bytes, unsigned long long hash = kFnvOffset) noexcept;

}  // namespace rorkit::ical_detail
