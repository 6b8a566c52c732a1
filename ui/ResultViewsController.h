#pragma once

#include "GlyphExtractor.h"
#include "RegionRun.h"
#include "StepRecord.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>

class ComparisonGrid;
class MainWindow;
class MaskOverlayView;
class OcrOverlayView;
class PlotPanel;
class QAction;
class QComboBox;
class SplitComparisonView;
class StepTimeline;

// Builds the inspection widgets, installs them in the main window's result slots and feeds
// them from the window's signals and its document: the split view and the grid follow the
// current region's input and results, the timeline and the plots follow the steps of the
// region's latest run (live while it runs), the mask and OCR views its latest result.
class ResultViewsController : public QObject
{
    Q_OBJECT

public:
    // Where the mask view's masks come from (the order of its selector).
    enum class MaskSource { ExtractedFromInput, ExtractedFromResult, Predicted };
    // What the plots dock shows (the order of its selector).
    enum class PlotMode { Steps, TimePerRegion, ConfidencePerRegion };

    explicit ResultViewsController(MainWindow *window);

    StepTimeline *timeline() const;
    SplitComparisonView *splitView() const;
    ComparisonGrid *grid() const;
    MaskOverlayView *maskView() const;
    OcrOverlayView *ocrView() const;
    PlotPanel *plotPanel() const;
    QAction *exportPngAction() const;
    QAction *exportPdfAction() const;

    // The steps kept for a region: those of its latest (or running) run.
    QList<StepRecord> steps(int regionId) const;

    MaskSource maskSource() const;
    void setMaskSource(MaskSource source);
    PlotMode plotMode() const;
    void setPlotMode(PlotMode mode);

    // Writes the plot; false (and, with errorMessage, why) when it could not.
    bool exportPlot(const QString &path, bool pdf, QString *errorMessage = nullptr);

private:
    void showRegion(int regionId);
    void onStep(int regionId, const StepRecord &step);
    void onRun(int regionId, const RegionRun &run);
    void onRegionChanged(int regionId);
    void onProjectReset();
    void showSteps(int regionId);
    void addStepToViews(const StepRecord &step);
    void plotStep(const StepRecord &step);
    void updatePlot();
    void updateComparison();
    void updateGrid();
    void updateMask();
    bool showPredictedMasks();
    void showExtractedMasks(const QImage &image);
    void extractInBackground(const QImage &image);
    void updateOcr();
    QImage latestResult() const;
    void onTimelineStep(int position);
    void onPlotStep(int step);
    void chooseAndExport(bool pdf);

    MainWindow *m_window;
    StepTimeline *m_timeline;
    SplitComparisonView *m_split;
    ComparisonGrid *m_grid;
    MaskOverlayView *m_mask;
    OcrOverlayView *m_ocr;
    PlotPanel *m_plot;
    QAction *m_exportPng;
    QAction *m_exportPdf;
    QComboBox *m_plotMode;
    QHash<int, QList<StepRecord>> m_steps; // by region: its latest run's steps
    int m_regionId = 0;
    QImage m_crop;                         // the current region's input
    QImage m_extractedImage;               // what m_extraction was computed from
    GlyphExtraction m_extraction;
    bool m_extracting = false;
    QImage m_pendingExtraction;            // the newest request while one is computed
    bool m_syncing = false;
};
