// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/timeentry.h"
#include "domain/visitamendment.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace barntid;
using fixture::problem;
using fixture::utc;

Q_DECLARE_METATYPE(barntid::RecordMeta)
Q_DECLARE_METATYPE(barntid::Case)
Q_DECLARE_METATYPE(barntid::FosterHome)
Q_DECLARE_METATYPE(barntid::VisitAmendment)
Q_DECLARE_METATYPE(barntid::ChildTime)
Q_DECLARE_METATYPE(barntid::Contact)
Q_DECLARE_METATYPE(barntid::TimeEntry)
Q_DECLARE_METATYPE(barntid::ValidationIssues)

namespace {

const QStringList metaKeys {
    "id", "version", "created_at", "updated_at", "author_id", "device_id", "deleted"};

RecordMeta meta()
{
    RecordMeta m;
    m.id = fixture::id1;
    return m;
}

RecordMeta fullMeta()
{
    RecordMeta m = meta();
    m.version = 17;
    m.createdAt = utc(2026, 3, 29, 0, 59, 59, 999);
    m.updatedAt = utc(2026, 3, 29, 1, 0, 0, 1);
    m.authorId = fixture::id2;
    m.deviceId = fixture::id3;
    return m;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList withMeta(QStringList own)
{
    own += metaKeys;
    own.sort();
    return own;
}

Case validCase()
{
    Case c;
    c.meta = meta();
    c.caseNumber = QStringLiteral("2026-BoU-0042");
    c.childName = QStringLiteral("Alva S.");
    return c;
}

FosterHome validHome()
{
    FosterHome h;
    h.meta = meta();
    h.name = QStringLiteral("Familjen Berg");
    return h;
}

VisitAmendment validAmendment()
{
    VisitAmendment a;
    a.meta = meta();
    a.visitId = fixture::id2;
    a.text = QStringLiteral("Rättelse: besöket var 45 minuter.");
    a.signedAt = utc(2026, 11, 26, 8);
    return a;
}

ChildTime validChildTime()
{
    ChildTime t;
    t.meta = meta();
    t.caseId = fixture::id2;
    t.startsAt = utc(2026, 11, 25, 13);
    t.endsAt = utc(2026, 11, 25, 14);
    return t;
}

Contact validContact()
{
    Contact c;
    c.meta = meta();
    c.fosterHomeId = fixture::id2;
    c.kind = QStringLiteral("supervision");
    c.at = utc(2026, 11, 25, 17);
    c.durationMinutes = 90;
    return c;
}

TimeEntry validTimeEntry()
{
    TimeEntry e;
    e.meta = meta();
    e.category = QStringLiteral("documentation");
    e.startsAt = utc(2026, 11, 25, 7, 30);
    e.endsAt = utc(2026, 11, 25, 11);
    return e;
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // RecordMeta

    void metaJson()
    {
        QJsonObject o;
        fullMeta().writeJson(o);
        QCOMPARE(sortedKeys(o), withMeta({}));
        QCOMPARE(o.value(QLatin1String("version")).toInteger(), qint64(17));
        QCOMPARE(o.value(QLatin1String("created_at")).toString(),
            QStringLiteral("2026-03-29T00:59:59.999Z"));
        QCOMPARE(o.value(QLatin1String("author_id")).toString(), fixture::id2);
        QCOMPARE(RecordMeta::readJson(o), fullMeta());

        QJsonObject bare;
        meta().writeJson(bare);
        QVERIFY(bare.value(QLatin1String("author_id")).isNull());
        QVERIFY(bare.value(QLatin1String("device_id")).isNull());
        QVERIFY(bare.value(QLatin1String("created_at")).isNull());
        QCOMPARE(RecordMeta::readJson(bare), meta());
    }

    void metaTolerant()
    {
        QCOMPARE(RecordMeta::readJson({}), RecordMeta {});
        const RecordMeta m = RecordMeta::readJson(
            {{"id", 12}, {"version", 1.5}, {"created_at", "2026-01-01"}, {"deleted", "yes"}});
        QCOMPARE(m.id, QString());
        QVERIFY(!m.createdAt.isValid());
        QVERIFY(!m.deleted);
        QCOMPARE(m.validate(),
            (ValidationIssues {problem("id", "required"), problem("version", "out_of_range")}));
        QCOMPARE(RecordMeta::readJson({{"version", "3"}}).version, qint64(0));
        QCOMPARE(RecordMeta::readJson({{"version", 3}}).version, qint64(3));
    }

    // Case

    void caseValidate_data()
    {
        QTest::addColumn<Case>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validCase() << ValidationIssues {};
        Case c = validCase();
        c.caseNumber.clear();
        QTest::newRow("no number") << c << ValidationIssues {problem("case_number", "required")};
        c.caseNumber = QString(32, QLatin1Char('9'));
        QTest::newRow("number at 32") << c << ValidationIssues {};
        c.caseNumber = QString(33, QLatin1Char('9'));
        QTest::newRow("number at 33") << c << ValidationIssues {problem("case_number", "too_long")};
        c = validCase();
        c.childName = QStringLiteral("   ");
        QTest::newRow("blank name") << c << ValidationIssues {problem("child_name", "required")};
        c.childName = QString(80, QLatin1Char('a'));
        QTest::newRow("name at 80") << c << ValidationIssues {};
        c.childName = QString(81, QLatin1Char('a'));
        QTest::newRow("name at 81") << c << ValidationIssues {problem("child_name", "too_long")};
        c = validCase();
        c.birthYear = 1979;
        QTest::newRow("born 1979") << c << ValidationIssues {problem("birth_year", "out_of_range")};
        c.birthYear = 1980;
        QTest::newRow("born 1980") << c << ValidationIssues {};
        c.birthYear = 2100;
        QTest::newRow("born 2100") << c << ValidationIssues {};
        c.birthYear = 2101;
        QTest::newRow("born 2101") << c << ValidationIssues {problem("birth_year", "out_of_range")};
        c = validCase();
        c.responsibleId = fixture::notAnId;
        QTest::newRow("bad responsible")
            << c << ValidationIssues {problem("responsible_id", "invalid")};
        c.meta.id.clear();
        QTest::newRow("meta issues come first")
            << c
            << ValidationIssues {problem("id", "required"), problem("responsible_id", "invalid")};
    }

    void caseValidate()
    {
        QFETCH(Case, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void caseJson()
    {
        Case c = validCase();
        c.meta = fullMeta();
        c.birthYear = 2014;
        c.protectedIdentity = true;
        c.responsibleId = fixture::id4;
        const QJsonObject o = c.toJson();
        QCOMPARE(sortedKeys(o),
            withMeta({"case_number", "child_name", "birth_year", "protected_identity",
                "responsible_id"}));
        QCOMPARE(o.value(QLatin1String("birth_year")), QJsonValue(2014));
        QCOMPARE(o.value(QLatin1String("protected_identity")), QJsonValue(true));
        QCOMPARE(Case::fromJson(o), c);

        const QJsonObject bare = validCase().toJson();
        QVERIFY(bare.value(QLatin1String("birth_year")).isNull());
        QVERIFY(bare.value(QLatin1String("responsible_id")).isNull());
        QCOMPARE(Case::fromJson(bare), validCase());
    }

    void caseTolerant()
    {
        QCOMPARE(Case::fromJson({{"birth_year", "2014"}}).birthYear, std::optional<int>());
        const Case fractional = Case::fromJson({{"birth_year", 2014.5}});
        QVERIFY(fractional.birthYear.has_value());
        QVERIFY(fractional.validate().contains(problem("birth_year", "out_of_range")));
        QVERIFY(Case::fromJson({{"birth_year", 1e12}})
                    .validate()
                    .contains(problem("birth_year", "out_of_range")));
        QCOMPARE(Case::fromJson({{"protected_identity", 1}}).protectedIdentity, false);
    }

    void caseMasking()
    {
        Case c = validCase();
        QVERIFY(!c.masked());
        QCOMPARE(c.displayName(), QStringLiteral("Alva S."));
        c.protectedIdentity = true;
        QVERIFY(c.masked());
        QCOMPARE(c.displayName(), QString());
        QCOMPARE(c.childName, QStringLiteral("Alva S."));
    }

    // FosterHome

    void fosterHomeValidate_data()
    {
        QTest::addColumn<FosterHome>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validHome() << ValidationIssues {};
        FosterHome h = validHome();
        h.name.clear();
        QTest::newRow("no name") << h << ValidationIssues {problem("name", "required")};
        h.name = QString(121, QLatin1Char('n'));
        QTest::newRow("name at 121") << h << ValidationIssues {problem("name", "too_long")};
        h = validHome();
        h.contactPersons = QString(500, QLatin1Char('c'));
        QTest::newRow("contacts at 500") << h << ValidationIssues {};
        h.contactPersons += QLatin1Char('c');
        QTest::newRow("contacts at 501")
            << h << ValidationIssues {problem("contact_persons", "too_long")};
        h = validHome();
        h.phone = QStringLiteral("+46 (0)70-123 45 67");
        QTest::newRow("phone with punctuation") << h << ValidationIssues {};
        h.phone = QStringLiteral("070-123 45 67 ank. 12");
        QTest::newRow("phone with letters") << h << ValidationIssues {problem("phone", "invalid")};
        h.phone = QStringLiteral("070/1234567");
        QTest::newRow("phone with slash") << h << ValidationIssues {problem("phone", "invalid")};
        h.phone = QString(41, QLatin1Char('1'));
        QTest::newRow("phone at 41") << h << ValidationIssues {problem("phone", "too_long")};
        h = validHome();
        h.fosterParentIds = {fixture::id2, fixture::notAnId};
        QTest::newRow("bad foster parent id")
            << h << ValidationIssues {problem("foster_parent_ids", "invalid")};
        h = validHome();
        h.workerIds = {fixture::id2, fixture::id3, fixture::id2};
        QTest::newRow("duplicate worker")
            << h << ValidationIssues {problem("worker_ids", "invalid")};
        h = validHome();
        h.placedCaseIds = {QString()};
        QTest::newRow("empty placed case id")
            << h << ValidationIssues {problem("placed_case_ids", "invalid")};
        h = validHome();
        h.supervisionStatus = QStringLiteral("maybe");
        QTest::newRow("unknown supervision")
            << h << ValidationIssues {problem("supervision_status", "invalid")};
        h.supervisionStatus.clear();
        QTest::newRow("no supervision")
            << h << ValidationIssues {problem("supervision_status", "required")};
        h = validHome();
        h.trainingOfferedOn = QDate(2026, 5, 10);
        h.trainingCompletedOn = QDate(2026, 5, 9);
        QTest::newRow("completed before offered")
            << h << ValidationIssues {problem("training_completed_on", "end_before_start")};
        h.trainingCompletedOn = QDate(2026, 5, 10);
        QTest::newRow("completed the day offered") << h << ValidationIssues {};
        h.trainingOfferedOn = QDate();
        QTest::newRow("unreadable date")
            << h << ValidationIssues {problem("training_offered_on", "invalid")};
    }

    void fosterHomeValidate()
    {
        QFETCH(FosterHome, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void fosterHomeJson()
    {
        FosterHome h = validHome();
        h.meta = fullMeta();
        h.contactPersons = QStringLiteral("Anna och Per Berg");
        h.phone = QStringLiteral("070-123 45 67");
        h.fosterParentIds = {fixture::id2, fixture::id3};
        h.workerIds = {fixture::id4};
        h.trainingOfferedOn = QDate(2026, 2, 1);
        h.trainingCompletedOn = QDate(2026, 4, 30);
        h.supervisionStatus = QStringLiteral("ongoing");
        h.placedCaseIds = {fixture::id1};
        QCOMPARE(h.validate(), ValidationIssues {});
        const QJsonObject o = h.toJson();
        QCOMPARE(sortedKeys(o),
            withMeta({"name", "contact_persons", "phone", "foster_parent_ids", "worker_ids",
                "training_offered_on", "training_completed_on", "supervision_status",
                "placed_case_ids"}));
        QCOMPARE(o.value(QLatin1String("foster_parent_ids")),
            QJsonValue(QJsonArray {fixture::id2, fixture::id3}));
        QCOMPARE(o.value(QLatin1String("training_completed_on")).toString(),
            QStringLiteral("2026-04-30"));
        QCOMPARE(FosterHome::fromJson(o), h);

        const QJsonObject bare = validHome().toJson();
        QVERIFY(bare.value(QLatin1String("training_offered_on")).isNull());
        QCOMPARE(
            bare.value(QLatin1String("supervision_status")).toString(), QStringLiteral("none"));
        QCOMPARE(bare.value(QLatin1String("worker_ids")), QJsonValue(QJsonArray {}));
        QCOMPARE(FosterHome::fromJson(bare), validHome());
    }

    void fosterHomeTolerant()
    {
        const FosterHome h = FosterHome::fromJson({{"id", fixture::id1}, {"name", "Familjen Berg"},
            {"worker_ids", QJsonArray {fixture::id2, 7}}, {"placed_case_ids", "not a list"},
            {"training_offered_on", "2026-02-30"}});
        QCOMPARE(h.workerIds, (QStringList {fixture::id2, QString()}));
        QCOMPARE(h.placedCaseIds, QStringList());
        QCOMPARE(h.supervisionStatus, QStringLiteral("none"));
        QCOMPARE(h.validate(),
            (ValidationIssues {
                problem("worker_ids", "invalid"), problem("training_offered_on", "invalid")}));
    }

    // VisitAmendment

    void amendmentValidate_data()
    {
        QTest::addColumn<VisitAmendment>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validAmendment() << ValidationIssues {};
        VisitAmendment a = validAmendment();
        a.visitId.clear();
        QTest::newRow("no visit") << a << ValidationIssues {problem("visit_id", "required")};
        a.visitId = fixture::notAnId;
        QTest::newRow("bad visit") << a << ValidationIssues {problem("visit_id", "invalid")};
        a = validAmendment();
        a.text.clear();
        QTest::newRow("no text") << a << ValidationIssues {problem("text", "required")};
        a.text = QString(10000, QLatin1Char('t'));
        QTest::newRow("text at 10000") << a << ValidationIssues {};
        a.text += QLatin1Char('t');
        QTest::newRow("text at 10001") << a << ValidationIssues {problem("text", "too_long")};
        a = validAmendment();
        a.signedAt = QDateTime();
        QTest::newRow("not signed") << a << ValidationIssues {problem("signed_at", "required")};
        a = validAmendment();
        a.signedBy = fixture::notAnId;
        QTest::newRow("bad signer") << a << ValidationIssues {problem("signed_by", "invalid")};
    }

    void amendmentValidate()
    {
        QFETCH(VisitAmendment, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void amendmentJson()
    {
        VisitAmendment a = validAmendment();
        a.meta = fullMeta();
        a.signedBy = fixture::id4;
        const QJsonObject o = a.toJson();
        QCOMPARE(sortedKeys(o), withMeta({"visit_id", "text", "signed_at", "signed_by"}));
        QCOMPARE(o.value(QLatin1String("signed_at")).toString(),
            QStringLiteral("2026-11-26T08:00:00.000Z"));
        QCOMPARE(VisitAmendment::fromJson(o), a);
        QVERIFY(validAmendment().toJson().value(QLatin1String("signed_by")).isNull());
        QCOMPARE(VisitAmendment::fromJson(validAmendment().toJson()), validAmendment());
    }

    // ChildTime

    void childTimeValidate_data()
    {
        QTest::addColumn<ChildTime>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validChildTime() << ValidationIssues {};
        ChildTime t = validChildTime();
        t.caseId.clear();
        QTest::newRow("no case") << t << ValidationIssues {problem("case_id", "required")};
        t = validChildTime();
        t.visitId = fixture::id3;
        QTest::newRow("with visit") << t << ValidationIssues {};
        t.visitId = fixture::notAnId;
        QTest::newRow("bad visit") << t << ValidationIssues {problem("visit_id", "invalid")};
        t = validChildTime();
        t.startsAt = QDateTime();
        QTest::newRow("no start") << t << ValidationIssues {problem("starts_at", "required")};
        t = validChildTime();
        t.endsAt = QDateTime();
        QTest::newRow("no end") << t << ValidationIssues {problem("ends_at", "required")};
        t = validChildTime();
        t.endsAt = t.startsAt;
        QTest::newRow("empty span")
            << t << ValidationIssues {problem("ends_at", "end_before_start")};
        t.endsAt = utc(2026, 11, 25, 12);
        QTest::newRow("end before start")
            << t << ValidationIssues {problem("ends_at", "end_before_start")};
        t.endsAt = utc(2026, 11, 26, 13);
        QTest::newRow("exactly 24 h") << t << ValidationIssues {};
        t.endsAt = utc(2026, 11, 26, 13, 0, 1);
        QTest::newRow("24 h and a second")
            << t << ValidationIssues {problem("ends_at", "out_of_range")};
        t = validChildTime();
        t.mode = QStringLiteral("chat");
        QTest::newRow("unknown mode") << t << ValidationIssues {problem("mode", "invalid")};
    }

    void childTimeValidate()
    {
        QFETCH(ChildTime, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void childTimeJson()
    {
        ChildTime t = validChildTime();
        t.meta = fullMeta();
        t.visitId = fixture::id4;
        t.mode = QStringLiteral("video");
        const QJsonObject o = t.toJson();
        QCOMPARE(sortedKeys(o), withMeta({"case_id", "visit_id", "starts_at", "ends_at", "mode"}));
        QCOMPARE(o.value(QLatin1String("ends_at")).toString(),
            QStringLiteral("2026-11-25T14:00:00.000Z"));
        QCOMPARE(ChildTime::fromJson(o), t);
        QCOMPARE(validChildTime().toJson().value(QLatin1String("mode")).toString(),
            QStringLiteral("in_person"));
        QCOMPARE(ChildTime::fromJson(validChildTime().toJson()), validChildTime());
        const Interval i = t.interval();
        QCOMPARE(i.start, utc(2026, 11, 25, 13));
        QCOMPARE(i.end, utc(2026, 11, 25, 14));
    }

    // Contact

    void contactValidate_data()
    {
        QTest::addColumn<Contact>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validContact() << ValidationIssues {};
        Contact c = validContact();
        c.fosterHomeId.clear();
        QTest::newRow("no foster home")
            << c << ValidationIssues {problem("foster_home_id", "required")};
        c = validContact();
        c.kind.clear();
        QTest::newRow("no kind") << c << ValidationIssues {problem("kind", "required")};
        c.kind = QStringLiteral("letter");
        QTest::newRow("unknown kind") << c << ValidationIssues {problem("kind", "invalid")};
        c = validContact();
        c.at = QDateTime();
        QTest::newRow("no time") << c << ValidationIssues {problem("at", "required")};
        c = validContact();
        c.durationMinutes = -1;
        QTest::newRow("negative duration")
            << c << ValidationIssues {problem("duration_minutes", "out_of_range")};
        c.durationMinutes = 0;
        QTest::newRow("zero duration") << c << ValidationIssues {};
        c.durationMinutes = 1440;
        QTest::newRow("a whole day") << c << ValidationIssues {};
        c.durationMinutes = 1441;
        QTest::newRow("over a day")
            << c << ValidationIssues {problem("duration_minutes", "out_of_range")};
        c = validContact();
        c.note = QString(20001, QLatin1Char('n'));
        QTest::newRow("note too long") << c << ValidationIssues {problem("note", "too_long")};
        c = validContact();
        c.nextFollowUp = QDate();
        QTest::newRow("unreadable follow-up")
            << c << ValidationIssues {problem("next_follow_up", "invalid")};
    }

    void contactValidate()
    {
        QFETCH(Contact, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void contactJson()
    {
        Contact c = validContact();
        c.meta = fullMeta();
        c.note = QStringLiteral("Handledning om skolstart.");
        c.nextFollowUp = QDate(2027, 1, 15);
        const QJsonObject o = c.toJson();
        QCOMPARE(sortedKeys(o),
            withMeta(
                {"foster_home_id", "kind", "at", "duration_minutes", "note", "next_follow_up"}));
        QCOMPARE(o.value(QLatin1String("duration_minutes")), QJsonValue(90));
        QCOMPARE(o.value(QLatin1String("next_follow_up")).toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(Contact::fromJson(o), c);
        QVERIFY(validContact().toJson().value(QLatin1String("next_follow_up")).isNull());
        QCOMPARE(Contact::fromJson(validContact().toJson()), validContact());
        QVERIFY(Contact::fromJson({{"duration_minutes", 12.5}})
                    .validate()
                    .contains(problem("duration_minutes", "out_of_range")));
    }

    // TimeEntry

    void timeEntryValidate_data()
    {
        QTest::addColumn<TimeEntry>("record");
        QTest::addColumn<ValidationIssues>("expected");
        QTest::newRow("valid") << validTimeEntry() << ValidationIssues {};
        TimeEntry e = validTimeEntry();
        e.category.clear();
        QTest::newRow("no category") << e << ValidationIssues {problem("category", "required")};
        e.category = QStringLiteral("coffee");
        QTest::newRow("unknown category") << e << ValidationIssues {problem("category", "invalid")};
        e = validTimeEntry();
        e.startsAt = QDateTime();
        e.endsAt = QDateTime();
        QTest::newRow("no times") << e
                                  << ValidationIssues {problem("starts_at", "required"),
                                         problem("ends_at", "required")};
        e = validTimeEntry();
        e.endsAt = e.startsAt;
        QTest::newRow("empty span")
            << e << ValidationIssues {problem("ends_at", "end_before_start")};
        e.endsAt = utc(2026, 11, 26, 7, 31);
        QTest::newRow("over 24 h") << e << ValidationIssues {problem("ends_at", "out_of_range")};
        e = validTimeEntry();
        e.caseId = fixture::notAnId;
        e.visitId = fixture::notAnId;
        QTest::newRow("bad links")
            << e
            << ValidationIssues {problem("case_id", "invalid"), problem("visit_id", "invalid")};
        e = validTimeEntry();
        e.note = QString(2000, QLatin1Char('n'));
        QTest::newRow("note at 2000") << e << ValidationIssues {};
        e.note += QLatin1Char('n');
        QTest::newRow("note at 2001") << e << ValidationIssues {problem("note", "too_long")};
    }

    void timeEntryValidate()
    {
        QFETCH(TimeEntry, record);
        QFETCH(ValidationIssues, expected);
        QCOMPARE(record.validate(), expected);
    }

    void timeEntryJson()
    {
        TimeEntry e = validTimeEntry();
        e.meta = fullMeta();
        e.caseId = fixture::id2;
        e.visitId = fixture::id3;
        e.note = QStringLiteral("Journalföring");
        const QJsonObject o = e.toJson();
        QCOMPARE(sortedKeys(o),
            withMeta({"category", "starts_at", "ends_at", "case_id", "visit_id", "note"}));
        QCOMPARE(o.value(QLatin1String("starts_at")).toString(),
            QStringLiteral("2026-11-25T07:30:00.000Z"));
        QCOMPARE(TimeEntry::fromJson(o), e);
        QVERIFY(validTimeEntry().toJson().value(QLatin1String("case_id")).isNull());
        QCOMPARE(TimeEntry::fromJson(validTimeEntry().toJson()), validTimeEntry());
        QCOMPARE(e.interval().end, utc(2026, 11, 25, 11));
    }

    void entityNames()
    {
        QCOMPARE(QString(Case::entity), QStringLiteral("case"));
        QCOMPARE(QString(FosterHome::entity), QStringLiteral("foster_home"));
        QCOMPARE(QString(VisitAmendment::entity), QStringLiteral("visit_amendment"));
        QCOMPARE(QString(ChildTime::entity), QStringLiteral("child_time"));
        QCOMPARE(QString(Contact::entity), QStringLiteral("contact"));
        QCOMPARE(QString(TimeEntry::entity), QStringLiteral("time_entry"));
    }

    void codeLists()
    {
        QCOMPARE(FosterHome::supervisionStatuses(),
            (QStringList {"none", "offered", "ongoing", "completed", "declined"}));
        QCOMPARE(ChildTime::modes(), (QStringList {"in_person", "video", "phone"}));
        QCOMPARE(
            Contact::kinds(), (QStringList {"visit", "phone", "video", "supervision", "training"}));
        QCOMPARE(TimeEntry::categories(),
            (QStringList {"child_contact", "family_contact", "foster_home_contact", "documentation",
                "travel", "meetings", "training", "other"}));
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
