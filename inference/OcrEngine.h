#pragma once

#include "OcrReading.h"
#include "OcrTextBox.h"

#include <QImage>
#include <QList>
#include <QString>

// One interface for every OCR engine (Tesseract, PP-OCR, the project's own recognizer), used
// by the methods (text priors, prompts), the GUI overlays and the benchmark. An engine object
// is used from one thread at a time. recognize() and detect() throw std::runtime_error with a
// readable message when the engine fails; they never take the program down.
class OcrEngine
{
public:
    virtual ~OcrEngine();

    virtual QString id() const = 0;          // "tesseract", "ppocr", "crnn"
    virtual QString displayName() const = 0;
    // False, with a sentence saying why (e.g. which model file is missing), if it cannot run.
    virtual bool isAvailable(QString *reason) const = 0;

    // Reads one word or text-line crop.
    virtual OcrReading recognize(const QImage &crop) = 0;
    // Finds (and reads) the text on a photo.
    virtual QList<OcrTextBox> detect(const QImage &photo) = 0;
};
