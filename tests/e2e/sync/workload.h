// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace e2esync {

/** What one device of the fault test writes (new cases and visits, edits and signatures of
 *  its drafts, batch by batch from a seeded generator) and what the server must hold after. */
class Workload
{
public:
    struct Expected
    {
        QString entity;
        QString note; ///< visits: the last note written
        QString status; ///< visits: draft or signed
    };

    Workload(const QString &tag, quint32 seed, int records);

    bool done() const { return m_created >= m_records; }
    /** The writer commands of the next batch: up to `records` new records, then edits and
     *  signatures of earlier drafts. */
    QList<QJsonObject> nextBatch(int records);
    /** The ids the writer answered for the last batch, one per command. */
    void confirm(const QStringList &ids);

    const QHash<QString, Expected> &expected() const { return m_expected; }
    int created() const { return m_created; }
    int edits() const { return m_edits; }
    int signatures() const { return m_signatures; }

private:
    enum class Step { Case, Visit, Edit, Sign };
    QString note();

    QString m_tag;
    QRandomGenerator m_random;
    int m_records;
    int m_created = 0;
    int m_edits = 0;
    int m_signatures = 0;
    int m_serial = 0;
    QStringList m_cases;
    QStringList m_drafts;
    QHash<QString, Expected> m_expected;
    QList<QPair<Step, QJsonObject>> m_batch; ///< the last batch, until confirmed
};

} // namespace e2esync
