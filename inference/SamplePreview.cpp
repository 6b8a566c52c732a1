#include "SamplePreview.h"

#include <QPainter>

#include <algorithm>

QColor SamplePreview::slotColor(int slot)
{
    static const QRgb palette[] = {0xe6194b, 0x3cb44b, 0xffe119, 0x4363d8, 0xf58231, 0x911eb4,
                                   0x46f0f0, 0xf032e6, 0xbcf60c, 0xfabebe, 0x008080, 0xe6beff,
                                   0x9a6324, 0xfffac8, 0x800000, 0xaaffc3};
    return QColor(palette[slot % int(std::size(palette))]);
}

QImage SamplePreview::colorizeCharacters(const QImage &characterIndex)
{
    const QImage index = characterIndex.convertToFormat(QImage::Format_Grayscale8);
    QImage colored(index.size(), QImage::Format_RGB32);
    for (int y = 0; y < index.height(); ++y) {
        const uchar *in = index.constScanLine(y);
        auto *out = reinterpret_cast<QRgb *>(colored.scanLine(y));
        for (int x = 0; x < index.width(); ++x)
            out[x] = in[x] == 0 ? qRgb(0, 0, 0) : slotColor(in[x] - 1).rgb();
    }
    return colored;
}

QImage SamplePreview::row(const TextLineSample &sample)
{
    const QSize cell = sample.highResolution.size();
    const int gap = 4;
    QImage image(cell.width() * 4 + gap * 3, cell.height(), QImage::Format_RGB32);
    image.fill(QColor(40, 40, 40));
    QPainter painter(&image);
    painter.drawImage(QRect(QPoint(0, 0), cell), sample.highResolution);
    // Nearest-neighbour enlargement shows the LR pixels as they are.
    painter.drawImage(QRect(QPoint(cell.width() + gap, 0), cell),
                      sample.lowResolution.scaled(cell, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    painter.drawImage(QRect(QPoint(2 * (cell.width() + gap), 0), cell), colorizeCharacters(sample.characterIndex));
    painter.drawImage(QRect(QPoint(3 * (cell.width() + gap), 0), cell), sample.lineMask);
    return image;
}

QImage SamplePreview::grid(const QList<TextLineSample> &samples)
{
    if (samples.isEmpty())
        return {};
    const QImage first = row(samples.first());
    const int gap = 4;
    QImage image(first.width(), samples.size() * (first.height() + gap) - gap, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < samples.size(); ++i)
        painter.drawImage(0, i * (first.height() + gap), row(samples[i]));
    return image;
}

QImage SamplePreview::sceneRow(const SceneSample &sample)
{
    const QSize cell = sample.highResolution.size();
    const int gap = 4;
    QImage image(cell.width() * 3 + gap * 2, cell.height(), QImage::Format_RGB32);
    image.fill(QColor(40, 40, 40));
    QPainter painter(&image);
    painter.drawImage(QRect(QPoint(0, 0), cell), sample.highResolution);
    painter.drawImage(QRect(QPoint(cell.width() + gap, 0), cell),
                      sample.lowResolution.scaled(cell, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    const QPoint maskOrigin(2 * (cell.width() + gap), 0);
    painter.drawImage(QRect(maskOrigin, cell), sample.textMask);
    painter.setBrush(Qt::NoBrush);
    for (int w = 0; w < sample.words.size(); ++w) {
        painter.setPen(QPen(slotColor(w), 1));
        const QRect box = sample.words[w].box.translated(maskOrigin);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
    }
    painter.setPen(Qt::white);
    painter.drawText(QRect(maskOrigin + QPoint(4, 2), QSize(40, 16)), Qt::AlignLeft | Qt::AlignTop,
                     ScenePartitions::name(sample.partition));
    return image;
}

QImage SamplePreview::sceneGrid(const QList<SceneSample> &samples)
{
    if (samples.isEmpty())
        return {};
    const QImage first = sceneRow(samples.first());
    const int gap = 4;
    QImage image(first.width(), samples.size() * (first.height() + gap) - gap, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < samples.size(); ++i)
        painter.drawImage(0, i * (first.height() + gap), sceneRow(samples[i]));
    return image;
}
