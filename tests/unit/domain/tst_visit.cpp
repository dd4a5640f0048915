// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/bbic.h"
#include "domain/visit.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::problem;
using fixture::utc;

Q_DECLARE_METATYPE(barntid::Visit)
Q_DECLARE_METATYPE(barntid::ValidationIssues)

namespace {

Visit minimalVisit()
{
    Visit v;
    v.meta.id = fixture::id1;
    v.caseId = fixture::id2;
    v.kind = QStringLiteral("home");
    return v;
}

Visit fullVisit()
{
    Visit v = minimalVisit();
    v.meta.version = 4;
    v.meta.createdAt = utc(2026, 11, 25, 8, 0, 0, 1);
    v.meta.updatedAt = utc(2026, 11, 25, 9, 0, 0, 2);
    v.meta.authorId = fixture::id3;
    v.meta.deviceId = fixture::id4;
    v.fosterHomeId = fixture::id4;
    v.kind = QStringLiteral("foster_home");
    v.plannedStart = utc(2026, 11, 25, 13);
    v.plannedEnd = utc(2026, 11, 25, 14);
    v.actualStart = utc(2026, 11, 25, 13, 5);
    v.actualEnd = utc(2026, 11, 25, 14, 20);
    v.checkInLat = 59.3293;
    v.checkInLon = 18.0686;
    v.checkInAccuracy = 12.5;
    v.checkInAt = utc(2026, 11, 25, 13, 4, 30);
    v.checkOutLat = -33.8688;
    v.checkOutLon = -151.2093;
    v.checkOutAccuracy = 0;
    v.checkOutAt = utc(2026, 11, 25, 14, 21);
    v.present = QStringLiteral("child_with_carers");
    v.note = QStringLiteral("Träffade Alva och familjehemmet. \"Citat\" & <tecken>");
    v.childWords = QStringLiteral("Jag vill bo kvar här.");
    v.bbic = {QStringLiteral("needs.health"), QStringLiteral("family.housing")};
    return v;
}

} // namespace

