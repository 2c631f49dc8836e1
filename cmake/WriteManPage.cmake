# cmake -DTOOL=<executable> -DOUT=<file.1> -P WriteManPage.cmake: writes "<executable> --man" to
# the file and a gzip'd copy beside it (<file.1>.gz, what Debian installs), and fails the build
# when the executable fails or prints nothing.
get_filename_component(dir ${OUT} DIRECTORY)
# Default paths in the page as a reader's, not the build machine's: ~/.local/share/...
set(ENV{HOME} "~")
unset(ENV{XDG_DATA_HOME})
file(MAKE_DIRECTORY ${dir})
execute_process(COMMAND ${TOOL} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
file(SIZE ${OUT}.tmp size)
if(NOT rc EQUAL 0 OR size EQUAL 0)
  message(FATAL_ERROR "${TOOL} --man failed (${rc}) or printed nothing")
endif()
file(RENAME ${OUT}.tmp ${OUT})
# gzip -9n: no name or time stamp in the header, so the package is the same from build to build.
execute_process(COMMAND gzip -9nkf ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT} failed (${rc})")
endif()
