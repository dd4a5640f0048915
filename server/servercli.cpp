// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include "accounts.h"
#include "adminwrites.h"
#include "auth.h"
#include "changewriter.h"
#include "database.h"
#include "demoseed.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "fileclock.h"
#include "groupcommit.h"
#include "httpapi.h"
#include "httpfront.h"
#include "journalexport.h"
#include "journallanguage.h"
#include "mailsender.h"
#include "questionsets.h"
#include "recordstore.h"
#include "schema.h"
#include "scope.h"
#include "serveoptions.h"
#include "servererror.h"
#include "serveworkers.h"
#include "shutdownsignal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCli, "barntid.server.cli")

namespace barntid::server {

namespace {

const char usage[] = R"(usage: barntid-server COMMAND [options]
  serve --database URL --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--max-body BYTES]
        [--token-days N] [--login-failures-per-account N] [--login-failures-per-address N]
        [--trusted-proxy ADDR[/PREFIX][,...]] [--max-connections N] [--max-header-bytes BYTES]
        [--read-timeout SECONDS] [--idle-timeout SECONDS] [--workers N] [--config FILE]
        [--clock-file FILE]   (tests only: "now" is the RFC 3339 time in FILE; loopback, no TLS)
  seed --demo --database URL [--clock-file FILE]
  user add --database URL --username U --role R [--team T] [--foster-home ID]
           [--display-name NAME] --password-stdin
  user list --database URL
  user disable|enable --database URL --username U
  user passwd --database URL --username U          (the new password on stdin)
  user set-role --database URL --username U --role R [--team T]
  user set-team --database URL --username U --team T
  device list --database URL [--username U]
  device revoke|wipe --database URL (--device ID | --username U)
  device lift --database URL --device ID           (a revoked device may sign in again)
  foster-home assign --database URL --id HOME --worker USERNAME
  case assign --database URL --id CASE --worker USERNAME
  question-set import --database URL --file FILE   (a set or {"question_sets": [...]}; a changed
        set becomes its next version)
  question-set list --database URL
  purge --database URL [--older-than-days N]   (tombstones and delete notices; default 90)
  export --database URL --to DIR [--since T] [--approved-only]
        (journal documents of signed notes for the case system; T is RFC 3339 or YYYY-MM-DD)
  migrate --database URL
URL is sqlite:PATH (the default, sqlite:barntid-server.db) or postgresql://user@host:port/db.
)";

} // namespace

ServerCli::ServerCli(QStringList args)
    : m_args(std::move(args))
    , m_clock(&systemClock(), [](const Clock *) {})
    , m_out(stdout)
    , m_err(stderr)
{ }

QString ServerCli::option(const QString &name, const QString &fallback) const
{
    const qsizetype i = m_args.indexOf(QStringLiteral("--") + name);
    return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : fallback;
}

bool ServerCli::flag(const QString &name) const
{
    return m_args.contains(QStringLiteral("--") + name);
}

ServerCli::~ServerCli() = default;

QString ServerCli::databaseUrl() const
{
    return option(QStringLiteral("database"), QStringLiteral("sqlite:barntid-server.db"));
}

Database &ServerCli::openDatabase()
{
    m_db = std::make_unique<Database>(databaseUrl(), QStringLiteral("main"));
    Schema::migrate(*m_db);
    return *m_db;
}

int ServerCli::fail(const QString &message, int code)
{
    m_err << "barntid-server: " << message << Qt::endl;
    return code;
}

QString ServerCli::readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

