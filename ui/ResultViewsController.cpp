#include "ResultViewsController.h"

#include "CharacterMask.h"
#include "ComparisonEntry.h"
#include "ComparisonGrid.h"
#include "InferenceEngine.h"
#include "MainWindow.h"
#include "MaskOverlayView.h"
#include "OcrOverlayView.h"
#include "PlotPanel.h"
#include "ProjectDocument.h"
#include "SplitComparisonView.h"
#include "StepTimeline.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QMetaType>
#include <QSettings>
#include <QStatusBar>
#include <QStringList>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace {

const QString kLineMaskKey = QStringLiteral("lineMask");
const QString kCharMasksKey = QStringLiteral("charMasks");
const QString kCharLabelsKey = QStringLiteral("charLabels");
const QString kMaskSourceKey = QStringLiteral("maskView/source");
// The extractor sees at most this many pixels; larger crops are scaled down first and the
// view stretches the masks back over them (an interactive view, not a measurement).
constexpr qint64 kMaxExtractionPixels = 512 * 512;

// A per-step value worth plotting: a plain number (not text, not an image).
bool numericValue(const QVariant &value, double *number)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Float:
    case QMetaType::Double: {
        bool ok = false;
        *number = value.toDouble(&ok);
        return ok && std::isfinite(*number);
    }
    default:
        return false;
    }
}

bool hasMasks(const StepRecord &step)
{
    return step.values.value(kLineMaskKey).canConvert<QImage>() && step.values.contains(kCharMasksKey);
}

} // namespace

ResultViewsController::ResultViewsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_timeline(new StepTimeline)
    , m_split(new SplitComparisonView)
    , m_grid(new ComparisonGrid)
    , m_mask(new MaskOverlayView)
    , m_ocr(new OcrOverlayView)
    , m_plot(new PlotPanel)
    , m_exportPng(new QAction(tr("Export Plot as PNG…"), this))
    , m_exportPdf(new QAction(tr("Export Plot as PDF…"), this))
    , m_plotMode(new QComboBox)
{
    m_timeline->setObjectName(QStringLiteral("stepTimeline"));
    m_split->setObjectName(QStringLiteral("splitComparisonView"));
    m_grid->setObjectName(QStringLiteral("comparisonGrid"));
    m_mask->setObjectName(QStringLiteral("maskOverlayView"));
    m_ocr->setObjectName(QStringLiteral("ocrOverlayView"));
    m_plot->setObjectName(QStringLiteral("plotPanel"));
    m_exportPng->setObjectName(QStringLiteral("actionExportPlotPng"));
    m_exportPdf->setObjectName(QStringLiteral("actionExportPlotPdf"));

    // The plots dock: the plot under a small tool bar with its export actions.
    auto *plots = new QWidget;
    plots->setObjectName(QStringLiteral("plotsPage"));
    auto *toolBar = new QToolBar(plots);
    toolBar->setIconSize(QSize(16, 16));
    m_plotMode->setObjectName(QStringLiteral("plotModeCombo"));
    m_plotMode->addItems({tr("Steps of the current region"), tr("Time per region (s)"), tr("OCR confidence per region")});
    m_plotMode->setToolTip(tr("Plot the values of each step of the current region's latest run, or one bar per region"));
    toolBar->addWidget(m_plotMode);
    toolBar->addSeparator();
    toolBar->addAction(m_exportPng);
    toolBar->addAction(m_exportPdf);
    auto *layout = new QVBoxLayout(plots);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_plot, 1);
    plots->setMinimumHeight(190); // the dock opens tall enough to read the axes
    m_plot->setAxisLabels(tr("Step"), tr("Value"));

    // Short names (the selector sits in one row with the other controls); the tool tip explains.
    m_mask->setSources({tr("Input, training-free"), tr("Result, training-free"), tr("GlyphSR prediction")});
    m_mask->findChild<QComboBox *>(QStringLiteral("maskSourceCombo"))
        ->setToolTip(tr("Training-free: masks found in the pixels alone (two colour clusters, the background owns the "
                        "border; characters are the connected ink), for the input crop or the restored result. "
                        "GlyphSR prediction: the masks GlyphSR's glyph perception module predicted in its latest run "
                        "on this region."));
    m_mask->setCurrentSource(std::clamp(QSettings().value(kMaskSourceKey, 0).toInt(), 0, int(MaskSource::Predicted)));
    connect(m_mask, &MaskOverlayView::sourceChanged, this, [this](int index) {
        QSettings().setValue(kMaskSourceKey, index);
        updateMask();
    });
    connect(m_mask, &MaskOverlayView::shown, this, &ResultViewsController::updateMask);

    m_window->installResultView(MainWindow::ResultView::StepTimeline, m_timeline);
    m_window->installResultView(MainWindow::ResultView::SplitComparison, m_split);
    m_window->installResultView(MainWindow::ResultView::ComparisonGrid, m_grid);
    m_window->installResultView(MainWindow::ResultView::MaskOverlay, m_mask);
    m_window->installResultView(MainWindow::ResultView::OcrOverlay, m_ocr);
    m_window->installResultView(MainWindow::ResultView::Plots, plots);

    connect(m_window, &MainWindow::currentRegionChanged, this, &ResultViewsController::showRegion);
    connect(m_window, &MainWindow::stepRecorded, this, &ResultViewsController::onStep);
    connect(m_window, &MainWindow::runRecorded, this, &ResultViewsController::onRun);
    ProjectDocument *document = m_window->document();
    connect(document, &ProjectDocument::regionChanged, this, &ResultViewsController::onRegionChanged);
    connect(document, &ProjectDocument::regionRemoved, this, [this](int id) {
        m_steps.remove(id);
        if (id == m_regionId)
            showRegion(0);
    });
    connect(document, &ProjectDocument::projectReset, this, &ResultViewsController::onProjectReset);

    connect(m_timeline, &StepTimeline::currentStepChanged, this, &ResultViewsController::onTimelineStep);
    connect(m_plot, &PlotPanel::stepClicked, this, &ResultViewsController::onPlotStep);
    connect(m_plotMode, &QComboBox::currentIndexChanged, this, &ResultViewsController::updatePlot);
    connect(m_exportPng, &QAction::triggered, this, [this] { chooseAndExport(false); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { chooseAndExport(true); });
    showRegion(m_window->currentRegionId());
}

