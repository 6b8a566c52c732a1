#include "BenchCommand.h"

#include "BenchmarkReport.h"
#include "BenchmarkRunner.h"
#include "BenchmarkSetBuilder.h"
#include "ConfiguredMethod.h"
#include "GlyphSrMethod.h"
#include "ImageWriter.h"
#include "MachineDescription.h"
#include "MethodRegistry.h"
#include "RestorationMethod.h"
#include "TorchRuntime.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <exception>
#include <memory>

namespace {

// ../shared/data/crops/labelled beside the source tree (the CI layout), if it is there.
QString defaultRealFolder()
{
    const QString fromSource = QStringLiteral(GLYPHLAB_SOURCE_DIR "/../shared/data/crops/labelled");
    return QFileInfo(fromSource).isDir() ? QFileInfo(fromSource).canonicalFilePath() : QString();
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

BenchCommand::BenchCommand(QTextStream &out, QTextStream &err)
    : CliSubcommand(out, err, QStringLiteral("bench"))
{
}

int BenchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Measure restoration methods: word accuracy of recognizers on the results, gap closure, PSNR, SSIM, time."));
    const QCommandLineOption methodsOption(QStringLiteral("methods"), tr("Method ids, comma-separated (default: all). Variants: id:key=value;key=value (e.g. difftsr:eta=0;steps=50) and difftsr-idm (DiffTSR's IDM-only baseline). Extra GlyphSR weights as a labelled row: label=path/glyphsr.json."), QStringLiteral("ids"));
    const QCommandLineOption setsOption(QStringLiteral("sets"), tr("Test sets, comma-separated: synth-easy, synth-medium, synth-hard, synth-x4, real (= real-x2), real-x4, scene-x4, scene-x8."), QStringLiteral("names"),
                                        QStringLiteral("synth-easy,synth-medium,synth-hard,synth-x4,real,scene-x4"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Pairs per synthetic set."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption sceneCountOption(QStringLiteral("scene-count"), tr("Tiles per scene-level set."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption recognizersOption(QStringLiteral("recognizers"), tr("OCR engines, comma-separated."), QStringLiteral("ids"), QStringLiteral("ppocr,tesseract"));
    const QCommandLineOption realOption(QStringLiteral("real"), tr("Folder with labelled real crops (labels.tsv)."), QStringLiteral("dir"), defaultRealFolder());
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Folder for report.md, report.json and readings.tsv (what each recognizer read in each crop)."), QStringLiteral("dir"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), tr("auto, cpu or cuda."), QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption recognizerModelOption(QStringLiteral("crnn"), tr("CRNN manifest for extra GlyphSR weights (default: the installed crnn.json)."), QStringLiteral("file"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Crops per call for the throughput figures at 64×16 (0: skip them)."), QStringLiteral("n"), QStringLiteral("64"));
    parser.addOptions({methodsOption, setsOption, countOption, sceneCountOption, recognizersOption, realOption, outputOption, deviceOption, recognizerModelOption, batchOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return usageError(tr("--count must be a whole number from 1 to 100000."));
    const int sceneCount = parser.value(sceneCountOption).toInt(&ok);
    if (!ok || sceneCount < 1 || sceneCount > 100000)
        return usageError(tr("--scene-count must be a whole number from 1 to 100000."));
    const int batch = parser.value(batchOption).toInt(&ok);
    if (!ok || batch < 0 || batch > 4096)
        return usageError(tr("--batch must be a whole number from 0 to 4096."));
    QString error;
    if (!TorchRuntime::resolveDevice(parser.value(deviceOption), &error))
        return usageError(error);
    const QStringList setNames = parser.value(setsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList knownSets = BenchmarkSetBuilder::syntheticNames()
                                  + QStringList{QStringLiteral("real"), QStringLiteral("real-x2"), QStringLiteral("real-x4"),
                                                QStringLiteral("scene-x4"), QStringLiteral("scene-x8")};
    for (const QString &name : setNames) {
        if (!knownSets.contains(name))
            return usageError(tr("unknown test set \"%1\"; known: %2.").arg(name, knownSets.join(QStringLiteral(", "))));
    }

    std::vector<std::unique_ptr<RestorationMethod>> registered = MethodRegistry::createAll();
    std::vector<std::unique_ptr<RestorationMethod>> extra;
    std::vector<RestorationMethod *> methods;
    QStringList wanted = parser.value(methodsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        for (const auto &method : registered)
            wanted << method->info().id;
    }
    QStringList labels;
    for (const QString &entry : wanted) {
        if (entry.contains(QLatin1Char(':')) || !MethodRegistry::variantOf(entry).isEmpty()) {
            QVariantMap fixed;
            const QString baseId = ConfiguredMethod::parse(entry, registered, &fixed, &error);
            if (baseId.isEmpty())
                return usageError(error);
            extra.push_back(std::make_unique<ConfiguredMethod>(*MethodRegistry::find(registered, baseId), entry, fixed));
            methods.push_back(extra.back().get());
            continue;
        }
        if (entry.contains(QLatin1Char('='))) {
            // A labelled row: GlyphSR with other weights (ablations), e.g. glyphsr-noprior=path/glyphsr.json.
            const QString id = entry.section(QLatin1Char('='), 0, 0).trimmed(), path = entry.section(QLatin1Char('='), 1).trimmed();
            if (id.isEmpty() || path.isEmpty() || id == QLatin1String("hr"))
                return usageError(tr("\"%1\": a labelled method is written label=path/to/glyphsr.json (the label may not be \"hr\").").arg(entry));
            if (!QFileInfo(path).isFile())
                return usageError(tr("\"%1\": there is no GlyphSR manifest at %2.").arg(id, path));
            if (MethodRegistry::find(registered, id))
                return usageError(tr("\"%1\" is the id of a built-in method; give the labelled method another label.").arg(id));
            if (labels.contains(id))
                return usageError(tr("\"%1\" names two rows; give each labelled method its own label.").arg(id));
            labels << id;
            extra.push_back(std::make_unique<GlyphSrMethod>(id, id, path, parser.value(recognizerModelOption)));
            methods.push_back(extra.back().get());
            continue;
        }
        RestorationMethod *method = MethodRegistry::find(registered, entry);
        if (!method)
            return usageError(tr("unknown method \"%1\".").arg(entry));
        if (labels.contains(entry))
            return usageError(tr("\"%1\" names two rows; give each labelled method its own label.").arg(entry));
        labels << entry;
        methods.push_back(method);
    }
    // Gap closure needs the bicubic row.
    if (!wanted.contains(QStringLiteral("bicubic")))
        methods.insert(methods.begin(), MethodRegistry::find(registered, QStringLiteral("bicubic")));
    const QStringList recognizers = parser.value(recognizersOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    TorchRuntime::useAllCores();
    const QString machine = MachineDescription::text() + QStringLiteral("; ") + QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::vector<BenchmarkRow> rows;
    QStringList origins;
    QMap<QString, QStringList> truths;
    try {
        for (const QString &name : setNames) {
            const BenchmarkSet set = name == QLatin1String("real") || name == QLatin1String("real-x2") ? BenchmarkSetBuilder::realCrops(parser.value(realOption), 2)
                                   : name == QLatin1String("real-x4")  ? BenchmarkSetBuilder::realCrops(parser.value(realOption), 4)
                                   : name == QLatin1String("scene-x4") ? BenchmarkSetBuilder::scenes(sceneCount, 4)
                                   : name == QLatin1String("scene-x8") ? BenchmarkSetBuilder::scenes(sceneCount, 8)
                                                                       : BenchmarkSetBuilder::synthetic(name, count);
            origins << QStringLiteral("%1: %2").arg(set.name, set.origin);
            QStringList &truth = truths[set.name];
            for (const BenchmarkPair &pair : set.pairs) {
                QStringList words;
                for (const OcrTextBox &word : pair.words)
                    words << word.text;
                truth << (set.sceneLevel ? words.join(QLatin1Char(' ')) : pair.text);
            }
            m_err << tr("bench: %1 (%2 pairs)").arg(set.name).arg(set.pairs.size()) << '\n';
            m_err.flush();
            const std::vector<BenchmarkRow> setRows = BenchmarkRunner::run(set, methods, recognizers, parser.value(deviceOption), batch,
                                                                           [this](const QString &line) {
                                                                               m_err << QStringLiteral("bench: ") << line << '\n';
                                                                               m_err.flush();
                                                                           });
            rows.insert(rows.end(), setRows.begin(), setRows.end());
        }
    } catch (const std::exception &e) {
        return failure(QString::fromUtf8(e.what()));
    }
    const BenchmarkReport report(rows, origins, recognizers, machine);
    const QString markdown = report.markdown();
    m_out << markdown;
    m_out.flush();
    if (parser.isSet(outputOption)) {
        const QString folder = parser.value(outputOption);
        if (!ImageWriter::ensureWritableFolder(folder, &error)
            || !writeText(QDir(folder).filePath(QStringLiteral("report.md")), markdown.toUtf8())
            || !writeText(QDir(folder).filePath(QStringLiteral("report.json")), QJsonDocument(report.json()).toJson())
            || !writeText(QDir(folder).filePath(QStringLiteral("readings.tsv")), report.readingsTable(truths).toUtf8())) {
            return failure(tr("cannot write the report into %1. %2").arg(folder, error));
        }
    }
    return 0;
}
