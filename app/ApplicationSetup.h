#pragma once

class QCoreApplication;

// Start-up shared by the GUI and the CLI: names for QSettings, the version, the translation
// for the user's language (or the one chosen in the settings), LibTorch's thread count.
class ApplicationSetup
{
public:
    static void configure(QCoreApplication &app);
};
