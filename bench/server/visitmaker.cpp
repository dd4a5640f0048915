// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitmaker.h"

#include "domain/case.h"
#include "domain/ids.h"
#include "domain/timeformat.h"
#include "domain/visit.h"

#include <QJsonDocument>

#include <array>

namespace barntid::bench {

namespace {

const std::array<const char *, 12> noteSentences {
    "Hembesök i familjehemmet tillsammans med familjehemssekreteraren.",
    "Barnet var piggt och visade stolt upp sitt rum och sina nya böcker.",
    "Vi pratade om skolan, kompisarna och fotbollsträningen på tisdagar.",
    "Familjehemsmamman berättar att sömnen har blivit bättre sedan förra besöket.",
    "Barnet önskar träffa sin mormor oftare och vill ringa henne på helgerna.",
    "Läxorna går bra men matematiken känns svår ibland, skolan har erbjudit stöd.",
    "Vi kom överens om att följa upp kontakten med skolkuratorn före nästa möte.",
    "Stämningen i hemmet upplevdes lugn, varm och trygg under hela besöket.",
    "Barnet har börjat i scouterna och tycker om att vara ute i skogen.",
    "En del av samtalet hölls utan familjehemmets närvaro, enligt vårdplanen.",
    "Umgänget med pappa fungerar enligt överenskommelsen, varannan lördag.",
    "Inga nya oroande uppgifter framkom; nästa besök planeras om fyra veckor.",
};

const std::array<const char *, 6> childSentences {
    "Jag gillar att bo här, men jag saknar min lillebror.",
    "Det är roligt i skolan nu, fröken är snäll.",
    "Jag vill spela fotboll mer och kanske börja simma.",
    "Ibland är jag ledsen på kvällarna men det går över.",
    "Jag vill att mamma kommer på min födelsedag.",
    "Hunden Sigge är min bästa kompis här.",
};

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

VisitMaker::VisitMaker(quint32 seed)
    : m_random(seed)
{ }

QString VisitMaker::note()
{
    QString text;
    while (text.size() < 280) {
        if (!text.isEmpty())
            text += u' ';
        text += QString::fromUtf8(noteSentences.at(m_random.bounded(int(noteSentences.size()))));
    }
    return text;
}

QString VisitMaker::childWords()
{
    return QString::fromUtf8(childSentences.at(m_random.bounded(int(childSentences.size()))));
}

protocol::Mutation VisitMaker::newCase(const QString &userId, const QString &deviceId)
{
    Case c;
    c.meta.id = newId();
    c.meta.createdAt = c.meta.updatedAt = QDateTime::currentDateTimeUtc();
    c.meta.authorId = userId;
    c.meta.deviceId = deviceId;
    c.caseNumber = QStringLiteral("BENCH-%1").arg(++m_cases);
    c.childName = QStringLiteral("Bench B.");
    c.birthYear = 2014;
    return protocol::Mutation {
        newId(), QStringLiteral("case"), protocol::Op::Upsert, c.meta.id, std::nullopt, c.toJson()};
}

protocol::Mutation VisitMaker::newVisit(
    const QString &caseId, const QString &userId, const QString &deviceId)
{
    Visit v;
    v.meta.id = newId();
    v.meta.createdAt = v.meta.updatedAt = QDateTime::currentDateTimeUtc();
    v.meta.authorId = userId;
    v.meta.deviceId = deviceId;
    v.caseId = caseId;
    v.kind = QStringLiteral("home");
    const QDateTime start = QDateTime(QDate::currentDate().addDays(-m_random.bounded(1, 90)),
        QTime(8 + m_random.bounded(8), 0), Qt::UTC);
    v.actualStart = start;
    v.actualEnd = start.addSecs(60 * (45 + m_random.bounded(60)));
    v.note = note();
    v.childWords = childWords();
    v.status = QStringLiteral("draft");
    return protocol::Mutation {newId(), QStringLiteral("visit"), protocol::Op::Upsert, v.meta.id,
        std::nullopt, v.toJson()};
}

QVariantList VisitMaker::storedRow(
    const protocol::Mutation &m, qint64 seq, const QString &userId, const QString &deviceId)
{
    const QString now = toRfc3339(QDateTime::currentDateTimeUtc());
    QJsonObject data = m.data;
    data.insert(QStringLiteral("id"), m.id);
    data.insert(QStringLiteral("version"), 1);
    data.insert(QStringLiteral("author_id"), userId);
    data.insert(QStringLiteral("device_id"), deviceId);
    data.insert(QStringLiteral("deleted"), false);
    if (!data.value(QLatin1StringView("created_at")).isString())
        data.insert(QStringLiteral("created_at"), now);
    if (!data.value(QLatin1StringView("updated_at")).isString())
        data.insert(QStringLiteral("updated_at"), now);
    const QString caseId = m.entity == u"case" ? m.id : data.value(u"case_id").toString();
    return {m.entity, m.id, qint64(1), seq, 0, 0, orNull(userId), orNull(deviceId), orNull(caseId),
        orNull(data.value(u"foster_home_id").toString()), orNull(QString()),
        QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now};
}

} // namespace barntid::bench
