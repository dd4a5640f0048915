// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace barntid {

class Clock;
class Store;

/** The app's one session with the encrypted store: first start, unlock, lock. Pages see only
 *  its state; the store behind it exists only while unlocked. */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { FirstStart, Locked, Open, KeyDestroyed };
    Q_ENUM(State)

    Session(const QString &dataDir, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    /** main.cpp (or a test) makes the session before QML loads; QML gets that instance. */
    static void setInstance(Session *session);
    static Session *create(QQmlEngine *, QJSEngine *);

    State state() const;
    /** The open store; nullptr while locked. C++ models only. */
    Store *store();

signals:
    void stateChanged();

private:
    std::unique_ptr<Store> m_store;
};

} // namespace barntid