class TestVisit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validate_data()
    {
        QTest::addColumn<Visit>("visit");
        QTest::addColumn<ValidationIssues>("expected");

        QTest::newRow("minimal") << minimalVisit() << ValidationIssues {};
        QTest::newRow("full") << fullVisit() << ValidationIssues {};
        Visit v = minimalVisit();
        v.caseId.clear();
        QTest::newRow("neither case nor foster home")
            << v << ValidationIssues {problem("case_id", "required")};
        v.fosterHomeId = fixture::id3;
        QTest::newRow("foster home only") << v << ValidationIssues {};
        v = minimalVisit();
        v.caseId = fixture::notAnId;
        QTest::newRow("bad case id") << v << ValidationIssues {problem("case_id", "invalid")};
        v = minimalVisit();
        v.fosterHomeId = QStringLiteral("{") + fixture::id3 + QStringLiteral("}");
        QTest::newRow("bad foster home id")
            << v << ValidationIssues {problem("foster_home_id", "invalid")};
        v = minimalVisit();
        v.kind.clear();
        QTest::newRow("no kind") << v << ValidationIssues {problem("kind", "required")};
        v.kind = QStringLiteral("car");
        QTest::newRow("unknown kind") << v << ValidationIssues {problem("kind", "invalid")};
        v = minimalVisit();
        v.plannedStart = utc(2026, 11, 25, 14);
        v.plannedEnd = utc(2026, 11, 25, 13, 59);
        QTest::newRow("planned end before start")
            << v << ValidationIssues {problem("planned_end", "end_before_start")};
        v = minimalVisit();
        v.actualStart = utc(2026, 11, 25, 14);
        v.actualEnd = utc(2026, 11, 25, 14);
        QTest::newRow("actual end equals start") << v << ValidationIssues {};
        v.actualEnd = utc(2026, 11, 25, 13);
        QTest::newRow("actual end before start")
            << v << ValidationIssues {problem("actual_end", "end_before_start")};
        v = minimalVisit();
        v.plannedEnd = utc(2026, 11, 25, 14);
        QTest::newRow("only a planned end") << v << ValidationIssues {};
        v = minimalVisit();
        v.actualStart = QDateTime();
        QTest::newRow("unreadable actual start")
            << v << ValidationIssues {problem("actual_start", "invalid")};
        v = minimalVisit();
        v.checkInLat = 59.0;
        QTest::newRow("check-in latitude only")
            << v
            << ValidationIssues {
                   problem("check_in_lon", "required"), problem("check_in_at", "required")};
        v = minimalVisit();
        v.checkOutAccuracy = 5.0;
        QTest::newRow("check-out accuracy only")
            << v
            << ValidationIssues {problem("check_out_lat", "required"),
                   problem("check_out_lon", "required"), problem("check_out_at", "required")};
        v = minimalVisit();
        v.checkInLat = 90.0;
        v.checkInLon = -180.0;
        v.checkInAt = utc(2026, 11, 25, 13);
        QTest::newRow("position at the limits") << v << ValidationIssues {};
        v.checkInLat = 90.5;
        QTest::newRow("latitude out of range")
            << v << ValidationIssues {problem("check_in_lat", "out_of_range")};
        v.checkInLat = -90.0;
        v.checkInLon = 180.01;
        QTest::newRow("longitude out of range")
            << v << ValidationIssues {problem("check_in_lon", "out_of_range")};
        v.checkInLon = 18.0;
        v.checkInAccuracy = -1.0;
        QTest::newRow("negative accuracy")
            << v << ValidationIssues {problem("check_in_accuracy", "out_of_range")};
        v = minimalVisit();
        v.present = QStringLiteral("child_alone");
        QTest::newRow("known presence") << v << ValidationIssues {};
        v.present = QStringLiteral("everyone");
        QTest::newRow("unknown presence") << v << ValidationIssues {problem("present", "invalid")};
        v = minimalVisit();
        v.note = QString(20000, QLatin1Char('x'));
        v.childWords = QString(10000, QLatin1Char('y'));
        QTest::newRow("texts at their limits") << v << ValidationIssues {};
        v.note.append(QLatin1Char('x'));
        QTest::newRow("note too long") << v << ValidationIssues {problem("note", "too_long")};
        v.note.chop(1);
        v.childWords.append(QLatin1Char('y'));
        QTest::newRow("child words too long")
            << v << ValidationIssues {problem("child_words", "too_long")};
        v = minimalVisit();
        v.bbic = {QStringLiteral("needs.health"), QStringLiteral("needs.wealth")};
        QTest::newRow("unknown bbic area") << v << ValidationIssues {problem("bbic", "invalid")};
        v.bbic = {QStringLiteral("needs.health"), QStringLiteral("parenting.safety"),
            QStringLiteral("needs.health")};
        QTest::newRow("duplicate bbic area") << v << ValidationIssues {problem("bbic", "invalid")};
        v = minimalVisit();
        v.status = QStringLiteral("approved");
        QTest::newRow("unknown status") << v << ValidationIssues {problem("status", "invalid")};
        v.status = QStringLiteral("signed");
        QTest::newRow("signed without time")
            << v << ValidationIssues {problem("signed_at", "required")};
        v.signedAt = utc(2026, 11, 25, 15);
        QTest::newRow("signed with time") << v << ValidationIssues {};
        v.signedBy = fixture::notAnId;
        QTest::newRow("signed by a bad id")
            << v << ValidationIssues {problem("signed_by", "invalid")};
        v = minimalVisit();
        v.signedAt = utc(2026, 11, 25, 15);
        QTest::newRow("draft with signed_at")
            << v << ValidationIssues {problem("signed_at", "not_allowed")};
        v = minimalVisit();
        v.signedBy = fixture::id3;
        QTest::newRow("draft with signed_by")
            << v << ValidationIssues {problem("signed_by", "not_allowed")};
        v = minimalVisit();
        v.meta.id.clear();
        QTest::newRow("no id") << v << ValidationIssues {problem("id", "required")};
        v.meta.id = fixture::notAnId;
        QTest::newRow("bad id") << v << ValidationIssues {problem("id", "invalid")};
        v = minimalVisit();
        v.meta.version = -1;
        v.meta.authorId = fixture::notAnId;
        v.meta.deviceId = fixture::notAnId;
        QTest::newRow("bad meta") << v
                                  << ValidationIssues {problem("version", "out_of_range"),
                                         problem("author_id", "invalid"),
                                         problem("device_id", "invalid")};
        v = minimalVisit();
        v.kind.clear();
        v.note = QString(20001, QLatin1Char('x'));
        QTest::newRow("several issues at once")
            << v << ValidationIssues {problem("kind", "required"), problem("note", "too_long")};
    }

    void validate()
    {
        QFETCH(Visit, visit);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(visit.validate(), expected);
    }

    void signDraft()
    {
        Visit v = minimalVisit();
        QVERIFY(!v.isSigned());
        QCOMPARE(v.status, QStringLiteral("draft"));
        QCOMPARE(v.sign(utc(2026, 11, 25, 15, 30), fixture::id3), ValidationIssues {});
        QVERIFY(v.isSigned());
        QCOMPARE(v.status, QStringLiteral("signed"));
        QCOMPARE(v.signedAt, std::optional<QDateTime>(utc(2026, 11, 25, 15, 30)));
        QCOMPARE(v.signedBy, fixture::id3);
        QCOMPARE(v.validate(), ValidationIssues {});
    }

    void signTwiceIsRefused()
    {
        Visit v = minimalVisit();
        QCOMPARE(v.sign(utc(2026, 11, 25, 15, 30), fixture::id3), ValidationIssues {});
        const Visit once = v;
        QCOMPARE(v.sign(utc(2026, 11, 26, 9), fixture::id4),
            ValidationIssues {problem("status", "not_allowed")});
        QCOMPARE(v, once);
    }

    void signInvalidStaysDraft_data()
    {
        QTest::addColumn<Visit>("visit");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("by");
        QTest::addColumn<ValidationIssues>("expected");
        Visit v = minimalVisit();
        v.kind.clear();
        QTest::newRow("no kind") << v << utc(2026, 11, 25, 15) << fixture::id3
                                 << ValidationIssues {problem("kind", "required")};
        QTest::newRow("no time") << minimalVisit() << QDateTime() << fixture::id3
                                 << ValidationIssues {problem("signed_at", "invalid")};
        QTest::newRow("bad signer") << minimalVisit() << utc(2026, 11, 25, 15) << fixture::notAnId
                                    << ValidationIssues {problem("signed_by", "invalid")};
    }

    void signInvalidStaysDraft()
    {
        QFETCH(Visit, visit);
        QFETCH(QDateTime, at);
        QFETCH(QString, by);
        QFETCH(ValidationIssues, expected);
        const Visit before = visit;
        QCOMPARE(visit.sign(at, by), expected);
        QVERIFY(!visit.isSigned());
        QCOMPARE(visit, before);
    }

    void sameContentIgnoresVersionAndUpdateTime()
    {
        const Visit a = fullVisit();
        Visit b = a;
        b.meta.version = 9;
        b.meta.updatedAt = utc(2027, 1, 1);
        QVERIFY(a.sameContent(b));
        QVERIFY(b.sameContent(a));
        QVERIFY(!(a == b));
    }

    void sameContentSeesEdits_data()
    {
        QTest::addColumn<Visit>("edited");
        const Visit base = fullVisit();
        Visit v = base;
        v.note += QLatin1Char('.');
        QTest::newRow("note") << v;
        v = base;
        v.childWords = QStringLiteral("Jag vill flytta.");
        QTest::newRow("child words") << v;
        v = base;
        v.bbic.removeLast();
        QTest::newRow("bbic") << v;
        v = base;
        v.checkInLat = 59.3294;
        QTest::newRow("check-in latitude") << v;
        v = base;
        v.actualEnd = utc(2026, 11, 25, 14, 21);
        QTest::newRow("actual end") << v;
        v = base;
        v.present.clear();
        QTest::newRow("present") << v;
        v = base;
        v.meta.deleted = true;
        QTest::newRow("deleted") << v;
        v = base;
        v.meta.createdAt = utc(2026, 11, 24);
        QTest::newRow("created at") << v;
        v = base;
        v.meta.authorId = fixture::id1;
        QTest::newRow("author") << v;
        v = base;
        v.signedBy = fixture::id1;
        QTest::newRow("signed by") << v;
    }

    void sameContentSeesEdits()
    {
        QFETCH(Visit, edited);
        QVERIFY(!fullVisit().sameContent(edited));
        QVERIFY(!edited.sameContent(fullVisit()));
    }

    void clearPositions()
    {
        Visit v = fullVisit();
        v.clearPositions();
        QVERIFY(!v.checkInLat && !v.checkInLon && !v.checkInAccuracy && !v.checkInAt);
        QVERIFY(!v.checkOutLat && !v.checkOutLon && !v.checkOutAccuracy && !v.checkOutAt);
        QCOMPARE(v.note, fullVisit().note);
        QCOMPARE(v.actualStart, fullVisit().actualStart);
        QCOMPARE(v.validate(), ValidationIssues {});
        const QJsonObject o = v.toJson();
        QVERIFY(o.value(QLatin1String("check_in_lat")).isNull());
        QVERIFY(o.value(QLatin1String("check_out_at")).isNull());
    }

    void jsonKeys()
    {
        const QJsonObject o = fullVisit().toJson();
        QStringList keys = o.keys();
        keys.sort();
        QStringList expected {"id", "version", "created_at", "updated_at", "author_id", "device_id",
            "deleted", "case_id", "foster_home_id", "kind", "planned_start", "planned_end",
            "actual_start", "actual_end", "check_in_lat", "check_in_lon", "check_in_accuracy",
            "check_in_at", "check_out_lat", "check_out_lon", "check_out_accuracy", "check_out_at",
            "present", "note", "child_words", "bbic", "status", "signed_at", "signed_by"};
        expected.sort();
        QCOMPARE(keys, expected);
    }

    void jsonValues()
    {
        Visit v = fullVisit();
        QCOMPARE(v.sign(utc(2026, 11, 25, 20, 3, 47, 123), fixture::id3), ValidationIssues {});
        const QJsonObject o = v.toJson();
        QCOMPARE(o.value(QLatin1String("id")).toString(), fixture::id1);
        QCOMPARE(o.value(QLatin1String("version")).toInteger(), 4);
        QCOMPARE(o.value(QLatin1String("created_at")).toString(), "2026-11-25T08:00:00.001Z");
        QCOMPARE(o.value(QLatin1String("deleted")), QJsonValue(false));
        QCOMPARE(o.value(QLatin1String("case_id")).toString(), fixture::id2);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), "foster_home");
        QCOMPARE(o.value(QLatin1String("planned_start")).toString(), "2026-11-25T13:00:00.000Z");
        QCOMPARE(o.value(QLatin1String("check_in_lat")), QJsonValue(59.3293));
        QCOMPARE(o.value(QLatin1String("check_out_accuracy")), QJsonValue(0.0));
        QCOMPARE(o.value(QLatin1String("bbic")),
            QJsonValue(QJsonArray {"needs.health", "family.housing"}));
        QCOMPARE(o.value(QLatin1String("status")).toString(), "signed");
        QCOMPARE(o.value(QLatin1String("signed_at")).toString(), "2026-11-25T20:03:47.123Z");
        QCOMPARE(o.value(QLatin1String("signed_by")).toString(), fixture::id3);
    }

    void jsonUnsetIsNull()
    {
        const QJsonObject o = minimalVisit().toJson();
        for (const char *key : {"created_at", "updated_at", "author_id", "device_id",
                 "foster_home_id", "planned_start", "actual_end", "check_in_lat", "check_out_at",
                 "present", "signed_at", "signed_by"})
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(o.value(QLatin1String("bbic")), QJsonValue(QJsonArray {}));
        QCOMPARE(o.value(QLatin1String("note")), QJsonValue(QString()));
        QCOMPARE(o.value(QLatin1String("status")), QJsonValue("draft"));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<Visit>("visit");
        QTest::newRow("minimal") << minimalVisit();
        QTest::newRow("full") << fullVisit();
        Visit v = fullVisit();
        v.sign(utc(2026, 11, 25, 16), fixture::id3);
        QTest::newRow("signed") << v;
        v.meta.deleted = true;
        QTest::newRow("tombstone") << v;
    }

    void jsonRoundTrip()
    {
        QFETCH(Visit, visit);
        const Visit back = Visit::fromJson(visit.toJson());
        QCOMPARE(back, visit);
        QVERIFY(back.sameContent(visit));
        QCOMPARE(back.toJson(), visit.toJson());
    }

    void fromJsonTolerant()
    {
        const QJsonObject o {{"id", fixture::id1}, {"case_id", fixture::id2}, {"kind", 5},
            {"planned_start", "tomorrow"}, {"check_in_lat", "59.3"}, {"bbic", "needs.health"},
            {"note", QJsonValue::Null}};
        const Visit v = Visit::fromJson(o);
        QCOMPARE(v.kind, QString());
        QVERIFY(v.plannedStart.has_value());
        QVERIFY(!v.plannedStart->isValid());
        QVERIFY(!v.checkInLat.has_value());
        QCOMPARE(v.bbic, QStringList());
        QCOMPARE(v.note, QString());
        QCOMPARE(v.status, QStringLiteral("draft"));
        QCOMPARE(v.validate(),
            (ValidationIssues {problem("kind", "required"), problem("planned_start", "invalid")}));
    }

    void fromJsonOfNothing()
    {
        const Visit v = Visit::fromJson({});
        QCOMPARE(v, Visit {});
        QCOMPARE(v.validate(),
            (ValidationIssues {problem("id", "required"), problem("case_id", "required"),
                problem("kind", "required")}));
    }

    void lists()
    {
        QCOMPARE(Visit::kinds(),
            (QStringList {"home", "foster_home", "school", "office", "video", "other"}));
        QCOMPARE(Visit::presences(),
            (QStringList {"", "child_alone", "child_with_carers", "child_not_present"}));
        QCOMPARE(Visit::statuses(), (QStringList {"draft", "signed"}));
    }

    void bbicAreas()
    {
        const QStringList &areas = barntid::bbicAreas();
        QCOMPARE(areas.size(), 20);
        QCOMPARE(areas.filter(QRegularExpression(QStringLiteral("^needs\\."))).size(), 7);
        QCOMPARE(areas.filter(QRegularExpression(QStringLiteral("^parenting\\."))).size(), 6);
        QCOMPARE(areas.filter(QRegularExpression(QStringLiteral("^family\\."))).size(), 7);
        QCOMPARE(QSet<QString>(areas.cbegin(), areas.cend()).size(), 20);
        QVERIFY(isBbicArea(QStringLiteral("parenting.guidance_boundaries")));
        QVERIFY(isBbicArea(QStringLiteral("family.community_resources")));
        QVERIFY(!isBbicArea(QStringLiteral("health")));
        QVERIFY(!isBbicArea(QStringLiteral("NEEDS.HEALTH")));
        QVERIFY(!isBbicArea(QString()));
    }
};

QTEST_GUILESS_MAIN(TestVisit)
#include "tst_visit.moc"
