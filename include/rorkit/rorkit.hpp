#pragma once
// rorkit: the C++ API (umbrella header).

#include "rorkit/c/rorkit_version.h"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/calendar/workdays.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/io/ical.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit {

/// The version of the compiled library, e.g. "0.1.0".
const char* version() noexcept;

}  // namespace rorkit
