// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapp.h"

#include "cli/cliargs.h"
#include "cli/surveycommand.h"
#include "cli/synccommand.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/visit.h"
#include "platform/keystore.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>
#include <stdexcept>

namespace barntid {

using namespace Qt::StringLiterals;

namespace {

const auto helpText = uR"(usage: barntid-cli --data DIR [--json] [--pin-stdin] COMMAND
The PIN comes from the environment variable BARNTID_PIN, or with --pin-stdin from the first line
of standard input (change-pin reads the new PIN from BARNTID_NEW_PIN or the second line).

commands:
  init                               set up the encrypted store on this device
  unlock-check                       check the PIN and the database (integrity check)
  change-pin                         wrap the key under a new PIN
  case add --number N --child-name NAME [--birth-year Y] [--protected]
  case list
  visit add --case ID --kind KIND --note TEXT [--child-words TEXT] [--bbic AREA,AREA]
  visit edit --id ID [--note TEXT] [--child-words TEXT]   (drafts only)
  visit sign --id ID
  visit amend --id ID --text TEXT
  visit list [--case ID]
  survey sets                        the children's question sets the last sync brought
  survey start --visit ID --case ID --set ID --set-version N
                                     a child's new answers on a draft visit (prints the id)
  survey answer --id ID --question Q --value V
                                     V: 1-5, a choice id, the child's words or "declined";
                                     an empty V takes the answer back
  survey complete --id ID            the child is done: the answers stay as they are
  survey list --visit ID
  sync --server URL --username U [--password-stdin] [--retries N]
                                     send local changes, receive the server's; the password
                                     comes from BARNTID_PASSWORD or standard input (the line
                                     after the PIN with --pin-stdin) and is asked only to log in
  status                             pending changes, needs attention, the last sync

exit codes: 0 ok, 1 failed, 2 usage, 3 wrong PIN, 4 locked out or key destroyed,
            5 damaged database, 6 server unreachable, 7 sync incomplete, 8 not set up,
            9 login refused, 10 device wiped by the administrator
)"_s;

QString seconds(qint64 ms)
{
    return QString::number(std::ceil(double(ms) / 1000.0));
}

/** The app's own keystore, so the CLI opens (and sets up) a store the way the app does. */
StoreOptions storeOptions()
{
    StoreOptions options;
    options.keyStore = createKeyStore();
    return options;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QIODevice &in, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(clock)
{ }

CliApp::~CliApp() = default;

int CliApp::run(const QStringList &args)
{
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--data" && i + 1 < args.size())
            m_dataDir = args[++i];
        else if (a == u"--json")
            m_json = true;
        else if (a == u"--pin-stdin")
            m_pinStdin = true;
        else if (a == u"--help" || a == u"-h")
            return m_out << helpText, Ok;
        else
            rest << a;
    }
    if (m_dataDir.isEmpty())
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList words;
    while (!rest.isEmpty() && !rest.front().startsWith(u"--"))
        words << rest.takeFirst();
    try {
        return dispatch(words, rest);
    } catch (const StoreError &e) {
        return fail(e);
    } catch (const std::invalid_argument &e) {
        return usage(QString::fromStdString(e.what()));
    }
}

int CliApp::dispatch(const QStringList &words, const QStringList &rest)
{
    const QString command = words.value(0);
    if (words.size() == 1 && rest.isEmpty()) {
        if (command == u"init")
            return init();
        if (command == u"unlock-check")
            return unlockCheck();
        if (command == u"change-pin")
            return changePin();
        if (command == u"status")
            return status();
    }
    if (words.size() == 1 && command == u"sync")
        return syncCommand(rest);
    if (words.size() == 2 && command == u"case")
        return caseCommand(words[1], rest);
    if (words.size() == 2 && command == u"visit")
        return visitCommand(words[1], rest);
    if (words.size() == 2 && command == u"survey")
        return surveyCommand(words[1], rest);
    return usage(
        command.isEmpty() ? u"no command given"_s : u"unknown command: "_s + words.join(u' '));
}

QString CliApp::stdinLine(int line)
{
    if (m_stdinLines.isEmpty())
        m_stdinLines = QString::fromUtf8(m_in.readAll()).split(u'\n');
    return m_stdinLines.value(line).trimmed();
}

QString CliApp::pin(int line)
{
    if (m_pinStdin) {
        const QString value = stdinLine(line);
        if (value.isEmpty())
            throw std::invalid_argument("--pin-stdin: no PIN on standard input");
        return value;
    }
    const char *name = line == 0 ? "BARNTID_PIN" : "BARNTID_NEW_PIN";
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        throw std::invalid_argument(std::string("set ") + name + " or use --pin-stdin");
    return value;
}

void CliApp::openStore()
{
    StoreOptions options = storeOptions();
    // Each CLI run is short: checking every page costs little and catches damage early.
    options.integrityCheck = StoreOptions::IntegrityCheck::Always;
    m_store = std::make_unique<Store>(m_dataDir, m_clock, options);
    m_store->unlock(pin(0));
}

int CliApp::init()
{
    m_store = std::make_unique<Store>(m_dataDir, m_clock, storeOptions());
    m_store->initialize(pin(0));
    const QString device = m_store->deviceId();
    if (m_json)
        printJson(QJsonObject {{u"device_id"_s, device}});
    else
        m_out << "initialized; device " << device << "\n";
    return Ok;
}

int CliApp::unlockCheck()
{
    openStore();
    if (m_json)
        printJson(QJsonObject {{u"ok"_s, true}, {u"schema_version"_s, Migrations::latestVersion}});
    else
        m_out << "ok: PIN accepted, database intact\n";
    return Ok;
}

int CliApp::changePin()
{
    const QString oldPin = pin(0), newPin = pin(1);
    Store store(m_dataDir, m_clock, storeOptions());
    store.changePin(oldPin, newPin);
    m_out << (m_json ? "{\"ok\":true}\n" : "PIN changed\n");
    return Ok;
}

int CliApp::caseCommand(const QString &sub, const QStringList &rest)
{
    const CliArgs args(rest, {u"protected"_s});
    if (sub == u"add") {
        if (const auto bad
            = args.unknown({u"number"_s, u"child-name"_s, u"birth-year"_s, u"protected"_s});
            !bad.isEmpty())
            return usage(u"unknown option --"_s + bad.front());
        Case c;
        c.caseNumber = args.required(u"number"_s);
        c.childName = args.required(u"child-name"_s);
        if (args.has(u"birth-year"_s)) {
            bool ok = false;
            c.birthYear = args.value(u"birth-year"_s).toInt(&ok);
            if (!ok)
                return usage(u"--birth-year takes a year, e.g. 2015"_s);
        }
        c.protectedIdentity = args.has(u"protected"_s);
        openStore();
        const Case created = Repository<Case>(*m_store).create(c);
        if (m_json)
            printJson(QJsonObject {{u"id"_s, created.meta.id}});
        else
            m_out << created.meta.id << "\n";
        return Ok;
    }
    if (sub == u"list" && rest.isEmpty()) {
        openStore();
        QJsonArray all;
        for (const Case &c : Repository<Case>(*m_store).list())
            all << c.toJson();
        if (m_json)
            printJson(all);
        for (qsizetype i = 0; !m_json && i < all.size(); ++i) {
            const auto o = all[i].toObject();
            m_out << o[u"id"].toString() << "  " << o[u"case_number"].toString() << "  "
                  << o[u"child_name"].toString() << "\n";
        }
        return Ok;
    }
    return usage(u"unknown command: case "_s + sub);
}

int CliApp::visitCommand(const QString &sub, const QStringList &rest)
{
    const CliArgs args(rest, {});
    const auto only = [&](const QSet<QString> &allowed) {
        const auto bad = args.unknown(allowed);
        if (!bad.isEmpty())
            throw std::invalid_argument("unknown option --" + bad.front().toStdString());
    };
    if (sub == u"add") {
        only({u"case"_s, u"kind"_s, u"note"_s, u"child-words"_s, u"bbic"_s});
        Visit v;
        v.caseId = args.required(u"case"_s);
        v.kind = args.required(u"kind"_s);
        v.note = args.required(u"note"_s);
        v.childWords = args.value(u"child-words"_s);
        if (args.has(u"bbic"_s))
            v.bbic = args.value(u"bbic"_s).split(u',', Qt::SkipEmptyParts);
        openStore();
        if (!Repository<Case>(*m_store).find(v.caseId))
            throw StoreError(StoreErrorCode::NotFound, u"no case with id "_s + v.caseId);
        const Visit created = VisitRepository(*m_store).create(v);
        if (m_json)
            printJson(QJsonObject {{u"id"_s, created.meta.id}});
        else
            m_out << created.meta.id << "\n";
        return Ok;
    }
    if (sub == u"edit") {
        only({u"id"_s, u"note"_s, u"child-words"_s});
        const QString id = args.required(u"id"_s);
        if (!args.has(u"note"_s) && !args.has(u"child-words"_s))
            return usage(u"visit edit needs --note or --child-words"_s);
        openStore();
        VisitRepository visits(*m_store);
        auto v = visits.find(id);
        if (!v)
            throw StoreError(StoreErrorCode::NotFound, u"no visit with id "_s + id);
        if (args.has(u"note"_s))
            v->note = args.value(u"note"_s);
        if (args.has(u"child-words"_s))
            v->childWords = args.value(u"child-words"_s);
        visits.update(*v);
        m_out << (m_json ? "{\"ok\":true}\n" : "saved\n");
        return Ok;
    }
    if (sub == u"sign") {
        only({u"id"_s});
        const QString id = args.required(u"id"_s);
        openStore();
        const Visit signedVisit = VisitRepository(*m_store).sign(id);
        if (m_json)
            printJson(signedVisit.toJson());
        else
            m_out << "signed " << id << "\n";
        return Ok;
    }
    if (sub == u"amend") {
        only({u"id"_s, u"text"_s});
        const QString id = args.required(u"id"_s), text = args.required(u"text"_s);
        openStore();
        const VisitAmendment a = VisitRepository(*m_store).amend(id, text);
        if (m_json)
            printJson(QJsonObject {{u"id"_s, a.meta.id}});
        else
            m_out << a.meta.id << "\n";
        return Ok;
    }
    if (sub == u"list") {
        only({u"case"_s});
        openStore();
        VisitRepository visits(*m_store);
        const QList<Visit> list
            = args.has(u"case"_s) ? visits.forCase(args.value(u"case"_s)) : visits.list();
        QJsonArray all;
        for (const Visit &v : list) {
            QJsonObject o = v.toJson();
            QJsonArray amendments;
            for (const VisitAmendment &a : visits.amendments(v.meta.id))
                amendments << a.toJson();
            o.insert(u"amendments"_s, amendments);
            all << o;
        }
        if (m_json) {
            printJson(all);
            return Ok;
        }
        for (const Visit &v : list) {
            m_out << v.meta.id << "  " << v.status << "  " << v.kind << "  "
                  << v.note.left(60).replace(u'\n', u' ') << "\n";
        }
        return Ok;
    }
    return usage(u"unknown command: visit "_s + sub);
}

int CliApp::surveyCommand(const QString &sub, const QStringList &rest)
{
    const CliArgs args(rest, {});
    openStore();
    const QJsonValue result = SurveyCommand(*m_store).run(sub, args);
    if (m_json)
        printJson(result);
    else
        m_out << SurveyCommand::text(sub, result);
    return Ok;
}

int CliApp::status()
{
    openStore();
    Outbox outbox(*m_store);
    const int pending = outbox.pendingCount();
    const int attention = outbox.needsAttentionCount();
    // Safe to leave: no local change exists only on this device.
    const bool safe = pending == 0;
    const QString lastSync = m_store->setting(u"last_sync"_s);
    if (m_json) {
        printJson(QJsonObject {
            {u"pending"_s, pending},
            {u"needs_attention"_s, attention},
            {u"safe_to_leave"_s, safe},
            {u"last_sync"_s, lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
            {u"device_id"_s, m_store->deviceId()},
            {u"schema_version"_s, Migrations::latestVersion},
        });
    } else {
        m_out << "pending changes: " << pending << "\n"
              << "needs attention: " << attention << "\n"
              << "last sync: " << (lastSync.isEmpty() ? u"never"_s : lastSync) << "\n"
              << "safe to leave: " << (safe ? u"yes"_s : u"no"_s) << "\n";
    }
    return Ok;
}

int CliApp::syncCommand(const QStringList &rest)
{
    const CliArgs args(rest, {u"password-stdin"_s});
    if (const auto bad
        = args.unknown({u"server"_s, u"username"_s, u"password-stdin"_s, u"retries"_s});
        !bad.isEmpty())
        return usage(u"unknown option --"_s + bad.front());
    const QUrl server(args.required(u"server"_s));
    const QString username = args.required(u"username"_s);
    bool ok = true;
    const int retries = args.has(u"retries"_s) ? args.value(u"retries"_s).toInt(&ok) : 2;
    if (!ok || retries < 0)
        return usage(u"--retries takes a number ≥ 0"_s);
    const bool fromStdin = args.has(u"password-stdin"_s);
    if (fromStdin && m_pinStdin)
        stdinLine(0); // the PIN comes first, the password on the line after it
    openStore();
    SyncCommand command(*m_store, [&] {
        const QString password
            = fromStdin ? stdinLine(m_pinStdin ? 1 : 0) : qEnvironmentVariable("BARNTID_PASSWORD");
        if (password.isEmpty())
            throw std::invalid_argument("set BARNTID_PASSWORD or use --password-stdin");
        return password;
    });
    command.setRetries(retries);
    const SyncCommand::Outcome outcome = command.run(server, username);
    if (m_json && !outcome.summary.isEmpty())
        printJson(outcome.summary);
    else if (!outcome.summary.isEmpty()) {
        const QJsonObject &s = outcome.summary;
        if (s[u"account_changed"].toBool())
            m_out << "another account signed in: the previous account's data was removed from "
                     "this device\n";
        m_out << "sent " << s[u"pushed"].toInt() << ", received " << s[u"pulled"].toInt()
              << ", pending " << s[u"pending"].toInt() << ", needs attention "
              << s[u"needs_attention"].toInt() << "\n";
        if (s[u"safe_to_leave"].toBool())
            m_out << "safe to leave: all changes are on the server (" << s[u"last_sync"].toString()
                  << ")\n";
    }
    return outcome.exitCode == Ok ? Ok : error(outcome.exitCode, outcome.message);
}

int CliApp::fail(const StoreError &e)
{
    QString message;
    int code = Failure;
    switch (e.code()) {
    case StoreErrorCode::WrongPin:
        code = WrongPin;
        message = u"wrong PIN: %1 tries left before the key on this device is destroyed"_s.arg(
            e.remainingAttempts);
        if (e.retryAfterMs > 0)
            message += u"; wait %1 s before the next try"_s.arg(seconds(e.retryAfterMs));
        break;
    case StoreErrorCode::LockedOut:
        code = LockedOut;
        message = u"locked after wrong PINs: try again in %1 s (%2 tries left)"_s.arg(
            seconds(e.retryAfterMs), QString::number(e.remainingAttempts));
        break;
    case StoreErrorCode::KeyDestroyed:
        code = LockedOut;
        message = u"the key was destroyed after %1 wrong PINs; the data on this device can no "
                  "longer be opened (run init to start over; synced work is on the server)"_s.arg(
                      PinVault::maxAttempts);
        break;
    case StoreErrorCode::NotInitialized:
        code = NotSetUp;
        message = u"this device is not set up: run init first"_s;
        break;
    case StoreErrorCode::Damaged:
        code = Damaged;
        // The detail names what is damaged: the database or the key file.
        message = e.detail() + u"; it cannot be opened safely"_s;
        break;
    case StoreErrorCode::DiskFull:
        message = u"the disk is full; nothing was saved"_s;
        break;
    case StoreErrorCode::Io:
        // A failed write rolls its transaction back; the detail says which step failed.
        message = u"could not use the device's storage (%1); nothing was changed"_s.arg(e.detail());
        break;
    default:
        message = e.detail();
        break;
    }
    return error(code, message);
}

int CliApp::error(int code, const QString &message)
{
    if (m_json) {
        m_err << QJsonDocument(QJsonObject {{u"error"_s, message}}).toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        m_err << "barntid-cli: " << message << "\n";
    }
    return code;
}

int CliApp::usage(const QString &message)
{
    m_err << "barntid-cli: " << message << " (see --help)\n";
    return Usage;
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << "\n";
}

} // namespace barntid
