// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>

#include <array>
#include <sodium.h>

namespace barntid {
namespace {

struct V7State
{
    QMutex mutex;
    qint64 lastMs = -1;
    quint16 counter = 0;
};

V7State &v7State()
{
    static V7State state;
    return state;
}

void ensureSodium()
{
    // Without a working system RNG no id would be safe to hand out.
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        qFatal("libsodium could not be initialised");
}

} // namespace

QString newId()
{
    ensureSodium();
    std::array<unsigned char, 16> b {};
    randombytes_buf(b.data(), b.size());

    qint64 ms = 0;
    quint16 seq = 0;
    {
        V7State &s = v7State();
        const QMutexLocker lock(&s.mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now > s.lastMs) {
            // A random start with the top bit clear leaves at least 2048 steps in this ms.
            s.lastMs = now;
            s.counter = quint16(((b[6] << 8) | b[7]) & 0x7ff);
        } else if (s.counter < 0xfff) {
            ++s.counter;
        } else {
            // Counter exhausted (or the wall clock went back): borrow the next millisecond so
            // the order still holds.
            ++s.lastMs;
            s.counter = 0;
        }
        ms = s.lastMs;
        seq = s.counter;
    }

    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<unsigned char>(0x70 | (seq >> 8));
    b[7] = static_cast<unsigned char>(seq & 0xff);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);

    const QByteArray hex
        = QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex();
    QString out = QString::fromLatin1(hex);
    out.insert(20, QLatin1Char('-'));
    out.insert(16, QLatin1Char('-'));
    out.insert(12, QLatin1Char('-'));
    out.insert(8, QLatin1Char('-'));
    return out;
}

bool isValidId(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-["
                       "0-9a-fA-F]{12}$"));
    return s.size() == 36 && re.match(s).hasMatch();
}

} // namespace barntid
