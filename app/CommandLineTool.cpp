#include "CommandLineTool.h"

#include "DemoScene.h"
#include "ImageLoader.h"
#include "ImageRegion.h"
#include "ImageWriter.h"
#include "MethodRegistry.h"
#include "MethodRunner.h"
#include "OcrEngineFactory.h"
#include "TextLineGrouper.h"
#include "RestorationMethod.h"
#include "BenchCommand.h"
#include "ScheduleCommand.h"
#include "SynthCommand.h"
#include "TrainCommand.h"
#include "TorchRuntime.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <cstdio>
#include <exception>
#include <optional>

namespace {

QString canonicalOrAbsolute(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

// "key=value" checked against the method's parameter of that key.
std::optional<std::pair<QString, QVariant>> parseParameter(const MethodInfo &info, const QString &pair, QString *error)
{
    const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
    for (const MethodParameter &parameter : info.parameters) {
        if (parameter.key != key || !pair.contains(QLatin1Char('=')))
            continue;
        bool ok = false;
        switch (parameter.kind) {
        case MethodParameter::Kind::Integer: {
            const int number = value.toInt(&ok);
            if (ok && number >= parameter.minimum && number <= parameter.maximum)
                return std::make_pair(key, QVariant(number));
            break;
        }
        case MethodParameter::Kind::Real: {
            const double number = value.toDouble(&ok);
            if (ok && number >= parameter.minimum && number <= parameter.maximum)
                return std::make_pair(key, QVariant(number));
            break;
        }
        case MethodParameter::Kind::Choice:
            if (parameter.choices.contains(value))
                return std::make_pair(key, QVariant(value));
            break;
        case MethodParameter::Kind::Boolean:
            if (value == QLatin1String("true") || value == QLatin1String("false"))
                return std::make_pair(key, QVariant(value == QLatin1String("true")));
            break;
        }
        *error = parameter.kind == MethodParameter::Kind::Choice
            ? CommandLineTool::tr("--param %1 must be one of %2 (got \"%3\").").arg(key, parameter.choices.join(QStringLiteral(", ")), value)
            : CommandLineTool::tr("--param %1 must be a number from %2 to %3 (got \"%4\").").arg(key).arg(parameter.minimum).arg(parameter.maximum).arg(value);
        return std::nullopt;
    }
    QStringList keys;
    for (const MethodParameter &parameter : info.parameters)
        keys << parameter.key;
    *error = CommandLineTool::tr("--param \"%1\": %2 has no such parameter (it has: %3).")
                 .arg(pair, info.id, keys.isEmpty() ? CommandLineTool::tr("none") : keys.join(QStringLiteral(", ")));
    return std::nullopt;
}

bool parsePositiveInt(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

CommandLineTool::CommandLineTool()
    : m_out(stdout)
    , m_err(stderr)
    , m_methods(MethodRegistry::createAll())
{
}

CommandLineTool::~CommandLineTool() = default;

void CommandLineTool::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: glyphlab-cli <command> [options]\n"
                 "\n"
                 "Commands:\n"
                 "  methods    list the restoration methods, one per line: id, then name\n"
                 "  restore    restore images: --method ID --input FILE|DIR --output DIR\n"
                 "             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]\n"
                 "             [--region X,Y,W,H] [--dump-steps] [--param KEY=VALUE]\n"
                 "  demo       restore the text regions of the bundled demo photo\n"
                 "             [--output DIR] [--method ID] [--scale N]\n"
                 "  synth      generate training/test pairs with glyph masks: --output DIR\n"
                 "             [--count N] [--seed N] [--preset easy|medium|hard] [--scale 2|4|8]\n"
                 "  train      train a model: crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR] --output DIR\n"
                 "             [--steps N]; language-model --recognizer crnn.json --output DIR\n"
                 "  bench      measure methods on the test sets: [--methods IDS] [--sets NAMES]\n"
                 "             [--count N] [--recognizers ppocr,tesseract] [--output DIR]\n"
                 "  schedule   print GLYPH-SR's ping-pong schedule, step by step: [--kind\n"
                 "             square|text|image|linear|cosine] [--period N] [--start N] [--steps N]\n"
                 "  ocr        read the word or line in each crop: --engine tesseract|ppocr\n"
                 "             --input FILE|DIR; prints file, text, confidence (tab-separated)\n"
                 "  detect     find and read the text on a photo: --engine tesseract|ppocr\n"
                 "             --input PHOTO [--lines] [--min-confidence X]; prints a JSON array\n"
                 "             of text boxes (--lines: words joined into text lines)\n"
                 "\n"
                 "Run glyphlab-cli <command> --help for the options of a command.\n");
    stream.flush();
}

int CommandLineTool::usageError(const QString &message)
{
    m_err << tr("glyphlab-cli: %1").arg(message) << '\n';
    m_err.flush();
    return 2;
}

int CommandLineTool::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printUsage(m_err);
        return 2;
    }
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1); // the command takes the place of the program name
    if (command == QLatin1String("methods"))
        return listMethods();
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("synth"))
        return SynthCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("train"))
        return TrainCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("bench"))
        return BenchCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("schedule"))
        return ScheduleCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("ocr"))
        return ocr(rest);
    if (command == QLatin1String("detect"))
        return detect(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(m_out);
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "glyphlab-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const int code = usageError(tr("unknown command \"%1\".").arg(command));
    printUsage(m_err);
    return code;
}

