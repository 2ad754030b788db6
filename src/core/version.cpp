#include "rorkit/rorkit.hpp"

namespace rorkit {

const char* version() noexcept { return RORKIT_VERSION_FROM_BUILD; }

}  // namespace rorkit
