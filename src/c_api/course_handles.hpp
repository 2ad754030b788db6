#pragma once
// The handle type behind rorkit_course and the accessors the course C functions share.

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_course.h"
#include "rorkit/course/model.hpp"

struct rorkit_course {
  rorkit::Course course;
};

namespace rorkit::capi {

inline rorkit::Course& course_of(rorkit_course* c) {
  require_arg(c, "course");
  return c->course;
}
inline const rorkit::Course& course_of(const rorkit_course* c) {
  require_arg(c, "course");
  return c->course;
}

}  // namespace rorkit::capi
