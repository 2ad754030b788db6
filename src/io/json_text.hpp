#pragma once
// The text of the reports built with nlohmann::json (audit, findings, FHIR, course status):
// compact, or indented by two spaces.

#include <string>

#include <nlohmann/json.hpp>

namespace rorkit::io_detail {

inline std::string json_text(const nlohmann::ordered_json& j, bool pretty) {
  return pretty ? j.dump(2) : j.dump();
}

}  // namespace rorkit::io_detail
