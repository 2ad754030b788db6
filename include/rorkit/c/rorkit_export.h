/* RORKIT_API marks the functions of the C ABI. The library is built with hidden visibility, so
   only what carries this macro is exported from librorkit.so. Define RORKIT_STATIC when linking
   the static library on Windows. */
#ifndef RORKIT_EXPORT_H
#define RORKIT_EXPORT_H

#if defined(_WIN32) && !defined(RORKIT_STATIC)
#  if defined(RORKIT_BUILDING)
#    define RORKIT_API __declspec(dllexport)
#  else
#    define RORKIT_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define RORKIT_API __attribute__((visibility("default")))
#else
#  define RORKIT_API
#endif

#endif
