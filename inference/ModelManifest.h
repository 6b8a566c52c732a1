#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The JSON file beside every shipped weights file: which method and architecture it is for,
// how it was trained, what it reached in the benchmark, and the weights' SHA-256, so a loader
// can refuse a missing, damaged or mismatched file with a clear message.
class ModelManifest
{
    Q_DECLARE_TR_FUNCTIONS(ModelManifest)

public:
    QString model;               // "crnn", "glyphsr", ...
    QString weightsFile;         // file name, beside the manifest
    QString sha256;
    QJsonObject architecture;    // hyper-parameters the loader must match
    QJsonObject training;        // data, steps, seed, time, machine
    QJsonObject benchmark;       // figures reached
    QString scaleNote;           // in words: how this differs from the published system

    // Throws std::runtime_error with the path and the problem.
    static ModelManifest read(const QString &manifestPath);
    bool write(const QString &manifestPath, QString *error) const;
    static QString sha256Of(const QString &filePath);
    // Checks the model name, the architecture (every key in `expected` must match), and the
    // checksum of the weights file; returns the weights path. Throws std::runtime_error.
    QString verify(const QString &manifestPath, const QString &expectedModel, const QJsonObject &expected) const;
};