bool CommandLineTool::collectInputs(const QString &input, QStringList *inputs)
{
    const QFileInfo inputInfo(input);
    if (inputInfo.isDir()) {
        const QDir dir(input);
        for (const QString &name : dir.entryList(ImageLoader::nameFilters(), QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase))
            *inputs << dir.filePath(name);
        if (inputs->isEmpty()) {
            m_err << tr("glyphlab-cli: no images in \"%1\".").arg(input) << '\n';
            m_err.flush();
            return false;
        }
    } else if (inputInfo.exists()) {
        *inputs << input;
    } else {
        m_err << tr("glyphlab-cli: \"%1\" does not exist.").arg(input) << '\n';
        m_err.flush();
        return false;
    }
    return true;
}

int CommandLineTool::listMethods()
{
    for (const auto &method : m_methods) {
        const MethodInfo info = method->info();
        m_out << info.id << '\t' << info.displayName << '\n';
    }
    m_out.flush();
    return 0;
}

int CommandLineTool::restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Restore one image or every image in a folder."));
    const QCommandLineOption methodOption(QStringLiteral("method"), tr("Method id (see 'methods')."), QStringLiteral("id"));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("An image file or a folder of images."), QStringLiteral("path"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Folder for the results (created if missing)."), QStringLiteral("dir"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("Enlargement factor."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), tr("Steps of iterative methods."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed of sampling methods."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), tr("auto, cpu or cuda."), QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("Restore only this rectangle of each image."), QStringLiteral("x,y,w,h"));
    const QCommandLineOption dumpOption(QStringLiteral("dump-steps"), tr("Also write every step's image, a steps.tsv and a steps.json into NAME.steps beside each result."));
    const QCommandLineOption paramOption(QStringLiteral("param"), tr("A method parameter, key=value (repeatable), e.g. mode=idm-only for difftsr."), QStringLiteral("key=value"));
    parser.addOptions({methodOption, inputOption, outputOption, scaleOption, stepsOption, seedOption,
                       deviceOption, regionOption, dumpOption, paramOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &required : {methodOption, inputOption, outputOption}) {
        if (!parser.isSet(required))
            return usageError(tr("restore needs --%1.").arg(required.names().constFirst()));
    }

    RestorationMethod *method = MethodRegistry::find(m_methods, parser.value(methodOption));
    if (!method) {
        QStringList ids;
        for (const auto &candidate : m_methods)
            ids << candidate->info().id;
        return usageError(tr("unknown method \"%1\"; available: %2.")
                              .arg(parser.value(methodOption), ids.join(QStringLiteral(", "))));
    }
    RestoreOptions options;
    if (!parsePositiveInt(parser.value(scaleOption), 1, 16, &options.scale))
        return usageError(tr("--scale must be a whole number from 1 to 16 (got \"%1\").").arg(parser.value(scaleOption)));
    if (!parsePositiveInt(parser.value(stepsOption), 1, 1000, &options.steps))
        return usageError(tr("--steps must be a whole number from 1 to 1000 (got \"%1\").").arg(parser.value(stepsOption)));
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(tr("--seed must be a non-negative whole number (got \"%1\").").arg(parser.value(seedOption)));
    options.device = parser.value(deviceOption);
    QString error;
    if (!TorchRuntime::resolveDevice(options.device, &error))
        return usageError(error);
    for (const QString &pair : parser.values(paramOption)) {
        const std::optional<std::pair<QString, QVariant>> parameter = parseParameter(method->info(), pair, &error);
        if (!parameter)
            return usageError(error);
        options.parameters.insert(parameter->first, parameter->second);
    }
    const QString scaleProblem = MethodRunner::validate(method->info(), QImage(1, 1, QImage::Format_RGB888), options);
    if (!scaleProblem.isEmpty())
        return usageError(scaleProblem);
    std::optional<QRect> region;
    if (parser.isSet(regionOption)) {
        region = ImageRegion::parse(parser.value(regionOption), &error);
        if (!region)
            return usageError(error);
    }

    QStringList inputs;
    if (!collectInputs(parser.value(inputOption), &inputs))
        return 1;

    const QString outputDir = parser.value(outputOption);
    if (!ImageWriter::ensureWritableFolder(outputDir, &error)) {
        m_err << tr("glyphlab-cli: %1").arg(error) << '\n';
        return 1;
    }

    QSet<QString> protectedPaths;
    for (const QString &path : inputs)
        protectedPaths.insert(canonicalOrAbsolute(path));
    QSet<QString> written;
    int restored = 0;
    for (const QString &path : inputs) {
        const QFileInfo file(path);
        QString outputPath = QDir(outputDir).filePath(file.completeBaseName() + QStringLiteral(".png"));
        // photo.jpg and photo.png in one folder would both become photo.png.
        if (written.contains(canonicalOrAbsolute(outputPath)))
            outputPath = QDir(outputDir).filePath(file.fileName() + QStringLiteral(".png"));
        if (protectedPaths.contains(canonicalOrAbsolute(outputPath))) {
            m_err << tr("%1: not restored: the result would overwrite the input file %2; choose "
                        "another --output folder.").arg(file.fileName(), outputPath) << '\n';
            m_err.flush();
            continue;
        }
        if (restoreFile(*method, path, outputPath, region, options, parser.isSet(dumpOption))) {
            ++restored;
            written.insert(canonicalOrAbsolute(outputPath));
        }
    }
    m_out << tr("Restored %1 of %2 image(s) into %3.").arg(restored).arg(inputs.size())
                 .arg(QDir::toNativeSeparators(outputDir)) << '\n';
    m_out.flush();
    return restored == inputs.size() ? 0 : 1;
}

