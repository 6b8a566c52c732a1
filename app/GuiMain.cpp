#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "OcrEngineFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// QApplication aborts without a display; say what to do instead.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("GlyphLab %s\n", GLYPHLAB_VERSION);
            return 0;
        }
    }
    if (!displayAvailable()) {
        std::fprintf(stderr,
                     "glyphlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
                     "window cannot open.\nRun it in a desktop session, or work headless with "
                     "glyphlab-cli (for example: glyphlab-cli demo).\n");
        return 2;
    }

    QApplication app(argc, argv);
    ApplicationSetup::configure(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.glyphlab.GlyphLab"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("org.glyphlab.GlyphLab"));
    if (icon.isNull()) {
        const QDir icons(QStringLiteral(":/icons"));
        for (const QString &file : icons.entryList(QDir::Files))
            icon.addFile(icons.filePath(file));
    }
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "GlyphLab: restore the text in photos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "Open the bundled demo photo and restore its marked regions."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "After the demo restoration, save a picture of the window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOptions({demoOption, screenshotOption});
    parser.addPositionalArgument(QStringLiteral("photo"), QApplication::translate("main", "A photo or a .glyphlab project to open."));
    parser.process(app);

    MainWindow window;
    // PP-OCR reads scene text far better than Tesseract; Tesseract is always installed.
    const auto ppocr = OcrEngineFactory::create(QStringLiteral("ppocr"));
    const QString ocrEngine = ppocr && ppocr->isAvailable(nullptr) ? QStringLiteral("ppocr") : QStringLiteral("tesseract");
    window.setOcrEngineProvider([](const QString &id) { return OcrEngineFactory::create(id); }, ocrEngine);
    QList<QPair<QString, QString>> engines;
    for (const QString &id : OcrEngineFactory::ids()) {
        const auto engine = OcrEngineFactory::create(id);
        if (engine && engine->isAvailable(nullptr))
            engines.append({id, engine->displayName()});
    }
    window.setOcrEngineChoices(engines);
    window.show();

    if (parser.isSet(demoOption)) {
        window.showMe(0, QString());
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openPhoto(parser.positionalArguments().constFirst());
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto grabAndQuit = [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                         qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        };
        if (window.isRunning())
            QObject::connect(&window, &MainWindow::queueFinished, &window,
                             [grabAndQuit] { QTimer::singleShot(200, grabAndQuit); });
        else
            QTimer::singleShot(500, grabAndQuit);
    }
    return app.exec();
}
