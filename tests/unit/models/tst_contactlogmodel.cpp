// SPDX-License-Identifier: GPL-3.0-or-later
// ContactLogModel over a real encrypted store: contacts newest first with their texts, bad
// dates refused, training and supervision written to the foster home, nothing after lock.
#include "domain/fosterhome.h"
#include "models/contactlogmodel.h"
#include "store/repository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestContactLogModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;
    QString m_home;

    FosterHome stored() { return *Repository<FosterHome>(*m_session->store()).find(m_home); }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock.set(test::testStart());
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
        FosterHome h;
        h.name = u"Familjen Berg"_s;
        m_home = Repository<FosterHome>(*m_session->store()).create(h).meta.id;
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void addsContactsNewestFirst()
    {
        ContactLogModel model;
        model.setFosterHomeId(m_home);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.kinds(),
            (QStringList {u"visit"_s, u"phone"_s, u"video"_s, u"supervision"_s, u"training"_s}));
        QCOMPARE(model.kindTexts().at(3), u"Supervision"_s);
        QSignalSpy homeChanged(&model, &ContactLogModel::fosterHomeChanged);
        QVERIFY(!model.addContact(u"phone"_s, 15, u"Ringde om skolstarten."_s, {}).isEmpty());
        m_clock.advance(3600'000);
        const QString id = model.addContact(
            u"supervision"_s, 90, u"Handledning\nom gränser."_s, u"2026-12-10"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(homeChanged.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(ContactLogModel::IdRole).toString(), id);
        QCOMPARE(i.data(ContactLogModel::KindRole).toString(), u"supervision"_s);
        QCOMPARE(i.data(ContactLogModel::KindTextRole).toString(), u"Supervision"_s);
        QCOMPARE(i.data(ContactLogModel::AtRole).toDateTime(), m_clock.now());
        // 10:00Z is 11:00 in Stockholm in November.
        QCOMPARE(i.data(ContactLogModel::AtTextRole).toString(), u"2026-11-25 11:00"_s);
        QCOMPARE(i.data(ContactLogModel::DurationMinutesRole).toInt(), 90);
        QCOMPARE(i.data(ContactLogModel::NotePreviewRole).toString(), u"Handledning om gränser."_s);
        QCOMPARE(i.data(ContactLogModel::NextFollowUpRole).toString(), u"2026-12-10"_s);
        QCOMPARE(model.index(1).data(ContactLogModel::KindTextRole).toString(), u"Phone call"_s);
        QCOMPARE(model.today(), u"2026-11-25"_s);

        // A second model for another home sees none of them.
        ContactLogModel other;
        other.setFosterHomeId(u"01890000-0000-7000-8000-000000000000"_s);
        QCOMPARE(other.rowCount(), 0);
    }

    void refusesBadInput()
    {
        ContactLogModel model;
        model.setFosterHomeId(m_home);
        QVERIFY(model.addContact(u"phone"_s, 10, {}, u"10/12/2026"_s).isEmpty());
        QCOMPARE(model.errorText(), u"The date is not valid (YYYY-MM-DD)."_s);
        QVERIFY(model.addContact(u"phone"_s, 2000, {}, {}).isEmpty());
        QCOMPARE(model.errorText(), u"The duration must be between 0 and 1440 minutes."_s);
        QVERIFY(model.addContact(u"letter"_s, 10, {}, {}).isEmpty());
        QCOMPARE(model.errorText(), u"Choose the kind of contact."_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void writesTrainingAndSupervision()
    {
        ContactLogModel model;
        model.setFosterHomeId(m_home);
        QVERIFY(model.setTraining(u"2026-03-02"_s, {}));
        QCOMPARE(stored().trainingOfferedOn, QDate(2026, 3, 2));
        QVERIFY(!stored().trainingCompletedOn);
        QVERIFY(!model.setTraining(u"2026-03-02"_s, u"2026-03-01"_s));
        QCOMPARE(model.errorText(), u"Training cannot be completed before it was offered."_s);
        QVERIFY(model.setTraining(u"2026-03-02"_s, u"2026-04-20"_s));
        QCOMPARE(stored().trainingCompletedOn, QDate(2026, 4, 20));
        QCOMPARE(model.errorText(), QString());
        // Completed without an offer date: offered the same day.
        QVERIFY(model.setTraining({}, u"2026-05-01"_s));
        QCOMPARE(stored().trainingOfferedOn, QDate(2026, 5, 1));

        QVERIFY(model.setSupervisionStatus(u"ongoing"_s));
        QCOMPARE(stored().supervisionStatus, u"ongoing"_s);
        QVERIFY(!model.setSupervisionStatus(u"maybe"_s));
        QCOMPARE(model.errorText(), u"Unknown supervision status."_s);
        QCOMPARE(stored().supervisionStatus, u"ongoing"_s);
    }

    void emptyAfterLock()
    {
        ContactLogModel model;
        model.setFosterHomeId(m_home);
        model.addContact(u"phone"_s, 5, u"x"_s, {});
        QCOMPARE(model.rowCount(), 1);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.addContact(u"phone"_s, 5, {}, {}).isEmpty());
        QVERIFY(!model.setSupervisionStatus(u"ongoing"_s));
        QCOMPARE(model.today(), QString());
    }
};

QTEST_MAIN(TestContactLogModel)

#include "tst_contactlogmodel.moc"