bool CommandLineTool::restoreFile(RestorationMethod &method, const QString &inputPath,
                                  const QString &outputPath, const std::optional<QRect> &region,
                                  const RestoreOptions &options, bool dumpSteps)
{
    const QString name = QFileInfo(inputPath).fileName();
    auto fail = [this, &name](const QString &why) {
        m_err << name << ": " << why << '\n';
        m_err.flush();
        return false;
    };
    const LoadedImage loaded = ImageLoader::load(inputPath);
    if (!loaded.ok())
        return fail(loaded.error);
    QImage crop = loaded.image;
    QString error;
    if (region) {
        const auto clipped = ImageRegion::clip(*region, crop.size(), &error);
        if (!clipped)
            return fail(error);
        crop = crop.copy(*clipped);
    }

    const QString stepsDir = QDir(QFileInfo(outputPath).absolutePath())
                                 .filePath(QFileInfo(outputPath).completeBaseName() + QStringLiteral(".steps"));
    QString stepsTable = QStringLiteral("index\tcount\tseconds\tcaption\tvalues\n");
    QJsonArray stepsJson;
    QString stepError;
    StepSink onStep;
    if (dumpSteps) {
        if (!ImageWriter::ensureWritableFolder(stepsDir, &error))
            return fail(error);
        onStep = [&](const StepRecord &step) {
            const QString file = QDir(stepsDir).filePath(QStringLiteral("step-%1.png").arg(step.index, 3, 10, QLatin1Char('0')));
            if (!step.image.isNull() && !ImageWriter::savePng(step.image, file, &error))
                stepError = error;
            stepsJson.append(QJsonObject{{QStringLiteral("index"), step.index}, {QStringLiteral("count"), step.count},
                                         {QStringLiteral("seconds"), step.seconds}, {QStringLiteral("caption"), step.caption},
                                         {QStringLiteral("image"), QFileInfo(file).fileName()},
                                         {QStringLiteral("values"), QJsonObject::fromVariantMap(step.values)}});
            stepsTable += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(step.index).arg(step.count)
                              .arg(step.seconds, 0, 'f', 6).arg(step.caption)
                              .arg(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(step.values))
                                                         .toJson(QJsonDocument::Compact)));
        };
    }

    const RestoreResult result = MethodRunner::run(method, crop, options, onStep, CancelToken());
    if (!result.succeeded())
        return fail(result.error);
    if (!ImageWriter::savePng(result.image, outputPath, &error))
        return fail(error);
    if (dumpSteps) {
        QSaveFile table(QDir(stepsDir).filePath(QStringLiteral("steps.tsv")));
        if (!table.open(QIODevice::WriteOnly) || table.write(stepsTable.toUtf8()) < 0 || !table.commit())
            return fail(tr("cannot write %1: %2").arg(table.fileName(), table.errorString()));
        QSaveFile json(QDir(stepsDir).filePath(QStringLiteral("steps.json")));
        if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(stepsJson).toJson()) < 0 || !json.commit())
            return fail(tr("cannot write %1: %2").arg(json.fileName(), json.errorString()));
        if (!stepError.isEmpty())
            return fail(stepError);
    }
    m_out << tr("%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10", nullptr, result.stepsDone)
                 .arg(name).arg(crop.width()).arg(crop.height())
                 .arg(result.image.width()).arg(result.image.height())
                 .arg(result.methodId).arg(options.scale)
                 .arg(result.seconds * 1000.0, 0, 'f', 1)
                 .arg(result.device, QDir::toNativeSeparators(outputPath))
          << '\n';
    if (!loaded.notes.isEmpty())
        m_out << "  " << tr("(converted on input: %1)").arg(loaded.notes) << '\n';
    m_out.flush();
    return true;
}

