// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/pullpage.h"
#include "protocol/pushresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace barntid::protocol;

class TestPullPage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        PullPage page;
        page.changes.append(Change {7, QStringLiteral("case"),
            QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa"), Op::Upsert, 2,
            {{QStringLiteral("case_number"), QStringLiteral("A-1")}}, {}});
        page.changes.append(Change {9, QStringLiteral("visit"),
            QStringLiteral("0190a1b2-0000-7000-8000-0000000000bb"), Op::Delete, 3,
            {{QStringLiteral("id"), QStringLiteral("0190a1b2-0000-7000-8000-0000000000bb")}}, {}});
        // The server sends a stored record's text as it is: quotes, newlines and å included.
        const QJsonObject stored {{QStringLiteral("note"), QStringLiteral("Åsa sa \"hej\"\nigen")}};
        page.changes.append(Change {12, QStringLiteral("visit"),
            QStringLiteral("0190a1b2-0000-7000-8000-0000000000cc"), Op::Upsert, 1, {},
            QJsonDocument(stored).toJson(QJsonDocument::Compact)});
        page.next = 12;
        page.hasMore = true;
        ProtocolError error;
        const PullPage back = PullPage::parse(page.toJson(), error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(back.changes.size(), 3);
        QCOMPARE(back.changes[1].op, Op::Delete);
        QCOMPARE(back.changes[0].data, page.changes[0].data);
        QCOMPARE(back.changes[2].seq, 12);
        QCOMPARE(back.changes[2].data.value(QStringLiteral("note")),
            stored.value(QStringLiteral("note")));
        QCOMPARE(back.next, 12);
        QVERIFY(back.hasMore);
        // The hand-written page is the JSON a document of the same changes would be.
        QCOMPARE(QJsonDocument::fromJson(page.toJson())
                     .object()
                     .value(QStringLiteral("changes"))
                     .toArray()
                     .size(),
            3);
    }

    void stringsThatNeedEscapingStayValidJson()
    {
        // Entities and ids are quoted without escaping when they are plain; anything else is
        // escaped, so even a malformed one cannot break the page.
        PullPage page;
        const QString odd = QStringLiteral("vi\"sit\\ å\n");
        page.changes.append(Change {1, odd, QStringLiteral("plain-id_1"), Op::Upsert, 1, {}, "{}"});
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(page.toJson(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject change
            = doc.object().value(QStringLiteral("changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("entity")).toString(), odd);
        QCOMPARE(change.value(QStringLiteral("id")).toString(), QStringLiteral("plain-id_1"));
    }

    void refusesWhatTheServerWouldNotSend_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no has_more") << QByteArray(R"({"changes":[],"next":1})");
        QTest::newRow("no id") << QByteArray(
            R"({"changes":[{"seq":1,"entity":"case","op":"upsert","version":1,"data":{}}],"next":1,"has_more":false})");
        QTest::newRow("bad op") << QByteArray(
            R"({"changes":[{"seq":1,"entity":"case","id":"0190a1b2-0000-7000-8000-0000000000aa","op":"merge","version":1,"data":{}}],"next":1,"has_more":false})");
    }

    void refusesWhatTheServerWouldNotSend()
    {
        QFETCH(QByteArray, body);
        ProtocolError error;
        const PullPage page = PullPage::parse(body, error);
        QCOMPARE(error.code, QStringLiteral("invalid_json"));
        QVERIFY(page.changes.isEmpty());
    }

    void newerServersEntitiesAndFieldsAreLeftOut()
    {
        ProtocolError error;
        const PullPage page = PullPage::parse(
            R"({"changes":[{"seq":1,"entity":"survey","id":"0190a1b2-0000-7000-8000-0000000000aa","op":"upsert","version":1,"data":{}},
                {"seq":2,"entity":"case","id":"0190a1b2-0000-7000-8000-0000000000bb","op":"upsert","version":1,
                 "data":{"case_number":"A-1","mood":"happy"}}],"next":2,"has_more":false})",
            error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(page.ignored, 1);
        QCOMPARE(page.changes.size(), 1);
        QCOMPARE(page.changes[0].data,
            QJsonObject({{QStringLiteral("case_number"), QStringLiteral("A-1")}}));
        QCOMPARE(page.next, 2);
    }

    void pushResponseRoundTrip()
    {
        PushResponse r;
        r.results.append(MutationResult {QStringLiteral("m1"), MutationResult::Status::Conflict, 4,
            QStringLiteral("stale_version"), QStringLiteral("the record changed on the server")});
        r.results.append(
            MutationResult {QStringLiteral("m2"), MutationResult::Status::Duplicate, 2, {}, {}});
        r.checkpoint = 99;
        ProtocolError error;
        const PushResponse back = PushResponse::parse(r.toJson(), error);
        QVERIFY(!error.isError());
        QCOMPARE(back.results.size(), 2);
        QCOMPARE(back.results[0].status, MutationResult::Status::Conflict);
        QCOMPARE(back.results[0].errorCode, QStringLiteral("stale_version"));
        QCOMPARE(back.results[1].version, 2);
        QCOMPARE(back.checkpoint, 99);
        PushResponse::parse(R"({"results":[{"mutation_id":"m","status":"maybe"}]})", error);
        QCOMPARE(error.code, QStringLiteral("invalid_json"));
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
