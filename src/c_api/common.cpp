// The conventions shared by every C ABI function: status strings, the thread-local last error,
// versions, owned strings and dates.

#include <cstdlib>
#include <string>

#include "c_api/guard.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/rorkit.hpp"

namespace rorkit::capi {
namespace {
// Per thread so that errors never cross threads (docs/threading.md).
thread_local std::string last_error;
}  // namespace

void set_last_error(std::string_view message) noexcept {
  try {
    last_error.assign(message.data(), message.size());
  } catch (...) {
    // Out of memory while recording an error: keep a fixed message rather than throw.
    last_error.clear();
  }
}

void clear_last_error() noexcept { last_error.clear(); }

std::string_view require_text(const char* s, const char* name) {
  require_arg(s, name);
  std::string_view v(s);
  require_utf8(v, name);
  return v;
}

rorkit::Date to_date(const rorkit_date& d, const char* name) {
  rorkit::Date out{d.year, d.month, d.day};
  require_valid(out, name);
  return out;
}

void to_owned(rorkit_string* out, std::string_view bytes) {
  require_arg(out, "out");
  char* p = static_cast<char*>(std::malloc(bytes.size() + 1));
  if (p == nullptr) throw std::bad_alloc();
  std::memcpy(p, bytes.data(), bytes.size());
  p[bytes.size()] = '\0';
  out->data = p;
  out->size = bytes.size();
}

}  // namespace rorkit::capi

using namespace rorkit::capi;

extern "C" {

RORKIT_API const char* rorkit_status_str(rorkit_status status) {
  return rorkit::status_str(status);
}

RORKIT_API const char* rorkit_last_error(void) { return last_error.c_str(); }

RORKIT_API const char* rorkit_version(void) {
  clear_last_error();
  return rorkit::version();
}

RORKIT_API uint32_t rorkit_abi_version(void) {
  clear_last_error();
  return RORKIT_ABI_VERSION;
}

RORKIT_API void rorkit_string_free(rorkit_string* str) {
  if (str == nullptr) return;
  std::free(str->data);
  str->data = nullptr;
  str->size = 0;
}

RORKIT_API rorkit_status rorkit_date_parse(rorkit_date* out, const char* iso) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto text = require_text(iso, "iso");
    *out = to_c(rorkit::Date::parse(text));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_date_format(char* dst, size_t capacity, rorkit_date date) {
  return guarded(__func__, [&] {
    require_arg(dst, "dst");
    auto d = to_date(date, "date");
    if (capacity < RORKIT_DATE_ISO_SIZE)
      rorkit::fail(RORKIT_ERROR_BUFFER_TOO_SMALL,
                   "dst holds " + std::to_string(capacity) + " bytes, " +
                       std::to_string(RORKIT_DATE_ISO_SIZE) + " needed");
    auto s = d.iso();
    std::memcpy(dst, s.c_str(), s.size() + 1);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_date_validate(rorkit_date date) {
  return guarded(__func__, [&] {
    to_date(date, "date");
    return RORKIT_OK;
  });
}

}  // extern "C"
