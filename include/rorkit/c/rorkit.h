/* rorkit: the C ABI (umbrella header). Conventions in docs/c-api.md. */
#ifndef RORKIT_H
#define RORKIT_H

#include "rorkit/c/rorkit_common.h"
#include "rorkit/c/rorkit_refdata.h"
#include "rorkit/c/rorkit_calendar.h"
#include "rorkit/c/rorkit_ical.h"
#include "rorkit/c/rorkit_plan.h"
#include "rorkit/c/rorkit_measures.h"
#include "rorkit/c/rorkit_course.h"
#include "rorkit/c/rorkit_keyfig.h"

#endif
