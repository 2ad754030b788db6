#pragma once
// Enum <-> text code tables. Each coded enum has one constexpr table; to_code, parse_code and
// allowed_codes are all derived from it (RORKIT_CODES), so the three can never disagree.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rorkit::detail {

template <class E, std::size_t N>
using CodeTable = std::array<std::pair<E, std::string_view>, N>;

/// The text of a value, "unknown" for a value outside the table.
template <class E, std::size_t N>
std::string_view text_of(const CodeTable<E, N>& t, E v) noexcept {
  for (const auto& [value, text] : t)
    if (value == v) return text;
  return "unknown";
}

/// The value with this text, if any.
template <class E, std::size_t N>
std::optional<E> value_of(const CodeTable<E, N>& t, std::string_view code) noexcept {
  for (const auto& [value, c] : t)
    if (c == code) return value;
  return std::nullopt;
}

/// "a, b, c": the codes for error messages.
template <class E, std::size_t N>
std::string join_codes(const CodeTable<E, N>& t) {
  std::string out;
  for (const auto& [value, code] : t) {
    if (!out.empty()) out += ", ";
    out += code;
  }
  return out;
}

}  // namespace rorkit::detail

/// Defines to_code(E), parse_code<E> and allowed_codes<E> from a table, inside namespace rorkit.
#define RORKIT_CODES(E, table)                                                      \
  std::string_view to_code(E v) noexcept { return detail::text_of(table, v); }     \
  template <>                                                                       \
  std::optional<E> parse_code(std::string_view c) noexcept {                        \
    return detail::value_of(table, c);                                             \
  }                                                                                 \
  template <>                                                                       \
  std::string_view allowed_codes<E>() noexcept {                                    \
    static const std::string text = detail::join_codes(table);                     \
    return text;                                                                    \
  }
