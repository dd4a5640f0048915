// SPDX-License-Identifier: GPL-3.0-or-later
// Any record the server accepts, every device in its scope can store (issue 10). Server-valid
// records of every entity (SampleRecords) go over real HTTP to a real barntid-server by the
// accounts that may write them; the real sync engine then pulls them into real encrypted stores
// of worker1, supervisor1 and foster1, and every record the server sent must be in its table
// with the server's values. The server runs on SQLite, or on PostgreSQL (RoundtripServer). This
// process holds SQLCipher stores, so it never opens a Qt SQL database: the server is only reached
// over HTTP.
#include "domain/case.h"
#include "domain/childtime.h"
#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/fosterhome.h"
#include "domain/timeentry.h"
#include "domain/visit.h"
#include "domain/visitamendment.h"
#include "engine/syncclient.h"
#include "engine/syncengine.h"
#include "engine/syncsession.h"
#include "protocol/entityspec.h"
#include "records.h"
#include "roundtripserver.h"
#include "samplerecords.h"
#include "store/entitytable.h"
#include "store/statement.h"
#include "store/store.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace barntid;
using namespace roundtrip;
using namespace Qt::StringLiterals;

namespace {

QString username(Account a)
{
    return a == Worker ? u"worker1"_s : a == Supervisor ? u"supervisor1"_s : u"foster1"_s;
}

/** A value short enough for a failure message (texts here run to 20 000 characters). */
QString brief(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"absent"_s;
    const QString s = v.isString()
        ? u'"' + v.toString() + u'"'
        : QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1);
    return s.size() > 40 ? s.left(40) + u"…(%1)"_s.arg(s.size()) : s;
}

/** Whether the stored value is the one the server sent. An absent or null wire value is stored
 *  as the column's absent value (the domain's reading), false in a boolean column, else NULL. */
bool sameValue(const Column &c, const QJsonValue &sent, const QJsonValue &stored)
{
    if (sent.isUndefined() || sent.isNull()) {
        if (c.type == ColumnType::Bool)
            return stored == QJsonValue(false);
        return c.absent.isUndefined() ? stored.isNull() : stored == c.absent;
    }
    return sent == stored;
}

/** A column's SQL default as JSON: 'text' → "text", 0 → 0; Undefined for none. */
QJsonValue sqlDefault(const QString &literal)
{
    if (literal.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (literal.startsWith(u'\''))
        return literal.mid(1).chopped(1).replace(u"''"_s, u"'"_s);
    return literal.toDouble();
}

/** "field: sent ≠ stored" for every column that differs, and every sent field without a column. */
QStringList differences(const EntityTable &t, const QJsonObject &sent, const QJsonObject &stored)
{
    QStringList out;
    for (const Column &c : t.columns) {
        const QJsonValue s = sent.value(c.name);
        const QJsonValue k = stored.value(c.name);
        if (!sameValue(c, s, k))
            out << QString(c.name) + u": "_s + brief(s) + u" ≠ "_s + brief(k);
    }
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (!stored.contains(it.key()))
            out << it.key() + u": no column"_s;
    }
    return out;
}

/** Fields whose pushed value the server replaces (docs/protocol.md ⚙, and the meta). */
/** Entities the server writes itself and refuses from devices. */
const QStringList serverWritten {u"journal_entry"_s};

bool serverDecides(const QString &entity, const QString &field)
{
    static const QStringList always {u"version"_s, u"created_at"_s, u"updated_at"_s, u"author_id"_s,
        u"device_id"_s, u"signed_by"_s, u"owner_id"_s, u"after_hours"_s, u"reviewer_id"_s,
        u"worker_ids"_s, u"foster_parent_ids"_s, u"responsible_id"_s, u"target_snapshot"_s};
    static const QStringList bookingCopy {u"foster_home_id"_s, u"booked_by"_s, u"starts_at"_s,
        u"ends_at"_s, u"place"_s, u"video"_s, u"video_link"_s, u"owner_name"_s, u"cancel_until"_s};
    return always.contains(field) || (entity == u"slot" && field == u"owner_name")
        || (entity == u"booking" && bookingCopy.contains(field));
}

