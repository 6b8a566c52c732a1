#include "BenchmarkReport.h"

#include "TextMetrics.h"

#include <QJsonArray>

#include <cmath>

BenchmarkReport::BenchmarkReport(std::vector<BenchmarkRow> rows, QStringList setOrigins, QStringList recognizers, QString machine)
    : m_rows(std::move(rows))
    , m_origins(std::move(setOrigins))
    , m_recognizers(std::move(recognizers))
    , m_machine(std::move(machine))
{
}

const BenchmarkRow *BenchmarkReport::find(const QString &method, const QString &set) const
{
    for (const BenchmarkRow &row : m_rows) {
        if (row.method == method && row.set == set)
            return &row;
    }
    return nullptr;
}

double BenchmarkReport::gapClosure(const QString &method, const QString &set, const QString &recognizer) const
{
    const BenchmarkRow *row = find(method, set), *bicubic = find(QStringLiteral("bicubic"), set), *hr = find(QStringLiteral("hr"), set);
    if (!row || !bicubic || !hr || !row->accuracy.contains(recognizer) || !bicubic->accuracy.contains(recognizer)
        || !hr->accuracy.contains(recognizer))
        return std::nan("");
    return TextMetrics::gapClosure(row->accuracy.value(recognizer), bicubic->accuracy.value(recognizer), hr->accuracy.value(recognizer));
}

QString BenchmarkReport::markdown() const
{
    QStringList sets, methods;
    for (const BenchmarkRow &row : m_rows) {
        if (!sets.contains(row.set))
            sets << row.set;
        if (!methods.contains(row.method))
            methods << row.method;
    }
    QString text;
    text += tr("# GlyphLab benchmark\n\nMachine: %1\n\nTest sets:\n").arg(m_machine);
    for (const QString &origin : m_origins)
        text += QStringLiteral("- %1\n").arg(origin);

    const auto header = [&](const QString &first) -> QString {
        QString line = QStringLiteral("| %1 |").arg(first), rule = QStringLiteral("|---|");
        for (const QString &set : sets) {
            for (const QString &recognizer : m_recognizers) {
                line += QStringLiteral(" %1 %2 |").arg(set, recognizer);
                rule += QStringLiteral("---:|");
            }
        }
        return line + QLatin1Char('\n') + rule + QLatin1Char('\n');
    };
    text += tr("\n## Word accuracy (%, TextZoom protocol; scene-* sets: end-to-end OCR F1, IoU ≥ 0.5)\n\n") + header(tr("method"));
    for (const QString &method : methods) {
        text += QStringLiteral("| %1 |").arg(method);
        for (const QString &set : sets) {
            const BenchmarkRow *row = find(method, set);
            for (const QString &recognizer : m_recognizers)
                text += row && row->accuracy.contains(recognizer) ? QStringLiteral(" %1 |").arg(100.0 * row->accuracy.value(recognizer), 0, 'f', 1)
                                                                  : QStringLiteral(" – |");
        }
        text += QLatin1Char('\n');
    }
    text += tr("\n## Gap closure (%): (acc − acc_bicubic) / (acc_HR − acc_bicubic)\n\n") + header(tr("method"));
    for (const QString &method : methods) {
        if (method == QLatin1String("hr") || method == QLatin1String("bicubic"))
            continue;
        text += QStringLiteral("| %1 |").arg(method);
        for (const QString &set : sets) {
            for (const QString &recognizer : m_recognizers) {
                const double gap = gapClosure(method, set, recognizer);
                text += std::isnan(gap) ? QStringLiteral(" – |") : QStringLiteral(" %1 |").arg(100.0 * gap, 0, 'f', 1);
            }
        }
        text += QLatin1Char('\n');
    }
    int batch = 0;
    for (const BenchmarkRow &row : m_rows)
        batch = std::max(batch, row.batchSize);
    const QString batchText = batch > 0 ? QString::number(batch) : QStringLiteral("–");
    text += tr("\n## Character error rate, image quality and speed\n\n");
    if (batch > 0)
        text += tr("ms per crop: the set's crops one at a time. At 64×16: the set's low-resolution crops brought to 64×16, "
                   "one per call, and %1 per call.\n\n").arg(batch);
    text += tr("| method | set | CER (scenes: 1 − recall) %1 | PSNR (dB) | SSIM | ms per crop | ms per 64×16 crop | 64×16 crops/s, batch %2 | failures |\n")
                  .arg(m_recognizers.join(QStringLiteral(" / ")), batchText)
            + QStringLiteral("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const BenchmarkRow &row : m_rows) {
        QStringList errors;
        for (const QString &recognizer : m_recognizers)
            errors << (row.errorRate.contains(recognizer) ? QString::number(row.errorRate.value(recognizer), 'f', 3) : QStringLiteral("–"));
        const bool truth = row.method == QLatin1String("hr");
        const bool figures = !truth && !row.restoredNone();
        const bool timed = figures && row.batchSize > 0;
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                    .arg(row.method, row.set, errors.join(QStringLiteral(" / ")),
                         figures ? QString::number(row.psnr, 'f', 2) : QStringLiteral("–"),
                         figures ? QString::number(row.ssim, 'f', 4) : QStringLiteral("–"),
                         figures ? QString::number(row.millisecondsPerCrop, 'f', 2) : QStringLiteral("–"),
                         timed ? QString::number(row.fixedSizeMillisecondsPerCrop, 'f', 2) : QStringLiteral("–"),
                         timed ? QString::number(row.fixedSizeCropsPerSecond, 'f', 1) : QStringLiteral("–"),
                         QString::number(row.failures));
    }
    bool sceneRows = false;
    for (const BenchmarkRow &row : m_rows)
        sceneRows = sceneRows || std::isfinite(row.nonTextPsnr);
    if (sceneRows) {
        text += tr("\n## Scene sets: the picture away from the text\n\nPSNR over the pixels outside every word box (grown by "
                   "%1 pixels): how much a method changes what is not text.\n\n| method | set | PSNR outside the words (dB) |\n|---|---|---:|\n")
                    .arg(BenchmarkRow::kTextMargin);
        for (const BenchmarkRow &row : m_rows)
            if (std::isfinite(row.nonTextPsnr))
                text += QStringLiteral("| %1 | %2 | %3 |\n").arg(row.method, row.set, QString::number(row.nonTextPsnr, 'f', 2));
    }
    bool ownReadings = false;
    for (const BenchmarkRow &row : m_rows)
        ownReadings = ownReadings || row.ownTextCount > 0;
    if (ownReadings) {
        text += tr("\n## The methods' own readings\n\nWord accuracy (%) of the text a method reads itself (DiffTSR: the text "
                   "diffusion model's final text, or in idm-only mode the first reading, which it keeps; GlyphSR: the "
                   "text of its prior).\n\n"
                   "| method | set | own word accuracy |\n|---|---|---:|\n");
        for (const BenchmarkRow &row : m_rows) {
            if (row.ownTextCount > 0)
                text += QStringLiteral("| %1 | %2 | %3 |\n").arg(row.method, row.set).arg(100.0 * row.ownTextAccuracy, 0, 'f', 1);
        }
    }
    return text;
}

