#include "rorkit/core/error.hpp"

namespace rorkit {

const char* status_str(rorkit_status status) noexcept {
  switch (status) {
    case RORKIT_OK: return "ok";
    case RORKIT_ERROR_INTERNAL: return "internal error";
    case RORKIT_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case RORKIT_ERROR_NULL_POINTER: return "null pointer";
    case RORKIT_ERROR_BUFFER_TOO_SMALL: return "buffer too small";
    case RORKIT_ERROR_OUT_OF_MEMORY: return "out of memory";
    case RORKIT_ERROR_INVALID_UTF8: return "invalid UTF-8";
    case RORKIT_ERROR_NOT_FOUND: return "not found";
    case RORKIT_ERROR_OUT_OF_RANGE: return "out of range";
    case RORKIT_ERROR_PARSE: return "parse error";
    case RORKIT_ERROR_IO: return "I/O error";
    case RORKIT_ERROR_UNSUPPORTED_VERSION: return "unsupported version";
    case RORKIT_ERROR_DUPLICATE: return "duplicate";
    case RORKIT_ERROR_INVALID_STATE: return "invalid state";
    case RORKIT_ERROR_VALIDATION: return "validation failed";
    case RORKIT_ERROR_INVALID_DATE: return "invalid date";
    case RORKIT_ERROR_YEAR_OUT_OF_RANGE: return "year out of range";
    case RORKIT_ERROR_DATE_ORDER: return "dates out of order";
    case RORKIT_ERROR_INVALID_SCHOOL_BREAK: return "invalid school break";
    case RORKIT_ERROR_ILLEGAL_TRANSITION: return "illegal transition";
    case RORKIT_ERROR_DANGLING_REFERENCE: return "dangling reference";
    case RORKIT_ERROR_ITEM_OUT_OF_RANGE: return "item out of range";
    case RORKIT_ERROR_MISSING_ITEMS: return "too many items missing";
    case RORKIT_ERROR_REFERENCED: return "still referenced";
    case RORKIT_ERROR_WINDOW_TOO_SHORT: return "phase window too short";
    case RORKIT_ERROR_COMPOSITION: return "group composition breaks a rule";
    case RORKIT_ERROR_REGISTRATION: return "registration criterion not met";
    case RORKIT_ERROR_NOT_A_WORKING_DAY: return "not a working day";
    case RORKIT_ERROR_SCHEMA: return "document does not match the schema";
  }
  return "unknown status";
}

}  // namespace rorkit
