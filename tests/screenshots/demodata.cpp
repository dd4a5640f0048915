// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/timeentry.h"
#include "models/childtimer.h"
#include "models/visiteditor.h"
#include "store/repository.h"
#include "store/store.h"

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QString makeCase(Store &store, const QString &number, const QString &name, int year,
    bool protectedIdentity = false)
{
    Case c;
    c.caseNumber = number;
    c.childName = name;
    c.birthYear = year;
    c.protectedIdentity = protectedIdentity;
    return Repository<Case>(store).create(c).meta.id;
}

void childTime(Store &store, const QString &caseId, const QString &visitId, const QDateTime &start,
    int minutes)
{
    ChildTime t;
    t.caseId = caseId;
    t.visitId = visitId;
    t.startsAt = start;
    t.endsAt = start.addSecs(qint64(minutes) * 60);
    Repository<ChildTime>(store).create(t);
}

} // namespace

DemoIds seedDemo(Store &store, ManualClock &clock)
{
    DemoIds ids;
    clock.set(utc(9, 2, 8, 0));
    ids.alvaCase = makeCase(store, u"2026-0142"_s, u"Alva K."_s, 2015);
    makeCase(store, u"2026-0117"_s, u"Noah B."_s, 2011);
    const QString hidden = makeCase(store, u"2025-0988"_s, u"Elsa M."_s, 2019, true);
    makeCase(store, u"2026-0031"_s, u"Liam S."_s, 2009);
    makeCase(store, u"2026-0203"_s, u"Maja L."_s, 2017);

    clock.set(utc(10, 14, 14, 10));
    {
        VisitEditor e;
        ids.signedVisit = e.start(ids.alvaCase);
        e.checkIn();
        e.setPresent(u"child_with_carers"_s);
        e.setNote(u"Hembesök hos Alva och mamma. Alva visade stolt sitt rum och sina teckningar. "
                  "Mamma berättade att morgnarna fungerar bättre sedan skolan började servera "
                  "frukost."_s);
        e.setChildWords(
            u"Jag tycker om min nya fröken. Ibland är det jobbigt när mamma är ledsen."_s);
        e.setBbic({u"needs.education"_s, u"needs.emotional_behavioural"_s,
            u"parenting.emotional_warmth"_s});
        childTime(store, ids.alvaCase, ids.signedVisit, clock.now().addSecs(300), 35);
        clock.advance(50 * 60 * 1000);
        e.checkOut();
        e.flush();
        e.sign();
        clock.set(utc(10, 15, 7, 45));
        e.addAmendment(u"Rättelse: även mormor var med under andra halvan av besöket."_s);
    }
    clock.set(utc(11, 3, 15, 0));
    {
        VisitEditor e;
        e.start(hidden, u"school"_s);
        e.setNote(u"Kort besök i skolan tillsammans med mentorn."_s);
        e.flush();
    }
    clock.set(utc(11, 25, 12, 40));
    {
        VisitEditor e;
        ids.draftVisit = e.start(ids.alvaCase);
        e.checkIn();
        e.setPresent(u"child_alone"_s);
        e.setNote(
            u"Alva mötte mig i hallen och ville visa katten. Vi satt i köket och ritade medan "
            "vi pratade om skolan och kompisarna."_s);
        e.setChildWords(u"Det bästa är när vi bakar på lördagar."_s);
        e.setBbic({u"needs.family_social_relationships"_s, u"parenting.stability"_s});
        childTime(store, ids.alvaCase, ids.draftVisit, clock.now().addSecs(120), 9);
        clock.set(utc(11, 25, 12, 53));
        ChildTimer timer;
        timer.setVisitId(ids.draftVisit);
        timer.start(u"in_person"_s);
        e.flush();
    }
    clock.set(utc(11, 25, 7, 0));
    TimeEntry documentation;
    documentation.category = u"documentation"_s;
    documentation.startsAt = utc(11, 25, 7, 0);
    documentation.endsAt = utc(11, 25, 8, 30);
    documentation.note = u"Utredning, del 2"_s;
    Repository<TimeEntry>(store).create(documentation);

    FosterHome berg;
    berg.name = u"Familjen Berg"_s;
    berg.contactPersons = u"Anna och Per Berg"_s;
    berg.phone = u"070-123 45 67"_s;
    berg.trainingOfferedOn = QDate(2026, 3, 2);
    berg.supervisionStatus = u"ongoing"_s;
    berg.placedCaseIds = {ids.alvaCase};
    const QString bergId = Repository<FosterHome>(store).create(berg).meta.id;
    FosterHome ek;
    ek.name = u"Familjen Ek"_s;
    ek.contactPersons = u"Sara Ek"_s;
    Repository<FosterHome>(store).create(ek);
    Contact supervision;
    supervision.fosterHomeId = bergId;
    supervision.kind = u"supervision"_s;
    supervision.at = utc(11, 12, 16, 0);
    supervision.durationMinutes = 90;
    supervision.note = u"Handledning om rutiner kring umgänge."_s;
    supervision.nextFollowUp = QDate(2026, 12, 10);
    Repository<Contact>(store).create(supervision);
    ids.fosterHome = bergId;

    clock.set(utc(11, 25, 13, 2));
    return ids;
}

} // namespace barntid
