// SPDX-License-Identifier: GPL-3.0-or-later
// The speaker child mode reads aloud with (issue 16), against a real speech-dispatcher the test
// starts on a private socket: with Debian's espeak-ng voice module Swedish is there, so the Läs
// upp button shows; for a language without a voice, or with no daemon at all, it is not, so the
// button hides.
// libspeechd finds the private daemon through SPEECHD_ADDRESS.
#include "platform/speaker.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace barntid;
using namespace Qt::StringLiterals;

class TestSpeaker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_daemon;
    std::unique_ptr<QProcess> m_speechd;

    QString socketPath() const { return m_dir.filePath(u"speechd.sock"_s); }

    /** Starts a private speech-dispatcher with the system's voice modules and waits until its
     *  socket exists. */
    bool startDaemon()
    {
        QFile::remove(socketPath());
        m_speechd = std::make_unique<QProcess>();
        // It talks a lot on its own and its modules' output; the test reads only its result.
        m_speechd->setProcessChannelMode(QProcess::MergedChannels);
        m_speechd->setStandardOutputFile(m_dir.filePath(u"speechd-output.txt"_s));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"run"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_speechd->setProcessEnvironment(env);
        QStringList args {u"--run-single"_s, u"--timeout"_s, u"0"_s, u"--log-level"_s, u"1"_s,
            u"--log-dir"_s, m_dir.filePath(u"log"_s), u"--communication-method"_s, u"unix_socket"_s,
            u"--socket-path"_s, socketPath()};
        m_speechd->start(m_daemon, args);
        if (!m_speechd->waitForStarted(10'000))
            return false;
        // Until its socket is there, or it gave up.
        return QTest::qWaitFor(
                   [&] {
                       return QFileInfo::exists(socketPath())
                           || m_speechd->state() != QProcess::Running;
                   },
                   10'000)
            && QFileInfo::exists(socketPath());
    }
    void stopDaemon()
    {
        if (!m_speechd)
            return;
        m_speechd->terminate();
        if (!m_speechd->waitForFinished(10'000))
            m_speechd->kill();
        m_speechd.reset();
        QFile::remove(socketPath());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *sub : {"home", "run", "config", "log"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
        QVERIFY(QFile::setPermissions(
            m_dir.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // This process must never reach (or autospawn) a daemon of the machine's user.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(u"run"_s).toUtf8());
        qputenv("SPEECHD_ADDRESS", ("unix_socket:" + socketPath()).toUtf8());
        if (createSpeaker()->backendName() == u"none")
            QSKIP("This build has no Qt TextToSpeech (qt6-speech-dev, scripts/setup installs it)");
        m_daemon = QStandardPaths::findExecutable(u"speech-dispatcher"_s);
        if (m_daemon.isEmpty())
            QSKIP("speech-dispatcher is not installed (scripts/setup installs it)");
        if (!QFileInfo::exists(u"/usr/lib/speech-dispatcher-modules/sd_espeak-ng"_s))
            QSKIP("speech-dispatcher-espeak-ng is not installed (scripts/setup installs it)");
    }

    void cleanup() { stopDaemon(); }

    void test_swedishVoiceWithEspeak()
    {
        QVERIFY2(startDaemon(), "the private speech-dispatcher did not come up");
        std::unique_ptr<Speaker> speaker = createSpeaker();
        QVERIFY2(speaker->backendName().contains(u"speechd"_s), qPrintable(speaker->backendName()));
        QVERIFY(speaker->hasVoice(QLocale(QLocale::Swedish)));
        QVERIFY(speaker->hasVoice(QLocale(QLocale::English)));
        // A language espeak-ng has no voice for: the button would hide, not read in another.
        QVERIFY(!speaker->hasVoice(QLocale(QLocale::Zulu)));
        QVERIFY(!speaker->speaking());
        // Reading and stopping must not wedge the engine, even with no sound card to play on
        // (whether it is heard is the sound card's business, so speaking() is not asked here).
        speaker->say(u"Hur har du det hemma?"_s, QLocale(QLocale::Swedish));
        speaker->stop();
        QVERIFY(speaker->hasVoice(QLocale(QLocale::Swedish)));
        QVERIFY(m_speechd->state() == QProcess::Running);
    }

    void test_noDaemonNoVoice()
    {
        std::unique_ptr<Speaker> speaker = createSpeaker();
        QVERIFY(!speaker->hasVoice(QLocale(QLocale::Swedish)));
        speaker->say(u"Hur har du det hemma?"_s, QLocale(QLocale::Swedish));
        QVERIFY(!speaker->speaking());
        QVERIFY(!QFileInfo::exists(socketPath()));
    }
};

QTEST_GUILESS_MAIN(TestSpeaker)
#include "tst_speaker.moc"
