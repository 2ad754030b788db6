#pragma once
// Parsing a versioned rorkit document (a plan, a course) into a simdjson DOM: malformed JSON is
// reported with line and column, and "format" / "format_version" are checked before anything
// else. Shared by the document readers; private to the library.

#include <simdjson.h>

#include <memory>
#include <string_view>
#include <vector>

#include "io/plan_json_dom.hpp"

namespace rorkit::plan_json_detail {

/// Throws Error(RORKIT_ERROR_PARSE, "malformed JSON at line L, column C: <reason>") for text
/// simdjson refused with `code`. Malformed JSON is parsed a second time, with nlohmann's SAX
/// parser and only on this error path, to learn where it broke; the document's text is never
/// quoted. `one_line`: a JSON Lines row, whose line the caller names; only the column is given.
[[noreturn]] void fail_parse(std::string_view json, simdjson::error_code code, bool one_line);

/// Parses `json` (a leading UTF-8 byte order mark skipped) and returns its root. The parser is
/// this thread's, which keeps its buffers between calls, or for a document over 16 MB one
/// made in `own`, so its memory is returned; the root lives until the next parse on this thread
/// or until `own` goes. Malformed JSON: fail_parse.
element parse_root(std::string_view json, bool one_line,
                   std::unique_ptr<simdjson::dom::parser>& own);

/// Parses `json` and hands the root to `read`.
template <class Read>
void with_root(std::string_view json, bool one_line, Read&& read) {
  std::unique_ptr<simdjson::dom::parser> own;
  read(parse_root(json, one_line, own));
}

/// Reads each item of the array `e` into its place at the back of `out` (no moves of large
/// structs): read(item, path, out.back()).
template <class T, class Read>
void read_list(element e, const Path& p, std::vector<T>& out, Read&& read) {
  array list = as_array(e, p);
  out.reserve(out.size() + list.size());
  std::size_t i = 0;
  for (element item : list) {
    out.emplace_back();
    read(item, p[i], out.back());
    ++i;
  }
}

/// Checks the object's "format" (must be `name`: SCHEMA) and "format_version" (newer than
/// `version`: UNSUPPORTED_VERSION; not an integer from 1: SCHEMA), so that a newer
/// document whose shape changed is reported as newer rather than as malformed.
void check_format(element e, const Path& path, std::string_view name, int version);

}  // namespace rorkit::plan_json_detail
