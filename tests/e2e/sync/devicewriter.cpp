// SPDX-License-Identifier: GPL-3.0-or-later
// barntid-e2e-writer --data DIR: a batch of local writes on a device's store, with exactly the
// repository calls of `barntid-cli case add / visit add / visit edit / visit sign`, but with one
// PIN unlock (Argon2id, ~0.2 s) for the whole batch instead of one per record. The fault tests
// need a thousand writes; syncing, status and lists still go through the real barntid-cli.
// Reads one JSON object per line on stdin, answers one per line on stdout:
//   {"cmd":"case","number":N,"child_name":C}          → {"id"}
//   {"cmd":"visit","case":ID|"case_ref":LINE,"kind":K,"note":T}  → {"id"}
//   {"cmd":"edit","id":ID|"ref":LINE,"note":T}        → {"id"}
//   {"cmd":"sign","id":ID|"ref":LINE}                 → {"id"}
// LINE is the index of an earlier line of the same batch. The first failure ends the run
// (exit 1, {"error"} on stderr); the store is left as the lines before it wrote it.
#include "domain/case.h"
#include "domain/clock.h"
#include "domain/visit.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

using namespace barntid;
using namespace Qt::StringLiterals;

namespace {

QString target(
    const QJsonObject &line, const QStringList &made, const QString &idKey, const QString &refKey)
{
    if (line.contains(refKey))
        return made.value(line.value(refKey).toInt(-1));
    return line.value(idKey).toString();
}

QString apply(Store &store, const QJsonObject &line, const QStringList &made)
{
    const QString cmd = line.value(u"cmd").toString();
    if (cmd == u"case") {
        Case c;
        c.caseNumber = line.value(u"number").toString();
        c.childName = line.value(u"child_name").toString();
        return Repository<Case>(store).create(c).meta.id;
    }
    VisitRepository visits(store);
    if (cmd == u"visit") {
        Visit v;
        v.caseId = target(line, made, u"case"_s, u"case_ref"_s);
        v.kind = line.value(u"kind").toString();
        v.note = line.value(u"note").toString();
        if (!Repository<Case>(store).find(v.caseId))
            throw StoreError(StoreErrorCode::NotFound, u"no case with id "_s + v.caseId);
        return visits.create(v).meta.id;
    }
    const QString id = target(line, made, u"id"_s, u"ref"_s);
    if (cmd == u"edit") {
        auto v = visits.find(id);
        if (!v)
            throw StoreError(StoreErrorCode::NotFound, u"no visit with id "_s + id);
        v->note = line.value(u"note").toString();
        visits.update(*v);
        return id;
    }
    if (cmd == u"sign")
        return visits.sign(id).meta.id;
    throw std::invalid_argument("unknown cmd " + cmd.toStdString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dataAt = args.indexOf(u"--data"_s);
    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    if (dataAt < 0 || dataAt + 1 >= args.size()) {
        err.write("usage: barntid-e2e-writer --data DIR < commands.jsonl\n");
        return 2;
    }
    QStringList made;
    try {
        Store store(args.at(dataAt + 1), systemClock());
        store.unlock(qEnvironmentVariable("BARNTID_PIN"));
        while (!in.atEnd()) {
            const QByteArray raw = in.readLine().trimmed();
            if (raw.isEmpty())
                continue;
            const QJsonObject line = QJsonDocument::fromJson(raw).object();
            made << apply(store, line, made);
            out.write(
                QJsonDocument(QJsonObject {{u"id"_s, made.last()}}).toJson(QJsonDocument::Compact)
                + '\n');
        }
    } catch (const std::exception &e) {
        err.write(QJsonDocument(QJsonObject {{u"error"_s, QString::fromUtf8(e.what())},
                                    {u"line"_s, made.size()}})
                      .toJson(QJsonDocument::Compact)
            + '\n');
        return 1;
    }
    return 0;
}
