// Typed access to a simdjson DOM for the plan-document reader, and the JSON string escaping the
// writer shares. Every error names the JSON pointer of the value and what was expected.

#include "io/plan_json_dom.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/text.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::plan_json_detail {
namespace {

const char* type_name(element e) noexcept {
  switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: return "an array";
    case simdjson::dom::element_type::OBJECT: return "an object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return "a number";
    case simdjson::dom::element_type::STRING: return "a string";
    case simdjson::dom::element_type::BOOL: return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE: return "null";
  }
  return "a value";
}

[[noreturn]] void wrong_type(const Path& p, const char* expected, element e) {
  schema_error(p, std::string("expected ") + expected + ", got " + type_name(e));
}

void append_pointer(std::string& out, const Path& p) {
  if (p.parent == nullptr) return;  // the root frame
  append_pointer(out, *p.parent);
  out += '/';
  if (p.is_index) {
    out += std::to_string(p.index);
    return;
  }
  for (char c : p.key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string Path::str() const {
  std::string out;
  append_pointer(out, *this);
  return out;
}

void fail_at(rorkit_status status, const Path& path, std::string_view what) {
  std::string where = path.str();
  if (where.empty()) where = "(document)";
  fail(status, where + ": " + std::string(what));
}

void schema_error(const Path& path, std::string_view what) { fail_at(RORKIT_ERROR_SCHEMA, path, what); }

void missing_member(const Path& p, std::string_view name) {
  schema_error(p / name, "the required member is missing");
}

void bad_code(const Path& path, std::string_view value, std::string_view allowed) {
  schema_error(path, shown(value) + " is not one of " + std::string(allowed));
}

object as_object(element e, const Path& p) {
  object o;
  if (e.get_object().get(o) != simdjson::SUCCESS) wrong_type(p, "an object", e);
  return o;
}

array as_array(element e, const Path& p) {
  array a;
  if (e.get_array().get(a) != simdjson::SUCCESS) wrong_type(p, "an array", e);
  return a;
}

std::string_view as_view(element e, const Path& p) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) wrong_type(p, "a string", e);
  return s;
}

bool as_bool(element e, const Path& p) {
  bool b = false;
  if (e.get_bool().get(b) != simdjson::SUCCESS) wrong_type(p, "true or false", e);
  return b;
}

double as_number(element e, const Path& p) {
  double d = 0;
  if (e.get_double().get(d) != simdjson::SUCCESS) wrong_type(p, "a number", e);
  return d;
}

std::int64_t as_integer(element e, const Path& p, std::int64_t lo, std::int64_t hi) {
  std::int64_t v = 0;
  switch (e.type()) {
    case simdjson::dom::element_type::INT64: v = e.get_int64().value_unsafe(); break;
    case simdjson::dom::element_type::UINT64:
      fail_at(RORKIT_ERROR_OUT_OF_RANGE, p,
              std::to_string(e.get_uint64().value_unsafe()) + " is not " + std::to_string(lo) +
                  "-" + std::to_string(hi));
    case simdjson::dom::element_type::DOUBLE:
      schema_error(p, "expected an integer, got a number with a fraction or an exponent");
    default: wrong_type(p, "an integer", e);
  }
  if (v < lo || v > hi)
    fail_at(RORKIT_ERROR_OUT_OF_RANGE, p,
            std::to_string(v) + " is not " + std::to_string(lo) + "-" + std::to_string(hi));
  return v;
}

std::uint64_t as_uint64(element e, const Path& p) {
  switch (e.type()) {
    case simdjson::dom::element_type::INT64: {
      std::int64_t v = e.get_int64().value_unsafe();
      if (v < 0) fail_at(RORKIT_ERROR_OUT_OF_RANGE, p, std::to_string(v) + " is negative");
      return static_cast<std::uint64_t>(v);
    }
    case simdjson::dom::element_type::UINT64: return e.get_uint64().value_unsafe();
    case simdjson::dom::element_type::DOUBLE:
      schema_error(p, "expected an integer, got a number with a fraction or an exponent");
    default: wrong_type(p, "an integer", e);
  }
}

Date as_date(element e, const Path& p) {
  std::string_view s = as_view(e, p);
  bool form = s.size() == 10 && s[4] == '-' && s[7] == '-' && is_digit(s[0]) && is_digit(s[1]) &&
              is_digit(s[2]) && is_digit(s[3]) && is_digit(s[5]) && is_digit(s[6]) &&
              is_digit(s[8]) && is_digit(s[9]);
  if (!form) fail_at(RORKIT_ERROR_INVALID_DATE, p, shown(s) + " is not a date of the form YYYY-MM-DD");
  auto num = [&](std::size_t at, std::size_t n) {
    std::int32_t v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (!is_valid(d)) fail_at(RORKIT_ERROR_INVALID_DATE, p, shown(s) + " is not a real date");
  return d;
}

Timestamp as_timestamp(element e, const Path& p) {
  std::string_view s = as_view(e, p);
  try {
    return Timestamp::parse(s);
  } catch (const Error& err) {
    fail_at(err.status(), p, err.what());
  }
}

std::vector<std::string> as_strings(element e, const Path& p) {
  array a = as_array(e, p);
  std::vector<std::string> out;
  out.reserve(a.size());
  std::size_t i = 0;
  for (element v : a) out.emplace_back(as_view(v, p[i++]));
  return out;
}

std::string raw_json(element e) { return simdjson::minify(e); }

void UnknownSink::add(std::string_view key, element value) const {
  if (fields != nullptr)
    fields->emplace_back(std::string(key), raw_json(value));
  else if (stash != nullptr)
    append_stash_member(*stash, key, raw_json(value));
}

namespace {

// True when one of the 8 bytes of w needs escaping (below 0x20, '"' or '\\'): the usual SWAR
// "has a zero byte" test on w, w ^ '"' and w ^ '\\', and a "has a byte below 0x20" test.
inline bool needs_escape(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto has_zero = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
  return ((w - ones * 0x20) & ~w & highs) | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'));
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < s.size()) {
    // Text rarely needs escaping: skip it eight bytes at a time.
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!needs_escape(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(esc, sizeof esc);
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_stash_member(std::string& out, std::string_view name, std::string_view raw) {
  out += out.empty() ? '{' : ',';
  append_json_string(out, name);
  out += ':';
  out += raw;
}

}  // namespace rorkit::plan_json_detail
