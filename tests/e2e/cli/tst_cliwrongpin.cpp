// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong PINs through barntid-cli: exit 3 with the tries left, then a delay that refuses every
// PIN, the right one included, with exit 4. (Ten wrong PINs destroying the key is a unit test with
// a manual clock: the real delays here are minutes.)
#include "e2esupport.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString rightPin = u"920417"_s;
const QString wrongPin = u"920418"_s;
constexpr int wrongPinExit = 3;
constexpr int lockedOutExit = 4;

} // namespace

class TestCliWrongPin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPinsThenDelay();

private:
    /** Milliseconds until the key file accepts the next try (negative: already). */
    qint64 msUntilNextTry() const;
    /** Skips when this run came too late to land inside the delay (a very slow machine). */
    bool insideDelay(qint64 marginMs);

    QTemporaryDir m_tmp;
    QString m_dir;
};

void TestCliWrongPin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"data"_s);
    const e2e::Run r = e2e::runCli(m_dir, {u"init"_s}, rightPin);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());
}

qint64 TestCliWrongPin::msUntilNextTry() const
{
    // The key file holds no secret in the clear; "not_before" is when the next try is accepted.
    const QJsonObject key
        = QJsonDocument::fromJson(e2e::readFile(QDir(m_dir).filePath(u"key.json"_s))).object();
    return qint64(key.value(u"not_before").toDouble()) - QDateTime::currentMSecsSinceEpoch();
}

void TestCliWrongPin::wrongPinsThenDelay()
{
    const QStringList check {u"unlock-check"_s};

    // The right PIN works: what follows is refused because of the wrong ones, nothing else.
    e2e::Run r = e2e::runCli(m_dir, check, rightPin);
    QVERIFY2(r.exitedNormally() && r.exitCode == 0, r.describe().constData());

    // One typo costs a try but no wait.
    r = e2e::runCli(m_dir, check, wrongPin);
    QVERIFY2(r.exitedNormally() && r.exitCode == wrongPinExit, r.describe().constData());
    QVERIFY2(r.oneErrorLine(), r.describe().constData());
    QVERIFY2(
        r.err.contains("wrong PIN") && r.err.contains(" 9 tries left"), r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());

    // The second one starts the delay and says how long it is.
    r = e2e::runCli(m_dir, check, wrongPin);
    QVERIFY2(r.exitedNormally() && r.exitCode == wrongPinExit, r.describe().constData());
    QVERIFY2(r.oneErrorLine(), r.describe().constData());
    QVERIFY2(
        r.err.contains("wrong PIN") && r.err.contains(" 8 tries left"), r.describe().constData());
    QVERIFY2(QRegularExpression(u"wait \\d+ s"_s).match(QString::fromUtf8(r.err)).hasMatch(),
        r.describe().constData());
    QVERIFY2(msUntilNextTry() > 0, "the second wrong PIN set no delay in the key file");

    // Straight away again: refused before the PIN is even looked at.
    if (!insideDelay(300))
        return;
    r = e2e::runCli(m_dir, check, wrongPin);
    QVERIFY2(r.exitedNormally() && r.exitCode == lockedOutExit, r.describe().constData());
    QVERIFY2(r.oneErrorLine(), r.describe().constData());
    QVERIFY2(
        QRegularExpression(u"try again in \\d+ s"_s).match(QString::fromUtf8(r.err)).hasMatch(),
        r.describe().constData());

    // The delay is for everyone: the right PIN, too soon, is refused the same way, for any command.
    for (const QStringList &command : {check, QStringList {u"visit"_s, u"list"_s}}) {
        if (!insideDelay(300))
            return;
        r = e2e::runCli(m_dir, command, rightPin);
        QVERIFY2(r.exitedNormally() && r.exitCode == lockedOutExit, r.describe().constData());
        QVERIFY2(r.oneErrorLine() && r.err.contains("try again in"), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    }
}

bool TestCliWrongPin::insideDelay(qint64 marginMs)
{
    const qint64 left = msUntilNextTry();
    if (left >= marginMs)
        return true;
    // QSKIP returns from this helper only; the caller returns on false.
    QTest::qSkip(qPrintable(u"this machine took so long between two CLI runs that the %1 ms left "
                            "of the delay are too few to test inside it"_s.arg(left)),
        __FILE__, __LINE__);
    return false;
}

QTEST_GUILESS_MAIN(TestCliWrongPin)
#include "tst_cliwrongpin.moc"
