# Precompiled headers: Qt's headers cost most of each file's compile time, so each family of
# targets parses them once (a newcomer's first build is most of their wait; issue 10, item 8).
# HEARD_PCH=OFF turns them off, e.g. to check that every file includes what it uses.
option(HEARD_PCH "Use precompiled headers" ON)

set(HEARD_PCH_DIR ${CMAKE_CURRENT_LIST_DIR}/pch)

# heard_precompile(TARGET HEADER): TARGET parses HEADER (from cmake/pch/) once for all its files.
function(heard_precompile target header)
    if(HEARD_PCH)
        target_precompile_headers(${target} PRIVATE ${HEARD_PCH_DIR}/${header})
    endif()
endfunction()

# heard_reuse_precompiled(TARGET HOST): TARGET uses HOST's precompiled header, built once for
# many small targets (every test). TARGET must be compiled with the same flags as HOST.
function(heard_reuse_precompiled target host)
    if(HEARD_PCH)
        target_precompile_headers(${target} REUSE_FROM ${host})
    endif()
endfunction()
