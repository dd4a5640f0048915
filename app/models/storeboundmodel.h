// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storechanges.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include <functional>

namespace barntid {

class Session;
class Store;
class StoreError;

/** The base of the list models over the store: it holds the session (a property, falling back to
 *  the registered one), reads the rows when the session opens, empties them when it locks, and on
 *  a store change it cares about reads them again and signals only the rows that differ (inserts,
 *  removals, moves, dataChanged), never a reset. Rows are known by a key (the record id).
 *  Subclasses write `public barntid::StoreBoundModel` (Qt 6.4's registrar drops an unqualified
 *  base in a namespace). */
class StoreBoundModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(barntid::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    /** A paged model has more rows than it shows; a view asks as it scrolls to the end. */
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** The session set, else the app's registered one. */
    Session *session() const;
    void setSession(Session *session);
    QString errorText() const { return m_errorText; }

    /** Reads the rows again. The feed does this after every change; kept for the day watcher. */
    Q_INVOKABLE void reload();
    /** Forgets the last error (a form opened anew starts without the old refusal). */
    Q_INVOKABLE void clearError() { setErrorText({}); }

signals:
    void sessionChanged();
    void errorTextChanged();
    void countChanged();
    /** After every read of the rows (a summary may follow them). */
    void loaded();

protected:
    explicit StoreBoundModel(QObject *parent);

    /** Subclass constructors call this last: follows the session and reads the rows. */
    void attach();
    /** The open store, or nullptr while locked or busy. */
    Store *store() const;
    /** Runs work; a StoreError becomes errorText in the user's words (Session::errorMessage).
     *  Returns whether the work ran through. */
    bool report(const std::function<void()> &work);
    /** As report, with the words chosen by the caller's text function. */
    bool report(
        const std::function<void()> &work, const std::function<QString(const StoreError &)> &words);
    void setErrorText(const QString &text);
    /** A user's write: work on the open store (a locked one refuses it); success clears the
     *  error text, a StoreError becomes it in the caller's words. */
    bool write(const std::function<void(Store &)> &work,
        const std::function<QString(const StoreError &)> &words);

    /** Whether a committed change may change the rows (by default: its entity is watched). */
    virtual bool concerns(const StoreChange &change) const;
    /** The entities whose changes concern this model. */
    virtual QStringList watchedEntities() const = 0;
    /** Reads every row from the open store, replacing what the subclass holds, and returns their
     *  keys in display order. Throws StoreError. */
    virtual QStringList load(Store &store) = 0;
    /** Drops every row (the session locked or the store failed). */
    virtual void clearRows() = 0;
    virtual QVariant value(const QString &key, int role) const = 0;
    /** Which of the loaded keys are shown (a search narrows them); all by default. */
    virtual QStringList shown(const QStringList &all) const { return all; }
    /** Called when the session leaves Open, before the rows go. */
    virtual void locked() { }

    /** Rows per page for a model read as the list scrolls (0: every row at once). */
    virtual int pageSize() const { return 0; }
    /** A paged model reads up to count rows that follow the last loaded key in its order, adds
     *  them to what it holds and returns their keys. Throws StoreError. */
    virtual QStringList loadMore(Store &store, int count);
    /** How many rows load() reads: the pages fetched so far and one more, which tells whether
     *  further rows exist (-1: all). */
    int readLimit() const;
    /** Back to the first page, for a list that now shows other rows. */
    void firstPage() { m_pages = 1; }

    /** All keys of the last load, in order, before shown() picked from them. */
    const QStringList &loadedKeys() const { return m_loaded; }
    QString keyAt(int row) const { return m_keys.value(row); }
    /** Shows shown(loadedKeys()) again without reading (after the search changed). */
    void reshow();

private:
    void bind();
    void onChanges(const StoreChangeList &changes);
    QHash<QString, QVariantList> snapshot() const;
    QVariantList rowValues(const QString &key) const;
    void showRows(const QStringList &next, const QHash<QString, QVariantList> &before);
    void removeMissing(const QStringList &next);
    void insertAndMove(const QStringList &next);

    QPointer<Session> m_session; // as set; null: the registered one
    QPointer<Session> m_bound; // the one the connections are on
    QList<QMetaObject::Connection> m_connections;
    QStringList m_loaded;
    QStringList m_keys; // shown, in order
    QString m_errorText;
    int m_pages = 1; // fetched so far, when paged
    bool m_hasMore = false;
    bool m_reloading = false;
};

} // namespace barntid
