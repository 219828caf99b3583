# cmake -Ddlls=A.dll;B.dll -Dfolder=DIR -P CopyDlls.cmake: the DLLs an
# executable needs (its TARGET_RUNTIME_DLLS, possibly none) copied beside it,
# where Windows looks for them first.
foreach(dll IN LISTS dlls)
  get_filename_component(name "${dll}" NAME)
  file(COPY_FILE "${dll}" "${folder}/${name}" ONLY_IF_DIFFERENT)
endforeach()
