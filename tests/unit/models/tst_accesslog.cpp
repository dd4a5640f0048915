// SPDX-License-Identifier: GPL-3.0-or-later
// Access events over a real encrypted store: opening a case or a visit writes exactly one
// access_event and its outbox row in one transaction (a failure in either leaves neither), with
// ids and the store clock's time only, never the record's content; a page that shows a record
// again (a refresh, a rebuilt page) is the same opening, locking ends every opening.
#include "domain/case.h"
#include "domain/fosterhome.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "models/accesslog.h"
#include "store/accesslogwriter.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString childName = u"Alva K."_s;
const QString caseNumber = u"2026-0417"_s;
const QString noteText = u"Samtal i köket om skolan."_s;
const QString childWords = u"Jag vill bo kvar."_s;

/** The fields every access_event carries on the wire, and nothing else. */
QStringList eventFields()
{
    QStringList fields {u"id"_s, u"version"_s, u"created_at"_s, u"updated_at"_s, u"author_id"_s,
        u"device_id"_s, u"deleted"_s, u"case_id"_s, u"record_entity"_s, u"record_id"_s,
        u"opened_at"_s};
    fields.sort();
    return fields;
}

} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;
    Case m_case;
    Visit m_visit;

    Store &store() { return *m_session->store(); }

    int count(const char *sql)
    {
        Statement &s = store().connection().cached(sql);
        const int n = s.step() ? int(s.integer(0)) : -1;
        s.reset();
        return n;
    }
    int events() { return count("SELECT count(*) FROM access_events"); }
    int eventRows() { return count("SELECT count(*) FROM outbox WHERE entity = 'access_event'"); }
    /** The stored events as their wire form (the store writes the outbox payload from it). */
    QList<QJsonObject> storedEvents()
    {
        QList<QJsonObject> out;
        const EntityTable &t = entityTable(u"access_event");
        Statement s = store().connection().prepare(t.selectColumnsSql + " ORDER BY created_at, id");
        while (s.step())
            out << t.readRecord(s);
        return out;
    }
    QList<QJsonObject> outboxPayloads()
    {
        QList<QJsonObject> out;
        Statement &s
            = store().connection().cached("SELECT payload, op, base_version, record_id FROM outbox "
                                          "WHERE entity = 'access_event' ORDER BY seq");
        while (s.step()) {
            QJsonObject payload = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
            // What the outbox row says about its payload, checked beside it.
            payload.insert(u"#op"_s, s.text(1));
            payload.insert(u"#base_version_null"_s, s.isNull(2));
            payload.insert(u"#record_id"_s, s.text(3));
            out << payload;
        }
        s.reset();
        return out;
    }
    void verifyNoContent(const QByteArray &bytes)
    {
        for (const QString &text : {childName, caseNumber, noteText, childWords, u"Familjehem"_s})
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(u"found: "_s + text));
    }

