# Warnings for project code only. Third-party headers come in as SYSTEM includes so they
# never trip -Werror.
add_library(rorkit_warnings INTERFACE)
target_compile_options(rorkit_warnings INTERFACE
  $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
  $<$<COMPILE_LANG_AND_ID:C,GNU,Clang>:-Wall -Wextra -Wpedantic>)
if(RORKIT_WERROR)
  target_compile_options(rorkit_warnings INTERFACE $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Werror>
                                                   $<$<COMPILE_LANG_AND_ID:C,GNU,Clang>:-Werror>)
endif()
