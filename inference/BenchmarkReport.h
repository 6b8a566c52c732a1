#pragma once

#include "BenchmarkRunner.h"
#include "BenchmarkSet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

// The benchmark's results as the papers print them: a word-accuracy table (methods × sets ×
// recognizers), the gap each method closes between bicubic and HR, and image quality and
// speed; plus the same numbers as JSON.
class BenchmarkReport
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkReport)

public:
    BenchmarkReport(std::vector<BenchmarkRow> rows, QStringList setOrigins, QStringList recognizers, QString machine);

    QString markdown() const;
    QJsonObject json() const;
    // Tab-separated, one line per crop: set, number, the true text (`truths`, per set), then what
    // each recognizer read in each method's result, so that a reader can see which crops a
    // method gets right or wrong.
    QString readingsTable(const QMap<QString, QStringList> &truths) const;
    // NaN when there is no bicubic or HR row, or they score the same.
    double gapClosure(const QString &method, const QString &set, const QString &recognizer) const;

private:
    const BenchmarkRow *find(const QString &method, const QString &set) const;

    std::vector<BenchmarkRow> m_rows;
    QStringList m_origins;
    QStringList m_recognizers;
    QString m_machine;
};
