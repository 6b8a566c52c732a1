#include "ApplicationSetup.h"
#include "CommandLineTool.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // The tool draws text (data synthesis, previews) but never opens a window: the offscreen
    // platform gives it fonts without needing a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (CI, ssh, cron) there is no XDG_RUNTIME_DIR; give Qt a private one
    // instead of letting it warn on stderr, which scripts read for errors.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/glyphlab-runtime-%1").arg(getuid());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    QGuiApplication app(argc, argv);
    ApplicationSetup::configure(app);
    CommandLineTool tool;
    return tool.run(QCoreApplication::arguments());
}
