#pragma once
// Collects the findings of a validation (plan documents, course organisation) in order.

#include <string>
#include <utility>
#include <vector>

#include "rorkit/plan/validate.hpp"

namespace rorkit::plan_detail {

struct FindingList {
  std::vector<Finding> out;
  void error(std::string code, std::string path, std::string message) {
    out.push_back({Severity::error, std::move(code), std::move(path), std::move(message)});
  }
  void warning(std::string code, std::string path, std::string message) {
    out.push_back({Severity::warning, std::move(code), std::move(path), std::move(message)});
  }
};

}  // namespace rorkit::plan_detail
