#pragma once

#include "DemoScene.h"
#include "OcrEngineProvider.h"
#include "RegionRun.h"
#include "RestoreResult.h"
#include "RuntimeInfo.h"
#include "StepRecord.h"

#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QPointer>
#include <QRect>

namespace Ui {
class MainWindow;
}

class ComparisonView;
class ImageCanvas;
class InferenceEngine;
class MethodPanel;
class ProjectDocument;
class QueuePanel;
class QDockWidget;
class QLabel;
class QTimer;
class RegionListModel;
class ResultViewsController;
class RunQueue;
class WelcomePage;

// The workbench: a project (a photo and its text regions) edited on a zoomable canvas and in a
// region list, a method panel, a run queue on the inference thread, result tabs, export, a
// welcome page with the demo, autosave and crash recovery.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where the inspection widgets built elsewhere plug in (see installResultView()).
    enum class ResultView { StepTimeline, SplitComparison, ComparisonGrid, MaskOverlay, OcrOverlay, Plots };

    // Takes a ready-made engine (tests bring their own methods); makes the standard one if null.
    explicit MainWindow(InferenceEngine *engine = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false after showing the user why (what was open stays open).
    bool openPhoto(const QString &path);
    bool openProject(const QString &path);
    bool saveProject(const QString &path);
    bool openDemo();                               // the first demo scene, its regions marked
    bool openDemoScene(int index);
    bool showMe(int sceneIndex, const QString &methodId); // open, restore all, show the comparison
    int addRegion(const QRect &rect, const QString &name = QString()); // 0 (and a message) if empty
    bool removeSelectedRegions();
    bool renameRegion(int id, const QString &name);
    bool runOnRegion();                            // the current region
    bool runRegions(const QList<int> &regionIds);
    bool runSelected();
    bool runAll();
    void cancelRun();
    void cancelAll();
    bool exportResult(const QString &path);        // the current region's latest result + sidecar
    int exportAll(const QString &folder);
    bool exportPastedPhoto(const QString &path);
    void showWelcome();
    void showWorkbench();

    // OCR engines are built elsewhere; until a factory is given, the OCR actions are disabled.
    void setOcrEngineProvider(const OcrEngineProvider &provider, const QString &engineId);
    // The engines offered in the Regions dock (id, display name); the user's last choice is kept.
    void setOcrEngineChoices(const QList<QPair<QString, QString>> &engines);
    QString ocrEngineId() const;
    // Detection keeps boxes read with at least this confidence (0..1) and, when merging, joins
    // words on one text line into one region. Both are settings that persist.
    double detectionConfidenceThreshold() const;
    void setDetectionConfidenceThreshold(double threshold);
    bool mergesWordsIntoLines() const;
    void setMergeWordsIntoLines(bool merge);
    bool detectTextRegions();
    bool readTextWithOcr();

    // Replaces the placeholder tab (or, for Plots, the dock's placeholder) with the real view.
    // The window keeps feeding it nothing itself: connect stepRecorded()/currentRegionChanged()/
    // runRecorded() and read document() to drive it.
    void installResultView(ResultView slot, QWidget *view);
    QWidget *resultView(ResultView slot) const;

    // Autosave and recovery.
    void setAutosaveInterval(int seconds);
    int autosaveInterval() const;
    bool autosaveNow();
    bool hasRecoveryOffer() const;
    bool recoverProject();
    void discardRecovery();

    void setMaxPhotoPixels(qint64 pixels);

    QString photoPath() const;
    bool isRunning() const;
    int currentRegionId() const;
    QList<int> selectedRegionIds() const;
    ImageCanvas *canvas() const;
    ComparisonView *comparisonView() const;
    InferenceEngine *engine() const;
    ProjectDocument *document() const;
    MethodPanel *methodPanel() const;
    QueuePanel *queuePanel() const;
    WelcomePage *welcomePage() const;
    RegionListModel *regionModel() const;
    ResultViewsController *resultViews() const; // the installed inspection widgets
    bool isWelcomeShown() const;
    QString memoryText() const;

Q_SIGNALS:
    void restorationFinished(const RestoreResult &result);
    void queueFinished();
    void errorShown(const QString &message);
    void stepRecorded(int regionId, const StepRecord &step);
    void currentRegionChanged(int regionId);
    void runRecorded(int regionId, const RegionRun &run);
    void ocrFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpIcons();
    // First start: the designed size, shrunk to fit a smaller screen and centred on it.
    void fitIntoScreen();
    void setUpResultSlots();
    void connectActions();
    void connectDocument();
    void showError(const QString &title, const QString &message);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void buildLanguageMenu();
    void updateActions();
    void updateTitle();
    void updateMemory();
    void syncCanvasRegions();
    void selectFirstRegion();
    void restoreDocksHiddenForWelcome();
    void syncListSelection();
    void onCanvasSelectionChanged(const QList<int> &ids);
    void onListSelectionChanged();
    void onCurrentRegionChanged();
    void showRegionInComparison(int id);
    void onEngineReady(const RuntimeInfo &info);
    void onJobStarted(int regionId);
    void onJobStep(int regionId, const StepRecord &step);
    void onJobFinished(int regionId, const RestoreResult &result, const RestoreOptions &options);
    void onQueueIdle();
    void offerRecovery();
    void chooseAndOpenPhoto();
    void chooseAndOpenProject();
    bool chooseAndSaveAs();
    bool save();
    void chooseAndExport();
    void chooseAndExportAll();
    void chooseAndExportPasted();
    void renameCurrentRegion();
    void showAbout();
    bool maybeSave();
    enum class OcrJob { Detect, Read, ReadAfterRun };
    void runOcrInBackground(OcrJob job);
    void addDetectedRegions(const QList<OcrTextBox> &boxes);
    QString lastFolder() const;

    Ui::MainWindow *m_ui;
    InferenceEngine *m_engine;
    ProjectDocument *m_document;
    RegionListModel *m_regionModel;
    RunQueue *m_queue;
    QLabel *m_deviceLabel;
    QLabel *m_memoryLabel;
    QTimer *m_memoryTimer;
    QTimer *m_autosaveTimer;
    QDockWidget *m_plotsDock;
    QList<QDockWidget *> m_docksBeforeWelcome; // hidden while the welcome page shows
    ResultViewsController *m_resultViewsController = nullptr;
    QHash<int, QWidget *> m_resultViews;  // by ResultView
    QList<DemoScene> m_scenes;
    OcrEngineProvider m_ocrFactory;
    QString m_ocrEngineId;
    bool m_ocrBusy = false;
    bool m_plotsDockSized = false;
    qint64 m_maxPhotoPixels;
    bool m_syncingSelection = false;
    int m_shownRegionId = 0;
    int m_showMeRegionId = 0;
};
