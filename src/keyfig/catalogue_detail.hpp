#pragma once
// Private to the key-figure code: the catalogue's invariants, shared by the constructor and the
// JSON reader (which reports the same rules with a path), and the builtin catalogue's text.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text.hpp"

namespace rorkit::catalogue_detail {

inline constexpr std::size_t max_id_length = 32;
inline constexpr std::int32_t max_figure_number = 9999;

/// 1-32 characters from a-z 0-9 _ -, starting with a letter ("kf01").
bool valid_figure_id(std::string_view id) noexcept;

/// Untrusted text for a message: quoted, cut short, control characters and quotes as '?'.
using text::shown;

/// The text of data/keyfig/catalogue.json as it was when the library was built (generated from
/// catalogue_builtin.cpp.in by src/CMakeLists.txt).
std::string_view builtin_catalogue_json() noexcept;

/// The format name and version of catalogue documents.
inline constexpr std::string_view format_name = "rorkit-keyfig-catalogue";
inline constexpr std::int64_t format_version = 1;

}  // namespace rorkit::catalogue_detail
