// SPDX-License-Identifier: GPL-3.0-or-later
// CaseListModel over a real encrypted store: a protected identity is masked in every role and
// cannot be found by its name, search, visit counts, Swedish validation messages, and nothing
// left in the model once the session locks.
#include "models/caselistmodel.h"
#include "models/uitext.h"
#include "store/store.h"
#include "store/visitrepository.h"
#include "tst_visitsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTranslator>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {test::testStart()};
    std::unique_ptr<Session> m_session;

    static QStringList rowTexts(const CaseListModel &model)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto roles = model.roleNames();
            for (auto it = roles.cbegin(); it != roles.cend(); ++it)
                texts << model.data(model.index(row), it.key()).toString();
        }
        return texts;
    }

private slots:
    void init() { QVERIFY(test::openTemporary(m_dir, m_session, m_clock)); }
    void cleanup() { test::closeTemporary(m_dir, m_session); }

    void createsAndLists()
    {
        CaseListModel model;
        QCOMPARE(model.rowCount(), 0);
        const QString id = model.createCase(u"2026-0142"_s, u"Alva K."_s, 2015, false);
        QVERIFY2(!id.isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(CaseListModel::IdRole).toString(), id);
        QCOMPARE(i.data(CaseListModel::CaseNumberRole).toString(), u"2026-0142"_s);
        QCOMPARE(i.data(CaseListModel::DisplayNameRole).toString(), u"Alva K."_s);
        QCOMPARE(i.data(CaseListModel::BirthYearRole).toInt(), 2015);
        QCOMPARE(i.data(CaseListModel::VisitCountRole).toInt(), 0);
        QVERIFY(!i.data(CaseListModel::LastVisitAtRole).toDateTime().isValid());

        Visit visit;
        visit.caseId = id;
        visit.kind = u"home"_s;
        visit.actualStart = m_clock.now().addSecs(3600);
        VisitRepository(*m_session->store()).create(visit);
        model.reload();
        QCOMPARE(model.index(0).data(CaseListModel::VisitCountRole).toInt(), 1);
        QCOMPARE(model.index(0).data(CaseListModel::LastVisitAtRole).toDateTime(),
            m_clock.now().addSecs(3600));
    }

    void masksProtectedIdentityEverywhere()
    {
        CaseListModel model;
        const QString id = model.createCase(u"2026-0007"_s, u"Nils S."_s, 2012, true);
        QVERIFY(!id.isEmpty());
        const QStringList texts = rowTexts(model);
        QVERIFY(!texts.isEmpty());
        for (const QString &text : texts)
            QVERIFY2(!text.contains(u"Nils"_s), qPrintable(text));
        QCOMPARE(model.index(0).data(CaseListModel::DisplayNameRole).toString(),
            UiText::protectedIdentity());
        QVERIFY(model.index(0).data(CaseListModel::ProtectedIdentityRole).toBool());
        const QVariantMap map = model.caseData(id);
        QCOMPARE(map.value(u"displayName"_s).toString(), UiText::protectedIdentity());
        for (const QVariant &v : map)
            QVERIFY(!v.toString().contains(u"Nils"_s));
        // The hidden name cannot be found by searching for it either.
        model.setSearch(u"nils"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(u"0007"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void searches()
    {
        CaseListModel model;
        model.createCase(u"2026-0001"_s, u"Alva K."_s, 0, false);
        model.createCase(u"2026-0002"_s, u"Bo L."_s, 0, false);
        model.createCase(u"2025-0913"_s, u"Cleo M."_s, 0, false);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy count(&model, &CaseListModel::countChanged);
        model.setSearch(u"ALVA"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(CaseListModel::CaseNumberRole).toString(), u"2026-0001"_s);
        QCOMPARE(count.size(), 1);
        model.setSearch(u"2026"_s);
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(u"  "_s);
        QCOMPARE(model.rowCount(), 3);
        model.setSearch(u"zz"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void explainsInvalidInputInSwedish()
    {
        QTranslator swedish;
        QVERIFY(swedish.load(u":/i18n/barntid_sv.qm"_s));
        QCoreApplication::installTranslator(&swedish);
        CaseListModel model;
        QVERIFY(model.createCase(u" "_s, u"Alva K."_s, 0, false).isEmpty());
        QCOMPARE(model.errorText(), u"Ärendenumret saknas."_s);
        QVERIFY(model.createCase(u"2026-1"_s, u""_s, 0, false).isEmpty());
        QCOMPARE(model.errorText(), u"Barnets namn saknas."_s);
        QVERIFY(model.createCase(u"2026-1"_s, u"Alva K."_s, 1850, false).isEmpty());
        QCOMPARE(model.errorText(), u"Födelseåret ska vara mellan 1980 och 2100."_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.createCase(u"2026-1"_s, u"Alva K."_s, 0, true).isEmpty());
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(
            model.index(0).data(CaseListModel::DisplayNameRole).toString(), u"Skyddad identitet"_s);
        QCoreApplication::removeTranslator(&swedish);
    }

    void dropsEverythingOnLock()
    {
        CaseListModel model;
        model.createCase(u"2026-0001"_s, u"Alva K."_s, 0, false);
        model.setSearch(u"Alva"_s);
        QCOMPARE(model.rowCount(), 1);
        m_session->lock();
        QCOMPARE(m_session->state(), Session::State::Locked);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.search(), QString());
        QVERIFY(model.caseData(model.index(0).data(CaseListModel::IdRole).toString()).isEmpty());
        QVERIFY(model.createCase(u"2026-0002"_s, u"Bo L."_s, 0, false).isEmpty());
        QVERIFY(!model.errorText().isEmpty());

        m_session->unlock(test::visitTestPin);
        QVERIFY(test::settle(*m_session));
        QCOMPARE(m_session->state(), Session::State::Open);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestCaseListModel)

#include "tst_caselistmodel.moc"
