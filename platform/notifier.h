// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace barntid {

/** The platform's notifications (a desktop notification service, later Android and iOS), so a
 *  meeting reminder reaches the user outside the app; Qt 6.4 has none of its own. */
class Notifier
{
public:
    virtual ~Notifier();
    /** Human-readable name of the backend ("none" when there is none). */
    virtual QString backendName() const = 0;
    /** A notification service is there now; when not, callers show their notice in the app. */
    virtual bool available() const = 0;
    /** Shows a notification, replacing the one shown earlier under the same id. Returns at
     *  once; the service is asked in the background. */
    virtual void show(const QString &id, const QString &title, const QString &body) = 0;
    /** Takes the notification shown under id away, if it is still there. */
    virtual void withdraw(const QString &id) = 0;
};

/** The notifier CMake chose for this platform; a null backend (never available) where there is
 *  none or no QCoreApplication runs. */
std::unique_ptr<Notifier> createNotifier();

} // namespace barntid
