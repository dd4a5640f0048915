// SPDX-License-Identifier: GPL-3.0-or-later
// The needs-attention list (issue 11, item 7) over a real encrypted store, under
// QAbstractItemModelTester: each row names its record (case number, kind, Stockholm date) with
// the child's name masked for protected identity, offers what fits its reason ("Open" for a
// refusal; the server's version, "Take the server's version" and "Keep mine" for a conflict,
// "Keep mine" not on top of a signed copy), and the two resolutions change the store as chosen.
#include "domain/case.h"
#include "domain/ids.h"
#include "engine/pushledger.h"
#include "models/synccontroller.h"
#include "models/syncproblemmodel.h"
#include "models/uitext.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
using Status = protocol::MutationResult::Status;

} // namespace

class TestSyncProblemModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    Store &store() { return *m_session->store(); }
    Case makeCase(const QString &number, const QString &name, bool protectedIdentity)
    {
        Case c;
        c.caseNumber = number;
        c.childName = name;
        c.protectedIdentity = protectedIdentity;
        return Repository<Case>(store()).create(c);
    }
    Visit makeVisit(const QString &caseId, const QString &note)
    {
        Visit v;
        v.caseId = caseId;
        v.kind = u"home"_s;
        // 23:30 UTC is the next day in Stockholm: the row's date is the Stockholm one.
        v.actualStart = QDateTime(QDate(2026, 11, 25), QTime(23, 30), Qt::UTC);
        v.note = note;
        return VisitRepository(store()).create(v);
    }
    /** Sends every outbox row and answers each with the given status, in order. */
    void answer(const QList<std::pair<Status, QString>> &answers)
    {
        sync::PushLedger ledger(store());
        const QList<Mutation> rows = ledger.take(10);
        QCOMPARE(rows.size(), answers.size());
        protocol::PushResponse response;
        for (int i = 0; i < rows.size(); ++i)
            response.results << protocol::MutationResult {
                rows.at(i).mutationId, answers.at(i).first, 3, answers.at(i).second, u"message"_s};
        ledger.apply(rows, response);
    }
    /** The server's copy of a record as GET /v1/records answers it. */
    sync::ServerRecord serverCopy(
        const QString &entity, const QString &id, qint64 version, const QJsonObject &changes)
    {
        Visit v = *VisitRepository(store()).find(id);
        QJsonObject data = v.toJson();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            data.insert(it.key(), it.value());
        data.insert(u"version"_s, version);
        return {entity, id, version, data};
    }
    int outboxRows(const QString &state)
    {
        Statement &s = store().connection().cached("SELECT count(*) FROM outbox WHERE state = ?");
        s.bind(1, state);
        s.step();
        const int n = int(s.integer(0));
        s.reset();
        return n;
    }

