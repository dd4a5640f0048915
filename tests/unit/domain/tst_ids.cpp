// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace barntid;

class TestIds : public QObject
{
    Q_OBJECT

private:
    static qint64 timestampOf(const QString &id)
    {
        bool ok = false;
        const qint64 ms = (id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
        return ok ? ms : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void format()
    {
        const QRegularExpression shape(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        for (int i = 0; i < 100; ++i) {
            const QString id = newId();
            QCOMPARE(id.size(), 36);
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        }
    }

    void versionAndVariant()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString id = newId();
            QCOMPARE(id.at(14), QLatin1Char('7'));
            QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id));
        }
    }

    void timestampIsNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = newId();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 ms = timestampOf(id);
        QVERIFY2(ms >= before, qPrintable(id));
        // A burst of earlier ids may have borrowed a few milliseconds ahead.
        QVERIFY2(ms <= after + 50, qPrintable(id));
    }

    void monotonicAndUnique()
    {
        constexpr int count = 10000;
        QStringList ids;
        ids.reserve(count);
        for (int i = 0; i < count; ++i)
            ids.append(newId());
        int sameMillisecond = 0;
        for (int i = 1; i < count; ++i) {
            QVERIFY2(ids[i - 1] < ids[i], qPrintable(ids[i - 1] + QStringLiteral(" !< ") + ids[i]));
            if (timestampOf(ids[i - 1]) == timestampOf(ids[i]))
                ++sameMillisecond;
        }
        // The ordering must have been tested where the timestamp alone cannot decide it.
        QVERIFY(sameMillisecond > 0);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), count);
    }

    void uniqueAcrossThreads()
    {
        constexpr int threads = 4;
        constexpr int perThread = 2500;
        std::vector<QStringList> results(threads);
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&results, t] {
                for (int i = 0; i < perThread; ++i)
                    results[size_t(t)].append(newId());
            }));
            workers.back()->start();
        }
        for (auto &w : workers)
            QVERIFY(w->wait(30000));
        QSet<QString> all;
        for (const QStringList &list : results) {
            for (int i = 1; i < list.size(); ++i)
                QVERIFY(list[i - 1] < list[i]);
            all.unite(QSet<QString>(list.cbegin(), list.cend()));
        }
        QCOMPARE(all.size(), threads * perThread);
    }

    void isValidId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v7 lowercase") << "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b" << true;
        QTest::newRow("v4 uppercase") << "6BA7B810-9DAD-41D1-80B4-00C04FD430C8" << true;
        QTest::newRow("v1") << "6ba7b810-9dad-11d1-80b4-00c04fd430c8" << true;
        QTest::newRow("variant b") << "6ba7b810-9dad-41d1-b0b4-00c04fd430c8" << true;
        QTest::newRow("braces") << "{6ba7b810-9dad-41d1-80b4-00c04fd430c8}" << false;
        QTest::newRow("no hyphens") << "6ba7b8109dad41d180b400c04fd430c8" << false;
        QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000" << false;
        QTest::newRow("version 0") << "6ba7b810-9dad-01d1-80b4-00c04fd430c8" << false;
        QTest::newRow("version 9") << "6ba7b810-9dad-91d1-80b4-00c04fd430c8" << false;
        QTest::newRow("variant c (microsoft)") << "6ba7b810-9dad-41d1-c0b4-00c04fd430c8" << false;
        QTest::newRow("variant 0 (ncs)") << "6ba7b810-9dad-41d1-70b4-00c04fd430c8" << false;
        QTest::newRow("too short") << "6ba7b810-9dad-41d1-80b4-00c04fd430c" << false;
        QTest::newRow("too long") << "6ba7b810-9dad-41d1-80b4-00c04fd430c8a" << false;
        QTest::newRow("non-hex") << "6ba7b810-9dad-41d1-80b4-00c04fd430cg" << false;
        QTest::newRow("trailing newline") << "6ba7b810-9dad-41d1-80b4-00c04fd430c8\n" << false;
        QTest::newRow("empty") << "" << false;
    }

    void isValidId()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(barntid::isValidId(text), valid);
    }

    void newIdsAreValid()
    {
        for (int i = 0; i < 100; ++i)
            QVERIFY(barntid::isValidId(newId()));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