StepTimeline *ResultViewsController::timeline() const { return m_timeline; }
SplitComparisonView *ResultViewsController::splitView() const { return m_split; }
ComparisonGrid *ResultViewsController::grid() const { return m_grid; }
MaskOverlayView *ResultViewsController::maskView() const { return m_mask; }
OcrOverlayView *ResultViewsController::ocrView() const { return m_ocr; }
PlotPanel *ResultViewsController::plotPanel() const { return m_plot; }
QAction *ResultViewsController::exportPngAction() const { return m_exportPng; }
QAction *ResultViewsController::exportPdfAction() const { return m_exportPdf; }

QList<StepRecord> ResultViewsController::steps(int regionId) const
{
    return m_steps.value(regionId);
}

ResultViewsController::MaskSource ResultViewsController::maskSource() const
{
    return MaskSource(std::max(0, m_mask->currentSource()));
}

void ResultViewsController::setMaskSource(MaskSource source)
{
    m_mask->setCurrentSource(int(source));
}

ResultViewsController::PlotMode ResultViewsController::plotMode() const
{
    return PlotMode(std::max(0, m_plotMode->currentIndex()));
}

void ResultViewsController::setPlotMode(PlotMode mode)
{
    m_plotMode->setCurrentIndex(int(mode));
}

void ResultViewsController::showRegion(int regionId)
{
    const ProjectDocument *document = m_window->document();
    m_regionId = document->project().region(regionId) ? regionId : 0;
    m_crop = m_regionId ? document->crop(m_regionId) : QImage();
    updateComparison();
    updateGrid();
    showSteps(m_regionId);
    updateMask();
    updateOcr();
}

