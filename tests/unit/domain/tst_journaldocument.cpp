// SPDX-License-Identifier: GPL-3.0-or-later
// JournalDocument: what a signed visit says in the case system's journal, in English source text
// (no translator installed): the parts, the order of amendments, Stockholm times, the masked
// protected identity, approval at the current version only, and the content hash.
#include "domain/journaldocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

const QString worker = u"01a00000-0000-7000-8000-00000000000a"_s;
const QString boss = u"01a00000-0000-7000-8000-00000000000b"_s;

JournalDocument::Input input()
{
    JournalDocument::Input in;
    in.visit = QJsonObject {{u"id"_s, u"01a00000-0000-7000-8000-000000000001"_s}, {u"version"_s, 3},
        {u"case_id"_s, u"01a00000-0000-7000-8000-0000000000c1"_s}, {u"kind"_s, u"foster_home"_s},
        // 08:00Z in July is 10:00 in Stockholm (summer time).
        {u"actual_start"_s, u"2026-07-01T08:00:00Z"_s},
        {u"actual_end"_s, u"2026-07-01T09:15:00Z"_s}, {u"present"_s, u"child_with_carers"_s},
        {u"note"_s, u"Line one of the note.\nLine two."_s},
        {u"child_words"_s, u"I want to stay here."_s},
        {u"bbic"_s, QJsonArray {u"needs.health"_s, u"parenting.safety"_s}},
        {u"status"_s, u"signed"_s}, {u"signed_at"_s, u"2026-07-01T10:00:00Z"_s},
        {u"signed_by"_s, worker}};
    in.caseRecord = QJsonObject {{u"id"_s, u"01a00000-0000-7000-8000-0000000000c1"_s},
        {u"case_number"_s, u"BUN-2026-0042"_s}, {u"child_name"_s, u"Ronja V."_s},
        {u"birth_year"_s, 2015}, {u"protected_identity"_s, false}};
    // Written out of order: the document lists them by signing time.
    in.amendments << QJsonObject {{u"id"_s, u"01a00000-0000-7000-8000-0000000000a2"_s},
        {u"text"_s, u"Second amendment."_s}, {u"signed_at"_s, u"2026-07-03T07:00:00Z"_s},
        {u"signed_by"_s, worker}};
    in.amendments << QJsonObject {{u"id"_s, u"01a00000-0000-7000-8000-0000000000a1"_s},
        {u"text"_s, u"First amendment."_s}, {u"signed_at"_s, u"2026-07-02T07:00:00Z"_s},
        {u"signed_by"_s, worker}};
    in.childTimes << QJsonObject {{u"starts_at"_s, u"2026-07-01T08:40:00Z"_s},
        {u"ends_at"_s, u"2026-07-01T09:00:00Z"_s}, {u"mode"_s, u"in_person"_s}};
    in.childTimes << QJsonObject {{u"starts_at"_s, u"2026-07-01T08:05:00Z"_s},
        {u"ends_at"_s, u"2026-07-01T08:30:00Z"_s}, {u"mode"_s, u"in_person"_s}};
    in.names = {{worker, u"Anna Lindqvist"_s}, {boss, u"Karin Norberg"_s}};
    return in;
}

QJsonObject review(qint64 targetVersion, const QString &decision)
{
    return {{u"id"_s, u"01a00000-0000-7000-8000-0000000000e%1"_s.arg(targetVersion)},
        {u"created_at"_s, u"2026-07-04T12:30:00Z"_s}, {u"target_entity"_s, u"visit"_s},
        {u"target_id"_s, u"01a00000-0000-7000-8000-000000000001"_s},
        {u"target_version"_s, targetVersion}, {u"reviewer_id"_s, boss}, {u"decision"_s, decision}};
}

QString factValue(const JournalDocument &d, const QString &label)
{
    for (const JournalDocument::Fact &f : d.facts) {
        if (f.label == label)
            return f.value;
    }
    return u"<no fact %1>"_s.arg(label);
}

} // namespace

class TestJournalDocument : public QObject
{
    Q_OBJECT

private slots:
    void partsOfTheNote()
    {
        const JournalDocument d = JournalDocument::build(input());
        QCOMPARE(d.title, u"Journal note: Foster home visit"_s);
        QCOMPARE(d.recordVersion, 3);
        QCOMPARE(d.date, u"2026-07-01"_s);
        QCOMPARE(factValue(d, u"Case"_s), u"BUN-2026-0042"_s);
        QCOMPARE(factValue(d, u"Child"_s), u"Ronja V., born 2015"_s);
        QCOMPARE(factValue(d, u"Time"_s), u"2026-07-01 10:00–11:15 (Swedish time)"_s);
        QCOMPARE(factValue(d, u"Present"_s), u"The child with the foster parents"_s);
        QCOMPARE(factValue(d, u"Time with the child"_s),
            u"45 min (10:05–10:30 in person, 10:40–11:00 in person)"_s);
        QCOMPARE(factValue(d, u"BBIC areas"_s), u"Health, Ensuring safety"_s);
        QCOMPARE(factValue(d, u"Signed"_s), u"2026-07-01 12:00 by Anna Lindqvist"_s);
        QCOMPARE(d.sections.size(), 3);
        QCOMPARE(d.sections.at(0).paragraphs, QStringList {u"Line one of the note.\nLine two."_s});
        QCOMPARE(d.sections.at(1).heading, u"The child's own words"_s);
        QCOMPARE(d.sections.at(1).paragraphs, QStringList {u"I want to stay here."_s});
        QCOMPARE(d.sections.at(2).paragraphs,
            (QStringList {u"Amendment 2026-07-02 09:00 by Anna Lindqvist:\nFirst amendment."_s,
                u"Amendment 2026-07-03 09:00 by Anna Lindqvist:\nSecond amendment."_s}));
    }

