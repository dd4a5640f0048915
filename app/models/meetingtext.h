// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace barntid {

class StoreError;
struct Booking;
struct UnsentChange;

/** The words of the meeting screens, the worker's and the family's: days and times in
 *  Stockholm, a booking's state as the family and the worker see it, and each refusal (the
 *  device's and the server's) said plainly. English source text, Swedish through the catalogue. */
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)

public:
    /** "tisdag 8 december" in the app's language. */
    static QString day(const QDateTime &at);
    /** "17:00–17:45" */
    static QString span(const QDateTime &start, const QDateTime &end);
    /** "Kvällstid" */
    static QString afterHours();
    /** "Videomöte" or the place. */
    static QString where(bool video, const QString &place);

    /** A booking's state for the family: not sent yet, waiting for confirmation, confirmed,
     *  cancelled, or no longer free (the server refused the time). */
    static QString familyState(const Booking &b, const UnsentChange &unsent);
    /** For the worker: open, requested (a family asks), confirmed, not sent yet. */
    static QString workerState(const QString &state, bool unsent);
    /** A refusal by the server, by its code, for either user. */
    static QString refused(const QString &code);
    /** A refusal on this device (validation or the device's own check), in the user's words. */
    static QString storeError(const StoreError &error);
    /** "Du kan avboka till och med måndag 7 december kl. 17:00." */
    static QString cancelUntil(const QDateTime &until);
};

} // namespace barntid