int ServerCli::run()
{
    const QString command = m_args.value(1);
    if (m_args.contains(QStringLiteral("--help")) || m_args.contains(QStringLiteral("-h"))) {
        m_out << usage;
        return 0;
    }
    try {
        if (command == u"serve")
            return serve();
        if (command == u"seed")
            return seed();
        if (command == u"user")
            return user();
        if (command == u"device")
            return device();
        if (command == u"foster-home")
            return fosterHome();
        if (command == u"case")
            return caseCommand();
        if (command == u"question-set")
            return questionSet();
        if (command == u"purge")
            return purge();
        if (command == u"export")
            return exportJournal();
        if (command == u"migrate") {
            Database &db = openDatabase();
            m_out << "schema version " << Schema::currentVersion(db) << Qt::endl;
            return 0;
        }
    } catch (const ServerError &e) {
        return fail(e.message);
    }
    m_err << usage;
    return 2;
}

int ServerCli::serve()
{
    const std::variant<ServeOptions, QString> parsed = ServeOptions::parse(m_args);
    if (const auto *error = std::get_if<QString>(&parsed))
        return fail(*error, 2);
    const ServeOptions &o = std::get<ServeOptions>(parsed);
    // Before anything can answer: the serving threads accept as soon as they start, so a
    // SIGTERM that follows the first answer must already find the handler (else it kills).
    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, qApp, &QCoreApplication::quit);
    QString tlsError;
    const std::optional<QSslConfiguration> tls = o.tls() ? o.loadTls(&tlsError) : std::nullopt;
    if (!tlsError.isEmpty())
        return fail(tlsError);
    if (!installJournalLanguage())
        return fail(QStringLiteral("the Swedish catalogue is missing from this build"));
    Database &db = openDatabase();
    HttpApi::Options api = o.api;
    if (db.kind() == Database::Kind::Sqlite)
        api.group = std::make_shared<GroupCommit>();
    std::unique_ptr<MailSender> mail;
    if (o.api.config.smtp.enabled()) {
        const Clock &clock = o.api.clock ? *o.api.clock : systemClock();
        mail = std::make_unique<MailSender>(db, o.api.config.smtp, clock);
        if (const QString mailError = mail->start(); !mailError.isEmpty())
            return fail(mailError);
    }
    ServeWorkers workers(databaseUrl(), api, o.front, tls);
    HttpFront front;
    if (!front.open(o.host, o.port))
        return fail(QStringLiteral("cannot listen on %1").arg(o.listen));
    if (const QString error = workers.start(o.workers, front); !error.isEmpty())
        return fail(error);
    // SQLite: the serving threads leave the WAL to this thread, which copies it back into the
    // database every second without blocking their reads and writes (a passive checkpoint).
    QTimer checkpoints;
    if (db.kind() == Database::Kind::Sqlite) {
        QObject::connect(&checkpoints, &QTimer::timeout, [&db] {
            try {
                db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            } catch (const ServerError &e) {
                qCWarning(lcCli) << "checkpoint failed:" << e.code;
            }
        });
        checkpoints.start(1000);
    }
    m_out << "barntid-server listening on " << o.listen << (o.tls() ? " (https)" : " (http)")
          << Qt::endl;
    return QCoreApplication::exec();
}

int ServerCli::seed()
{
    if (!flag(QStringLiteral("demo")))
        return fail(QStringLiteral("only seed --demo exists"), 2);
    if (m_args.contains(QStringLiteral("--clock-file"))) {
        QString error;
        std::unique_ptr<FileClock> clock
            = FileClock::open(option(QStringLiteral("clock-file")), &error);
        if (!clock)
            return fail(error, 2);
        m_clock = std::move(clock);
    }
    Database &db = openDatabase();
    if (!seedDemo(db, *m_clock))
        m_out << "the database already has accounts; nothing seeded" << Qt::endl;
    else
        m_out << "demo municipality seeded (password barntid-demo, for demos only)" << Qt::endl;
    return 0;
}

int ServerCli::purge()
{
    bool ok = false;
    const int days = option(QStringLiteral("older-than-days"), QStringLiteral("90")).toInt(&ok);
    if (!ok || days < 0)
        return fail(QStringLiteral("--older-than-days wants a whole number of days"), 2);
    Database &db = openDatabase();
    WriteTransaction tx(db);
    const qint64 horizon = RecordStore(db).purgeBefore(toRfc3339(m_clock->now().addDays(-days)));
    tx.commit();
    m_out << "horizon " << horizon << Qt::endl;
    return 0;
}

