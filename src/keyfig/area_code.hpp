#pragma once
// Panel areas are identified by StatBank codes ("000", "081", "101"); municipalities by number.

#include <cstdint>
#include <string>

namespace rorkit::keyfig_detail {

/// The municipality number of a panel area's code ("101" -> 101), or -1 for a code that is not
/// a number of at most four digits.
inline std::int32_t numeric_code(const std::string& code) {
  if (code.empty() || code.size() > 4) return -1;
  std::int32_t v = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace rorkit::keyfig_detail