void ResultViewsController::onStep(int regionId, const StepRecord &step)
{
    QList<StepRecord> &steps = m_steps[regionId];
    // A new run starts at step 0 (or goes back to an earlier step): forget the old one.
    const bool newRun = step.index == 0 || (!steps.isEmpty() && steps.constLast().index >= step.index);
    if (newRun)
        steps.clear();
    steps.append(step);
    if (regionId != m_regionId)
        return;
    if (newRun) {
        m_timeline->clear();
        if (plotMode() == PlotMode::Steps)
            m_plot->clear();
    }
    addStepToViews(step);
    if (hasMasks(step) || newRun)
        updateMask();
}

void ResultViewsController::onRun(int regionId, const RegionRun &run)
{
    Q_UNUSED(run);
    if (plotMode() != PlotMode::Steps)
        updatePlot(); // every region's bar may have changed
    if (regionId != m_regionId)
        return;
    updateComparison();
    updateGrid();
    updateMask();
    updateOcr();
}

void ResultViewsController::onRegionChanged(int regionId)
{
    if (regionId != m_regionId)
        return;
    const QImage crop = m_window->document()->crop(regionId);
    if (crop.size() != m_crop.size() || crop != m_crop) {
        m_crop = crop;
        updateComparison();
        updateGrid();
    }
    updateOcr();
    if (plotMode() != PlotMode::Steps)
        updatePlot(); // the bars are labelled with the region names
}

void ResultViewsController::onProjectReset()
{
    m_steps.clear();
    showRegion(0);
}

void ResultViewsController::showSteps(int regionId)
{
    m_timeline->clear();
    const QList<StepRecord> steps = m_steps.value(regionId);
    for (const StepRecord &step : steps)
        m_timeline->appendStep(step);
    updatePlot();
}

// Cheap per step: the timeline keeps a thumbnail; the plot gets one point per number.
void ResultViewsController::addStepToViews(const StepRecord &step)
{
    if (plotMode() == PlotMode::Steps)
        plotStep(step);
    m_timeline->appendStep(step);
}

void ResultViewsController::plotStep(const StepRecord &step)
{
    for (auto it = step.values.cbegin(); it != step.values.cend(); ++it) {
        double number = 0;
        if (!numericValue(it.value(), &number))
            continue;
        const bool added = !m_plot->seriesNames().contains(it.key());
        m_plot->appendPoint(it.key(), step.index, number);
        if (added && it.key().startsWith(QLatin1String("lambda")))
            m_plot->setSeriesStyle(it.key(), PlotPanel::SeriesStyle::Step);
    }
    m_plot->appendPoint(QStringLiteral("seconds"), step.index, step.seconds);
}

// The steps of the current region as lines, or one bar per region: the time of its latest
// result, or the recognizer's confidence at the last step of its latest run (this session).
void ResultViewsController::updatePlot()
{
    m_plot->clear();
    const PlotMode mode = plotMode();
    if (mode == PlotMode::Steps) {
        m_plot->setAxisLabels(tr("Step"), tr("Value"));
        for (const StepRecord &step : m_steps.value(m_regionId))
            plotStep(step);
        const int position = m_timeline->currentStep();
        m_plot->setCurrentStep(position >= 0 ? m_timeline->step(position).index : -1);
        return;
    }
    QStringList labels;
    QVector<double> values;
    const Project &project = m_window->document()->project();
    for (const TextRegion &region : project.regions) {
        double value = 0;
        if (mode == PlotMode::TimePerRegion) {
            const RegionRun *run = project.latestSuccessfulRun(region.id);
            if (!run)
                continue;
            value = run->seconds;
        } else {
            const QList<StepRecord> steps = m_steps.value(region.id);
            if (steps.isEmpty() || !numericValue(steps.constLast().values.value(QStringLiteral("confidence")), &value))
                continue;
        }
        labels << region.name;
        values << value;
    }
    const QString axis = mode == PlotMode::TimePerRegion ? tr("Seconds") : tr("OCR confidence");
    m_plot->setAxisLabels(tr("Region"), axis);
    if (!labels.isEmpty())
        m_plot->setBars(labels, values, axis);
}

QImage ResultViewsController::latestResult() const
{
    if (const RegionRun *run = m_window->document()->project().latestSuccessfulRun(m_regionId))
        return run->image;
    return {};
}