template<typename Record> bool readsAlike(const QJsonObject &a, const QJsonObject &b)
{
    return Record::fromJson(a) == Record::fromJson(b);
}

/** Whether the stored row reads in the domain as the server's copy does: what the app shows and
 *  edits is the server's record. True for the entities without a domain type. */
bool sameInDomain(const QString &entity, const QJsonObject &sent, const QJsonObject &stored)
{
    if (entity == Case::entity)
        return readsAlike<Case>(sent, stored);
    if (entity == FosterHome::entity)
        return readsAlike<FosterHome>(sent, stored);
    if (entity == Visit::entity)
        return readsAlike<Visit>(sent, stored);
    if (entity == VisitAmendment::entity)
        return readsAlike<VisitAmendment>(sent, stored);
    if (entity == ChildTime::entity)
        return readsAlike<ChildTime>(sent, stored);
    if (entity == Contact::entity)
        return readsAlike<Contact>(sent, stored);
    if (entity == TimeEntry::entity)
        return readsAlike<TimeEntry>(sent, stored);
    return true;
}

/** A device's encrypted store, new and unlocked, in dir. */
std::unique_ptr<Store> newStore(const QTemporaryDir &dir)
{
    StoreOptions options;
    options.kdf = {1, quint64(8) << 20}; // the KDF's cost is not what is tested here
    auto store = std::make_unique<Store>(dir.path(), systemClock(), options);
    store->initialize(u"482915"_s);
    return store;
}

QJsonObject readLocal(Store &store, const QString &entity, const QString &id)
{
    const EntityTable &t = entityTable(entity);
    Statement s = store.connection().prepare(t.selectByIdSql.constData());
    s.bind(1, id);
    return s.step() ? t.readRecord(s) : QJsonObject();
}

} // namespace

class TestEntityRoundtrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RoundtripServer m_server;
    QHash<int, e2eserver::Device> m_writers;
    std::unique_ptr<SampleRecords> m_samples;

    /** Pushes one batch as its writer; "label: outcome" of every sample not applied. */
    QStringList push(const Batch &batch)
    {
        QList<QJsonObject> mutations;
        for (const Sample &s : batch.samples)
            mutations << e2eserver::records::upsert(s.entity, s.id, s.data, s.baseVersion);
        const e2eserver::HttpResponse r = m_writers[batch.writer].push(mutations);
        if (r.status != 200)
            return {username(batch.writer) + u": "_s + QString::fromUtf8(r.describe())};
        QStringList refused;
        for (int i = 0; i < batch.samples.size(); ++i) {
            const QJsonObject result = e2eserver::result(r, i);
            if (result.value("status"_L1).toString() != u"applied")
                refused << batch.samples[i].label() + u" by "_s + username(batch.writer) + u": "_s
                        + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
        }
        return refused;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (RoundtripServer::wantsPostgres()
            && qEnvironmentVariableIsEmpty("BARNTID_TEST_POSTGRES"))
            QSKIP("no PostgreSQL cluster: BARNTID_TEST_POSTGRES is not set (scripts/test and "
                  "scripts/throwaway-postgres provide one)");
        QVERIFY2(m_server.start(m_dir.path()), qPrintable(m_server.error()));
        for (Account a : {Worker, Supervisor, FosterParent}) {
            e2eserver::Device d = e2eserver::signIn(m_server.url(), username(a));
            QVERIFY2(d.isValid(), d.login.describe().constData());
            m_writers.insert(a, d);
        }
        // foster1's home as worker1 has it: the samples edit it.
        const QString homeId = m_writers[FosterParent].homeId();
        const e2eserver::PullLog log = e2eserver::pullAll(m_writers[Worker]);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        const QJsonObject home = e2eserver::Snapshot(log.changes).get(u"foster_home"_s, homeId);
        QVERIFY2(!home.isEmpty(), "worker1 does not pull foster1's home");
        m_samples = std::make_unique<SampleRecords>(DemoIds {m_writers[Worker].userId(),
            m_writers[Supervisor].userId(), m_writers[FosterParent].userId(), home});
    }

    void everyEntityHasEveryVariant()
    {
        // A new entity in the wire schema fails here until the samples cover it.
        const QList<Sample> samples = m_samples->all();
        for (const protocol::EntitySpec &e : protocol::entities()) {
            const QString entity(e.name);
            if (serverWritten.contains(entity))
                continue; // no device pushes it; the journal export writes it (below)
            for (const QString &variant : {u"minimal"_s, u"maximal"_s, u"nulls"_s}) {
                const auto found = std::find_if(samples.begin(), samples.end(),
                    [&](const Sample &s) { return s.entity == entity && s.variant == variant; });
                QVERIFY2(found != samples.end(), qPrintable(entity + u" has no "_s + variant));
                if (variant != u"maximal")
                    continue;
                for (const auto *fields : {&protocol::metaFields(), &e.fields}) {
                    for (const protocol::FieldSpec &f : *fields)
                        QVERIFY2(found->data.contains(f.name),
                            qPrintable(entity + u"/maximal lacks "_s + QString(f.name)));
                }
            }
        }
    }

    void absentValuesAreTheColumnDefaults()
    {
        // What a device stores for an absent field must be what it stores for a field it never
        // set: a migration that changes a default (or adds a NOT NULL column) fails here until
        // EntityTable agrees.
        QTemporaryDir dir;
        const std::unique_ptr<Store> store = newStore(dir);
        for (const EntityTable &t : entityTables()) {
            Statement s = store->connection().prepare(
                "SELECT name, \"notnull\", dflt_value FROM pragma_table_info(?)");
            s.bind(1, QString(t.table));
            while (s.step()) {
                const auto c = std::find_if(t.columns.begin(), t.columns.end(),
                    [&](const Column &col) { return QString(col.name) == s.text(0); });
                QVERIFY(c != t.columns.end());
                const auto &meta = protocol::metaFields();
                const bool isMeta = std::any_of(meta.begin(), meta.end(),
                    [&](const protocol::FieldSpec &f) { return f.name == c->name; });
                // Booleans store false; the server always sends the meta (the pull the version).
                if (c->type == ColumnType::Bool || isMeta)
                    continue;
                const QJsonValue expected = s.integer(1)
                    ? sqlDefault(s.isNull(2) ? QString() : s.text(2))
                    : QJsonValue(QJsonValue::Undefined);
                QVERIFY2(c->absent == expected,
                    qPrintable(QString(t.table) + u'.' + s.text(0) + u": "_s + brief(c->absent)
                        + u" ≠ "_s + brief(expected)));
            }
        }
    }

    void theServerAppliesEveryRecord()
    {
        QStringList refused;
        for (const Batch &b : m_samples->batches())
            refused += push(b);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
        // The entities only the server writes come from what writes them: the journal export
        // marks every signed note (the demo's and the samples') as in the journal.
        QTemporaryDir journal;
        QVERIFY2(m_server.exportJournal(journal.path()), qPrintable(m_server.error()));
    }

    void everyDeviceStoresWhatItPulls_data()
    {
        QTest::addColumn<int>("account");
        for (Account a : {Worker, Supervisor, FosterParent})
            QTest::newRow(qPrintable(username(a))) << int(a);
    }

    void everyDeviceStoresWhatItPulls()
    {
        QFETCH(int, account);
        const QString user = username(Account(account));

        // What the server sends this account, read by a plain HTTP client.
        e2eserver::Device reader = e2eserver::signIn(m_server.url(), user);
        QVERIFY2(reader.isValid(), reader.login.describe().constData());
        const e2eserver::PullLog log = e2eserver::pullAll(reader);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        const e2eserver::Snapshot sent(log.changes);
        // Workers and supervisors learn which notes are in the journal; a foster home never.
        const QStringList keys = sent.keys();
        for (const QString &entity : serverWritten) {
            const auto count = std::count_if(keys.cbegin(), keys.cend(),
                [&](const QString &key) { return key.startsWith(entity + u'/'); });
            QVERIFY2((count > 0) == (account != FosterParent),
                qPrintable(u"%1 pulls %2 %3 records"_s.arg(user).arg(count).arg(entity)));
        }
        QHash<QString, QString> labels;
        for (const Sample &s : m_samples->all()) {
            labels.insert(s.entity + u'/' + s.id, s.label());
            QVERIFY2(sent.has(s.entity, s.id) == bool(s.audience & account),
                qPrintable(s.label()
                    + (sent.has(s.entity, s.id) ? u" reaches "_s : u" does not reach "_s) + user));
        }

        // The device: a fresh encrypted store, the real login and the real sync engine.
        QTemporaryDir dir;
        const std::unique_ptr<Store> device = newStore(dir);
        Store &store = *device;
        QNetworkAccessManager network;
        sync::SyncClient client(network, m_server.url());
        const sync::SyncError login
            = sync::SyncSession(store).login(client, user, e2eserver::demoPassword, u"roundtrip"_s);
        QVERIFY2(!login.isError(), qPrintable(login.describe()));
        const sync::SyncReport report = sync::SyncEngine(store, client).run();
        QVERIFY2(!report.error.isError(), qPrintable(report.error.describe()));
        QVERIFY(report.complete);
        QCOMPARE(report.ignored, 0);
        QCOMPARE(report.kept, 0);

        QStringList problems = storedAsSent(store, sent, labels) + storedAsPushed(store, sent);
        if (report.unusable != 0)
            problems.prepend(
                u"%1 pulled changes did not fit the local schema"_s.arg(report.unusable));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("%s: %d records pulled and stored, %d pulled changes", qPrintable(user), sent.size(),
            report.pulled);
    }

