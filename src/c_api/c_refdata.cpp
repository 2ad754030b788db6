// C ABI: municipalities and regions.

#include <cstring>

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_refdata.h"
#include "rorkit/core/municipality.hpp"

using namespace rorkit::capi;

namespace {

rorkit::Date date_or_today(const rorkit_date* on) {
  return on == nullptr ? rorkit::today() : to_date(*on, "on");
}

rorkit_region to_c(const rorkit::Region& r) {
  rorkit_region out{};
  out.code = r.code;
  out.name = r.name.data();  // static, NUL-terminated literal
  out.valid_from = rorkit::capi::to_c(r.valid_from);
  if (r.valid_to) out.valid_to = rorkit::capi::to_c(*r.valid_to);
  return out;
}

rorkit_municipality to_c(const rorkit::Municipality& m, const rorkit::Date& on) {
  rorkit_municipality out{};
  out.code = m.code;
  auto c3 = m.code3();
  auto c4 = m.code4();
  std::memcpy(out.code3, c3.c_str(), sizeof out.code3);
  std::memcpy(out.code4, c4.c_str(), sizeof out.code4);
  out.name = m.name.data();
  const auto& region = rorkit::region_of(m, on);
  out.region_code = region.code;
  out.region_name = region.name.data();
  return out;
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_municipality_find(rorkit_municipality* out, const char* query,
                                                  const rorkit_date* on) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto q = require_text(query, "query");
    auto date = date_or_today(on);
    *out = to_c(rorkit::find_municipality(q), date);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_municipality_list(rorkit_municipality* dst, size_t capacity,
                                                  size_t* count, int32_t region_code,
                                                  const rorkit_date* on) {
  return guarded(__func__, [&] {
    auto date = date_or_today(on);
    auto items = region_code == 0 ? rorkit::municipalities()
                                  : rorkit::municipalities_in_region(region_code, date);
    return copy_out(dst, capacity, count, items,
                    [&](const rorkit::Municipality& m) { return to_c(m, date); });
  });
}

RORKIT_API rorkit_status rorkit_region_list(rorkit_region* dst, size_t capacity, size_t* count,
                                            const rorkit_date* on) {
  return guarded(__func__, [&] {
    auto items = rorkit::regions_on(date_or_today(on));
    return copy_out(dst, capacity, count, items,
                    [](const rorkit::Region& r) { return to_c(r); });
  });
}

RORKIT_API rorkit_status rorkit_region_find(rorkit_region* out, const char* query) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(rorkit::find_region(require_text(query, "query")));
    return RORKIT_OK;
  });
}

}  // extern "C"