int CommandLineTool::demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Restore the text regions of the bundled demo photo."));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Folder for the results."),
                                          QStringLiteral("dir"), QStringLiteral("glyphlab-demo-output"));
    // GlyphSR by default: the learned method that is fast enough for every region on a CPU.
    const QCommandLineOption methodOption(QStringLiteral("method"), tr("Method id."), QStringLiteral("id"), QStringLiteral("glyphsr"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("Enlargement factor."), QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({outputOption, methodOption, scaleOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    RestorationMethod *method = MethodRegistry::find(m_methods, parser.value(methodOption));
    if (!method)
        return usageError(tr("unknown method \"%1\".").arg(parser.value(methodOption)));
    // Each result gets the plain enlargement beside it, so the two can be compared without the window.
    RestorationMethod *reference = method->info().id == QLatin1String("bicubic") ? nullptr
                                                                            : MethodRegistry::find(m_methods, QStringLiteral("bicubic"));
    RestoreOptions options;
    if (!parsePositiveInt(parser.value(scaleOption), 1, 16, &options.scale))
        return usageError(tr("--scale must be a whole number from 1 to 16."));

    QString error;
    const auto scene = DemoScene::load(&error);
    if (!scene) {
        m_err << tr("glyphlab-cli: %1").arg(error) << '\n';
        return 1;
    }
    const QString outputDir = parser.value(outputOption);
    if (!ImageWriter::ensureWritableFolder(outputDir, &error)) {
        m_err << tr("glyphlab-cli: %1").arg(error) << '\n';
        return 1;
    }
    m_out << tr("Demo photo: %1").arg(QDir::toNativeSeparators(scene->photoPath)) << '\n';
    int failures = 0;
    for (const DemoScene::Region &region : scene->regions) {
        QString slug = region.name.toLower();
        slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        const QString outputPath = QDir(outputDir).filePath(slug + QStringLiteral(".png"));
        m_out << tr("Region “%1” at %2,%3 (%4×%5):").arg(region.name).arg(region.rect.x()).arg(region.rect.y())
                     .arg(region.rect.width()).arg(region.rect.height()) << '\n';
        m_out.flush();
        if (!restoreFile(*method, scene->photoPath, outputPath, region.rect, options, false))
            ++failures;
        else if (reference && !restoreFile(*reference, scene->photoPath,
                                           QDir(outputDir).filePath(slug + QStringLiteral("-bicubic.png")),
                                           region.rect, options, false))
            ++failures;
    }
    m_out << tr("Results are in %1.").arg(QDir::toNativeSeparators(QFileInfo(outputDir).absoluteFilePath())) << '\n';
    return failures == 0 ? 0 : 1;
}

std::unique_ptr<OcrEngine> CommandLineTool::openOcrEngine(const QString &id, int *exitCode)
{
    QString error;
    std::unique_ptr<OcrEngine> engine = OcrEngineFactory::create(id, &error);
    if (engine && !engine->isAvailable(&error))
        engine.reset();
    if (!engine)
        *exitCode = usageError(error);
    return engine;
}

int CommandLineTool::ocr(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read the word or text line in each crop. Prints one line per "
                                        "image: file, text, confidence (0 to 1), separated by tabs."));
    const QCommandLineOption engineOption(QStringLiteral("engine"), tr("OCR engine: %1.").arg(OcrEngineFactory::ids().join(QStringLiteral(", "))),
                                          QStringLiteral("id"));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("An image file or a folder of images."), QStringLiteral("path"));
    parser.addOptions({engineOption, inputOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &required : {engineOption, inputOption}) {
        if (!parser.isSet(required))
            return usageError(tr("ocr needs --%1.").arg(required.names().constFirst()));
    }
    int exitCode = 0;
    const std::unique_ptr<OcrEngine> engine = openOcrEngine(parser.value(engineOption), &exitCode);
    if (!engine)
        return exitCode;
    QStringList inputs;
    if (!collectInputs(parser.value(inputOption), &inputs))
        return 1;

    int failures = 0;
    for (const QString &path : inputs) {
        const QString name = QFileInfo(path).fileName();
        const LoadedImage loaded = ImageLoader::load(path);
        QString error = loaded.error;
        OcrReading reading;
        if (loaded.ok()) {
            try {
                reading = engine->recognize(loaded.image);
            } catch (const std::exception &exception) {
                error = QString::fromUtf8(exception.what());
            }
        }
        if (!error.isEmpty()) {
            m_err << name << ": " << error << '\n';
            m_err.flush();
            ++failures;
            continue;
        }
        // A tab or line break in the text would break the table.
        QString text = reading.text;
        text.replace(QRegularExpression(QStringLiteral("[\\t\\r\\n]")), QStringLiteral(" "));
        m_out << path << '\t' << text << '\t' << QString::number(reading.confidence, 'f', 3) << '\n';
        m_out.flush();
    }
    return failures == 0 ? 0 : 1;
}

int CommandLineTool::detect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find and read the text on a photo. Prints a JSON array of "
                                        "{\"text\", \"confidence\", \"box\": [x, y, w, h], \"quad\": four [x, y] corners}."));
    const QCommandLineOption engineOption(QStringLiteral("engine"), tr("OCR engine: %1.").arg(OcrEngineFactory::ids().join(QStringLiteral(", "))),
                                          QStringLiteral("id"));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("The photo."), QStringLiteral("path"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), tr("Join words on the same text line into one box."));
    const QCommandLineOption confidenceOption(QStringLiteral("min-confidence"),
                                              tr("Leave out boxes read with less confidence (0..1; default 0)."),
                                              QStringLiteral("value"), QStringLiteral("0"));
    parser.addOptions({engineOption, inputOption, linesOption, confidenceOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &required : {engineOption, inputOption}) {
        if (!parser.isSet(required))
            return usageError(tr("detect needs --%1.").arg(required.names().constFirst()));
    }
    bool confidenceOk = false;
    const double minimumConfidence = parser.value(confidenceOption).toDouble(&confidenceOk);
    if (!confidenceOk || !(minimumConfidence >= 0.0 && minimumConfidence <= 1.0))
        return usageError(tr("--min-confidence takes a number from 0 to 1, not \"%1\".").arg(parser.value(confidenceOption)));
    const QString path = parser.value(inputOption);
    if (QFileInfo(path).isDir())
        return usageError(tr("detect reads one photo; \"%1\" is a folder.").arg(path));
    int exitCode = 0;
    const std::unique_ptr<OcrEngine> engine = openOcrEngine(parser.value(engineOption), &exitCode);
    if (!engine)
        return exitCode;
    QStringList inputs;
    if (!collectInputs(path, &inputs))
        return 1;

    const QString name = QFileInfo(path).fileName();
    const LoadedImage loaded = ImageLoader::load(path);
    QString error = loaded.error;
    QList<OcrTextBox> boxes;
    if (loaded.ok()) {
        try {
            boxes = engine->detect(loaded.image);
        } catch (const std::exception &exception) {
            error = QString::fromUtf8(exception.what());
        }
    }
    if (!error.isEmpty()) {
        m_err << name << ": " << error << '\n';
        m_err.flush();
        return 1;
    }
    TextLineGrouper::Settings grouping;
    grouping.minimumConfidence = minimumConfidence;
    grouping.mergeWords = parser.isSet(linesOption);
    if (grouping.mergeWords || parser.isSet(confidenceOption))
        boxes = TextLineGrouper::group(boxes, grouping);
    auto rounded = [](double value, int decimals) {
        const double factor = std::pow(10.0, decimals);
        return std::round(value * factor) / factor;
    };
    // One box per line: readable, and still one JSON array for programs.
    QStringList lines;
    for (const OcrTextBox &box : std::as_const(boxes)) {
        QJsonArray corners;
        for (const QPointF &corner : box.quad)
            corners.append(QJsonArray{rounded(corner.x(), 1), rounded(corner.y(), 1)});
        const QRect bounds = box.bounds.toAlignedRect();
        const QJsonObject object{
            {QStringLiteral("text"), box.text},
            {QStringLiteral("confidence"), rounded(box.confidence, 3)},
            {QStringLiteral("box"), QJsonArray{bounds.x(), bounds.y(), bounds.width(), bounds.height()}},
            {QStringLiteral("quad"), corners},
        };
        lines << QStringLiteral("  ") + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    if (lines.isEmpty())
        m_out << "[]\n";
    else
        m_out << "[\n" << lines.join(QStringLiteral(",\n")) << "\n]\n";
    m_out.flush();
    return 0;
}
