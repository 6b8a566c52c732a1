#include "OcrEngineFactory.h"

#include "CrnnOcrEngine.h"
#include "PpOcrEngine.h"
#include "TesseractOcrEngine.h"

#include <functional>
#include <utility>
#include <vector>

namespace {

using EngineMaker = std::function<std::unique_ptr<OcrEngine>()>;

// One line per engine: adding an engine means adding its line here.
const std::vector<std::pair<QString, EngineMaker>> &engineMakers()
{
    static const std::vector<std::pair<QString, EngineMaker>> makers = {
        {QStringLiteral("tesseract"), [] { return std::make_unique<TesseractOcrEngine>(); }},
        {QStringLiteral("ppocr"), [] { return std::make_unique<PpOcrEngine>(); }},
        {QStringLiteral("crnn"), [] { return std::make_unique<CrnnOcrEngine>(); }},
    };
    return makers;
}

} // namespace

QStringList OcrEngineFactory::ids()
{
    QStringList result;
    for (const auto &[id, maker] : engineMakers())
        result << id;
    return result;
}

std::unique_ptr<OcrEngine> OcrEngineFactory::create(const QString &id, QString *error)
{
    for (const auto &[engineId, maker] : engineMakers()) {
        if (engineId == id)
            return maker();
    }
    if (error)
        *error = tr("unknown OCR engine \"%1\"; available: %2.").arg(id, ids().join(QStringLiteral(", ")));
    return nullptr;
}
