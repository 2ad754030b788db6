#pragma once
// UTF-8 checks and the Danish-aware text folding used for name lookups.

#include <string>
#include <string_view>

namespace rorkit {

/// True when s is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view s) noexcept;

/// Throws Error(RORKIT_ERROR_INVALID_UTF8) naming `what` and the byte offset of the first bad
/// byte, when s is not valid UTF-8.
void require_utf8(std::string_view s, std::string_view what);

/// Lower-cases ASCII and the Latin-1 letters (Æ Ø Å É Ü ...), leaves the rest as it is.
/// Input must be valid UTF-8.
std::string fold_case(std::string_view s);

/// fold_case, then spells æ/ø/å (and ä/ö/ü/é) the ASCII way Danes do (ae, oe, aa, ...), so that
/// "Aabenraa", "Åbenrå" and "ÅBENRÅ" fold alike. Spaces and hyphens become one space.
std::string fold_ascii(std::string_view s);

}  // namespace rorkit
