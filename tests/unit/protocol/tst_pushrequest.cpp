// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/entityspec.h"
#include "protocol/mutation.h"
#include "protocol/recordcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace barntid::protocol;

class TestPushRequest : public QObject
{
    Q_OBJECT

    static QJsonObject mutation(
        QJsonObject data = {{QStringLiteral("case_number"), QStringLiteral("A-1")},
            {QStringLiteral("child_name"), QStringLiteral("Alva K")}})
    {
        return {
            {QStringLiteral("mutation_id"), QStringLiteral("0190a1b2-0000-7000-8000-000000000001")},
            {QStringLiteral("entity"), QStringLiteral("case")},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("id"), QStringLiteral("0190A1B2-0000-7000-8000-0000000000AA")},
            {QStringLiteral("base_version"), QJsonValue()}, {QStringLiteral("data"), data}};
    }
    static QByteArray body(const QJsonArray &mutations)
    {
        return QJsonDocument(QJsonObject {{QStringLiteral("mutations"), mutations}}).toJson();
    }

private slots:
    void parsesAndNormalisesIds()
    {
        ProtocolError error;
        const PushRequest r = PushRequest::parse(body({mutation()}), error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(r.mutations.size(), 1);
        QCOMPARE(r.mutations[0].id, QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa"));
        QVERIFY(!r.mutations[0].baseVersion.has_value());
        QCOMPARE(r.mutations[0].op, Op::Upsert);
        // Round trip: what the client sends is what the server reads.
        const PushRequest again = PushRequest::parse(r.toJson(), error);
        QVERIFY(!error.isError());
        QCOMPARE(again.mutations[0].toJson(), r.mutations[0].toJson());
    }

    void refusesShapes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("field");
        QJsonObject m = mutation();
        QTest::newRow("not json") << QByteArray("{\"mutations\": [") << "invalid_json" << -1 << "";
        QTest::newRow("array root") << QByteArray("[]") << "invalid_json" << -1 << "";
        QTest::newRow("no mutations")
            << QByteArray("{\"x\": []}") << "invalid" << -1 << "mutations";
        QJsonObject bad = m;
        bad[QStringLiteral("entity")] = QStringLiteral("users");
        QTest::newRow("unknown entity")
            << body({mutation(), bad}) << "unknown_entity" << 1 << "entity";
        bad = mutation({{QStringLiteral("password_hash"), QStringLiteral("x")}});
        QTest::newRow("unknown field") << body({bad}) << "unknown_field" << 0 << "password_hash";
        bad = mutation({{QStringLiteral("birth_year"), QStringLiteral("2015")}});
        QTest::newRow("string for int") << body({bad}) << "invalid" << 0 << "birth_year";
        bad = mutation({{QStringLiteral("birth_year"), 2015.5}});
        QTest::newRow("fraction for int") << body({bad}) << "invalid" << 0 << "birth_year";
        bad = mutation({{QStringLiteral("protected_identity"), QJsonValue()}});
        QTest::newRow("null for bool") << body({bad}) << "invalid" << 0 << "protected_identity";
        bad = mutation({{QStringLiteral("child_name"), QString(20001, u'x')}});
        QTest::newRow("huge string") << body({bad}) << "invalid" << 0 << "child_name";
        bad = m;
        bad[QStringLiteral("id")] = QStringLiteral("1; DROP TABLE records");
        QTest::newRow("bad id") << body({bad}) << "invalid" << 0 << "id";
        bad = m;
        bad[QStringLiteral("op")] = QStringLiteral("merge");
        QTest::newRow("bad op") << body({bad}) << "invalid" << 0 << "op";
        bad = m;
        bad[QStringLiteral("base_version")] = -1;
        QTest::newRow("negative base") << body({bad}) << "invalid" << 0 << "base_version";
        bad = m;
        bad[QStringLiteral("extra")] = 1;
        QTest::newRow("unknown mutation key") << body({bad}) << "unknown_field" << 0 << "extra";
        bad = m;
        bad.remove(QStringLiteral("data"));
        QTest::newRow("upsert without data") << body({bad}) << "invalid" << 0 << "data";
        QJsonArray many;
        for (int i = 0; i <= PushRequest::maxMutations; ++i)
            many.append(m);
        QTest::newRow("too many") << body(many) << "too_many" << -1 << "";
    }

    void refusesShapes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(int, index);
        QFETCH(QString, field);
        ProtocolError error;
        const PushRequest r = PushRequest::parse(payload, error);
        QCOMPARE(error.code, code);
        QCOMPARE(error.index, index);
        QCOMPARE(error.field, field);
        QVERIFY(r.mutations.isEmpty());
        const QJsonObject envelope = error.toEnvelope().value(QStringLiteral("error")).toObject();
        QCOMPARE(envelope.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!envelope.value(QStringLiteral("message")).toString().isEmpty());
    }

    void deleteNeedsNoData()
    {
        QJsonObject m = mutation();
        m[QStringLiteral("op")] = QStringLiteral("delete");
        m[QStringLiteral("base_version")] = 3;
        m.remove(QStringLiteral("data"));
        ProtocolError error;
        const PushRequest r = PushRequest::parse(body({m}), error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(r.mutations[0].op, Op::Delete);
        QCOMPARE(r.mutations[0].baseVersion, 3);
    }

    void recordRulesNameFieldsNotValues()
    {
        QJsonObject visit {
            {QStringLiteral("id"), QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa")},
            {QStringLiteral("kind"), QStringLiteral("home")},
            {QStringLiteral("actual_start"), QStringLiteral("2026-11-25T10:00:00Z")},
            {QStringLiteral("actual_end"), QStringLiteral("2026-11-25T09:00:00Z")},
            {QStringLiteral("note"), QStringLiteral("Hemligt innehåll")},
            {QStringLiteral("status"), QStringLiteral("draft")}};
        const QString message = describe(checkRecord(u"visit", visit));
        QVERIFY2(message.contains(QStringLiteral("case_id: required")), qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("actual_end: end_before_start")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("Hemligt")));
        visit[QStringLiteral("case_id")] = QStringLiteral("0190a1b2-0000-7000-8000-0000000000bb");
        visit[QStringLiteral("actual_end")] = QStringLiteral("2026-11-25T11:00:00Z");
        QCOMPARE(describe(checkRecord(u"visit", visit)), QString());
    }

    void everyEntityHasRules()
    {
        // An empty record breaks at least one rule of every entity: none is left unchecked.
        const QJsonObject empty {
            {QStringLiteral("id"), QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa")}};
        for (const EntitySpec &e : entities())
            QVERIFY2(!checkRecord(QString(e.name), empty).isEmpty(), e.name.data());
        QCOMPARE(entities().size(), size_t(13));
    }
};

QTEST_GUILESS_MAIN(TestPushRequest)
#include "tst_pushrequest.moc"
