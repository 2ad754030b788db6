#pragma once
// Reading the files the CLI is given, writing the ones it makes.

#include <string>
#include <vector>

#include "rorkit/plan/plan.hpp"

namespace rorkit::cli {

/// The whole file; throws Error(RORKIT_ERROR_IO) naming the path.
std::string read_file(const std::string& path);

/// Writes text to the file (bytes as they are); throws Error(RORKIT_ERROR_IO) naming the path.
void write_file(const std::string& path, const std::string& text);

/// Plans from a directory of *.json plan documents (sorted by file name) or a JSON Lines file.
/// Errors name the file (and line for JSON Lines).
std::vector<Plan> read_plans(const std::string& dir_or_jsonl);

/// The date of an --on style option: ISO text, or today when empty.
inline Date date_or_today(const std::string& s) { return s.empty() ? today() : Date::parse(s); }

}  // namespace rorkit::cli
