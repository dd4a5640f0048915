// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roundtrip {

/** The demo accounts that push and pull the samples; flags, so an audience is a set of them. */
enum Account { Worker = 1, Supervisor = 2, FosterParent = 4 };

/** One record to push in wire form, and the accounts whose pull must hold it afterwards. */
struct Sample
{
    QString entity;
    QString variant; ///< minimal, maximal, nulls, or what an update changes
    QString id;
    QJsonObject data;
    std::optional<qint64> baseVersion;
    int audience = 0; ///< Account flags

    QString label() const { return entity + u'/' + variant; }
};

/** One push request: samples written by one account. */
struct Batch
{
    Account writer;
    QList<Sample> samples;
};

/** The demo municipality the samples hang on: the three accounts and worker1's foster home as
 *  worker1 pulls it (foster1 lives there). */
struct DemoIds
{
    QString worker, supervisor, fosterParent;
    QJsonObject fosterHome;
};

/** Server-valid records of every synced entity (protocol::entities()): for each a minimal one
 *  (required fields only), a maximal one (every allowed field, texts at their domain limits,
 *  Swedish letters and emoji, edge times and numbers) and one with every optional field sent as
 *  an explicit null, plus the updates a record lives through (a home's edit, a booking's
 *  confirmation and cancellation). Batches only refer to records of earlier batches. */
class SampleRecords
{
public:
    explicit SampleRecords(DemoIds demo);

    const QList<Batch> &batches() const { return m_batches; }
    QList<Sample> all() const;
    /** A text of exactly length UTF-16 units, mixing Swedish letters, emoji, quotes, a backslash
     *  and line breaks. */
    static QString text(qsizetype length);
    /** The minimal record with every other non-boolean wire field added as null, except those
     *  the shared validation (protocol::checkRecord) refuses as null: they stay absent. */
    static QJsonObject withNulls(const QString &entity, const QJsonObject &minimal);

private:
    void addCases();
    void addFosterHomes();
    void addSlots();
    void addVisits();
    void addVisitParts();
    void addBookings();
    void addReviews();
    void addBookingUpdates();
    /** The meta fields a device sends with a record (the server replaces most of them). */
    QJsonObject meta(const QString &id, const QString &author) const;
    Sample &add(Batch &batch, const QString &entity, const QString &variant, const QString &id,
        const QJsonObject &data, int audience);
    void addTriple(Batch &batch, const QString &entity, const QString (&ids)[3],
        const QJsonObject &minimal, const QJsonObject &maximal, int audience);

    DemoIds m_demo;
    QList<Batch> m_batches;
    // Ids by variant: [0] minimal, [1] maximal, [2] nulls.
    QString m_case[3], m_home[3], m_slot[3], m_visit[3], m_childTime[3], m_contact[3],
        m_timeEntry[3], m_booking[3];
    QString m_homeOnlyVisit;
};

} // namespace roundtrip
