#pragma once

#include "OcrEngine.h"

#include <QString>

#include <functional>
#include <memory>

// Makes the OCR engine with the given id ("tesseract", "ppocr", ...), or null if there is none.
// The GUI receives one from whoever builds the engines, so it never depends on a concrete engine.
using OcrEngineProvider = std::function<std::unique_ptr<OcrEngine>(const QString &id)>;