QJsonObject BenchmarkReport::json() const
{
    QJsonArray rows;
    for (const BenchmarkRow &row : m_rows) {
        QJsonObject accuracy, errors, gaps;
        for (const QString &recognizer : m_recognizers) {
            if (row.accuracy.contains(recognizer))
                accuracy.insert(recognizer, row.accuracy.value(recognizer));
            if (row.errorRate.contains(recognizer))
                errors.insert(recognizer, row.errorRate.value(recognizer));
            const double gap = gapClosure(row.method, row.set, recognizer);
            if (!std::isnan(gap))
                gaps.insert(recognizer, gap);
        }
        QJsonObject object;
        object.insert(QStringLiteral("method"), row.method);
        object.insert(QStringLiteral("set"), row.set);
        object.insert(QStringLiteral("count"), row.count);
        object.insert(QStringLiteral("failures"), row.failures);
        object.insert(QStringLiteral("wordAccuracy"), accuracy);
        object.insert(QStringLiteral("characterErrorRate"), errors);
        object.insert(QStringLiteral("gapClosure"), gaps);
        if (!row.restoredNone()) {
            object.insert(QStringLiteral("psnr"), row.psnr);
            object.insert(QStringLiteral("ssim"), row.ssim);
            object.insert(QStringLiteral("millisecondsPerCrop"), row.millisecondsPerCrop);
        }
        if (std::isfinite(row.nonTextPsnr))
            object.insert(QStringLiteral("nonTextPsnr"), row.nonTextPsnr);
        if (row.ownTextCount > 0)
            object.insert(QStringLiteral("ownTextAccuracy"), row.ownTextAccuracy);
        if (row.batchSize > 0) {
            object.insert(QStringLiteral("fixedSize"), QJsonObject{{QStringLiteral("width"), 64},
                                                                  {QStringLiteral("height"), 16},
                                                                  {QStringLiteral("millisecondsPerCrop"), row.fixedSizeMillisecondsPerCrop},
                                                                  {QStringLiteral("batch"), row.batchSize},
                                                                  {QStringLiteral("cropsPerSecond"), row.fixedSizeCropsPerSecond}});
        }
        rows.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("machine"), m_machine);
    root.insert(QStringLiteral("sets"), QJsonArray::fromStringList(m_origins));
    root.insert(QStringLiteral("recognizers"), QJsonArray::fromStringList(m_recognizers));
    root.insert(QStringLiteral("rows"), rows);
    return root;
}

QString BenchmarkReport::readingsTable(const QMap<QString, QStringList> &truths) const
{
    const auto cell = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList methods;
    for (const BenchmarkRow &row : m_rows) {
        if (!methods.contains(row.method))
            methods << row.method;
    }
    QStringList header{QStringLiteral("set"), QStringLiteral("crop"), QStringLiteral("truth")};
    QList<QPair<QString, QString>> columns;
    for (const QString &method : methods) {
        for (const QString &recognizer : m_recognizers) {
            columns.append({method, recognizer});
            header << QStringLiteral("%1/%2").arg(method, recognizer);
        }
    }
    QString table = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    QStringList sets;
    for (const BenchmarkRow &row : m_rows) {
        if (!sets.contains(row.set))
            sets << row.set;
    }
    for (const QString &set : sets) {
        const QStringList truth = truths.value(set);
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QStringList line{set, QString::number(i + 1), cell(truth[i])};
            for (const auto &[method, recognizer] : columns) {
                const BenchmarkRow *row = find(method, set);
                const QStringList read = row ? row->readings.value(recognizer) : QStringList();
                line << (i < read.size() ? cell(read[i]) : QString());
            }
            table += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
    }
    return table;
}
