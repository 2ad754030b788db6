/* rorkit: the C ABI (umbrella header). Conventions in docs/c-api.md. */
#ifndef RORKIT_H
#define RORKIT_H

#include "rorkit/c/rorkit_common.h"
#include "rorkit/c/rorkit_refdata.h"
#include "rorkit/c/rorkit_calendar.h"
#include "rorkit/c/rorkit_ical.h"

#endif
