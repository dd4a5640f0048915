// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/qtkeychainstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <atomic>

namespace barntid {

namespace {

// One service name for every entry; the entry names say which store they belong to.
const QString kService = QStringLiteral("Barntid");

enum class JobKind { Read, Write, Remove };

/** One job's result, shared by the waiting caller and the keychain thread, so a job that
 *  answers after its caller gave up still has somewhere safe to write. */
struct Outcome
{
    enum State { Pending, Finished, Abandoned };
    QSemaphore done;
    std::atomic<int> state {Pending};
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

/** The one thread every QtKeychain job runs on. QtKeychain queues its jobs in a process-wide
 *  executor that lives in the thread that first used it, and libsecret answers through that
 *  thread's GLib context, so the thread must outlive every job: the short-lived unlock threads
 *  cannot be it. Stopped when the application object goes away. */
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread *s = [] {
            auto *t = new KeychainThread; // never deleted: a stuck job may still point into it
            qAddPostRoutine(&KeychainThread::stop);
            return t;
        }();
        return *s;
    }

    /** Runs one job and waits up to timeout; Failed without trying while an earlier job is
     *  still stuck, since QtKeychain would queue this one behind it. */
    std::shared_ptr<Outcome> run(
        JobKind kind, const QString &key, const QByteArray &data, std::chrono::milliseconds timeout)
    {
        if (m_stuck.load() > 0 || !m_thread.isRunning())
            return nullptr;
        auto outcome = std::make_shared<Outcome>();
        QMetaObject::invokeMethod(
            m_context, [this, outcome, kind, key, data] { start(outcome, kind, key, data); },
            Qt::QueuedConnection);
        if (outcome->done.tryAcquire(1, int(timeout.count())))
            return outcome;
        int expected = Outcome::Pending;
        if (outcome->state.compare_exchange_strong(expected, Outcome::Abandoned)) {
            m_stuck.fetch_add(1);
            return nullptr;
        }
        outcome->done.acquire(); // it answered just now
        return outcome;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }

    static void stop()
    {
        KeychainThread &t = instance();
        t.m_thread.quit();
        t.m_thread.wait(3000);
    }

    void start(const std::shared_ptr<Outcome> &outcome, JobKind kind, const QString &key,
        const QByteArray &data)
    {
        QKeychain::Job *job = nullptr;
        if (kind == JobKind::Read) {
            job = new QKeychain::ReadPasswordJob(kService);
        } else if (kind == JobKind::Write) {
            auto *write = new QKeychain::WritePasswordJob(kService);
            write->setBinaryData(data);
            job = write;
        } else {
            job = new QKeychain::DeletePasswordJob(kService);
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // DESIGN.md §5: never secrets in a plain settings file
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [this, outcome](QKeychain::Job *j) {
            outcome->error = j->error();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome->data = read->binaryData();
            if (outcome->state.exchange(Outcome::Finished) == Outcome::Abandoned)
                m_stuck.fetch_sub(1); // the caller gave up long ago; the queue moves again
            else
                outcome->done.release();
        });
        job->start();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    std::atomic<int> m_stuck {0};
};

} // namespace

QtKeychainStore::QtKeychainStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

QString QtKeychainStore::backendName() const
{
    if (!available())
        return QStringLiteral("none");
#if defined(Q_OS_ANDROID)
    return QStringLiteral("Android Keystore");
#elif defined(Q_OS_DARWIN)
    return QStringLiteral("Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    // QtKeychain prefers KWallet on a KDE desktop and the freedesktop secret service elsewhere.
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("KDE"))
        ? QStringLiteral("KWallet")
        : QStringLiteral("Secret Service");
#endif
}

bool QtKeychainStore::available() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_available)
        m_available = const_cast<QtKeychainStore *>(this)->probe();
    return *m_available;
}

bool QtKeychainStore::probe()
{
    // Only a keystore that stored, returned and removed a value counts: a library that loads
    // but has no service behind it (CI, a headless Linux) must leave the app at "none".
    const QString name = QStringLiteral("probe");
    QByteArray value(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(value.data()), 4);
    const auto written = KeychainThread::instance().run(JobKind::Write, name, value, m_timeout);
    if (!written || written->error != QKeychain::NoError)
        return false;
    const auto read = KeychainThread::instance().run(JobKind::Read, name, {}, m_timeout);
    const bool same = read && read->error == QKeychain::NoError && read->data == value;
    const auto removed = KeychainThread::instance().run(JobKind::Remove, name, {}, m_timeout);
    return same && removed && removed->error == QKeychain::NoError;
}

bool QtKeychainStore::store(const QString &name, const QByteArray &secret)
{
    if (!available())
        return false;
    const auto outcome = KeychainThread::instance().run(JobKind::Write, name, secret, m_timeout);
    return outcome && outcome->error == QKeychain::NoError;
}

KeyStore::Entry QtKeychainStore::load(const QString &name)
{
    Entry entry;
    if (!available())
        return entry;
    const auto outcome = KeychainThread::instance().run(JobKind::Read, name, {}, m_timeout);
    if (!outcome)
        return entry;
    if (outcome->error == QKeychain::NoError) {
        entry.status = Status::Ok;
        entry.secret = outcome->data;
    } else if (outcome->error == QKeychain::EntryNotFound) {
        entry.status = Status::NotFound;
    }
    return entry;
}

bool QtKeychainStore::remove(const QString &name)
{
    if (!available())
        return false;
    const auto outcome = KeychainThread::instance().run(JobKind::Remove, name, {}, m_timeout);
    return outcome
        && (outcome->error == QKeychain::NoError || outcome->error == QKeychain::EntryNotFound);
}

} // namespace barntid
