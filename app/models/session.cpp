// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/session.h"

#include "store/store.h"

namespace barntid {

namespace {
Session *s_instance = nullptr;
}

Session::Session(const QString &dataDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<Store>(dataDir, clock))
{
}

Session::~Session()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::setInstance(Session *session)
{
    s_instance = session;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Session::State Session::state() const
{
    return static_cast<State>(m_store->state());
}

Store *Session::store()
{
    return m_store->isOpen() ? m_store.get() : nullptr;
}

} // namespace barntid
