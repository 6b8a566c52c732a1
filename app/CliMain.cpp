#include "ApplicationSetup.h"
#include "CommandLineTool.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // The tool draws text (data synthesis, previews) but never opens a window: the offscreen
    // platform gives it fonts without needing a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ApplicationSetup::configure(app);
    CommandLineTool tool;
    return tool.run(QCoreApplication::arguments());
}
