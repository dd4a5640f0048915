// SPDX-License-Identifier: GPL-3.0-or-later
// VisitEditor over a real encrypted store: a new draft, autosave within a second of the first
// unsaved keystroke (and at once on flush), check-in/out on the injected clock, signing that
// locks the visit, amendments below it, and a reset when the session locks.
#include "models/caselistmodel.h"
#include "models/fosterhomelistmodel.h"
#include "models/visiteditor.h"
#include "models/visitlistmodel.h"
#include "store/store.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestVisitEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;
    QString m_caseId;

    std::optional<Visit> stored(const QString &id)
    {
        return VisitRepository(*m_session->store()).find(id);
    }
    QString storedNote(const QString &id)
    {
        const auto v = stored(id);
        return v ? v->note : u"(missing)"_s;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set(test::testStart());
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
        m_caseId = CaseListModel().createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
        QVERIFY(!m_caseId.isEmpty());
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void startsADraft()
    {
        VisitEditor editor;
        QSignalSpy changed(&editor, &VisitEditor::visitChanged);
        const QString id = editor.start(m_caseId, u"home"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(editor.errorText()));
        QCOMPARE(editor.visitId(), id);
        QCOMPARE(editor.caseId(), m_caseId);
        QCOMPARE(editor.kind(), u"home"_s);
        QVERIFY(!editor.isSigned());
        QVERIFY(!changed.isEmpty());
        const auto v = stored(id);
        QVERIFY(v);
        QCOMPARE(v->status, u"draft"_s);

        VisitListModel visits;
        visits.setCaseId(m_caseId);
        QCOMPARE(visits.rowCount(), 1);
        QCOMPARE(visits.index(0).data(VisitListModel::IdRole).toString(), id);
        QCOMPARE(visits.index(0).data(VisitListModel::StatusRole).toString(), u"draft"_s);
    }

    void autosavesWithinASecond()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        editor.setNote(u"Alva visade sitt rum."_s);
        editor.setChildWords(u"Jag gillar min katt."_s);
        editor.setPresent(u"child_with_carers"_s);
        editor.toggleBbic(u"needs.health"_s);
        QVERIFY(editor.dirty());
        // Not written per keystroke: the first write comes from the autosave timer.
        QCOMPARE(storedNote(id), QString());
        QTRY_COMPARE_WITH_TIMEOUT(storedNote(id), u"Alva visade sitt rum."_s, 1500);
        QVERIFY(!editor.dirty());
        const auto v = stored(id);
        QCOMPARE(v->childWords, u"Jag gillar min katt."_s);
        QCOMPARE(v->present, u"child_with_carers"_s);
        QCOMPARE(v->bbic, QStringList {u"needs.health"_s});
        QVERIFY(editor.savedAt().isValid());
    }

    void keepsSavingWhileTyping()
    {
        // Steady typing must not postpone the save: the timer is not restarted per keystroke.
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        QTimer typist;
        int typed = 0;
        connect(&typist, &QTimer::timeout, &editor,
            [&] { editor.setNote(u"typed %1"_s.arg(++typed)); });
        typist.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(storedNote(id).startsWith(u"typed"_s), 1500);
        QVERIFY(typist.isActive());
    }

    void flushWritesAtOnce()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        editor.setNote(u"Skrivet"_s);
        QVERIFY(editor.flush());
        QCOMPARE(storedNote(id), u"Skrivet"_s);
        QVERIFY(!editor.dirty());
    }

    void flushesOnDestruction()
    {
        QString id;
        {
            VisitEditor editor;
            id = editor.start(m_caseId);
            editor.setNote(u"Sista raden"_s);
        }
        QCOMPARE(storedNote(id), u"Sista raden"_s);
    }

    void flushesBeforeTheSessionLocks()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        editor.setNote(u"Innan låsning"_s);
        m_session->lock();
        QCOMPARE(editor.visitId(), QString());
        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(storedNote(id), u"Innan låsning"_s);
    }

    void resetsOnLock()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        editor.setNote(u"Text"_s);
        QVERIFY(editor.flush());
        m_session->lock();
        QCOMPARE(editor.visitId(), QString());
        QCOMPARE(editor.note(), QString());
        QVERIFY(editor.amendments().isEmpty());
        editor.setNote(u"ignored while locked"_s);
        QCOMPARE(editor.note(), QString());
    }

    void checksInAndOut()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        QVERIFY(editor.checkIn());
        QCOMPARE(editor.checkedInAt(), test::testStart());
        m_clock.advance(45 * 60 * 1000);
        QVERIFY(editor.checkOut());
        QCOMPARE(editor.checkedOutAt(), test::testStart().addSecs(45 * 60));
        const auto v = stored(id);
        QCOMPARE(v->actualStart, test::testStart());
        QCOMPARE(v->actualEnd, test::testStart().addSecs(45 * 60));
    }

    void signsAndAmends()
    {
        VisitEditor editor;
        const QString id = editor.start(m_caseId);
        editor.setNote(u"Originalet"_s);
        QVERIFY2(editor.sign(), qPrintable(editor.errorText()));
        QVERIFY(editor.isSigned());
        QCOMPARE(editor.signedAt(), m_clock.now());
        QCOMPARE(stored(id)->status, u"signed"_s);
        QCOMPARE(stored(id)->note, u"Originalet"_s); // the unsaved edit was flushed first

        editor.setNote(u"Ändrat"_s);
        QCOMPARE(editor.note(), u"Originalet"_s);
        QVERIFY(!editor.dirty());
        QVERIFY(!editor.sign());
        QVERIFY(!editor.errorText().isEmpty());

        QVERIFY(!editor.addAmendment(u"  "_s));
        m_clock.advance(60'000);
        QVERIFY2(editor.addAmendment(u"Rättelse: mamma var också där."_s),
            qPrintable(editor.errorText()));
        QCOMPARE(editor.amendments().size(), 1);
        const QVariantMap a = editor.amendments().first().toMap();
        QCOMPARE(a.value(u"text"_s).toString(), u"Rättelse: mamma var också där."_s);
        QCOMPARE(a.value(u"signedAt"_s).toDateTime(), m_clock.now());
        QCOMPARE(stored(id)->note, u"Originalet"_s);

        VisitEditor reopened;
        QVERIFY(reopened.load(id));
        QVERIFY(reopened.isSigned());
        QCOMPARE(reopened.amendments().size(), 1);

        VisitListModel visits;
        visits.setCaseId(m_caseId);
        QCOMPARE(visits.index(0).data(VisitListModel::AmendmentCountRole).toInt(), 1);
        QCOMPARE(visits.index(0).data(VisitListModel::StatusRole).toString(), u"signed"_s);
    }

    // "Starta hembesök" twice on one day is one visit, checked in once; the next day a new one.
    void startVisitReopensTodaysDraft()
    {
        VisitEditor editor;
        const QString first = editor.startVisit(m_caseId);
        QVERIFY2(!first.isEmpty(), qPrintable(editor.errorText()));
        QCOMPARE(editor.checkedInAt(), test::testStart());
        QVERIFY(editor.subject().startsWith(u"2026-0142 · "_s));
        m_clock.advance(20 * 60 * 1000);
        VisitEditor again;
        QCOMPARE(again.startVisit(m_caseId), first);
        QCOMPARE(again.checkedInAt(), test::testStart()); // arriving again keeps the check-in
        QCOMPARE(VisitRepository(*m_session->store()).forCase(m_caseId).size(), 1);
        // A signed visit is not reopened: the next start is a new draft.
        again.setNote(u"Samtal"_s);
        QVERIFY2(again.sign(), qPrintable(again.errorText()));
        QVERIFY(editor.load(first));
        QVERIFY(editor.isSigned());
        const QString second = editor.startVisit(m_caseId);
        QVERIFY(!second.isEmpty() && second != first);
        // Tomorrow (Stockholm) today's draft is left alone.
        m_clock.advance(24 * 3600 * 1000);
        QVERIFY(editor.startVisit(m_caseId) != second);
        QCOMPARE(VisitRepository(*m_session->store()).forCase(m_caseId).size(), 3);
    }

    // "Who is present" in the words of the kind: in a foster home the adults are its foster
    // parents, never the child's parents or guardians.
    void presenceFollowsTheKind()
    {
        VisitEditor editor;
        QVERIFY2(!editor.startVisit(m_caseId).isEmpty(), qPrintable(editor.errorText()));
        QSignalSpy kindChanged(&editor, &VisitEditor::kindChanged);
        const auto carers = [&] {
            const QVariantList choices = editor.presenceChoices();
            return choices.size() == 3 ? choices.at(1).toMap().value(u"text"_s).toString()
                                       : QString();
        };
        QCOMPARE(carers(), u"The child with parents or other adults"_s);
        editor.setKind(u"foster_home"_s);
        QCOMPARE(kindChanged.size(), 1); // the chips' words are read again
        QCOMPARE(carers(), u"The child with the foster parents"_s);
        QCOMPARE(editor.presenceText(u"child_with_carers"_s), carers());
        QCOMPARE(
            editor.presenceChoices().at(0).toMap().value(u"code"_s).toString(), u"child_alone"_s);
    }

    void signingRefusesEmptyWarnsAndChecksOut()
    {
        VisitEditor editor;
        const QString id = editor.startVisit(m_caseId);
        QVERIFY(!editor.signBlocker().isEmpty());
        QVERIFY(!editor.sign());
        QCOMPARE(editor.errorText(), editor.signBlocker());
        QVERIFY(!stored(id)->isSigned());
        editor.setNote(u"Hembesök, lugnt."_s);
        QVERIFY(editor.signBlocker().isEmpty());
        QVERIFY(!editor.signWarning().isEmpty()); // the child's words are empty
        editor.setPresent(u"child_not_present"_s);
        QVERIFY(editor.signWarning().isEmpty()); // no child there, nothing to say
        m_clock.advance(30 * 60 * 1000);
        QVERIFY2(editor.sign(), qPrintable(editor.errorText()));
        QCOMPARE(stored(id)->actualEnd, test::testStart().addSecs(30 * 60));
        QVERIFY(stored(id)->isSigned());
    }

    void listsNewestFirst()
    {
        VisitEditor editor;
        const QString first = editor.start(m_caseId);
        m_clock.advance(1000);
        const QString second = editor.start(m_caseId, u"school"_s);
        VisitListModel visits;
        visits.setCaseId(m_caseId);
        QCOMPARE(visits.rowCount(), 2);
        QCOMPARE(visits.index(0).data(VisitListModel::IdRole).toString(), second);
        QCOMPARE(visits.index(1).data(VisitListModel::IdRole).toString(), first);
        QCOMPARE(visits.index(0).data(VisitListModel::KindRole).toString(), u"school"_s);
        m_session->lock();
        QCOMPARE(visits.rowCount(), 0);
    }

    void startsAtAFosterHome()
    {
        const QString homeId = FosterHomeListModel().createFosterHome(u"Familjen Berg"_s, {}, {});
        QVERIFY(!homeId.isEmpty());
        VisitEditor editor;
        const QString withCase = editor.startAtFosterHome(homeId, m_caseId);
        QVERIFY2(!withCase.isEmpty(), qPrintable(editor.errorText()));
        QCOMPARE(editor.fosterHomeId(), homeId);
        QCOMPARE(editor.caseId(), m_caseId);
        QCOMPARE(editor.kind(), u"foster_home"_s);
        QCOMPARE(stored(withCase)->fosterHomeId, homeId);
        QCOMPARE(stored(withCase)->caseId, m_caseId);
        m_clock.advance(1000);
        const QString familyOnly = editor.startAtFosterHome(homeId, {});
        QVERIFY2(!familyOnly.isEmpty(), qPrintable(editor.errorText()));
        QVERIFY(stored(familyOnly)->caseId.isEmpty());
        const QString elsewhere = editor.start(m_caseId); // a home visit, not at the foster home

        // The foster home lists its two, newest first; the case its own two.
        VisitListModel atHome;
        atHome.setFosterHomeId(homeId);
        QCOMPARE(atHome.rowCount(), 2);
        QCOMPARE(atHome.index(0).data(VisitListModel::IdRole).toString(), familyOnly);
        QCOMPARE(atHome.index(1).data(VisitListModel::IdRole).toString(), withCase);
        QCOMPARE(
            atHome.index(0).data(VisitListModel::KindTextRole).toString(), u"Foster home visit"_s);
        VisitListModel ofCase;
        ofCase.setCaseId(m_caseId);
        ofCase.setFosterHomeId(homeId); // the case wins
        QCOMPARE(ofCase.rowCount(), 2);
        QCOMPARE(ofCase.index(0).data(VisitListModel::IdRole).toString(), elsewhere);
        QCOMPARE(ofCase.index(1).data(VisitListModel::IdRole).toString(), withCase);
        m_session->lock();
        QCOMPARE(atHome.rowCount(), 0);
    }
};

QTEST_MAIN(TestVisitEditor)

#include "tst_visiteditor.moc"
