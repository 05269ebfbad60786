# One fuzz target's ctest run: first every saved regression input on its own,
# then a fixed number of fuzzing runs (fixed seed) starting from the seed
# corpus. New inputs go to a fresh folder in the build tree, never into the
# committed corpus. Variables: FUZZER, NAME, SOURCE (tests/fuzz), WORK, RUNS.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(STRINGS "${SOURCE}/${NAME}.options" flags REGEX "^-")

file(GLOB regressions "${SOURCE}/regressions/${NAME}/*")
if(regressions)
  execute_process(COMMAND "${FUZZER}" ${flags} ${regressions} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fuzz_${NAME}: a saved regression input fails again (exit ${rc})")
  endif()
endif()

execute_process(
  COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -print_final_stats=1 ${flags}
          "-dict=${SOURCE}/${NAME}.dict" "-artifact_prefix=${WORK}/"
          "${WORK}/corpus" "${SOURCE}/corpus/${NAME}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzz_${NAME}: failed (exit ${rc}); the input is saved in ${WORK}/")
endif()