private slots:
    void init() { QVERIFY(test::openTemporary(m_dir, m_session, m_clock)); }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void rowsNameTheirRecordAndOfferWhatFits()
    {
        const Case hidden = makeCase(u"2026-0042"_s, u"Elsa K."_s, true);
        const Case visible = makeCase(u"2026-0043"_s, u"Bo L."_s, false);
        answer({{Status::Applied, {}}, {Status::Applied, {}}});
        const Visit refused = makeVisit(hidden.meta.id, u"Anteckning."_s);
        const Visit conflicting = makeVisit(visible.meta.id, u"Min version."_s);
        SyncProblemModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        QCOMPARE(model.rowCount(), 0);
        answer({{Status::Rejected, u"forbidden"_s}, {Status::Conflict, u"stale_version"_s}});
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SyncProblemModel::RecordIdRole).toString(), refused.meta.id);
        QCOMPARE(first.data(SyncProblemModel::CaseIdRole).toString(), hidden.meta.id);
        QCOMPARE(first.data(SyncProblemModel::EntityTextRole).toString(), u"Home visit"_s);
        QCOMPARE(first.data(SyncProblemModel::DateTextRole).toString(), u"2026-11-26"_s);
        QCOMPARE(first.data(SyncProblemModel::CaseTextRole).toString(),
            u"2026-0042 · "_s + UiText::protectedIdentity());
        const QString title = first.data(SyncProblemModel::TitleRole).toString();
        QCOMPARE(title, u"Home visit · 2026-0042 · Protected identity · 2026-11-26"_s);
        QVERIFY2(!title.contains(u"Elsa"_s), qPrintable(title));
        QVERIFY(first.data(SyncProblemModel::ReasonRole).toString().contains(u"another social"_s));
        QVERIFY(first.data(SyncProblemModel::CanOpenRole).toBool());
        QCOMPARE(first.data(SyncProblemModel::ServerCopyRole).toString(), QString());

        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(SyncProblemModel::StateRole).toString(), u"conflict"_s);
        QCOMPARE(second.data(SyncProblemModel::CaseTextRole).toString(), u"2026-0043 · Bo L."_s);
        QVERIFY(!second.data(SyncProblemModel::CanOpenRole).toBool());
        QVERIFY(!second.data(SyncProblemModel::CanKeepMineRole).toBool()); // not before comparing
        QVERIFY(second.data(SyncProblemModel::ComparisonRole).toList().isEmpty());

        // The case's number changes: the row follows through the change feed.
        Case renamed = visible;
        renamed.caseNumber = u"2026-0099"_s;
        Repository<Case>(store()).update(renamed);
        QCOMPARE(
            model.index(1).data(SyncProblemModel::CaseTextRole).toString(), u"2026-0099 · Bo L."_s);
        Q_UNUSED(conflicting);
    }

    void noControllerMeansNoServerCopy()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s, false);
        answer({{Status::Applied, {}}});
        makeVisit(c.meta.id, u"Min."_s);
        answer({{Status::Conflict, u"stale_version"_s}});
        SyncProblemModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        SyncController signedOut(nullptr, {}, nullptr);
        model.setController(&signedOut);
        model.showServerVersion(0);
        QCOMPARE(model.index(0).data(SyncProblemModel::ServerCopyRole).toString(), u"error"_s);
        QVERIFY(!model.index(0).data(SyncProblemModel::ServerErrorRole).toString().isEmpty());
        QVERIFY(!model.takeServerVersion(0));
        QVERIFY(!model.keepMine(0));
        QCOMPARE(outboxRows(u"conflict"_s), 1);
    }

    void takeTheServersVersion()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s, false);
        answer({{Status::Applied, {}}});
        const Visit mine = makeVisit(c.meta.id, u"Min version."_s);
        answer({{Status::Conflict, u"stale_version"_s}});
        SyncProblemModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        SyncController controller(nullptr, {}, nullptr);
        model.setController(&controller);
        model.showServerVersion(0);
        const sync::ServerRecord copy = serverCopy(u"visit"_s, mine.meta.id, 7,
            {{u"note"_s, u"Serverns version."_s}, {u"child_words"_s, u"Jag vill bo kvar."_s}});
        emit controller.serverCopyFetched(u"visit"_s, mine.meta.id, {}, copy);
        QModelIndex row = model.index(0);
        QCOMPARE(row.data(SyncProblemModel::ServerCopyRole).toString(), u"ready"_s);
        QVERIFY(row.data(SyncProblemModel::CanKeepMineRole).toBool());
        bool noteShown = false;
        for (const QVariant &f : row.data(SyncProblemModel::ComparisonRole).toList()) {
            const QVariantMap m = f.toMap();
            if (m.value(u"mine"_s) == u"Min version."_s) {
                QCOMPARE(m.value(u"theirs"_s).toString(), u"Serverns version."_s);
                QVERIFY(m.value(u"differs"_s).toBool());
                noteShown = true;
            }
        }
        QVERIFY(noteShown);

        QVERIFY2(model.takeServerVersion(0), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(Outbox(store()).pendingCount(), 0);
        const Visit now = *VisitRepository(store()).find(mine.meta.id);
        QCOMPARE(now.note, u"Serverns version."_s);
        QCOMPARE(now.childWords, u"Jag vill bo kvar."_s);
        QCOMPARE(now.meta.version, 7);
    }

    void keepMineOnTopOfTheServersVersion()
    {
        const Case c = makeCase(u"2026-0001"_s, u"Alva K."_s, false);
        answer({{Status::Applied, {}}});
        const Visit mine = makeVisit(c.meta.id, u"Min version."_s);
        answer({{Status::Conflict, u"stale_version"_s}});
        const QString oldMutation = Outbox(store()).pending().first().mutationId;
        SyncProblemModel model;
        model.setSession(m_session.get());
        QAbstractItemModelTester tester(&model, fatal);
        SyncController controller(nullptr, {}, nullptr);
        model.setController(&controller);
        model.showServerVersion(0);
        // A signed server copy cannot take "keep mine": not offered, and said why.
        emit controller.serverCopyFetched(u"visit"_s, mine.meta.id, {},
            serverCopy(u"visit"_s, mine.meta.id, 5, {{u"status"_s, u"signed"_s}}));
        QVERIFY(!model.index(0).data(SyncProblemModel::CanKeepMineRole).toBool());
        QVERIFY(!model.index(0).data(SyncProblemModel::KeepMineNoteRole).toString().isEmpty());
        QVERIFY(!model.keepMine(0));
        QCOMPARE(outboxRows(u"conflict"_s), 1);

        emit controller.serverCopyFetched(u"visit"_s, mine.meta.id, {},
            serverCopy(u"visit"_s, mine.meta.id, 5, {{u"note"_s, u"Serverns."_s}}));
        QVERIFY(model.index(0).data(SyncProblemModel::CanKeepMineRole).toBool());
        QVERIFY(model.index(0).data(SyncProblemModel::KeepMineNoteRole).toString().isEmpty());
        QVERIFY2(model.keepMine(0), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
        const QList<Mutation> rows = Outbox(store()).pending();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().state, u"pending"_s);
        QCOMPARE(rows.first().baseVersion, std::optional<qint64>(5));
        QVERIFY(rows.first().mutationId != oldMutation); // a replay would get the old answer
        QCOMPARE(rows.first().payload.value(u"note"_s).toString(), u"Min version."_s);
        QCOMPARE(VisitRepository(store()).find(mine.meta.id)->note, u"Min version."_s);
    }
};

QTEST_MAIN(TestSyncProblemModel)

#include "tst_syncproblemmodel.moc"
