# Compiles through ccache when it is installed (scripts/install-deps and
# scripts/windows/install-tools install it): CI builds a fresh clone every
# time, and without a compiler cache the Linux, fuzz and Windows trees were
# compiled whole on every run (about 15 of CI's 32 minutes on 2 cores) even
# when one file had changed. CCACHE_BASEDIR makes the paths inside this
# source tree relative before hashing, so that a clone in another folder
# hits the same entries; the objects are byte-identical to uncached ones
# (Release builds carry no debug paths). -DCWTRACK_CCACHE=OFF compiles
# without it.
option(CWTRACK_CCACHE "Compile through ccache when it is installed" ON)
if(CWTRACK_CCACHE)
  find_program(CWTRACK_CCACHE_PROGRAM ccache)
  if(CWTRACK_CCACHE_PROGRAM)
    foreach(lang C CXX)
      set(CMAKE_${lang}_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
                                          CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}
                                          ${CWTRACK_CCACHE_PROGRAM})
    endforeach()
  endif()
endif()
