// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace barntid {
class Connection;
}

namespace barntid::sync {

/** Turns SQLite's secure_delete on for the lifetime of the guard and back to what it was after,
 *  so rows removed from the device (retention, an account change) are overwritten, not just
 *  unlinked from the b-tree. */
class SecureDelete
{
public:
    explicit SecureDelete(Connection &connection);
    ~SecureDelete();
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    Connection &m_c;
    bool m_was = false;
};

} // namespace barntid::sync
