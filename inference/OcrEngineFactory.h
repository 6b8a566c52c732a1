#pragma once

#include "OcrEngine.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// Makes OCR engines by id, for the command line, the GUI and the benchmark.
class OcrEngineFactory
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngineFactory)

public:
    // In the order they are offered: "tesseract", "ppocr".
    static QStringList ids();
    // A new engine, or nullptr and a message naming the known ids. The engine may still be
    // unavailable (see OcrEngine::isAvailable()).
    static std::unique_ptr<OcrEngine> create(const QString &id, QString *error = nullptr);
};