    void emptyPartsSayNothingRecorded()
    {
        JournalDocument::Input in = input();
        in.visit.remove(u"child_words"_s);
        in.visit.remove(u"bbic"_s);
        in.amendments.clear();
        in.childTimes.clear();
        const JournalDocument d = JournalDocument::build(in);
        QCOMPARE(d.sections.size(), 2);
        QCOMPARE(d.sections.at(1).paragraphs, QStringList {u"Nothing recorded"_s});
        QCOMPARE(factValue(d, u"BBIC areas"_s), u"None chosen"_s);
        QCOMPARE(factValue(d, u"Time with the child"_s), u"No time with the child recorded"_s);
    }

    void protectedIdentityHasNoName()
    {
        JournalDocument::Input in = input();
        in.caseRecord.insert(u"protected_identity"_s, true);
        const JournalDocument d = JournalDocument::build(in);
        QVERIFY(d.protectedIdentity);
        QVERIFY2(!d.text().contains(u"Ronja"_s), qPrintable(d.text()));
        QCOMPARE(factValue(d, u"Child"_s), u"Protected identity, born 2015"_s);
        QVERIFY(!JournalDocument::caseTitle(d).contains(u"BUN-2026-0042"_s));
    }

    void approvedOnlyAtTheCurrentVersion()
    {
        JournalDocument::Input in = input();
        QVERIFY(!JournalDocument::build(in).approved);
        in.reviews << review(2, u"approved"_s); // decided before the last amendment
        JournalDocument d = JournalDocument::build(in);
        QVERIFY(!d.approved);
        QCOMPARE(d.review, u"Review: not approved at this version"_s);
        in.reviews << review(3, u"approved"_s);
        d = JournalDocument::build(in);
        QVERIFY(d.approved);
        QCOMPARE(d.review, u"Review: approved 2026-07-04 14:30 by Karin Norberg"_s);
        in.reviews.last() = review(3, u"returned"_s);
        QVERIFY(!JournalDocument::build(in).approved);
    }

    void textTwinAndHash()
    {
        JournalDocument::Input in = input();
        in.reviews << review(3, u"approved"_s);
        const JournalDocument d = JournalDocument::build(in);
        const QString text = d.text();
        const qsizetype cut = text.indexOf(u'\n' + JournalDocument::separator + u'\n');
        QVERIFY(cut > 0);
        const QByteArray before = text.left(cut + 1).toUtf8();
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex());
        QCOMPARE(d.contentSha256(), expected);
        QCOMPARE(text.section(u'\n', -2, -2), d.footer());
        QCOMPARE(d.footer(),
            u"Barntid record 01a00000-0000-7000-8000-000000000001, version 3, SHA-256 "_s
                + expected);
        // The approval is below the line: it does not change what is matched later.
        in.reviews.clear();
        QCOMPARE(JournalDocument::build(in).contentSha256(), expected);
        // An amendment does.
        in.amendments << QJsonObject {{u"id"_s, u"01a00000-0000-7000-8000-0000000000a3"_s},
            {u"text"_s, u"Third."_s}, {u"signed_at"_s, u"2026-07-05T07:00:00Z"_s},
            {u"signed_by"_s, worker}};
        QVERIFY(JournalDocument::build(in).contentSha256() != expected);
    }

    void winterTimeAndPlannedTimes()
    {
        JournalDocument::Input in = input();
        in.visit.remove(u"actual_start"_s);
        in.visit.remove(u"actual_end"_s);
        // 23:30Z on 31 December is already New Year's Day in Stockholm (UTC+1).
        in.visit.insert(u"planned_start"_s, u"2026-12-31T23:30:00Z"_s);
        in.visit.insert(u"planned_end"_s, u"2027-01-01T00:30:00Z"_s);
        const JournalDocument d = JournalDocument::build(in);
        QCOMPARE(d.date, u"2027-01-01"_s);
        QCOMPARE(factValue(d, u"Time"_s), u"2027-01-01 00:30–01:30 (Swedish time)"_s);
    }

    void unknownSignerIsSaidSo()
    {
        JournalDocument::Input in = input();
        in.names.clear();
        QCOMPARE(factValue(JournalDocument::build(in), u"Signed"_s),
            u"2026-07-01 12:00 by unknown account"_s);
    }
};

QTEST_GUILESS_MAIN(TestJournalDocument)
#include "tst_journaldocument.moc"
