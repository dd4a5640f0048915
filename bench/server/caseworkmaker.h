// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace barntid::bench {

/** One social worker's work, quarter by quarter, as the mutations their device (and their foster
 *  parent's and supervisor's) would push. A quarter holds what a real worker's year holds in
 *  fourths: about 100 visits (most signed, notes of a few hundred characters), 60 child-time
 *  records, 300 time entries, 40 contacts, 100 access events a year; 15-25 open cases, two new
 *  ones a quarter; four bookable slots for the next quarter, two of them booked. Ids are UUID v7
 *  made from the record's time and the seeded generator, so a seed always writes the same. */
class CaseworkMaker
{
public:
    CaseworkMaker(quint32 seed, int team, int worker);

    /** The foster homes the worker recruits (each contact hangs on one of them). */
    QList<protocol::Mutation> fosterHomes(const QDateTime &at, int count);
    /** The quarter [from, to) and the slots of the next one (they start after to). */
    QList<protocol::Mutation> quarter(const QDateTime &from, const QDateTime &to);
    /** The foster parent of firstHome() books some of the slots quarter() just published. */
    QList<protocol::Mutation> bookings(const QDateTime &at);
    /** The supervisor decides on some of the visits quarter() signed. */
    QList<protocol::Mutation> reviews(const QDateTime &at);
    QString firstHome() const { return m_homes.value(0); }
    /** A fresh id of the same kind as a record's, for accounts' devices. */
    QString id(const QDateTime &at);

private:
    protocol::Mutation make(const QString &entity, QJsonObject data, const QDateTime &at);
    QString pick(const QStringList &from) { return from.at(m_random.bounded(int(from.size()))); }
    QString text(int minLength);
    QDateTime dayIn(const QDateTime &from, const QDateTime &to, int hour);
    void newCases(int count, const QDateTime &at, QList<protocol::Mutation> &out);
    void visit(const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out);
    void timeEntries(const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out);
    void contacts(const QDateTime &from, const QDateTime &to, QList<protocol::Mutation> &out);
    void publishSlots(const QDateTime &to, QList<protocol::Mutation> &out);

    QRandomGenerator m_random;
    int m_team;
    int m_worker;
    int m_cases = 0;
    QStringList m_openCases;
    QStringList m_homes;
    QStringList m_newSlots;
    QList<QString> m_signedVisits; ///< signed this quarter, for reviews()
};

} // namespace barntid::bench
