// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/reviewbook.h"
#include "store/storechanges.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace barntid {

/** One entry under review, read-only: its fields as readable text, its amendments, its history
 *  of versions and decisions, and (after a return was answered) what it said then beside what it
 *  says now. On a supervisor's device it approves or returns the current version; on the
 *  author's device it tells where the entry stands. Follows the store's change feed. */
class ReviewEntry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entity READ entity NOTIFY entryChanged)
    Q_PROPERTY(QString recordId READ recordId NOTIFY entryChanged)
    Q_PROPERTY(bool found READ found NOTIFY entryChanged)
    Q_PROPERTY(QString title READ title NOTIFY entryChanged)
    Q_PROPERTY(QString kindText READ kindText NOTIFY entryChanged)
    Q_PROPERTY(QString authorName READ authorName NOTIFY entryChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY entryChanged)
    Q_PROPERTY(QDateTime at READ at NOTIFY entryChanged)
    Q_PROPERTY(int version READ version NOTIFY entryChanged)
    /** toReview, returned or approved. */
    Q_PROPERTY(QString status READ status NOTIFY entryChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY entryChanged)
    /** Where the author's own entry stands; "" when nobody has decided on it. */
    Q_PROPERTY(QString authorStatusText READ authorStatusText NOTIFY entryChanged)
    /** The comment of the return the author is to answer; "" otherwise. */
    Q_PROPERTY(QString returnComment READ returnComment NOTIFY entryChanged)
    Q_PROPERTY(QDateTime returnedAt READ returnedAt NOTIFY entryChanged)
    /** [{label, value}] in display order. */
    Q_PROPERTY(QVariantList fields READ fields NOTIFY entryChanged)
    /** [{text, signedAt, isNew}], oldest first; isNew: added after the last decision. */
    Q_PROPERTY(QVariantList amendments READ amendments NOTIFY entryChanged)
    /** [{at, title, detail}], oldest first: the signing, each amendment, each decision. */
    Q_PROPERTY(QVariantList history READ history NOTIFY entryChanged)
    /** [{label, before, after}]: the entry as returned beside the entry now; empty unless the
     *  last return was answered. */
    Q_PROPERTY(QVariantList comparison READ comparison NOTIFY entryChanged)
    /** This device may approve or return the current version (a supervisor, not the author). */
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY entryChanged)
    Q_PROPERTY(bool decisionPending READ decisionPending NOTIFY entryChanged)
    /** Why this device's last decision did not go through; "" if it did. */
    Q_PROPERTY(QString refusedText READ refusedText NOTIFY entryChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ReviewEntry(QObject *parent = nullptr);

    /** Reads the entry (entity visit, contact or time_entry). */
    Q_INVOKABLE void load(const QString &entity, const QString &id);
    /** The entry a review of this device is about, as {entity, id}; {} if unknown (the
     *  needs-attention list names the review, the supervisor opens its entry). */
    Q_INVOKABLE QVariantMap targetOf(const QString &reviewId) const;
    /** Approves the version shown; false with errorText set if the store refused. */
    Q_INVOKABLE bool approve();
    /** Returns the version shown to its author with a comment (required). */
    Q_INVOKABLE bool sendBack(const QString &comment);

    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; }
    bool found() const { return m_item.has_value(); }
    QString title() const { return m_title; }
    QString kindText() const;
    QString authorName() const { return m_authorName; }
    QString caseId() const { return m_item ? m_item->caseId : QString(); }
    QDateTime at() const { return m_item ? m_item->at : QDateTime(); }
    int version() const { return m_item ? int(m_item->version) : 0; }
    QString status() const;
    QString statusText() const;
    QString authorStatusText() const;
    QString returnComment() const;
    QDateTime returnedAt() const;
    QVariantList fields() const;
    QVariantList amendments() const;
    QVariantList history() const;
    QVariantList comparison() const;
    bool canDecide() const;
    bool decisionPending() const { return m_item && m_item->decisionPending; }
    QString refusedText() const;
    QString errorText() const { return m_errorText; }

signals:
    void entryChanged();
    void errorTextChanged();

private:
    void reload();
    void onChanges(const StoreChangeList &changes);
    bool decide(const QString &decision, const QString &comment);
    void setErrorText(const QString &text);
    QString personName(const QString &userId) const;

    QString m_entity, m_id;
    std::optional<ReviewItem> m_item;
    QString m_title;
    QString m_authorName;
    bool m_masked = false;
    QString m_self;
    QString m_role;
    QHash<QString, QString> m_names;
    QString m_errorText;
};

} // namespace barntid
