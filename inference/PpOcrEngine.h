#pragma once

#include "OcrEngine.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// PaddleOCR PP-OCRv4 (DB text detector + SVTR/CTC recognizer) run by OpenCV's dnn module on the
// models written by packaging/fetch-ppocr-models.sh: ppocr-det.onnx, ppocr-rec.onnx and
// ppocr-keys.txt in one folder. The networks are loaded on first use, once per engine.
class PpOcrEngine : public OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(PpOcrEngine)

public:
    // Uses the first of defaultModelFolders() that holds all three files.
    PpOcrEngine();
    // Uses exactly this folder.
    explicit PpOcrEngine(const QString &modelFolder);
    ~PpOcrEngine() override;

    // $GLYPHLAB_MODELS/ppocr, then ResourceLocator's "models/ppocr" folders.
    static QStringList defaultModelFolders();
    static QStringList modelFileNames();

    QString id() const override;
    QString displayName() const override;
    bool isAvailable(QString *reason) const override;
    OcrReading recognize(const QImage &crop) override;
    QList<OcrTextBox> detect(const QImage &photo) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};
