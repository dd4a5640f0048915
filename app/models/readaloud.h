// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace barntid {

class Session;
class Speaker;

/** Reading aloud on demand in child mode (issue 16): the screen's words in the app's language,
 *  through the platform's speaker. Not available (the button hides) without a voice for that
 *  language. Anything being read stops when the session leaves Open (the tablet locks, is handed
 *  back or wiped). */
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** "sv" or "en": the language read in (the app's, Language.code). */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY availableChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)

public:
    ReadAloud(Session *session, std::unique_ptr<Speaker> speaker, QObject *parent = nullptr);
    ~ReadAloud() override;
    static ReadAloud *create(QQmlEngine *, QJSEngine *);
    /** The one QML gets; tests set theirs (with a recording speaker) before the engine asks. */
    static ReadAloud *instance();
    static void setInstance(ReadAloud *readAloud);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool available() const;
    bool speaking() const;
    QString backendName() const;

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

signals:
    void availableChanged();
    void speakingChanged();

private:
    QLocale locale() const;

    std::unique_ptr<Speaker> m_speaker;
    QString m_language = QStringLiteral("sv");
};

} // namespace barntid
