#include "ApplicationSetup.h"

#include "TorchRuntime.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void ApplicationSetup::configure(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("GlyphLab"));
    QCoreApplication::setApplicationName(QStringLiteral("GlyphLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLYPHLAB_VERSION));

    // An explicit "language" setting wins over the system locale.
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("glyphlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);

    TorchRuntime::keepFreedMemory();
    TorchRuntime::useAllCores();
}
