#include "ColorMaps.h"
#include "GlyphExtractor.h"
#include "MaskOverlayView.h"
#include "WidgetGrab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <algorithm>

namespace {

QImage whiteCrop()
{
    QImage crop(100, 20, QImage::Format_RGB32);
    crop.fill(Qt::white);
    return crop;
}

QImage rectMask(const QSize &size, const QRect &on, int value = 255)
{
    QImage mask(size, QImage::Format_Grayscale8);
    mask.fill(0);
    QPainter(&mask).fillRect(on, QColor(value, value, value));
    return mask;
}

} // namespace

class TestMaskOverlayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyViewHasNoComposite();
    void lineMaskIsAHeatMapScaledByOpacity();
    void characterMasksGetDistinctColoursAndCentroids();
    void layerTogglesAndTheirCheckboxes();
    void masksOfAnotherSizeAreStretched();
    void grabRendersSensibly();
    void sourceSelectorAndPlaceholder();
    void extractedMasksOfARealCrop();

private:
    MaskOverlayView *m_view = nullptr;
};

void TestMaskOverlayView::init()
{
    m_view = new MaskOverlayView;
    m_view->resize(520, 260);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMaskOverlayView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestMaskOverlayView::emptyViewHasNoComposite()
{
    m_view->setLineMask(rectMask(QSize(10, 10), QRect(0, 0, 5, 5))); // a mask without a crop
    QVERIFY(m_view->composite().isNull());
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("maskoverlay-empty.png")).isEmpty());
}

