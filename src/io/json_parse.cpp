// Parsing versioned rorkit documents: line and column for malformed JSON, the format check.

#include "io/json_parse.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <string>

#include "rorkit/core/error.hpp"

namespace rorkit::plan_json_detail {
namespace {

// Records where nlohmann's parser gave up; accepts everything else.
struct ErrorFinder {
  using json = nlohmann::json;
  std::size_t position = 0;
  std::string reason;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const json::string_t&) { return true; }
  bool string(json::string_t&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(json::string_t&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
    position = pos;
    reason = ex.what();
    return false;
  }
};

// nlohmann's text minus its prefix and the "last read" token, which would echo the document
// (and could echo a CPR number).
std::string reason_of(const std::string& what) {
  std::size_t at = what.find("column ");
  at = at == std::string::npos ? std::string::npos : what.find(": ", at);
  std::string reason = at == std::string::npos ? what : what.substr(at + 2);
  std::size_t cut = reason.find("; last read: '");
  if (cut != std::string::npos) {
    std::size_t tail = reason.find("'; expected", cut);
    reason.erase(cut, tail == std::string::npos ? std::string::npos : tail + 1 - cut);
  }
  return reason;
}

}  // namespace

void fail_parse(std::string_view json, simdjson::error_code code, bool one_line) {
  ErrorFinder finder;
  bool ok = nlohmann::json::sax_parse(json.begin(), json.end(), &finder);
  if (ok || finder.position == 0)
    fail(RORKIT_ERROR_PARSE, std::string("malformed JSON: ") + simdjson::error_message(code));
  // position counts bytes from 1 up to and including the offending one.
  std::size_t offset = std::min(finder.position - 1, json.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(json[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;  // columns count characters, not bytes
    }
  }
  std::string where = one_line ? "column " + std::to_string(column)
                               : "line " + std::to_string(line) + ", column " + std::to_string(column);
  fail(RORKIT_ERROR_PARSE, "malformed JSON at " + where + ": " + reason_of(finder.reason));
}

element parse_root(std::string_view json, bool one_line,
                   std::unique_ptr<simdjson::dom::parser>& own) {
  if (json.size() >= 3 && json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
  constexpr std::size_t kReusedCapacity = std::size_t{16} << 20;
  thread_local simdjson::dom::parser reused;
  simdjson::dom::parser* parser = &reused;
  if (json.size() > kReusedCapacity) {
    own = std::make_unique<simdjson::dom::parser>();
    parser = own.get();
  }
  element root;
  if (auto code = parser->parse(json.data(), json.size()).get(root)) fail_parse(json, code, one_line);
  return root;
}

void check_format(element e, const Path& path, std::string_view name, int version) {
  object obj = as_object(e, path);
  element format, given;
  if (obj["format"].get(format) != simdjson::SUCCESS) missing_member(path, "format");
  std::string_view text = as_view(format, path / "format");
  if (text != name)
    schema_error(path / "format", shown(text) + " is not \"" + std::string(name) + "\"");
  if (obj["format_version"].get(given) != simdjson::SUCCESS) missing_member(path, "format_version");
  const Path vp = path / "format_version";
  if (given.type() == simdjson::dom::element_type::UINT64 ||
      (given.type() == simdjson::dom::element_type::INT64 &&
       given.get_int64().value_unsafe() > version))
    fail_at(RORKIT_ERROR_UNSUPPORTED_VERSION, vp,
            raw_json(given) + " is newer than this version of rorkit reads (" +
                std::to_string(version) + ")");
  constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
  if (as_integer(given, vp, lowest, version) < 1)
    schema_error(vp, raw_json(given) + " is not a format version (the first is 1)");
}

}  // namespace rorkit::plan_json_detail
