#include "cli/io_util.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rorkit/core/error.hpp"
#include "rorkit/io/plan_json.hpp"

namespace rorkit::cli {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(RORKIT_ERROR_IO, "cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!out || !out.write(text.data(), static_cast<std::streamsize>(text.size())) || !out.flush())
    fail(RORKIT_ERROR_IO, "cannot write " + path);
}

std::vector<Plan> read_plans(const std::string& dir_or_jsonl) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir_or_jsonl, ec)) {
    try {
      return plans_from_jsonl(read_file(dir_or_jsonl));
    } catch (const Error& e) {
      if (e.status() == RORKIT_ERROR_IO) throw;
      fail(e.status(), dir_or_jsonl + ": " + e.what());
    }
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir_or_jsonl, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) fail(RORKIT_ERROR_IO, "cannot list " + dir_or_jsonl);
  std::sort(files.begin(), files.end());
  std::vector<Plan> plans;
  for (const auto& f : files) {
    try {
      plans.push_back(plan_from_json(read_file(f.string())));
    } catch (const Error& e) {
      if (e.status() == RORKIT_ERROR_IO) throw;
      fail(e.status(), f.string() + ": " + e.what());
    }
  }
  return plans;
}

}  // namespace rorkit::cli
