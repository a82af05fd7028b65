# motus_module(NAME DEPS...) makes library motus_<NAME> from every .cpp under the calling
# directory, so adding a file never needs a CMake edit. A module with no sources yet is an
# interface library that only forwards its dependencies.
function(motus_module name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(sources)
    add_library(motus_${name} STATIC ${sources})
    target_include_directories(motus_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(motus_${name} PUBLIC ${ARGN})
  else()
    add_library(motus_${name} INTERFACE)
    target_include_directories(motus_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(motus_${name} INTERFACE ${ARGN})
  endif()
endfunction()
