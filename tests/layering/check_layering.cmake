# The layering rule of ADR 0004 as a check: dependencies point one way,
# app -> views -> model, app -> exporters -> model and app -> importers ->
# model, and none of model/, exporters/ and importers/ may use Qt Widgets
# (they run in lintel-cli without a display).
#
#   cmake -DROOT=<tree> [-DWIDGET_HEADERS_DIR=<.../QtWidgets>]
#         [-DEXPECT=<file:line;...>] -P check_layering.cmake
#
# Without EXPECT every violation fails the run. With EXPECT (the fixture
# trees in tests/data/layering) the run fails unless exactly those
# places are reported, so the check itself is shown to catch what it must.
cmake_minimum_required(VERSION 3.20)

get_filename_component(ROOT "${ROOT}" ABSOLUTE)
if(NOT IS_DIRECTORY "${ROOT}")
  message(FATAL_ERROR "check_layering: ROOT '${ROOT}' is not a directory")
endif()

# Qt Widgets class headers (<QWidget>, <QGraphicsScene>...): the installed
# module's own list when known, so a new widget class needs no edit here.
set(widget_headers "")
if(WIDGET_HEADERS_DIR AND IS_DIRECTORY "${WIDGET_HEADERS_DIR}")
  file(GLOB entries RELATIVE "${WIDGET_HEADERS_DIR}" "${WIDGET_HEADERS_DIR}/Q*")
  foreach(entry IN LISTS entries)
    if(entry MATCHES "^Q[A-Za-z0-9]+$" AND NOT IS_DIRECTORY "${WIDGET_HEADERS_DIR}/${entry}")
      list(APPEND widget_headers "${entry}")
    endif()
  endforeach()
endif()
if(NOT widget_headers)
  # No Qt Widgets installed (a CLI-only build): the usual suspects.
  set(widget_headers QWidget QApplication QMainWindow QDialog QGraphicsScene QGraphicsView
      QGraphicsItem QLabel QPushButton QLineEdit QTreeView QListWidget QMessageBox QFileDialog)
endif()

# layer -> include prefixes it must not use
set(forbidden_model "views/;exporters/;importers/;app/")
set(forbidden_exporters "views/;importers/;app/")
set(forbidden_importers "views/;exporters/;app/")

set(violations "")
set(report "")
foreach(layer IN ITEMS model exporters importers)
  file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
  list(SORT sources)
  foreach(source IN LISTS sources)
    file(STRINGS "${ROOT}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
        continue()
      endif()
      set(header "${CMAKE_MATCH_2}")
      set(why "")
      foreach(prefix IN LISTS forbidden_${layer})
        string(FIND "${header}" "${prefix}" at)
        if(at EQUAL 0)
          set(why "${layer}/ must not include from ${prefix} (dependencies point app -> views/exporters/importers -> model)")
        endif()
      endforeach()
      string(REGEX REPLACE "^QtWidgets/" "" bare "${header}")
      if(header MATCHES "^QtWidgets(/|$)" OR bare IN_LIST widget_headers)
        set(why "${layer}/ must not use Qt Widgets (<${header}>): it runs without a display")
      endif()
      if(why)
        list(APPEND violations "${source}:${number}")
        string(APPEND report "  ${source}:${number}: includes \"${header}\": ${why}\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(DEFINED EXPECT)
  list(SORT violations)
  set(expected ${EXPECT})
  list(SORT expected)
  if(NOT violations STREQUAL expected)
    message(FATAL_ERROR "check_layering: in ${ROOT} expected exactly these violations:\n  ${expected}\n"
                        "but found:\n${report}")
  endif()
  list(LENGTH violations count)
  message(STATUS "check_layering: the ${count} planted violations in ${ROOT} were all reported:\n${report}")
elseif(violations)
  message(FATAL_ERROR "Layering rule (docs/decisions/0004) broken in ${ROOT}:\n${report}")
else()
  message(STATUS "check_layering: ${ROOT} keeps to the layering rule")
endif()