private slots:
    void init()
    {
        QVERIFY(test::openTemporary(m_dir, m_session, m_clock));
        store().setSetting(u"user_id"_s, newId()); // as a sign-in stores it
        Case c;
        c.caseNumber = caseNumber;
        c.childName = childName;
        m_case = Repository<Case>(store()).create(c);
        Visit v;
        v.caseId = m_case.meta.id;
        v.kind = u"home"_s;
        v.note = noteText;
        v.childWords = childWords;
        m_visit = VisitRepository(store()).create(v);
        m_clock.advance(60'000);
    }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void openingACaseWritesOneEventAndItsOutboxRowInOneTransaction()
    {
        QSignalSpy commits(&m_session->changes(), &StoreChanges::committed);
        AccessLog log(m_session.get());
        QVERIFY(log.opened(u"case"_s, m_case.meta.id));
        QCOMPARE(events(), 1);
        QCOMPARE(eventRows(), 1);
        // One commit told both the record and its outbox row.
        QCOMPARE(commits.size(), 1);
        const auto changes = commits.first().first().value<StoreChangeList>();
        QStringList entities;
        for (const StoreChange &c : changes)
            entities << c.entity;
        entities.sort();
        QCOMPARE(entities, (QStringList {u"access_event"_s, StoreChange::outbox}));

        const QJsonObject event = storedEvents().first();
        QCOMPARE(event.value("case_id"_L1).toString(), m_case.meta.id);
        QCOMPARE(event.value("record_entity"_L1).toString(), u"case"_s);
        QCOMPARE(event.value("record_id"_L1).toString(), m_case.meta.id);
        QCOMPARE(event.value("opened_at"_L1).toString(), toRfc3339(m_clock.now()));
        QCOMPARE(event.value("author_id"_L1).toString(), store().userId());
        QCOMPARE(event.value("device_id"_L1).toString(), store().deviceId());
        QCOMPARE(event.value("version"_L1).toInt(), 0);
        QVERIFY(isValidId(event.value("id"_L1).toString()));
        QStringList keys = event.keys();
        keys.sort();
        QCOMPARE(keys, eventFields());

        // The outbox sends exactly the stored record, as a new record.
        QJsonObject payload = outboxPayloads().first();
        QCOMPARE(payload.take(u"#op"_s).toString(), u"upsert"_s);
        QVERIFY(payload.take(u"#base_version_null"_s).toBool());
        QCOMPARE(payload.take(u"#record_id"_s).toString(), event.value("id"_L1).toString());
        QCOMPARE(payload, event);
        verifyNoContent(QJsonDocument(payload).toJson());
    }

    void openingAVisitNamesItsCaseAndNothingOfTheVisit()
    {
        AccessLog log(m_session.get());
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id));
        QCOMPARE(events(), 1);
        QCOMPARE(eventRows(), 1);
        const QJsonObject event = storedEvents().first();
        QCOMPARE(event.value("case_id"_L1).toString(), m_case.meta.id);
        QCOMPARE(event.value("record_entity"_L1).toString(), u"visit"_s);
        QCOMPARE(event.value("record_id"_L1).toString(), m_visit.meta.id);
        verifyNoContent(QJsonDocument(event).toJson());
        verifyNoContent(QJsonDocument(outboxPayloads().first()).toJson());
    }

    void nothingIsLoggedWithoutAChildsCaseRecord()
    {
        FosterHome h;
        h.name = u"Familjehem Ek"_s;
        const FosterHome home = Repository<FosterHome>(store()).create(h);
        Visit v;
        v.fosterHomeId = home.meta.id;
        v.kind = u"foster_home"_s;
        v.note = noteText;
        const Visit homeVisit = VisitRepository(store()).create(v);
        AccessLog log(m_session.get());
        // A foster home's own visit is about no child's case: the server requires a case.
        QVERIFY(!log.opened(u"visit"_s, homeVisit.meta.id));
        QVERIFY(!log.opened(u"case"_s, newId())); // not on this device
        QVERIFY(!log.opened(u"visit"_s, QString()));
        Repository<Case>(store()).remove(m_case.meta.id);
        QVERIFY(!log.opened(u"case"_s, m_case.meta.id)); // a tombstone is not shown
        QCOMPARE(events(), 0);
        QCOMPARE(eventRows(), 0);
        StoreErrorCode code = StoreErrorCode::Internal;
        try {
            AccessLogWriter(store()).recordOpening(u"contact"_s, newId());
        } catch (const StoreError &e) {
            code = e.code();
        }
        QCOMPARE(code, StoreErrorCode::Invalid); // only cases and visits are opened
    }

    void aFailingWriteLeavesNeitherEventNorOutboxRow_data()
    {
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("outbox row refused") << QByteArray(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON outbox "
            "WHEN NEW.entity = 'access_event' BEGIN SELECT RAISE(ABORT, 'full'); END");
        QTest::newRow("event refused")
            << QByteArray("CREATE TEMP TRIGGER refuse AFTER INSERT ON access_events "
                          "BEGIN SELECT RAISE(ABORT, 'full'); END");
    }

    void aFailingWriteLeavesNeitherEventNorOutboxRow()
    {
        QFETCH(QByteArray, trigger);
        store().connection().exec(trigger.constData());
        QSignalSpy commits(&m_session->changes(), &StoreChanges::committed);
        QVERIFY_THROWS_EXCEPTION(
            StoreError, AccessLogWriter(store()).recordOpening(u"case"_s, m_case.meta.id));
        QCOMPARE(events(), 0);
        QCOMPARE(eventRows(), 0);
        QCOMPARE(commits.size(), 0); // nothing told: nothing committed
        // Through the app's call: refused without a word of the record in the log.
        AccessLog log(m_session.get());
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^an opening was not logged \\(store error \\d+\\)$"_s));
        QVERIFY(!log.opened(u"visit"_s, m_visit.meta.id));
        QCOMPARE(events(), 0);
        QCOMPARE(eventRows(), 0);
        store().connection().exec("DROP TRIGGER refuse");
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id));
        QCOMPARE(events(), 1);
        QCOMPARE(eventRows(), 1);
    }

    void aPageShowingTheSameRecordAgainIsOneOpening()
    {
        AccessLog log(m_session.get());
        Case other;
        other.caseNumber = u"2026-0418"_s;
        other.childName = u"Bo L."_s;
        const QString otherId = Repository<Case>(store()).create(other).meta.id;
        const QString caseId = m_case.meta.id;
        auto page = std::make_unique<QObject>();
        QVERIFY(log.opened(u"case"_s, caseId, page.get()));
        QVERIFY(!log.opened(u"case"_s, caseId, page.get())); // a refresh
        QCOMPARE(events(), 1);
        // The list–detail page shows another case, then the first again: two more openings.
        QVERIFY(log.opened(u"case"_s, otherId, page.get()));
        QVERIFY(log.opened(u"case"_s, caseId, page.get()));
        QCOMPARE(events(), 3);
        // The tablet turned: a new page for the case while the old one still stands.
        auto rebuilt = std::make_unique<QObject>();
        QVERIFY(!log.opened(u"case"_s, caseId, rebuilt.get()));
        page.reset();
        QVERIFY(!log.opened(u"case"_s, caseId, rebuilt.get()));
        QCOMPARE(events(), 3);
        // Closed, then opened again: a new opening.
        rebuilt.reset();
        auto again = std::make_unique<QObject>();
        QVERIFY(log.opened(u"case"_s, caseId, again.get()));
        QCOMPARE(events(), 4);
        // "" ends the page's reading: the case shown next is opened anew.
        QVERIFY(!log.opened(u"case"_s, QString(), again.get()));
        QVERIFY(log.opened(u"case"_s, caseId, again.get()));
        QCOMPARE(events(), 5);
        // A visit of the case is another record.
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id, again.get()));
        QCOMPARE(events(), 6);
        // Without a page (the review entry page) every call is an opening.
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id));
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id));
        QCOMPARE(events(), 8);
        QCOMPARE(eventRows(), 8);
    }

    void aPageRestoredAfterUnlockIsOpenedAgain()
    {
        AccessLog log(m_session.get());
        QObject page;
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id, &page));
        m_session->lock();
        QVERIFY(!log.opened(u"visit"_s, m_visit.meta.id)); // locked: nothing to write to
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(m_session->state(), Session::State::Open);
        // The same page object for brevity: the shell builds a new one, read again either way.
        QVERIFY(log.opened(u"visit"_s, m_visit.meta.id, &page));
        QCOMPARE(events(), 2);
        QCOMPARE(eventRows(), 2);
    }
};

QTEST_MAIN(TestAccessLog)

#include "tst_accesslog.moc"
