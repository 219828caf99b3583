# cwtrack_set_warnings(target): the project's warning set, owned by each target.
function(cwtrack_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Wconversion -Wno-sign-conversion)
  endif()
endfunction()
