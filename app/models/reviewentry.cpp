// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reviewentry.h"

#include "models/problemtext.h"
#include "models/reviewtext.h"
#include "models/session.h"
#include "models/teamroster.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace barntid {

namespace {

using Status = ReviewState::Status;

Store *openStore()
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

QStringList shownFields(const QString &entity)
{
    QStringList fields = ProblemText::comparedFields(entity);
    fields.removeAll(QStringLiteral("status")); // every reviewed visit is signed
    return fields;
}

QString amendmentTexts(const QJsonArray &amendments)
{
    QStringList texts;
    for (const QJsonValue &a : amendments)
        texts << a.toObject().value(QLatin1StringView("text")).toString();
    return texts.isEmpty() ? QStringLiteral("–") : texts.join(QStringLiteral("\n\n"));
}

} // namespace

ReviewEntry::ReviewEntry(QObject *parent)
    : QObject(parent)
{
    if (Session *session = activeSession()) {
        connect(session, &Session::stateChanged, this, &ReviewEntry::reload);
        connect(&session->changes(), &StoreChanges::committed, this, &ReviewEntry::onChanges);
    }
}

void ReviewEntry::load(const QString &entity, const QString &id)
{
    m_entity = entity;
    m_id = id;
    reload();
}

void ReviewEntry::onChanges(const StoreChangeList &changes)
{
    static const QStringList watched {QStringLiteral("visit"), QStringLiteral("visit_amendment"),
        QStringLiteral("contact"), QStringLiteral("time_entry"), QStringLiteral("review"),
        StoreChange::outbox};
    for (const StoreChange &c : changes) {
        if (watched.contains(c.entity)) {
            reload();
            return;
        }
    }
}

