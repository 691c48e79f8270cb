# Build step (cmake -P): bzcat IN | GENERATOR > OUT, through a temporary file so that a failed
# run leaves no half-written table. Called by the custom command in CMakeLists.txt.
execute_process(COMMAND bzcat ${IN} COMMAND ${GENERATOR} OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE results RESULTS_VARIABLE all_results)
foreach(result IN LISTS all_results)
  if(NOT result EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "making ${OUT} from ${IN} failed (${all_results}); is bzip2 installed?")
  endif()
endforeach()
file(RENAME ${OUT}.tmp ${OUT})
