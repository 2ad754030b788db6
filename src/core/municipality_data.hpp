#pragma once
// Raw rows of the reference table; municipality.cpp turns them into the public types.

#include <cstdint>
#include <string_view>
#include <vector>

#include "rorkit/core/date.hpp"

namespace rorkit::detail {

struct MunicipalityRow {
  std::int32_t code;
  std::string_view name;
  std::int32_t region;
};

struct RegionRow {
  std::int32_t code;
  std::string_view name;
  Date valid_from;
  Date valid_to;  // {0,0,0} = in force
  std::int32_t successor;
};

struct NameAlias {
  std::string_view name;
  std::int32_t code;
};

const std::vector<MunicipalityRow>& municipality_rows();
const std::vector<RegionRow>& region_rows();
const std::vector<NameAlias>& name_aliases();

/// The municipality code 411 (Christiansø) exists in code lists but is not a municipality.
inline constexpr std::int32_t christiansoe_code = 411;

}  // namespace rorkit::detail