void ResultViewsController::updateComparison()
{
    if (!m_regionId) {
        m_split->clear();
        return;
    }
    m_split->setImages(m_crop, latestResult());
}

// The input, then the newest successful result of every method run on the region, in the
// engine's method order (methods it no longer has last, by id).
void ResultViewsController::updateGrid()
{
    if (!m_regionId) {
        m_grid->clear();
        return;
    }
    QList<ComparisonEntry> entries;
    entries.append({tr("Input"), m_crop, tr("%1×%2 px").arg(m_crop.width()).arg(m_crop.height())});

    QHash<QString, const RegionRun *> newest;
    QStringList order;
    const QList<RegionRun> &runs = m_window->document()->project().runs;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->regionId != m_regionId || !it->succeeded() || newest.contains(it->methodId))
            continue;
        newest.insert(it->methodId, &*it);
        order.append(it->methodId);
    }
    QStringList methodIds;
    QHash<QString, QString> names;
    const QList<MethodInfo> methods = m_window->engine()->methods();
    for (const MethodInfo &method : methods) {
        names.insert(method.id, method.displayName);
        if (newest.contains(method.id))
            methodIds.append(method.id);
    }
    for (const QString &id : std::as_const(order)) {
        if (!methodIds.contains(id))
            methodIds.append(id);
    }
    for (const QString &id : std::as_const(methodIds)) {
        if (entries.size() >= ComparisonGrid::kMaxEntries)
            break;
        const RegionRun *run = newest.value(id);
        const QString name = names.value(id, id);
        const QString subtitle = run->device.isEmpty()
                                     ? tr("%1 s").arg(run->seconds, 0, 'f', 2)
                                     : tr("%1 s on %2").arg(run->seconds, 0, 'f', 2).arg(run->device);
        entries.append({tr("%1 ×%2").arg(name).arg(run->options.scale), run->image, subtitle});
    }
    m_grid->setEntries(entries);
}

void ResultViewsController::updateMask()
{
    const TextRegion *region = m_window->document()->project().region(m_regionId);
    if (!region) {
        m_mask->clear();
        m_mask->setPlaceholderText(tr("Select a region to see its glyph masks."));
        return;
    }
    switch (maskSource()) {
    case MaskSource::Predicted:
        if (!showPredictedMasks()) {
            m_mask->clear();
            m_mask->setPlaceholderText(tr("No GlyphSR masks for this region yet: choose GlyphSR in the Method panel and "
                                          "restore the region. (The masks of a run are kept until the project is closed.)"));
        }
        return;
    case MaskSource::ExtractedFromResult: {
        const QImage result = latestResult();
        if (result.isNull()) {
            m_mask->clear();
            m_mask->setPlaceholderText(tr("Restore the region first: these masks are extracted from its result."));
            return;
        }
        showExtractedMasks(result);
        return;
    }
    case MaskSource::ExtractedFromInput:
        showExtractedMasks(m_crop);
        return;
    }
}

// The masks of the newest step that has them, over that step's image.
bool ResultViewsController::showPredictedMasks()
{
    const QList<StepRecord> steps = m_steps.value(m_regionId);
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!hasMasks(*it))
            continue;
        const QVariantList images = it->values.value(kCharMasksKey).toList();
        const QStringList labels = it->values.value(kCharLabelsKey).toStringList();
        QList<CharacterMask> masks;
        for (int i = 0; i < images.size(); ++i)
            masks.append({images.at(i).value<QImage>(), i < labels.size() ? labels.at(i) : QString()});
        m_mask->setImage(it->image.isNull() ? latestResult() : it->image);
        m_mask->setLineMask(it->values.value(kLineMaskKey).value<QImage>());
        m_mask->setCharacterMasks(masks);
        return true;
    }
    return false;
}

