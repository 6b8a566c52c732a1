#pragma once

#include "OcrEngine.h"

#include <QCoreApplication>

#include <memory>

// Tesseract 5 (LSTM, English) through its C++ API. The English data is found the way
// Tesseract finds it by default (TESSDATA_PREFIX, then the compiled-in tessdata folder).
class TesseractOcrEngine : public OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(TesseractOcrEngine)

public:
    TesseractOcrEngine();
    ~TesseractOcrEngine() override;

    QString id() const override;
    QString displayName() const override;
    bool isAvailable(QString *reason) const override;
    OcrReading recognize(const QImage &crop) override;
    QList<OcrTextBox> detect(const QImage &photo) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};
