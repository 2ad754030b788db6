#pragma once
// The plan-document writer's output: JSON appended to one string, compact or indented two
// spaces, commas and indentation kept by a small per-depth state. No JSON model in between.
// Private to the library.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/plan_json_detail.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/plan/codes.hpp"

namespace rorkit::plan_json_detail {

class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// Starts a known member: separator, indentation, "name": . Known names need no escaping.
  void key(std::string_view name) {
    next();
    out_ += '"';
    out_ += name;
    out_ += pretty_ ? "\": " : "\":";
  }
  /// Starts a member whose name came from a document.
  void unknown_key(std::string_view name) {
    next();
    append_json_string(out_, name);
    out_ += pretty_ ? ": " : ":";
  }
  /// Starts an array element.
  void next() {
    if (!first_[depth_]) out_ += ',';
    first_[depth_] = false;
    if (pretty_) newline();
  }

  void str(std::string_view s) { append_json_string(out_, s); }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void null() { out_ += "null"; }
  void integer(std::int64_t v) { append_chars(v); }
  void uinteger(std::uint64_t v) { append_chars(v); }
  void number(double v) {
    if (!std::isfinite(v)) fail(RORKIT_ERROR_INVALID_ARGUMENT, "a plan document cannot hold NaN or infinity");
    append_chars(v);  // shortest text that reads back as the same double; 7 not 7.0
  }
  void date(const Date& d) {
    if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99)
      fail(RORKIT_ERROR_INVALID_DATE, "a date outside years 0-9999 cannot be written as YYYY-MM-DD");
    char buf[12] = {'"', char('0' + d.year / 1000), char('0' + d.year / 100 % 10),
                    char('0' + d.year / 10 % 10), char('0' + d.year % 10), '-',
                    char('0' + d.month / 10), char('0' + d.month % 10), '-',
                    char('0' + d.day / 10), char('0' + d.day % 10), '"'};
    out_.append(buf, sizeof buf);
  }
  /// A JSON value given as text (an unknown member); re-indented when pretty.
  void raw(std::string_view json) {
    if (pretty_)
      indent_raw(json);
    else
      out_ += json;
  }

  // Members with a value, in one call.
  void member(std::string_view k, std::string_view v) { key(k); str(v); }
  void member(std::string_view k, const std::string& v) { key(k); str(v); }
  void member(std::string_view k, const char* v) { key(k); str(v); }
  void member(std::string_view k, bool v) { key(k); boolean(v); }
  void member(std::string_view k, double v) { key(k); number(v); }
  void member(std::string_view k, const Date& v) { key(k); date(v); }
  void member_int(std::string_view k, std::int64_t v) { key(k); integer(v); }
  /// Left out when empty.
  void text(std::string_view k, const std::string& v) {
    if (!v.empty()) member(k, v);
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    begin_array();
    for (const auto& s : v) {
      next();
      str(s);
    }
    end_array();
  }
  template <class E>
  void code(std::string_view k, E v) {
    key(k);
    str(to_code(v));
  }

 private:
  void open(char c) {
    out_ += c;
    ++depth_;
    if (depth_ >= kMaxDepth) fail(RORKIT_ERROR_INTERNAL, "plan document nesting too deep");
    first_[depth_] = true;
  }
  void close(char c) {
    const bool empty = first_[depth_];
    --depth_;
    if (pretty_ && !empty) newline();
    out_ += c;
  }
  void newline() {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
  }
  template <class T>
  void append_chars(T v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<std::size_t>(res.ptr - buf));
  }
  // Pretty-prints JSON text at the current depth, copying strings untouched.
  void indent_raw(std::string_view json) {
    int base = depth_;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
      const char c = json[i];
      if (in_string) {
        out_ += c;
        if (escaped)
          escaped = false;
        else if (c == '\\')
          escaped = true;
        else if (c == '"')
          in_string = false;
        continue;
      }
      switch (c) {
        case '"': in_string = true; out_ += c; break;
        case '{':
        case '[': {
          std::size_t j = json.find_first_not_of(" \t\r\n", i + 1);
          if (j != std::string_view::npos && (json[j] == '}' || json[j] == ']')) {
            out_ += c;
            out_ += json[j];
            i = j;
            break;
          }
          out_ += c;
          ++depth_;
          newline();
          break;
        }
        case '}':
        case ']': --depth_; newline(); out_ += c; break;
        case ',': out_ += ','; newline(); break;
        case ':': out_ += ": "; break;
        case ' ': case '\t': case '\r': case '\n': break;
        default: out_ += c;
      }
    }
    depth_ = base;
  }

  static constexpr int kMaxDepth = 64;
  std::string& out_;
  bool pretty_;
  int depth_ = 0;
  bool first_[kMaxDepth] = {true};
};

}  // namespace rorkit::plan_json_detail
