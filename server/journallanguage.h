// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace barntid::server {

/** Installs the app's Swedish catalogue (built into the server) so journal documents use the
 *  words the social workers see on their screens. False if it is missing from the build. */
bool installJournalLanguage();

} // namespace barntid::server
