# CI check: fail when lupdate would change translations/. Runs lupdate exactly as the
# update_translations target does (same project description, same options), but into copies of
# the .ts files, and compares the copies with the committed files.
#
# Variables: PROJECT_IN (build/.../.lupdate/heard_kiosk_ui_project.cmake), GENERATOR
# (Qt's GenerateLUpdateProject.cmake), LUPDATE (the lupdate binary), TS_FILES, OPTIONS, WORK_DIR.
foreach(var PROJECT_IN GENERATOR LUPDATE TS_FILES WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations.cmake: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    if(NOT EXISTS "${ts}")
        message(FATAL_ERROR "Missing ${ts}: run `cmake --build build --target update_translations`")
    endif()
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# The build's own project description, pointed at the copies.
file(WRITE "${WORK_DIR}/project.cmake"
    "include(\"${PROJECT_IN}\")\nset(lupdate_translations \"${copies}\")\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${WORK_DIR}/project.cmake
                        -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Could not generate the lupdate project (${rc})")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${OPTIONS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()

set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}"
                    RESULT_VARIABLE same)
    if(NOT same EQUAL 0)
        list(APPEND stale "${name}")
        execute_process(COMMAND diff -u "${ts}" "${WORK_DIR}/${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "lupdate would change: ${stale}. Run "
                        "`cmake --build build --target update_translations`, translate, commit.")
endif()
message(STATUS "translations/ is what lupdate writes")
