// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timeformat.h"
#include "openinghours.h"
#include "serverconfig.h"

#include <QTest>

using barntid::server::OpeningHours;

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void afterHours_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("after");
        // 2026-11-24 is a Tuesday; Stockholm is UTC+1 in winter, UTC+2 in summer.
        QTest::newRow("tuesday evening") << "2026-11-24T16:00:00Z"
                                         << "2026-11-24T17:00:00Z" << true;
        QTest::newRow("morning inside") << "2026-11-24T07:00:00Z"
                                        << "2026-11-24T08:00:00Z" << false;
        QTest::newRow("opens 07:30") << "2026-11-24T06:30:00Z"
                                     << "2026-11-24T07:00:00Z" << false;
        QTest::newRow("before opening") << "2026-11-24T06:00:00Z"
                                        << "2026-11-24T06:45:00Z" << true;
        QTest::newRow("over lunch") << "2026-11-24T10:30:00Z"
                                    << "2026-11-24T12:30:00Z" << true;
        QTest::newRow("closes 16:15") << "2026-11-24T14:15:00Z"
                                      << "2026-11-24T15:15:00Z" << false;
        QTest::newRow("past 16:15") << "2026-11-24T14:30:00Z"
                                    << "2026-11-24T15:30:00Z" << true;
        QTest::newRow("saturday") << "2026-11-28T09:00:00Z"
                                  << "2026-11-28T10:00:00Z" << true;
        QTest::newRow("summer time") << "2026-06-16T06:00:00Z"
                                     << "2026-06-16T07:00:00Z" << false;
        QTest::newRow("summer evening") << "2026-06-16T15:00:00Z"
                                        << "2026-06-16T16:00:00Z" << true;
    }

    void afterHours()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, after);
        QCOMPARE(
            OpeningHours().isAfterHours(*barntid::parseRfc3339(start), *barntid::parseRfc3339(end)),
            after);
    }

    void configuredHours()
    {
        // Thursdays open late, Fridays closed, Christmas Eve closed.
        auto parsed = barntid::server::ServerConfig::fromJson(R"({"opening_hours": {
            "weekdays": {"thu": ["08:00-19:00"], "fri": []},
            "closed_days": ["2026-12-24"]}, "cancel_cutoff_hours": 12})");
        QVERIFY2(std::holds_alternative<barntid::server::ServerConfig>(parsed),
            qPrintable(
                std::holds_alternative<QString>(parsed) ? std::get<QString>(parsed) : QString()));
        const auto &config = std::get<barntid::server::ServerConfig>(parsed);
        QCOMPARE(config.cancelCutoffHours, 12);
        const OpeningHours &hours = config.openingHours;
        const auto at
            = [](const char *t) { return *barntid::parseRfc3339(QString::fromLatin1(t)); };
        QVERIFY(!hours.isAfterHours(at("2026-11-26T16:00:00Z"), at("2026-11-26T17:45:00Z")));
        QVERIFY(hours.isAfterHours(at("2026-11-27T08:00:00Z"), at("2026-11-27T09:00:00Z")));
        QVERIFY(!hours.isAfterHours(at("2026-12-23T08:00:00Z"), at("2026-12-23T09:00:00Z")));
        QVERIFY(hours.isAfterHours(at("2026-12-24T08:00:00Z"), at("2026-12-24T09:00:00Z")));
    }

    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("unknown key") << QByteArray(R"({"openinghours": {}})");
        QTest::newRow("bad day") << QByteArray(R"({"opening_hours": {"weekdays": {"mo": []}}})");
        QTest::newRow("backwards")
            << QByteArray(R"({"opening_hours": {"weekdays": {"mon": ["12:00-08:00"]}}})");
        QTest::newRow("bad date") << QByteArray(R"({"opening_hours": {"closed_days": ["24/12"]}})");
        QTest::newRow("cut-off") << QByteArray(R"({"cancel_cutoff_hours": -1})");
        QTest::newRow("smtp without from") << QByteArray(R"({"smtp": {"host": "mail.example"}})");
        QTest::newRow("smtp security")
            << QByteArray(R"({"smtp": {"host": "m", "from": "a@b.se", "security": "ssl3"}})");
    }

    void badConfig()
    {
        QFETCH(QByteArray, json);
        auto parsed = barntid::server::ServerConfig::fromJson(json);
        QVERIFY(std::holds_alternative<QString>(parsed));
        QVERIFY(!std::get<QString>(parsed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
