#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
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
    // Models made of several weights files (DiffTSR's stages) list them here, each under a role
    // ("idm", "tdm", ...); `weightsFile` may then be empty.
    struct WeightsFile
    {
        QString role;
        QString file;
        QString sha256;
    };
    QList<WeightsFile> files;

    // Throws std::runtime_error with the path and the problem.
    static ModelManifest read(const QString &manifestPath);
    bool write(const QString &manifestPath, QString *error) const;
    static QString sha256Of(const QString &filePath);
    // Checks the model name, the architecture (every key in `expected` must match), and the
    // checksum of the weights file; returns the weights path. Throws std::runtime_error.
    QString verify(const QString &manifestPath, const QString &expectedModel, const QJsonObject &expected) const;
    // The model name and architecture checks of verify() alone.
    void verifyArchitecture(const QString &manifestPath, const QString &expectedModel, const QJsonObject &expected) const;
    // The path of the file listed under `role`, after checking that it exists and its checksum.
    // Throws std::runtime_error (also when no file has that role).
    QString verifyFile(const QString &manifestPath, const QString &role) const;
    // Adds or replaces the entry for `role`.
    void setFile(const QString &role, const QString &file, const QString &sha256);
};