// The training-free extractor's masks over `image`. Computed off the GUI thread, only while the
// view is on screen and once per image, so runs and region switches cost nothing while it is
// hidden; a request that arrives while one is computed waits for it (only the newest waits).
void ResultViewsController::showExtractedMasks(const QImage &image)
{
    if (!m_mask->isVisible()) {
        m_mask->clear();
        return;
    }
    const bool known = !m_extractedImage.isNull() && (image.cacheKey() == m_extractedImage.cacheKey() || image == m_extractedImage);
    if (!known) {
        // The crop at once, its masks when they are found.
        m_mask->clear();
        m_mask->setImage(image);
        extractInBackground(image);
        return;
    }
    if (m_extraction.isEmpty()) {
        m_mask->clear();
        m_mask->setPlaceholderText(tr("No text found in this crop: it has no two colours to tell apart."));
        return;
    }
    // Unlabelled: the extractor knows shapes, not letters (the legend numbers them).
    QList<CharacterMask> masks;
    for (const QImage &mask : std::as_const(m_extraction.characterMasks))
        masks.append({mask, QString()});
    m_mask->setImage(image);
    m_mask->setLineMask(m_extraction.lineMask);
    m_mask->setCharacterMasks(masks);
}

void ResultViewsController::extractInBackground(const QImage &image)
{
    if (m_extracting) {
        m_pendingExtraction = image;
        return;
    }
    m_extracting = true;
    auto outcome = std::make_shared<GlyphExtraction>();
    QThread *thread = QThread::create([image, outcome] {
        QImage input = image;
        const qint64 pixels = qint64(image.width()) * image.height();
        if (pixels > kMaxExtractionPixels) {
            const double factor = std::sqrt(double(kMaxExtractionPixels) / pixels);
            input = image.scaled(std::max(1, int(image.width() * factor)), std::max(1, int(image.height() * factor)),
                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        *outcome = GlyphExtractor::extract(input);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, image, outcome] {
        m_extracting = false;
        m_extraction = *outcome;
        m_extractedImage = image;
        if (!m_pendingExtraction.isNull()) {
            const QImage next = m_pendingExtraction;
            m_pendingExtraction = QImage();
            if (next.cacheKey() != image.cacheKey() && next != image) {
                extractInBackground(next);
                return;
            }
        }
        if (maskSource() != MaskSource::Predicted)
            updateMask();
    });
    thread->start();
}

void ResultViewsController::updateOcr()
{
    const TextRegion *region = m_window->document()->project().region(m_regionId);
    if (!region) {
        m_ocr->clear();
        return;
    }
    const QImage result = latestResult();
    m_ocr->setImage(result.isNull() ? m_crop : result);
    m_ocr->setReadings(region->ocrBefore, region->ocrAfter);
}

void ResultViewsController::onTimelineStep(int position)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_plot->setCurrentStep(position >= 0 ? m_timeline->step(position).index : -1);
    m_syncing = false;
}

void ResultViewsController::onPlotStep(int step)
{
    if (m_syncing)
        return;
    // The arrival position of the step with this index (or the nearest one).
    int best = -1;
    for (int position = 0; position < m_timeline->stepCount(); ++position) {
        const int index = m_timeline->step(position).index;
        if (best < 0 || std::abs(index - step) < std::abs(m_timeline->step(best).index - step))
            best = position;
    }
    if (best < 0)
        return;
    m_syncing = true;
    m_timeline->setCurrentStep(best);
    m_plot->setCurrentStep(m_timeline->step(best).index);
    m_syncing = false;
}

bool ResultViewsController::exportPlot(const QString &path, bool pdf, QString *errorMessage)
{
    return pdf ? m_plot->savePdf(path, errorMessage) : m_plot->savePng(path, errorMessage);
}

void ResultViewsController::chooseAndExport(bool pdf)
{
    // Qt's own dialog, so that tests (and every platform) see the same one.
    QFileDialog dialog(m_window, pdf ? tr("Export Plot as PDF") : tr("Export Plot as PNG"));
    dialog.setObjectName(QStringLiteral("plotExportDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString problem;
    if (!exportPlot(dialog.selectedFiles().constFirst(), pdf, &problem))
        m_window->statusBar()->showMessage(problem.isEmpty() ? tr("The plot could not be exported.") : problem);
    else
        m_window->statusBar()->showMessage(tr("Plot saved to %1.").arg(dialog.selectedFiles().constFirst()));
}