int ServerCli::exportJournal()
{
    JournalExport::Options options;
    options.to = option(QStringLiteral("to"));
    options.approvedOnly = flag(QStringLiteral("approved-only"));
    if (options.to.isEmpty())
        return fail(QStringLiteral("export needs --to DIR (the case system's import folder)"), 2);
    if (m_args.contains(QStringLiteral("--since"))) {
        const QString since = option(QStringLiteral("since"));
        std::optional<QDateTime> at = parseRfc3339(since);
        if (const std::optional<QDate> day = parseIsoDate(since); !at && day)
            at = QDateTime(*day, QTime(0, 0), stockholm());
        if (!at)
            return fail(QStringLiteral("--since wants an RFC 3339 time or a YYYY-MM-DD date"), 2);
        options.since = toRfc3339(*at);
    }
    if (!installJournalLanguage())
        return fail(QStringLiteral("the Swedish catalogue is missing from this build"));
    Database &db = openDatabase();
    const JournalExport::Result r = JournalExport(db, *m_clock).run(options);
    m_out << "exported " << r.documents << " documents for " << r.cases << " cases; " << r.unchanged
          << " unchanged" << Qt::endl;
    return 0;
}

int ServerCli::fosterHome()
{
    if (m_args.value(2) != u"assign")
        return fail(
            QStringLiteral("usage: foster-home assign --database URL --id HOME --worker U"), 2);
    Database &db = openDatabase();
    Accounts accounts(db, *m_clock);
    AdminWrites::assignWorker(
        db, accounts, *m_clock, option(QStringLiteral("id")), option(QStringLiteral("worker")));
    m_out << "assigned" << Qt::endl;
    return 0;
}

int ServerCli::questionSet()
{
    const QString action = m_args.value(2);
    if (action == u"list") {
        Database &db = openDatabase();
        for (const QuestionSet &set : QuestionSets(db, *m_clock).all()) {
            m_out << set.id << "  version " << set.version << "  ages " << set.ageMin << "-"
                  << set.ageMax << "  "
                  << (set.presentation == QuestionSet::Presentation::Pictures ? "pictures"
                                                                              : "words")
                  << "  " << set.questions.size() << " questions  " << set.title.sv << Qt::endl;
        }
        return 0;
    }
    if (action != u"import" || option(QStringLiteral("file")).isEmpty())
        return fail(QStringLiteral("usage: question-set import --database URL --file FILE | "
                                   "question-set list --database URL"),
            2);
    QFile file(option(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
    // A survey is a few kilobytes; a file far beyond that is not one.
    if (file.size() > 1024 * 1024)
        return fail(QStringLiteral("%1 is larger than 1 MiB").arg(file.fileName()));
    const QList<QuestionSet> sets = QuestionSets::parseFile(file.readAll());
    Database &db = openDatabase();
    for (const QuestionSets::Imported &i : QuestionSets(db, *m_clock).import(sets)) {
        m_out << (i.changed ? "imported " : "unchanged ") << i.set.id << " as version "
              << i.set.version << "  " << i.set.title.sv << Qt::endl;
    }
    return 0;
}

int ServerCli::caseCommand()
{
    if (m_args.value(2) != u"assign")
        return fail(QStringLiteral("usage: case assign --database URL --id CASE --worker U"), 2);
    Database &db = openDatabase();
    Accounts accounts(db, *m_clock);
    AdminWrites::assignCase(
        db, accounts, *m_clock, option(QStringLiteral("id")), option(QStringLiteral("worker")));
    m_out << "assigned" << Qt::endl;
    return 0;
}

} // namespace barntid::server
