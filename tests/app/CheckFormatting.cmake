# The C++ sources follow .clang-format. Usage: cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormatting.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
                RESULT_VARIABLE status ERROR_VARIABLE complaints)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "Not formatted; run clang-format -i on these files:\n${complaints}")
endif()
