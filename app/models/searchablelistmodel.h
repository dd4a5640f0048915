// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace barntid {

/** What the searchable lists share: all rows vs the rows the search shows, the search that goes
 *  with the data on lock (it may hold a name), reloading on unlock and after a sync.
 *  Subclasses write `public barntid::SearchableListModel`: Qt 6.4's type registrar drops an
 *  unqualified base in a namespace, and QML tooling then sees none of these properties. */
class SearchableListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString errorText() const { return m_errorText; }

    /** Reads the rows again (after a change, or on returning to the list). */
    Q_INVOKABLE virtual void reload() = 0;

signals:
    void searchChanged();
    void errorTextChanged();
    void countChanged();

protected:
    explicit SearchableListModel(QObject *parent);

    /** Rows before the search, and a row's roles by its index among them. */
    virtual int sourceCount() const = 0;
    virtual QVariant value(int source, int role) const = 0;
    virtual bool matches(int source, const QString &needle) const = 0;
    /** Picks the shown rows again; inside begin/endResetModel. */
    void applySearch();
    /** Every role of one source row as a map, keyed by role name. */
    QVariantMap rowMap(int source) const;
    void setErrorText(const QString &text);

private:
    QList<int> m_shown; // indexes of source rows
    QString m_search;
    QString m_errorText;
};

} // namespace barntid
