#pragma once
// The handle types behind the key-figure C ABI and what its functions share: accessors that
// name the parameter when it is NULL, and a small JSON writer for the analytics results.

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_keyfig.h"
#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/panel.hpp"
#include "rorkit/keyfig/synthetic.hpp"

struct rorkit_catalogue {
  std::optional<rorkit::Catalogue> owned;  // empty for the builtin catalogue
  const rorkit::Catalogue* catalogue = nullptr;
};

struct rorkit_panel {
  rorkit::Panel panel;
};

struct rorkit_aggregates {
  rorkit::KeyFigureAggregates aggregates;
};

struct rorkit_synthetic {
  rorkit::SyntheticData data;
};

namespace rorkit::capi {

/// The catalogue of a handle; NULL means the builtin one.
inline const rorkit::Catalogue& catalogue_of(const rorkit_catalogue* c) {
  return c == nullptr ? rorkit::Catalogue::builtin() : *c->catalogue;
}

inline rorkit::Panel& panel_of(rorkit_panel* p) {
  require_arg(p, "panel");
  return p->panel;
}
inline const rorkit::Panel& panel_of(const rorkit_panel* p) {
  require_arg(p, "panel");
  return p->panel;
}

inline const rorkit::KeyFigureAggregates& aggregates_of(const rorkit_aggregates* a,
                                                        const char* name = "aggregates") {
  require_arg(a, name);
  return a->aggregates;
}

/// A list of C strings (NULL allowed when count is 0), each validated as UTF-8.
inline std::vector<std::string> text_list(const char* const* items, std::size_t count,
                                          const char* name) {
  std::vector<std::string> out;
  if (count == 0) return out;
  require_arg(items, name);
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string item = std::string(name) + "[" + std::to_string(i) + "]";
    out.emplace_back(require_text(items[i], item.c_str()));
  }
  return out;
}

/// Appends JSON: compact, keys in the order written, non-finite numbers as null.
class Json {
 public:
  Json& begin_object() { sep(); out_ += '{'; first_ = true; return *this; }
  Json& end_object() { out_ += '}'; first_ = false; return *this; }
  Json& begin_array() { sep(); out_ += '['; first_ = true; return *this; }
  Json& end_array() { out_ += ']'; first_ = false; return *this; }
  Json& key(std::string_view k) {
    sep();
    str(k);
    out_ += ':';
    first_ = true;  // the value follows without a comma
    return *this;
  }
  Json& string(std::string_view s) { sep(); str(s); return *this; }
  Json& number(double v) {
    sep();
    if (!std::isfinite(v)) {
      out_ += "null";
    } else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", v);
      out_ += buf;
    }
    return *this;
  }
  Json& integer(long long v) { sep(); out_ += std::to_string(v); return *this; }
  Json& null() { sep(); out_ += "null"; return *this; }
  [[nodiscard]] const std::string& text() const noexcept { return out_; }

 private:
  void sep() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  void str(std::string_view s) {
    out_ += '"';
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out_ += buf;
          } else {
            out_ += ch;
          }
      }
    }
    out_ += '"';
  }
  std::string out_;
  bool first_ = true;
};

}  // namespace rorkit::capi
