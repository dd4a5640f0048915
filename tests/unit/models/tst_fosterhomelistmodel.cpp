// SPDX-License-Identifier: GPL-3.0-or-later
// FosterHomeListModel over a real encrypted store: creating on the device with validation
// messages, search, training and supervision texts, the open follow-up and its overdue flag,
// placed children counted, and nothing left once the session locks.
#include "domain/case.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "models/fosterhomelistmodel.h"
#include "store/repository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestFosterHomeListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    void addContact(const QString &home, const QDateTime &at, std::optional<QDate> followUp)
    {
        Contact c;
        c.fosterHomeId = home;
        c.kind = u"phone"_s;
        c.at = at;
        c.nextFollowUp = followUp;
        Repository<Contact>(*m_session->store()).create(c);
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock.set(test::testStart());
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = test::openSession(m_dir->path(), m_clock);
        QCOMPARE(m_session->state(), Session::State::Open);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void createsAndLists()
    {
        FosterHomeListModel model;
        QCOMPARE(model.rowCount(), 0);
        const QString id = model.createFosterHome(
            u"  Familjen Berg "_s, u"Anna och Per Berg"_s, u"070-123 45 67"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(FosterHomeListModel::IdRole).toString(), id);
        QCOMPARE(i.data(FosterHomeListModel::NameRole).toString(), u"Familjen Berg"_s);
        QCOMPARE(
            i.data(FosterHomeListModel::ContactPersonsRole).toString(), u"Anna och Per Berg"_s);
        QCOMPARE(i.data(FosterHomeListModel::PhoneRole).toString(), u"070-123 45 67"_s);
        QCOMPARE(
            i.data(FosterHomeListModel::TrainingTextRole).toString(), u"No training offered yet"_s);
        QVERIFY(i.data(FosterHomeListModel::TrainingPendingRole).toBool());
        QCOMPARE(i.data(FosterHomeListModel::SupervisionStatusRole).toString(), u"none"_s);
        QCOMPARE(i.data(FosterHomeListModel::NextFollowUpRole).toString(), QString());
        QVERIFY(!i.data(FosterHomeListModel::FollowUpOverdueRole).toBool());
        QCOMPARE(i.data(FosterHomeListModel::PlacedCountRole).toInt(), 0);
        QCOMPARE(model.fosterHomeData(id).value(u"name"_s).toString(), u"Familjen Berg"_s);
        QVERIFY(model.fosterHomeData(u"nope"_s).isEmpty());
    }

    void validationMessages()
    {
        FosterHomeListModel model;
        QVERIFY(model.createFosterHome(u"  "_s, {}, {}).isEmpty());
        QCOMPARE(model.errorText(), u"The foster home's name is missing."_s);
        QVERIFY(model.createFosterHome(u"Berg"_s, {}, u"070 abc"_s).isEmpty());
        QCOMPARE(
            model.errorText(), u"The phone number may only hold digits, spaces and + ( ) -."_s);
        QVERIFY(model.createFosterHome(QString(121, u'x'), {}, {}).isEmpty());
        QCOMPARE(model.errorText(), u"The foster home's name is too long."_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.createFosterHome(u"Berg"_s, {}, {}).isEmpty());
        QCOMPARE(model.errorText(), QString());
    }

    void searchesByNameAndContactPersons()
    {
        FosterHomeListModel model;
        model.createFosterHome(u"Familjen Berg"_s, u"Anna Berg"_s, {});
        model.createFosterHome(u"Familjen Lind"_s, u"Omar Lind"_s, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(FosterHomeListModel::NameRole).toString(), u"Familjen Berg"_s);
        model.setSearch(u"lind"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(u"omar"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(u"zzz"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        QCOMPARE(model.rowCount(), 2);
    }

    void trainingAndSupervisionTexts()
    {
        FosterHomeListModel model;
        const QString id = model.createFosterHome(u"Berg"_s, {}, {});
        Repository<FosterHome> homes(*m_session->store());
        FosterHome h = *homes.find(id);
        h.trainingOfferedOn = QDate(2026, 3, 2);
        h.supervisionStatus = u"ongoing"_s;
        homes.update(h);
        model.reload();
        QCOMPARE(model.index(0).data(FosterHomeListModel::TrainingTextRole).toString(),
            u"Training offered 2026-03-02"_s);
        QVERIFY(!model.index(0).data(FosterHomeListModel::TrainingPendingRole).toBool());
        QCOMPARE(model.index(0).data(FosterHomeListModel::SupervisionTextRole).toString(),
            u"Supervision ongoing"_s);
        h = *homes.find(id);
        h.trainingCompletedOn = QDate(2026, 4, 20);
        homes.update(h);
        model.reload();
        QCOMPARE(model.index(0).data(FosterHomeListModel::TrainingTextRole).toString(),
            u"Training completed 2026-04-20"_s);
    }

    void followUpIsTheEarliestOpenOne()
    {
        FosterHomeListModel model;
        const QString id = model.createFosterHome(u"Berg"_s, {}, {});
        const auto at
            = [](int m, int d) { return QDateTime(QDate(2026, m, d), QTime(10, 0), Qt::UTC); };
        // 1 Oct → follow up 1 Nov; 5 Oct (no date) leaves 1 Nov open; 20 Oct → 15 Dec.
        addContact(id, at(10, 1), QDate(2026, 11, 1));
        addContact(id, at(10, 5), std::nullopt);
        addContact(id, at(10, 20), QDate(2026, 12, 15));
        model.reload();
        QCOMPARE(
            model.index(0).data(FosterHomeListModel::NextFollowUpRole).toString(), u"2026-11-01"_s);
        // Today is 25 Nov: 1 Nov has passed with no contact since 20 Oct.
        QVERIFY(model.index(0).data(FosterHomeListModel::FollowUpOverdueRole).toBool());
        QCOMPARE(model.index(0).data(FosterHomeListModel::FollowUpTextRole).toString(),
            u"Follow-up overdue since 2026-11-01"_s);
        // A contact on 2 Nov meets the 1 Nov follow-up; 15 Dec is next.
        addContact(id, at(11, 2), std::nullopt);
        model.reload();
        QCOMPARE(
            model.index(0).data(FosterHomeListModel::NextFollowUpRole).toString(), u"2026-12-15"_s);
        QVERIFY(!model.index(0).data(FosterHomeListModel::FollowUpOverdueRole).toBool());
        QCOMPARE(model.index(0).data(FosterHomeListModel::FollowUpTextRole).toString(),
            u"Next follow-up 2026-12-15"_s);
    }

    void countsPlacedChildren()
    {
        FosterHomeListModel model;
        const QString id = model.createFosterHome(u"Berg"_s, {}, {});
        Case c;
        c.caseNumber = u"2026-0001"_s;
        c.childName = u"Alva K."_s;
        c = Repository<Case>(*m_session->store()).create(c);
        Repository<FosterHome> homes(*m_session->store());
        FosterHome h = *homes.find(id);
        h.placedCaseIds = {c.meta.id};
        homes.update(h);
        model.reload();
        QCOMPARE(model.index(0).data(FosterHomeListModel::PlacedCountRole).toInt(), 1);
    }

    void emptyAfterLock()
    {
        FosterHomeListModel model;
        model.createFosterHome(u"Familjen Berg"_s, {}, {});
        model.setSearch(u"Berg"_s);
        QSignalSpy searchChanged(&model, &FosterHomeListModel::searchChanged);
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.search(), QString());
        QCOMPARE(searchChanged.count(), 1);
        QVERIFY(model.createFosterHome(u"Lind"_s, {}, {}).isEmpty());
        QVERIFY(!model.errorText().isEmpty());
    }
};

QTEST_MAIN(TestFosterHomeListModel)

#include "tst_fosterhomelistmodel.moc"
