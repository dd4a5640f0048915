// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyRepository (issue 16): a child's answers are saved one by one, each with its outbox row
// in the same transaction; only the visit's child (or a child placed in its foster home) may
// answer, with values the question allows; finished answers and those of a signed visit stay
// as they are, in the repository and in the database's own triggers.
#include "../../fixtures/defaultquestionsets.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/ids.h"
#include "store/outbox.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"
#include "store/visitrepository.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using barntid::test::codeOf;
using namespace Qt::StringLiterals;

namespace {

const QString wordsSet = u"0193d5a0-4c00-7000-8000-000000000917"_s;

} // namespace

class TestSurveyRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    QString m_caseId, m_otherCase, m_visitId;

    QString newCase(const QString &number)
    {
        Case c;
        c.caseNumber = number;
        c.childName = u"Alva K"_s;
        return Repository<Case>(*m_store).create(c).meta.id;
    }
    QString newVisit(const QString &caseId, const QString &homeId = {})
    {
        Visit v;
        v.caseId = caseId;
        v.fosterHomeId = homeId;
        v.kind = homeId.isEmpty() ? u"home"_s : u"foster_home"_s;
        v.note = u"Besök."_s;
        return VisitRepository(*m_store).create(v).meta.id;
    }
    qint64 count(const char *sql)
    {
        Statement s = m_store->connection().prepare(sql);
        return s.step() ? s.integer(0) : -1;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>(m_dir->path(), m_clock);
        m_store->initialize(u"482915"_s);
        QVERIFY(test::keepDefaultQuestionSets(*m_store));
        m_caseId = newCase(u"2026-0042"_s);
        m_otherCase = newCase(u"2026-0043"_s);
        m_visitId = newVisit(m_caseId);
    }

    void keepsTheSetsTheSyncBrought()
    {
        SurveyRepository surveys(*m_store);
        QCOMPARE(surveys.questionSets().size(), 2);
        QVERIFY(surveys.questionSet(wordsSet, 1));
        QVERIFY(!surveys.questionSet(wordsSet, 2));
        m_store->removeSetting(u"question_sets"_s);
        QVERIFY(surveys.questionSets().isEmpty());
        QCOMPARE(codeOf([&] { surveys.start(m_visitId, m_caseId, wordsSet, 1); }),
            StoreErrorCode::NotFound);
    }

    void everyAnswerIsSavedWithItsOutboxRow()
    {
        SurveyRepository surveys(*m_store);
        const SurveyResponse started = surveys.start(m_visitId, m_caseId, wordsSet, 1);
        QVERIFY(started.answers.isEmpty());
        for (const auto &[q, v] : {std::pair {"home", "4"}, {"talk_to", "friend"},
                 {"tell_worker", "Jag vill bo kvar."}, {"safe", "declined"}}) {
            m_clock.advance(20000);
            surveys.answer(started.meta.id, QString::fromLatin1(q), QString::fromUtf8(v));
            // What a SIGKILL right now would leave: the answer, and a change to send with it.
            const QList<Mutation> pending = Outbox(*m_store).pending();
            QVERIFY(!pending.isEmpty());
            QCOMPARE(pending.last().entity, u"survey_response"_s);
            QCOMPARE(
                pending.last().payload.value("answers"_L1).toObject().value(QLatin1StringView(q)),
                QJsonValue(QString::fromUtf8(v)));
        }
        // A changed mind, and an answer taken back.
        surveys.answer(started.meta.id, u"home"_s, u"2"_s);
        surveys.answer(started.meta.id, u"safe"_s, QString());
        const SurveyResponse now = *surveys.find(started.meta.id);
        QCOMPARE(now.answers.value(u"home"_s), u"2"_s);
        QVERIFY(!now.answers.contains(u"safe"_s));
        QCOMPARE(now.answers.size(), 3);
        QCOMPARE(surveys.forVisit(m_visitId).size(), 1);
    }

    void refusesWhatDoesNotFit()
    {
        SurveyRepository surveys(*m_store);
        QCOMPARE(codeOf([&] { surveys.start(m_visitId, m_otherCase, wordsSet, 1); }),
            StoreErrorCode::Invalid);
        QCOMPARE(codeOf([&] {
            surveys.start(u"0193d5a0-4c00-7000-8000-0000000000ff"_s, m_caseId, wordsSet, 1);
        }),
            StoreErrorCode::NotFound);
        const QString id = surveys.start(m_visitId, m_caseId, wordsSet, 1).meta.id;
        const qint64 pending = Outbox(*m_store).pendingCount();
        for (const auto &answer : {std::pair {"home", "6"}, {"talk_to", "martian"}, {"pets", "3"},
                 {"tell_worker", "   "}}) {
            const QString question = QString::fromLatin1(answer.first);
            const QString value = QString::fromLatin1(answer.second);
            QCOMPARE(codeOf([&] { surveys.answer(id, question, value); }), StoreErrorCode::Invalid);
        }
        QVERIFY(surveys.find(id)->answers.isEmpty());
        QCOMPARE(Outbox(*m_store).pendingCount(), pending);
    }

    void aPlacedChildAnswersOnAFosterHomeVisit()
    {
        FosterHome home;
        home.name = u"Familjehem Ek"_s;
        home.placedCaseIds = {m_otherCase};
        const QString homeId = Repository<FosterHome>(*m_store).create(home).meta.id;
        const QString visit = newVisit(QString(), homeId);
        SurveyRepository surveys(*m_store);
        QVERIFY(isValidId(surveys.start(visit, m_otherCase, wordsSet, 1).meta.id));
        QCOMPARE(
            codeOf([&] { surveys.start(visit, m_caseId, wordsSet, 1); }), StoreErrorCode::Invalid);
    }

    void unfinishedAnswersGoWithTheirDraft()
    {
        SurveyRepository surveys(*m_store);
        const QString id = surveys.start(m_visitId, m_caseId, wordsSet, 1).meta.id;
        surveys.answer(id, u"home"_s, u"3"_s);
        VisitRepository(*m_store).remove(m_visitId);
        QVERIFY(surveys.forVisit(m_visitId).isEmpty());
        QVERIFY(!surveys.find(id));
        // Nothing of it is left to send but, at most, its delete.
        for (const Mutation &m : Outbox(*m_store).pending()) {
            if (m.recordId == id)
                QCOMPARE(m.op, u"delete"_s);
        }
    }

    void finishedAnswersStay()
    {
        SurveyRepository surveys(*m_store);
        const QString id = surveys.start(m_visitId, m_caseId, wordsSet, 1).meta.id;
        surveys.answer(id, u"home"_s, u"5"_s);
        const SurveyResponse done = surveys.complete(id);
        QCOMPARE(done.completedAt, m_clock.now());
        QCOMPARE(codeOf([&] { surveys.answer(id, u"home"_s, u"1"_s); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { surveys.complete(id); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { surveys.remove(id); }), StoreErrorCode::Immutable);
        // The visit they hang on is not deleted either (the server would refuse it).
        QCOMPARE(codeOf([&] { VisitRepository(*m_store).remove(m_visitId); }),
            StoreErrorCode::Immutable);
        // Even a write around the repository stops at the trigger.
        QCOMPARE(codeOf([&] {
            m_store->connection().exec("UPDATE survey_responses SET answers = '{\"home\":\"1\"}'");
        }),
            StoreErrorCode::Immutable);
        QCOMPARE(surveys.find(id)->answers.value(u"home"_s), u"5"_s);
    }

    void aSignedVisitsAnswersStay()
    {
        SurveyRepository surveys(*m_store);
        const QString id = surveys.start(m_visitId, m_caseId, wordsSet, 1).meta.id;
        surveys.answer(id, u"home"_s, u"3"_s);
        VisitRepository visits(*m_store);
        Visit v = *visits.find(m_visitId);
        v.actualStart = m_clock.now().addSecs(-3600);
        v.actualEnd = m_clock.now();
        v.present = u"child_alone"_s;
        visits.update(v);
        visits.sign(m_visitId);
        QCOMPARE(codeOf([&] { surveys.answer(id, u"home"_s, u"4"_s); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { surveys.remove(id); }), StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] { surveys.start(m_visitId, m_caseId, wordsSet, 1); }),
            StoreErrorCode::Immutable);
        QCOMPARE(codeOf([&] {
            m_store->connection().exec("UPDATE survey_responses SET completed_at = "
                                       "'2026-12-07T15:00:00Z'");
        }),
            StoreErrorCode::Immutable);
        QCOMPARE(count("SELECT count(*) FROM survey_responses WHERE completed_at IS NULL"), 1);
    }

    void theFileHoldsNoAnswerInPlaintext()
    {
        SurveyRepository surveys(*m_store);
        const QString id = surveys.start(m_visitId, m_caseId, wordsSet, 1).meta.id;
        const QString words = u"Hemligt-svar-från-barnet-7731"_s;
        surveys.answer(id, u"tell_worker"_s, words);
        m_store->lock();
        for (const QFileInfo &f : QDir(m_dir->path()).entryInfoList(QDir::Files)) {
            QFile file(f.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(words.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyRepository)
#include "tst_surveyrepository.moc"
