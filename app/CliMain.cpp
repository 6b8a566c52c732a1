#include "ApplicationSetup.h"
#include "CommandLineTool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationSetup::configure(app);
    CommandLineTool tool;
    return tool.run(QCoreApplication::arguments());
}
