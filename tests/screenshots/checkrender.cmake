# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the screenshot tool into a fresh folder and checks that every screen produced an image.
# SIGNED_IN lists the sync page's signed-in shots (space-separated), rendered when the build has barntid-server.
separate_arguments(SIGNED_IN)
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${TOOL}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "barntid_screenshots exited with ${rc}")
endif()
foreach(name pinsetup-tablet pinsetup-phone cases-tablet case-tablet visit-draft-tablet
             visit-signed-tablet cases-phone case-phone visit-draft-phone visit-signed-phone
             cases-tablet-dark visit-draft-tablet-dark unlock-tablet unlock-phone unlock-phone-dark fosterhomes-tablet
             fosterhomes-phone week-tablet week-phone sync-signin-tablet sync-signin-phone
             child-intro-tablet child-intro-phone child-pictures-tablet child-pictures-phone
             child-words-tablet child-words-phone child-summary-tablet child-summary-phone
             child-thanks-tablet handback-phone visit-answers-tablet visit-answers-phone
             ${SIGNED_IN})
  file(SIZE "${OUT}/${name}.png" size)
  if(size LESS 5000)
    message(FATAL_ERROR "${name}.png is missing or blank (${size} bytes)")
  endif()
endforeach()
