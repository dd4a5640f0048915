// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/securedelete.h"

#include "store/connection.h"

namespace barntid::sync {

SecureDelete::SecureDelete(Connection &connection)
    : m_c(connection)
{
    Statement s = m_c.prepare("PRAGMA secure_delete");
    m_was = s.step() && s.integer(0) != 0;
    s.reset();
    if (!m_was)
        m_c.exec("PRAGMA secure_delete = ON");
}

SecureDelete::~SecureDelete()
{
    if (m_was)
        return;
    try {
        m_c.exec("PRAGMA secure_delete = OFF");
    } catch (...) {
        // The connection stays usable; it only zeroes more than it needs to.
    }
}

} // namespace barntid::sync
