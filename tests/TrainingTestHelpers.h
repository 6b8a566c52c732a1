#pragma once

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QString>

#include <torch/torch.h>

#include <functional>
#include <vector>

// Shared by the tests that train a few steps and compare the weights of two runs.

// True when both lists hold the same tensors, element for element.
inline bool sameWeights(const std::vector<torch::Tensor> &a, const std::vector<torch::Tensor> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i]))
            return false;
    return true;
}

// 40 synthetic text lines (seed 5, the default preset) written by glyphlab-cli synth into
// `folder`; false, with the tool's errors printed, when it fails.
inline bool synthesizeLines(const QString &folder)
{
    QProcess synth;
    synth.start(QStringLiteral(GLYPHLAB_CLI), {QStringLiteral("synth"), QStringLiteral("--count"), QStringLiteral("40"),
                                               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--output"), folder});
    if (!synth.waitForFinished(120000) || synth.exitCode() != 0) {
        qWarning("%s", synth.readAllStandardError().constData());
        return false;
    }
    return true;
}

// Runs `train` with a log that stops it, as if it were killed, right after the checkpoint
// at `step`; true when it stopped there.
inline bool stoppedAfterCheckpoint(const std::function<void(const std::function<void(const QString &)> &)> &train, int step)
{
    struct Interrupted
    {
    };
    const QString marker = QStringLiteral("step %1:").arg(step);
    try {
        train([&](const QString &line) {
            if (line.contains(marker) && line.contains(QStringLiteral("checkpoint written")))
                throw Interrupted();
        });
    } catch (const Interrupted &) {
        return true;
    }
    return false;
}

// A word drawn black on white in DejaVu Sans, centred, at 70 % of the image's height.
inline QImage renderedWord(const QString &word, const QSize &size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(size.height() * 7 / 10);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, word);
    return image;
}