private:
    /** Every record the server sent is in its table with the server's values. */
    static QStringList storedAsSent(
        Store &store, const e2eserver::Snapshot &sent, const QHash<QString, QString> &labels)
    {
        QStringList problems;
        for (const QString &key : sent.keys()) {
            const QString entity = key.section(u'/', 0, 0);
            const QString id = key.section(u'/', 1);
            const QString name = labels.value(key, key);
            const QJsonObject stored = readLocal(store, entity, id);
            if (stored.isEmpty()) {
                problems << name + u": not stored"_s;
                continue;
            }
            const QStringList diff = differences(entityTable(entity), sent.get(entity, id), stored);
            if (!diff.isEmpty())
                problems << name + u": "_s + diff.join(u"; "_s);
            if (!sameInDomain(entity, sent.get(entity, id), stored))
                problems << name + u": reads otherwise in the domain"_s;
        }
        return problems;
    }

    /** The samples' own values (long texts, emoji, positions, edge times) reach the device as
     *  pushed, unless the server decides the field or withholds it from this account. */
    QStringList storedAsPushed(Store &store, const e2eserver::Snapshot &sent) const
    {
        QHash<QString, Sample> latest;
        for (const Sample &s : m_samples->all())
            latest.insert(s.entity + u'/' + s.id, s);
        QStringList problems;
        for (const Sample &s : std::as_const(latest)) {
            if (!sent.has(s.entity, s.id))
                continue;
            const EntityTable &t = entityTable(s.entity);
            const QJsonObject stored = readLocal(store, s.entity, s.id);
            for (const Column &c : t.columns) {
                const QString field(c.name);
                if (!s.data.contains(field) || serverDecides(s.entity, field)
                    || !sent.get(s.entity, s.id).contains(field))
                    continue;
                if (!sameValue(c, s.data.value(field), stored.value(field)))
                    problems << s.label() + u": "_s + field + u" pushed "_s
                            + brief(s.data.value(field)) + u", stored "_s
                            + brief(stored.value(field));
            }
        }
        return problems;
    }
};

QTEST_GUILESS_MAIN(TestEntityRoundtrip)
#include "tst_entityroundtrip.moc"
