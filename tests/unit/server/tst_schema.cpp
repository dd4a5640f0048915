// SPDX-License-Identifier: GPL-3.0-or-later
// The server schema on a real SQLite file: schema 7's placements (the foster homes placing a
// case, read on an index instead of a text match over every home) are filled from the homes a
// schema-6 database already holds, and follow every later write of a home.
#include "database.h"
#include "domain/ids.h"
#include "recordstore.h"
#include "schema.h"
#include "servererror.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace barntid;
using namespace barntid::server;

namespace {

StoredRecord home(const QString &id, const QStringList &placed, qint64 version = 1)
{
    StoredRecord r;
    r.entity = QStringLiteral("foster_home");
    r.id = id;
    r.version = version;
    r.seq = version;
    r.data = {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Familjehem")},
        {QStringLiteral("placed_case_ids"), QJsonArray::fromStringList(placed)}};
    r.updatedAt = QStringLiteral("2026-12-07T08:00:00.000Z");
    r.deriveColumns();
    return r;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList ids(const QList<StoredRecord> &records)
{
    QStringList out;
    for (const StoredRecord &r : records)
        out << r.id;
    out.sort();
    return out;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placementsAreFilledOnUpgradeAndFollowWrites();
    void newerSchemaIsRefused();

private:
    QStringList placements();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.db")),
        QStringLiteral("schema"));
    Schema::migrate(*m_db);
    QCOMPARE(Schema::currentVersion(*m_db), Schema::latestVersion());
}

void TestSchema::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestSchema::placements()
{
    QStringList out;
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT case_id, foster_home_id FROM placements"));
    while (q.next())
        out << q.value(0).toString() + u'@' + q.value(1).toString();
    out.sort();
    return out;
}

void TestSchema::placementsAreFilledOnUpgradeAndFollowWrites()
{
    const QString c1 = newId(), c2 = newId(), a = newId(), b = newId(), gone = newId();
    RecordStore store(*m_db);
    StoredRecord deleted = home(gone, {c1});
    deleted.deleted = true;
    // Homes as a schema-6 server left them: the list in the data, nothing else.
    store.write({home(a, {c1, c2}), home(b, {c1, c1}), deleted});
    m_db->exec(QStringLiteral("DROP TABLE placements"));
    m_db->exec(QStringLiteral("DROP TABLE question_sets"));
    m_db->exec(QStringLiteral("UPDATE schema_version SET version = 6"));

    Schema::migrate(*m_db);
    QCOMPARE(Schema::currentVersion(*m_db), Schema::latestVersion());
    QCOMPARE(placements(), sorted({c1 + u'@' + a, c1 + u'@' + b, c2 + u'@' + a}));
    QCOMPARE(ids(store.homesPlacing(c1)), sorted({a, b}));
    QCOMPARE(ids(store.homesPlacing(c2)), QStringList {a});

    // A home's new version replaces its placements; a deleted home places nobody.
    StoredRecord bGone = home(b, {c1}, 2);
    bGone.deleted = true;
    store.write({home(a, {c2}, 2), bGone});
    QCOMPARE(placements(), QStringList {c2 + u'@' + a});
    QVERIFY(store.homesPlacing(c1).isEmpty());
    QCOMPARE(ids(store.homesPlacing(c2)), QStringList {a});
}

void TestSchema::newerSchemaIsRefused()
{
    m_db->exec(
        QStringLiteral("UPDATE schema_version SET version = ?"), {Schema::latestVersion() + 1});
    QVERIFY_THROWS_EXCEPTION(ServerError, Schema::migrate(*m_db));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