void TestMaskOverlayView::lineMaskIsAHeatMapScaledByOpacity()
{
    m_view->setImage(whiteCrop());
    m_view->setLineMask(rectMask(QSize(100, 20), QRect(10, 5, 80, 10)));
    QCOMPARE(m_view->opacity(), 0.6);
    QImage composite = m_view->composite();
    QCOMPARE(composite.size(), QSize(100, 20));
    QCOMPARE(composite.pixel(2, 2), qRgb(255, 255, 255)); // mask 0: the crop untouched
    const QColor hot = ColorMaps::heat(1.0);
    const auto mix = [](int over, double alpha) { return int(255 * (1 - alpha) + over * alpha + 0.5); };
    QCOMPARE(composite.pixel(50, 10), qRgb(mix(hot.red(), 0.6), mix(hot.green(), 0.6), mix(hot.blue(), 0.6)));

    QSignalSpy changed(m_view, &MaskOverlayView::opacityChanged);
    auto *slider = m_view->findChild<QSlider *>(QStringLiteral("opacitySlider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End); // keyboard: full opacity
    QCOMPARE(m_view->opacity(), 1.0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_view->composite().pixel(50, 10), hot.rgb());
    m_view->setOpacity(0.0);
    QCOMPARE(m_view->composite().pixel(50, 10), qRgb(255, 255, 255));
    m_view->setOpacity(qQNaN()); // ignored
    QCOMPARE(m_view->opacity(), 0.0);
}

void TestMaskOverlayView::characterMasksGetDistinctColoursAndCentroids()
{
    m_view->setImage(whiteCrop());
    m_view->setOpacity(1.0);
    m_view->setCharacterMasks({{rectMask(QSize(100, 20), QRect(10, 5, 10, 10)), QStringLiteral("a 0.93")},
                               {rectMask(QSize(100, 20), QRect(40, 0, 20, 20)), QStringLiteral("b 0.41")},
                               {rectMask(QSize(100, 20), QRect()), QString()}});
    const QImage composite = m_view->composite();
    QCOMPARE(composite.pixel(15, 10), ColorMaps::qualitative(0).rgb());
    QCOMPARE(composite.pixel(50, 10), ColorMaps::qualitative(1).rgb());
    QVERIFY(ColorMaps::qualitative(0) != ColorMaps::qualitative(1));
    QCOMPARE(composite.pixel(80, 10), qRgb(255, 255, 255));
    QCOMPARE(m_view->characterCentroid(0), QPointF(15, 10));
    QCOMPARE(m_view->characterCentroid(1), QPointF(50, 10));
    QVERIFY(m_view->characterCentroid(2).isNull()); // an empty mask has no centroid
    QVERIFY(m_view->characterCentroid(7).isNull());
}

void TestMaskOverlayView::layerTogglesAndTheirCheckboxes()
{
    m_view->setImage(whiteCrop());
    m_view->setOpacity(1.0);
    m_view->setLineMask(rectMask(QSize(100, 20), QRect(0, 0, 50, 20)));
    m_view->setCharacterMasks({{rectMask(QSize(100, 20), QRect(60, 0, 10, 20)), QStringLiteral("x")}});
    auto *line = m_view->findChild<QCheckBox *>(QStringLiteral("lineToggle"));
    auto *characters = m_view->findChild<QCheckBox *>(QStringLiteral("characterToggle"));
    QSignalSpy lineToggled(m_view, &MaskOverlayView::lineLayerToggled);

    line->setFocus();
    QTest::keyClick(line, Qt::Key_Space);
    QVERIFY(!m_view->isLineLayerVisible());
    QCOMPARE(lineToggled.size(), 1);
    QCOMPARE(m_view->composite().pixel(10, 10), qRgb(255, 255, 255));
    QCOMPARE(m_view->composite().pixel(65, 10), ColorMaps::qualitative(0).rgb());

    QTest::mouseClick(characters, Qt::LeftButton);
    QVERIFY(!m_view->isCharacterLayerVisible());
    QCOMPARE(m_view->composite().pixel(65, 10), qRgb(255, 255, 255));

    m_view->setLineLayerVisible(true);
    QVERIFY(line->isChecked());
    QCOMPARE(m_view->composite().pixel(10, 10), ColorMaps::heat(1.0).rgb());
}

void TestMaskOverlayView::masksOfAnotherSizeAreStretched()
{
    m_view->setImage(whiteCrop());
    m_view->setOpacity(1.0);
    // Half resolution, same shape, and not Grayscale8: converted and stretched, no message.
    QImage half(50, 10, QImage::Format_RGB32);
    half.fill(Qt::black);
    QPainter(&half).fillRect(QRect(0, 0, 25, 10), Qt::white);
    m_view->setLineMask(half);
    QVERIFY(m_view->message().isEmpty());
    QCOMPARE(m_view->composite().size(), QSize(100, 20));
    QCOMPARE(m_view->composite().pixel(20, 10), ColorMaps::heat(1.0).rgb());
    QCOMPARE(m_view->composite().pixel(80, 10), qRgb(255, 255, 255));
    // A square mask over a 5:1 crop: still shown, with a clear note.
    m_view->setLineMask(rectMask(QSize(30, 30), QRect(0, 0, 30, 30)));
    QVERIFY(m_view->message().contains(QStringLiteral("30×30")));
    m_view->clear();
    QVERIFY(m_view->composite().isNull());
    QVERIFY(m_view->message().isEmpty());
}

void TestMaskOverlayView::grabRendersSensibly()
{
    const QString cropPath = sharedDataFile(QStringLiteral("crops/labelled/icdar2015-train/img_2_w00.png"));
    if (cropPath.isEmpty())
        QSKIP("../shared/data is not available");
    QImage crop(cropPath);
    QVERIFY(!crop.isNull());
    crop = crop.scaled(crop.size() * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Stand-in masks from the crop itself: the bright text pixels (this sign is light on dark)
    // form the line mask, and four equal column slices of them the character masks of "EXIT".
    const QImage gray = crop.convertToFormat(QImage::Format_Grayscale8);
    int mean = 0;
    for (int y = 0; y < gray.height(); ++y)
        for (int x = 0; x < gray.width(); ++x)
            mean += gray.constScanLine(y)[x];
    mean /= gray.width() * gray.height();
    QImage line(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y)
        for (int x = 0; x < gray.width(); ++x) {
            const int v = gray.constScanLine(y)[x];
            line.scanLine(y)[x] = uchar(std::clamp((v - mean) * 4, 0, 255));
        }
    const QStringList labels{QStringLiteral("E 0.97"), QStringLiteral("X 0.88"), QStringLiteral("I 0.52"),
                             QStringLiteral("T 0.93")};
    QList<CharacterMask> characters;
    for (int i = 0; i < 4; ++i) {
        QImage mask = line.copy();
        const int left = i * mask.width() / 4;
        const int right = (i + 1) * mask.width() / 4;
        for (int y = 0; y < mask.height(); ++y)
            for (int x = 0; x < mask.width(); ++x)
                if (x < left || x >= right)
                    mask.scanLine(y)[x] = 0;
        characters.append({mask, labels.at(i)});
    }
    m_view->resize(560, 300);
    m_view->setImage(crop);
    m_view->setLineMask(line.scaled(line.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    m_view->setCharacterMasks(characters);
    m_view->setOpacity(0.55);
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("maskoverlay.png")).isEmpty());
}

void TestMaskOverlayView::sourceSelectorAndPlaceholder()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("maskSourceCombo"));
    QVERIFY(combo);
    QVERIFY(!combo->isVisibleTo(m_view)); // no choice, no selector
    QCOMPARE(m_view->currentSource(), -1);
    m_view->setSources({QStringLiteral("only")});
    QVERIFY(!combo->isVisibleTo(m_view));
    QSignalSpy changed(m_view, &MaskOverlayView::sourceChanged);
    m_view->setSources({QStringLiteral("extracted"), QStringLiteral("from the result"), QStringLiteral("predicted")});
    QVERIFY(combo->isVisibleTo(m_view));
    QCOMPARE(m_view->sources().size(), 3);
    QCOMPARE(m_view->currentSource(), 0);
    QCOMPARE(changed.size(), 0); // filling the selector is not a choice
    combo->setCurrentIndex(2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toInt(), 2);
    m_view->setCurrentSource(1);
    QCOMPARE(m_view->currentSource(), 1);
    QCOMPARE(changed.size(), 2);
    m_view->setCurrentSource(7); // out of range: ignored
    QCOMPARE(m_view->currentSource(), 1);
    // Renamed sources keep the choice.
    m_view->setSources({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(m_view->currentSource(), 1);

    m_view->setPlaceholderText(QStringLiteral("Run GlyphSR to see its masks."));
    QCOMPARE(m_view->placeholderText(), QStringLiteral("Run GlyphSR to see its masks."));
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("maskoverlay-placeholder.png")).isEmpty());
    m_view->setImage(whiteCrop());
    m_view->setCharacterMasks({{rectMask(QSize(100, 20), QRect(0, 0, 10, 10)), QString()},
                               {rectMask(QSize(100, 20), QRect(20, 0, 10, 10)), QString()}});
    QCOMPARE(m_view->characterCount(), 2);
    m_view->clear();
    QCOMPARE(m_view->characterCount(), 0);
}

void TestMaskOverlayView::extractedMasksOfARealCrop()
{
    // The training-free extractor's masks of a real photo crop, as the workbench shows them.
    // "CHINA" on a shop sign, 109×32, letters apart (touching letters would form one mask).
    const QString cropPath = sharedDataFile(QStringLiteral("crops/labelled/opencv/scenetext_word01.jpg"));
    if (cropPath.isEmpty())
        QSKIP("../shared/data is not available");
    const QImage crop = QImage(cropPath).convertToFormat(QImage::Format_RGB888);
    const GlyphExtraction found = GlyphExtractor::extract(crop);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.characterMasks.size(), 5);
    QList<CharacterMask> characters;
    for (const QImage &mask : found.characterMasks)
        characters.append({mask, QString()});
    m_view->resize(560, 300);
    m_view->setImage(crop.scaled(crop.size() * 3)); // the masks are stretched over it
    m_view->setLineMask(found.lineMask);
    m_view->setCharacterMasks(characters);
    QVERIFY2(m_view->message().isEmpty(), qPrintable(m_view->message()));
    QCOMPARE(m_view->characterCount(), int(found.characterMasks.size()));
    for (int i = 1; i < m_view->characterCount(); ++i)
        QVERIFY(m_view->characterCentroid(i - 1).x() < m_view->characterCentroid(i).x());
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("maskoverlay-extracted.png")).isEmpty());
}

QTEST_MAIN(TestMaskOverlayView)
#include "tst_maskoverlayview.moc"
