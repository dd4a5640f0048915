// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverharness.h"

#include <QDateTime>
#include <QJsonObject>

/** What the booking tests (issue 13) share: slots at chosen local times, the pulled copy of a
 *  record, a push result's code and version, and the database's change counter. */
namespace e2eserver::booking {

/** The time in Stockholm daysAhead days after the clock's local date. */
QDateTime local(const QDateTime &now, int daysAhead, int hour, int minute = 0);
/** The first weekday (1 = Monday) at least minDaysAhead days after now's local date. */
int daysUntil(const QDateTime &now, int weekday, int minDaysAhead);
QJsonObject slotAt(const QDateTime &start, int minutes,
    const QString &place = QStringLiteral("Kontoret"), bool video = false,
    const QString &link = {});
QJsonObject bookingOf(const QString &slotId, const QString &purpose = QStringLiteral("Samtal"));
QJsonObject pulledRecord(Device &d, const QString &entity, const QString &id);
QString errorCode(const HttpResponse &push, int i = 0);
QString errorMessage(const HttpResponse &push, int i = 0);
qint64 versionOf(const HttpResponse &push, int i = 0);
/** The last seq handed out: it moves with every change row written. */
qint64 lastSeq(ServerFixture &f);
QString text(const QJsonObject &o, const char *field);

} // namespace e2eserver::booking
