// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storeboundmodel.h"

#include <QQmlEngine>

namespace barntid {

/** What the searchable lists add to a store-bound model: the rows the search shows out of all
 *  rows, and the search that goes with the data on lock (it may hold a name).
 *  Subclasses write `public barntid::SearchableListModel`: Qt 6.4's type registrar drops an
 *  unqualified base in a namespace, and QML tooling then sees none of these properties. */
class SearchableListModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)

public:
    QString search() const { return m_search; }
    void setSearch(const QString &search);

signals:
    void searchChanged();

protected:
    explicit SearchableListModel(QObject *parent);

    /** Whether the row with this key matches the trimmed, non-empty search. */
    virtual bool matches(const QString &key, const QString &needle) const = 0;
    QStringList shown(const QStringList &all) const override;
    void locked() override;
    /** Every role of one row as a map, keyed by role name. */
    QVariantMap rowMap(const QString &key) const;

private:
    QString m_search;
};

} // namespace barntid
