// SPDX-License-Identifier: GPL-3.0-or-later
// The "Idag" card's model over a real encrypted store and a manual clock: today's planned visits,
// the worker's newest drafts up to the card's limit with the rest counted, and what it leaves out.
#include "domain/timeformat.h"
#include "domain/visit.h"
#include "models/caselistmodel.h"
#include "models/todaymodel.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestTodayModel : public QObject
{
    Q_OBJECT

private:
    // Wednesday 25 November 2026, 09:00 in Stockholm.
    ManualClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(9, 0), stockholm()).toUTC()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QString m_caseId;

    Visit draft(const QDateTime &startedAt)
    {
        m_clock.set(startedAt);
        Visit v;
        v.caseId = m_caseId;
        v.kind = u"home"_s;
        v.actualStart = startedAt;
        v.actualEnd = startedAt.addSecs(1800);
        return VisitRepository(*m_session->store()).create(v);
    }
    Visit planned(const QDateTime &at)
    {
        Visit v;
        v.caseId = m_caseId;
        v.kind = u"home"_s;
        v.plannedStart = at;
        v.plannedEnd = at.addSecs(3600);
        return VisitRepository(*m_session->store()).create(v);
    }
    QStringList column(const TodayModel &model, int role) const
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row), role).toString();
        return values;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        m_caseId = CaseListModel().createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
        QVERIFY(!m_caseId.isEmpty());
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void showsTheNewestDraftsAndCountsTheRest()
    {
        const QDateTime first = QDateTime(QDate(2026, 10, 1), QTime(10, 0), stockholm());
        QStringList newestFirst;
        for (int i = 0; i < 13; ++i)
            newestFirst.prepend(draft(first.addDays(i)).meta.id);
        m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), stockholm()).toUTC());
        const QString today
            = planned(QDateTime(QDate(2026, 11, 25), QTime(14, 0), stockholm())).meta.id;
        planned(QDateTime(QDate(2026, 11, 26), QTime(0, 30), stockholm())); // tomorrow
        planned(QDateTime(QDate(2026, 11, 24), QTime(23, 30), stockholm())); // yesterday

        TodayModel model;
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(column(model, TodayModel::ReasonRole).first(), u"planned"_s);
        QCOMPARE(column(model, TodayModel::VisitIdRole).first(), today);
        QCOMPARE(column(model, TodayModel::VisitIdRole).mid(1), newestFirst.mid(0, 10));
        QCOMPARE(column(model, TodayModel::ReasonRole).count(u"draft"_s), 10);
        QCOMPARE(model.moreDrafts(), 3);
        QCOMPARE(column(model, TodayModel::DetailRole).at(1), u"Draft from 13/10 · not signed"_s);

        // Signing the newest draft brings the next one up and one fewer is left over.
        VisitRepository(*m_session->store()).sign(newestFirst.first());
        model.reload();
        QCOMPARE(column(model, TodayModel::VisitIdRole).mid(1), newestFirst.mid(1, 10));
        QCOMPARE(model.moreDrafts(), 2);

        // Locked: nothing, and nothing counted.
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.moreDrafts(), 0);
    }

    void aFewDraftsAreAllShown()
    {
        const QDateTime now = m_clock.now();
        const QString a = draft(now.addSecs(-7200)).meta.id;
        const QString b = draft(now.addSecs(-3600)).meta.id;
        TodayModel model;
        QCOMPARE(column(model, TodayModel::VisitIdRole), (QStringList {b, a}));
        QCOMPARE(model.moreDrafts(), 0);
        QCOMPARE(column(model, TodayModel::DetailRole).first(),
            u"Draft, started at 08:00 · not signed"_s);
    }
};

QTEST_MAIN(TestTodayModel)

#include "tst_todaymodel.moc"
