// C ABI: the key-figure catalogue. The builtin catalogue's handle only points at the static
// one, so the strings it hands out are static; a catalogue read from JSON owns its figures.

#include "c_api/keyfig_handles.hpp"

using namespace rorkit::capi;

namespace {

rorkit_figure_info info_of(const rorkit::KeyFigure& k) {
  return rorkit_figure_info{k.id.c_str(),
                            k.number,
                            k.name_da.c_str(),
                            k.name_en.c_str(),
                            k.theme.c_str(),
                            static_cast<int32_t>(k.source),
                            k.numerator.c_str(),
                            k.denominator.c_str(),
                            static_cast<int32_t>(k.unit),
                            static_cast<int32_t>(k.direction),
                            static_cast<int32_t>(k.averaging),
                            k.provisional ? 1 : 0,
                            k.note.c_str()};
}

const rorkit::Catalogue& required(const rorkit_catalogue* c) {
  require_arg(c, "catalogue");
  return *c->catalogue;
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_catalogue_builtin(rorkit_catalogue** out) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto* h = new rorkit_catalogue{};
    h->catalogue = &rorkit::Catalogue::builtin();
    *out = h;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_catalogue_from_json(rorkit_catalogue** out, const char* json,
                                                    size_t size) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(json, "json");
    auto* h = new rorkit_catalogue{};
    try {
      h->owned = rorkit::Catalogue::from_json(std::string_view(json, size));
    } catch (...) {
      delete h;
      throw;
    }
    h->catalogue = &*h->owned;
    *out = h;
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_catalogue_free(rorkit_catalogue* catalogue) { delete catalogue; }

RORKIT_API rorkit_status rorkit_catalogue_to_json(rorkit_string* out,
                                                  const rorkit_catalogue* catalogue, int pretty) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, required(catalogue).to_json(pretty != 0));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_catalogue_count(size_t* out, const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = required(catalogue).size();
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_catalogue_figure(rorkit_figure_info* out,
                                                 const rorkit_catalogue* catalogue, size_t index) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& c = required(catalogue);
    if (index >= c.size())
      rorkit::fail(RORKIT_ERROR_OUT_OF_RANGE, "index " + std::to_string(index) +
                                                  " is beyond the catalogue's " +
                                                  std::to_string(c.size()) + " figures");
    *out = info_of(c.figures()[index]);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_catalogue_find(rorkit_figure_info* out,
                                               const rorkit_catalogue* catalogue, const char* id) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& c = required(catalogue);
    *out = info_of(c.at(require_text(id, "id")));
    return RORKIT_OK;
  });
}

}  // extern "C"
