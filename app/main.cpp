// SPDX-License-Identifier: GPL-3.0-or-later
// barntid: the tablet app. Deliberately thin: read the command line, pick the language and
// theme, make the session over the (locked) store, then load the QML module. Services (store,
// sync, platform) are wired here, in that order, before the engine loads, so no page ever sees
// a half-built core.
#include "domain/clock.h"
#include "models/language.h"
#include "models/reminders.h"
#include "models/session.h"
#include "models/synccontroller.h"
#include "platform/notifier.h"
#include "platform/positioning.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(BarntidPlugin)
Q_IMPORT_QML_PLUGIN(Barntid_ModelsPlugin)

namespace {

constexpr int exitUsage = 2;
constexpr int exitFailure = 1;
constexpr int probeTimeoutMs = 60'000;

// Counts QML warnings (console.warn/error and engine warnings) while --strict is active.
// A message handler is a plain function pointer, hence the file-local state.
int s_qmlWarnings = 0;
QtMessageHandler s_previousHandler = nullptr;

void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArrayView category(context.category ? context.category : "");
    const bool fromQml = category == "qml" || category == "js" || category.startsWith("qt.qml");
    if (fromQml && type != QtDebugMsg && type != QtInfoMsg)
        ++s_qmlWarnings;
    s_previousHandler(type, context, message);
}

int fail(const char *message, int code = exitFailure)
{
    std::fprintf(stderr, "barntid: %s\n", message);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Barntid"));
    QGuiApplication::setOrganizationName(QStringLiteral("Barntid"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Barntid: time with children."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("UI language: sv (default) or en. Overrides BARNTID_LANG."),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Start theme: light (default) or dark. Overrides BARNTID_THEME."),
        QStringLiteral("name"));
    const QCommandLineOption strictOption(
        QStringLiteral("strict"), QStringLiteral("Exit non-zero if QML warns while loading."));
    const QCommandLineOption probeOption(QStringLiteral("first-frame-probe"),
        QStringLiteral("Print the time to the first presented frame and quit."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Folder of the encrypted store. Overrides BARNTID_DATA."),
        QStringLiteral("dir"));
    const QCommandLineOption nmeaOption(QStringLiteral("nmea"),
        QStringLiteral("Replay this NMEA log as the position source (desktop demo, no GPS). "
                       "Overrides BARNTID_NMEA_FILE."),
        QStringLiteral("file"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Sync server offered at sign-in. Overrides BARNTID_SERVER_URL."),
        QStringLiteral("url"));
    parser.addOptions(
        {langOption, themeOption, strictOption, probeOption, dataOption, nmeaOption, serverOption});
    parser.process(app);

    const QString saved = barntid::Language::savedChoice();
    const QString language = parser.isSet(langOption) ? parser.value(langOption)
        : qEnvironmentVariableIsSet("BARNTID_LANG")   ? qEnvironmentVariable("BARNTID_LANG")
        : saved.isEmpty()                             ? QStringLiteral("sv")
                                                      : saved;
    if (language != u"sv" && language != u"en")
        return fail("unsupported language (use sv or en)", exitUsage);
    const QString theme = parser.isSet(themeOption)
        ? parser.value(themeOption)
        : qEnvironmentVariable("BARNTID_THEME", QStringLiteral("light"));
    if (theme != u"light" && theme != u"dark")
        return fail("unsupported theme (use light or dark)", exitUsage);

    barntid::Language uiLanguage(nullptr);
    if (!uiLanguage.apply(language))
        return fail("translation catalogue missing from the build");
    uiLanguage.setRemembered(true);
    barntid::Language::setInstance(&uiLanguage);
    const QLocale locale;
    // Qt's own strings (standard dialogs, input handling); optional, as on a minimal install.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qt"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QGuiApplication::installTranslator(&qtTranslator);

    // The store is closed until the user unlocks it; QML sees it only through the Session.
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption)
        : qEnvironmentVariableIsEmpty("BARNTID_DATA")
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : qEnvironmentVariable("BARNTID_DATA");
    if (dataDir.isEmpty())
        return fail("no folder for the data (use --data DIR)", exitUsage);
    if (parser.isSet(nmeaOption))
        barntid::setPositionReplayFile(parser.value(nmeaOption));
    barntid::Session session(dataDir, barntid::systemClock());
    barntid::Session::setInstance(&session);
    // Sync follows the session: its thread opens its own connection once the store is open.
    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : qEnvironmentVariable("BARNTID_SERVER_URL"));
    barntid::SyncController sync(&session, server, nullptr);
    barntid::SyncController::setInstance(&sync);
    // Meeting reminders: the platform's notifications where a service answers, else in the app.
    const std::unique_ptr<barntid::Notifier> notifier = barntid::createNotifier();
    barntid::Reminders reminders(&session, notifier.get());
    barntid::Reminders::setInstance(&reminders);

    QQuickStyle::setStyle(QStringLiteral("Material"));

    QQmlApplicationEngine engine;
    // Qt 6.4 places the module at qrc:/Barntid/ but does not search qrc:/ for imports.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setUiLanguage(language);
    uiLanguage.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("startDark"), theme == u"dark"}});

    const bool strict = parser.isSet(strictOption);
    if (strict) {
        s_previousHandler = qInstallMessageHandler(countQmlWarnings);
        QObject::connect(&engine, &QQmlEngine::warnings, &engine,
            [](const QList<QQmlError> &warnings) { s_qmlWarnings += warnings.size(); });
    }
    engine.load(QUrl(QStringLiteral("qrc:/Barntid/Main.qml")));
    if (strict)
        qInstallMessageHandler(s_previousHandler);

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return fail("could not load qrc:/Barntid/Main.qml");
    if (strict && s_qmlWarnings > 0) {
        std::fprintf(
            stderr, "barntid: %d QML warning(s) while loading (--strict)\n", s_qmlWarnings);
        return exitFailure;
    }

    if (parser.isSet(probeOption)) {
        // frameSwapped comes from the render thread; the context object makes it queued.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceMain] {
                std::printf("first frame: %lld ms since main\n",
                    static_cast<long long>(sinceMain.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(probeTimeoutMs, &app, [] {
            std::fprintf(stderr, "barntid: no frame within %d ms\n", probeTimeoutMs);
            QCoreApplication::exit(exitFailure);
        });
    }

    return QGuiApplication::exec();
}
