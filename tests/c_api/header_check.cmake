# Compiles header_check.c as C99 and header_check.cpp as C++17, pedantic, warnings as errors.
set(flags -Wall -Wextra -pedantic -Werror -fsyntax-only)
set(incs)
foreach(i ${INCLUDES})
  list(APPEND incs -I${i})
endforeach()
execute_process(COMMAND ${CC} -std=c99 ${flags} ${incs} ${SRC_DIR}/header_check.c
                RESULT_VARIABLE rc_c OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc_c EQUAL 0)
  message(FATAL_ERROR "rorkit.h does not compile as C99:\n${out}")
endif()
execute_process(COMMAND ${CXX} -std=c++17 ${flags} ${incs} ${SRC_DIR}/header_check.cpp
                RESULT_VARIABLE rc_cxx OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc_cxx EQUAL 0)
  message(FATAL_ERROR "rorkit.h does not compile as C++17:\n${out}")
endif()
message(STATUS "rorkit.h compiles as C99 and as C++17")
