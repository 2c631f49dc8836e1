# Helpers shared by every target: one warning policy, one way to declare a test.

# Our code builds with -Wall -Wextra and without warnings.
function(switchboard_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
endfunction()

# add_switchboard_test(NAME <name> SOURCES <files...> [GUI] [BROKER] [LIBS <targets...>] [LABELS <labels...>])
#   GUI     links the ui library and runs with -platform offscreen
#   BROKER  needs the real Kafka broker (SWITCHBOARD_TEST_BOOTSTRAP); labelled "broker"
function(add_switchboard_test)
  cmake_parse_arguments(T "GUI;BROKER" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  switchboard_warnings(${T_NAME})
  target_link_libraries(${T_NAME} PRIVATE switchboard_testsupport Qt6::Test ${T_LIBS})
  set(args)
  set(labels ${T_LABELS})
  if(T_GUI)
    target_link_libraries(${T_NAME} PRIVATE switchboard_ui)
    list(APPEND args -platform offscreen)
    list(APPEND labels gui)
  endif()
  if(T_BROKER)
    list(APPEND labels broker)
  endif()
  if(NOT labels)
    set(labels unit)
  endif()
  add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${args})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(environment "QT_QPA_PLATFORM=offscreen;SWITCHBOARD_SOURCE_DIR=${PROJECT_SOURCE_DIR};SWITCHBOARD_BINARY_DIR=${PROJECT_BINARY_DIR}")
  if(T_GUI)
    # The views' catalog work must stay off the GUI thread: a QueryRunner made on that thread
    # then makes a store call there fatal (Database::guardThread).
    list(APPEND environment SWITCHBOARD_GUARD_GUI_THREAD=1)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${labels}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${environment}")
endfunction()
