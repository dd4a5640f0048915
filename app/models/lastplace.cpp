// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/lastplace.h"

#include "models/session.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace barntid {

namespace {

const QString placeKey = QStringLiteral("ui_last_place");
const QStringList placeKeys {QStringLiteral("section"), QStringLiteral("caseId"),
    QStringLiteral("visitId"), QStringLiteral("fosterHomeId")};

// Ids and destination names only: a place never carries record text into the settings.
bool isIdLike(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{0,64}$"));
    return pattern.match(value).hasMatch();
}

} // namespace

LastPlace::LastPlace(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

LastPlace *LastPlace::create(QQmlEngine *, QJSEngine *)
{
    return new LastPlace(Session::instance());
}

void LastPlace::remember(const QVariantMap &place)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return;
    QJsonObject stored;
    for (const QString &key : placeKeys) {
        const QString value = place.value(key).toString();
        if (!value.isEmpty() && isIdLike(value))
            stored.insert(key, value);
    }
    try {
        store->setSetting(
            placeKey, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    } catch (const StoreError &) {
        // Losing the place costs a few taps after the next unlock, never data: not worth a dialog.
    }
}

QVariant LastPlace::recall() const
{
    Store *store = m_session ? m_session->store() : nullptr;
    QVariantMap place;
    try {
        if (store)
            place = QJsonDocument::fromJson(store->setting(placeKey).toUtf8())
                        .object()
                        .toVariantMap();
    } catch (const StoreError &) {
        place.clear();
    }
    return place;
}

void LastPlace::forget()
{
    remember({});
}

} // namespace barntid
