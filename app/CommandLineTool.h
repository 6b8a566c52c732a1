#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class OcrEngine;
class RestorationMethod;
struct RestoreOptions;
class QRect;

// glyphlab-cli: the command-line contract that tests and benchmarks drive.
// Exit codes: 0 done, 1 some input could not be processed, 2 bad command line (or the chosen
// OCR engine cannot run here).
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    CommandLineTool();
    ~CommandLineTool();

    int run(const QStringList &arguments);

private:
    int listMethods();
    int restore(const QStringList &arguments);
    int demo(const QStringList &arguments);
    int ocr(const QStringList &arguments);
    int detect(const QStringList &arguments);
    void printUsage(QTextStream &stream) const;

    // Restores one image file; prints one line about it. False if it failed.
    bool restoreFile(RestorationMethod &method, const QString &inputPath, const QString &outputPath,
                     const std::optional<QRect> &region, const RestoreOptions &options, bool dumpSteps);
    int usageError(const QString &message);
    // The images named by --input (a file, or a folder's images sorted by name, not recursive).
    // False, after saying why on stderr, if there are none.
    bool collectInputs(const QString &input, QStringList *inputs);
    // The engine with this id if it can run here; nullptr after a usage error otherwise.
    std::unique_ptr<OcrEngine> openOcrEngine(const QString &id, int *exitCode);

    QTextStream m_out;
    QTextStream m_err;
    std::vector<std::unique_ptr<RestorationMethod>> m_methods;
};
