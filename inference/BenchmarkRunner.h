#pragma once

#include "BenchmarkSet.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

class RestorationMethod;

// One row of the benchmark: a method (or "hr", the truth images) on one test set.
struct BenchmarkRow
{
    QString method;
    QString set;
    int count = 0;
    int failures = 0;                 // crops the method could not restore (counted as misread)
    // A method that restored none of the set's crops has no figures on it (not zeros).
    bool restoredNone() const { return count > 0 && failures == count; }
    QMap<QString, double> accuracy;   // per recognizer, word accuracy 0..1 (TextZoom protocol)
    QMap<QString, double> errorRate;  // per recognizer, mean character error rate
    QMap<QString, QStringList> readings; // per recognizer, what it read in each crop, in set order
    double psnr = 0, ssim = 0;        // against HR; not for the "hr" row
    // Scene-level sets: PSNR outside the word boxes (grown by kTextMargin), where the picture
    // should stay as it is; NaN for line sets.
    double nonTextPsnr = std::numeric_limits<double>::quiet_NaN();
    static constexpr int kTextMargin = 4;
    double millisecondsPerCrop = 0;   // the set's crops one by one, as the GUI runs them
    // Speed on the set's low-resolution crops brought to 64×16 (TextZoom's input size), so that
    // methods compare on one size: one crop per call, then `batchSize` crops per call
    // (RestorationMethod::restoreBatch). batchSize 0: not measured (scene sets, --batch 0).
    int batchSize = 0;
    double fixedSizeMillisecondsPerCrop = 0;
    double fixedSizeCropsPerSecond = 0;
    // Methods that read the text themselves (DiffTSR's text diffusion): how often their own
    // final text is the right word. ownTextCount 0: the method reports no text.
    int ownTextCount = 0;
    double ownTextAccuracy = 0;
};

// Runs methods on a test set and measures what recognizers read in the results. Each
// recognizer runs on its own thread with its own engine. A recognizer that cannot detect text
// on photos (the CRNN) gets no figures on scene-level sets.
class BenchmarkRunner
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkRunner)

public:
    using Log = std::function<void(const QString &)>;
    // "hr" is always measured first. Throws std::runtime_error when a recognizer is unavailable.
    // batchSize: crops per call for the throughput figures (0: skip them).
    static std::vector<BenchmarkRow> run(const BenchmarkSet &set, const std::vector<RestorationMethod *> &methods,
                                         const QStringList &recognizers, const QString &device, int batchSize,
                                         const Log &log);
};
