#pragma once

#include "OcrEngine.h"

#include <QCoreApplication>

#include <memory>

// The project's own recognizer (GlyphLab CRNN, crnn.json) as an OCR engine: reads word crops,
// case-insensitively, in its alphabet of digits, letters and common punctuation. It does not
// detect text on photos.
class CrnnOcrEngine : public OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(CrnnOcrEngine)

public:
    // Empty path: the crnn.json that ModelLocator finds.
    explicit CrnnOcrEngine(const QString &manifestPath = QString());
    ~CrnnOcrEngine() override;

    QString id() const override;
    QString displayName() const override;
    bool isAvailable(QString *reason) const override;
    OcrReading recognize(const QImage &crop) override;
    QList<OcrTextBox> detect(const QImage &photo) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