void ReviewEntry::reload()
{
    m_item.reset();
    m_title.clear();
    m_authorName.clear();
    m_names.clear();
    Store *store = openStore();
    if (store && !m_id.isEmpty()) {
        try {
            m_self = store->userId();
            m_role = store->setting(QStringLiteral("user_role"));
            m_names = TeamRoster::namesIn(*store);
            m_item = ReviewBook(*store).item(m_entity, m_id);
            if (m_item) {
                const ReviewTitles titles(*store);
                m_title = titles.title(*m_item);
                m_masked = titles.masked(*m_item);
                m_authorName = personName(m_item->authorId);
            }
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    emit entryChanged();
}

QString ReviewEntry::personName(const QString &userId) const
{
    if (!userId.isEmpty() && userId == m_self)
        return tr("You");
    return m_names.value(userId, ReviewText::unknownPerson());
}

QString ReviewEntry::kindText() const
{
    return m_item ? ReviewText::kind(*m_item) : QString();
}

QString ReviewEntry::status() const
{
    return m_item ? ReviewText::statusCode(*m_item) : QString();
}

QString ReviewEntry::statusText() const
{
    return m_item ? ReviewText::status(*m_item) : QString();
}

QString ReviewEntry::authorStatusText() const
{
    return m_item ? ReviewText::authorStatus(*m_item) : QString();
}

QString ReviewEntry::returnComment() const
{
    if (!m_item || m_item->state.status != Status::Returned)
        return {};
    return m_item->state.latest->comment;
}

QDateTime ReviewEntry::returnedAt() const
{
    if (!m_item || m_item->state.status != Status::Returned)
        return {};
    return m_item->state.latest->meta.createdAt;
}

QVariantList ReviewEntry::fields() const
{
    QVariantList list;
    if (!m_item)
        return list;
    if (m_item->entity == u"visit")
        list.append(QVariantMap {{QStringLiteral("label"), tr("Kind of visit")},
            {QStringLiteral("value"), UiText::visitKind(m_item->kind)}});
    for (const QString &field : shownFields(m_entity)) {
        list.append(QVariantMap {{QStringLiteral("label"), ProblemText::fieldLabel(field)},
            {QStringLiteral("value"),
                ProblemText::fieldValue(m_entity, field, m_item->record, m_masked)}});
    }
    return list;
}

QVariantList ReviewEntry::amendments() const
{
    QVariantList list;
    if (!m_item)
        return list;
    const QDateTime decidedAt
        = m_item->state.latest ? m_item->state.latest->meta.createdAt : QDateTime();
    for (const VisitAmendment &a : m_item->amendments) {
        list.append(
            QVariantMap {{QStringLiteral("text"), a.text}, {QStringLiteral("signedAt"), a.signedAt},
                {QStringLiteral("isNew"), decidedAt.isValid() && a.meta.createdAt > decidedAt}});
    }
    return list;
}

QVariantList ReviewEntry::history() const
{
    struct Event
    {
        QDateTime at;
        QString title, detail;
    };
    QList<Event> events;
    if (!m_item)
        return {};
    if (m_item->entity == u"visit")
        events.append({m_item->at, tr("Signed by %1").arg(m_authorName), {}});
    else
        events.append(
            {m_item->record.value(QLatin1StringView("created_at")).toVariant().toDateTime(),
                tr("Registered by %1").arg(m_authorName), {}});
    for (const VisitAmendment &a : m_item->amendments)
        events.append(
            {a.meta.createdAt, tr("Amendment by %1").arg(personName(a.meta.authorId)), a.text});
    for (const Review &r : m_item->reviews) {
        const QString who = r.reviewerId.isEmpty() ? tr("You") : personName(r.reviewerId);
        events.append({r.meta.createdAt,
            tr("%1 by %2 (version %3)")
                .arg(ReviewText::decision(r.decision), who)
                .arg(r.targetVersion),
            r.comment});
    }
    std::stable_sort(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    QVariantList list;
    for (const Event &e : events)
        list.append(QVariantMap {{QStringLiteral("at"), e.at}, {QStringLiteral("title"), e.title},
            {QStringLiteral("detail"), e.detail}});
    return list;
}

QVariantList ReviewEntry::comparison() const
{
    QVariantList list;
    if (!m_item || !m_item->state.latest || m_item->state.latest->decision != Review::returned)
        return list;
    if (!m_item->state.changedSinceDecision && !m_item->answered)
        return list;
    const QJsonObject before
        = QJsonDocument::fromJson(m_item->state.latest->targetSnapshot.toUtf8()).object();
    if (before.isEmpty())
        return list; // the server's copy of what was returned has not arrived yet
    for (const QString &field : shownFields(m_entity)) {
        const QString was = ProblemText::fieldValue(m_entity, field, before, m_masked);
        const QString now = ProblemText::fieldValue(m_entity, field, m_item->record, m_masked);
        list.append(QVariantMap {{QStringLiteral("label"), ProblemText::fieldLabel(field)},
            {QStringLiteral("before"), was}, {QStringLiteral("after"), now},
            {QStringLiteral("changed"), was != now}});
    }
    if (m_entity == u"visit") {
        QJsonArray current;
        for (const VisitAmendment &a : m_item->amendments)
            current.append(QJsonObject {{QStringLiteral("text"), a.text}});
        const QString was = amendmentTexts(before.value(QLatin1StringView("amendments")).toArray());
        const QString now = amendmentTexts(current);
        list.append(QVariantMap {{QStringLiteral("label"), tr("Amendments")},
            {QStringLiteral("before"), was}, {QStringLiteral("after"), now},
            {QStringLiteral("changed"), was != now}});
    }
    return list;
}

bool ReviewEntry::canDecide() const
{
    return m_item && m_role == u"supervisor" && m_item->authorId != m_self
        && m_item->state.status == Status::ToReview && !m_item->decisionPending;
}

QString ReviewEntry::refusedText() const
{
    return m_item && !m_item->refusedCode.isEmpty() ? ReviewText::refused(m_item->refusedCode)
                                                    : QString();
}

QVariantMap ReviewEntry::targetOf(const QString &reviewId) const
{
    Store *store = openStore();
    if (!store)
        return {};
    try {
        if (const std::optional<Review> r = Repository<Review>(*store).find(reviewId))
            return {
                {QStringLiteral("entity"), r->targetEntity}, {QStringLiteral("id"), r->targetId}};
    } catch (const StoreError &) {
        return {}; // nothing to open
    }
    return {};
}

bool ReviewEntry::approve()
{
    return decide(QString(Review::approved), {});
}

bool ReviewEntry::sendBack(const QString &comment)
{
    if (comment.trimmed().isEmpty()) {
        setErrorText(tr("Write what the social worker should correct or add."));
        return false;
    }
    return decide(QString(Review::returned), comment);
}

bool ReviewEntry::decide(const QString &decision, const QString &comment)
{
    Store *store = openStore();
    if (!store || !canDecide())
        return false;
    try {
        ReviewBook(*store).decide(*m_item, decision, comment);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    reload();
    return true;
}

void ReviewEntry::setErrorText(const QString &text)
{
    if (text != m_errorText) {
        m_errorText = text;
        emit errorTextChanged();
    }
}

} // namespace barntid
