// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include "clidevice.h"

namespace e2esync {

using namespace Qt::StringLiterals;

Workload::Workload(const QString &tag, quint32 seed, int records)
    : m_tag(tag)
    , m_random(seed)
    , m_records(records)
{ }

QString Workload::note()
{
    return u"Hembesök %1-%2: samtal med barnet om skolan och fritiden."_s.arg(m_tag).arg(
        ++m_serial);
}

QList<QJsonObject> Workload::nextBatch(int records)
{
    m_batch.clear();
    const int n = qMin(records, m_records - m_created);
    int newCases = 0;
    if (n > 0)
        newCases = qMin(n, m_cases.isEmpty() ? 2 : int(m_random.bounded(3)));
    for (int i = 0; i < newCases; ++i) {
        m_batch.append(
            {Step::Case, writes::addCase(u"%1-K%2"_s.arg(m_tag).arg(++m_serial), u"Elsa B."_s)});
    }
    for (int i = newCases; i < n; ++i) {
        const int pick = int(m_random.bounded(quint32(m_cases.size() + newCases)));
        const QString text = note();
        QJsonObject c = pick < m_cases.size() ? writes::addVisit(m_cases.at(pick), text)
                                              : writes::addVisitToLine(pick - m_cases.size(), text);
        m_batch.append({Step::Visit, c});
    }
    // Edits and signatures of drafts made in earlier batches (synced or still in the outbox).
    const int edits = qMin(int(m_drafts.size()), 3 + int(m_random.bounded(6)));
    for (int i = 0; i < edits; ++i) {
        const QString id = m_drafts.at(int(m_random.bounded(quint32(m_drafts.size()))));
        m_batch.append({Step::Edit, writes::edit(id, note() + u" Ändrad."_s)});
    }
    QStringList signable = m_drafts;
    const int signs = qMin(int(signable.size()), 1 + int(m_random.bounded(4)));
    for (int i = 0; i < signs; ++i) {
        const QString id = signable.takeAt(int(m_random.bounded(quint32(signable.size()))));
        m_batch.append({Step::Sign, writes::sign(id)});
    }
    QList<QJsonObject> out;
    for (const auto &[step, command] : m_batch)
        out << command;
    return out;
}

void Workload::confirm(const QStringList &ids)
{
    for (qsizetype i = 0; i < m_batch.size() && i < ids.size(); ++i) {
        const auto &[step, command] = m_batch.at(i);
        const QString &id = ids.at(i);
        switch (step) {
        case Step::Case:
            m_cases << id;
            m_expected.insert(id, {u"case"_s, {}, {}});
            ++m_created;
            break;
        case Step::Visit:
            m_drafts << id;
            m_expected.insert(id, {u"visit"_s, command.value(u"note").toString(), u"draft"_s});
            ++m_created;
            break;
        case Step::Edit:
            m_expected[id].note = command.value(u"note").toString();
            ++m_edits;
            break;
        case Step::Sign:
            m_drafts.removeAll(id);
            m_expected[id].status = u"signed"_s;
            ++m_signatures;
            break;
        }
    }
    m_batch.clear();
}

} // namespace e2esync
