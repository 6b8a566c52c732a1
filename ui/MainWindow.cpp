#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ImageLoader.h"
#include "ImageRegion.h"
#include "InferenceEngine.h"
#include "MethodInfo.h"
#include "MethodPanel.h"
#include "ProcessMemory.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectRecovery.h"
#include "QueuePanel.h"
#include "RegionExporter.h"
#include "RegionListModel.h"
#include "RegionTextReader.h"
#include "ResultViewsController.h"
#include "RunQueue.h"
#include "TextLineGrouper.h"
#include "WelcomePage.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kLastFolderKey = QStringLiteral("lastFolder");
const QString kGeometryKey = QStringLiteral("windowGeometry");
const QString kStateKey = QStringLiteral("windowState");
const QString kAutosaveKey = QStringLiteral("autosaveSeconds");
const QString kLanguageKey = QStringLiteral("language"); // read by ApplicationSetup at start-up
const QString kOcrEngineKey = QStringLiteral("ocr/engine");
const QString kMinConfidenceKey = QStringLiteral("detection/minConfidence");
const QString kMergeLinesKey = QStringLiteral("detection/mergeLines");
const QString kReadAfterRunKey = QStringLiteral("ocr/readAfterRun");
constexpr double kDefaultMinConfidence = 0.5;
// A detection that covers an existing region this much (intersection over union) is the same text.
constexpr double kSameRegionOverlap = 0.5;
constexpr int kMaxRecentFiles = 10;
constexpr int kDefaultAutosaveSeconds = 60;
constexpr int kMemoryUpdateMs = 2000;
constexpr int kWelcomePage = 0;
constexpr int kPlotsDockHeight = 300;
constexpr int kWorkbenchPage = 1;

bool isProjectFile(const QString &path)
{
    return path.endsWith(QLatin1Char('.') + ProjectFile::suffix(), Qt::CaseInsensitive);
}

QString projectFilter()
{
    return QCoreApplication::translate("MainWindow", "GlyphLab projects (*.%1)").arg(ProjectFile::suffix());
}

} // namespace

MainWindow::MainWindow(InferenceEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_engine(engine ? engine : new InferenceEngine(this))
    , m_document(new ProjectDocument(this))
    , m_regionModel(new RegionListModel(m_document, this))
    , m_queue(new RunQueue(m_engine, this))
    , m_deviceLabel(new QLabel(this))
    , m_memoryLabel(new QLabel(this))
    , m_memoryTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
    , m_plotsDock(new QDockWidget(this))
    , m_maxPhotoPixels(ImageLoader::kMaxPixels)
{
    if (!m_engine->parent())
        m_engine->setParent(this);
    m_ui->setupUi(this);
    setUpIcons();
    setUpResultSlots();

    m_ui->regionView->setModel(m_regionModel);
    m_ui->regionView->setIconSize(QSize(RegionListModel::kThumbnailSize, RegionListModel::kThumbnailSize));
    m_ui->regionView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->regionView->header()->setStretchLastSection(true);
    m_ui->regionsDock->setObjectName(QStringLiteral("regionsDock"));
    m_ui->methodDock->setObjectName(QStringLiteral("methodDock"));
    m_ui->queueDock->setObjectName(QStringLiteral("queueDock"));
    m_ui->menuView->addAction(m_ui->regionsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->methodDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->queueDock->toggleViewAction());
    m_ui->menuView->addAction(m_plotsDock->toggleViewAction());
    m_ui->regionsDock->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+1")));
    m_ui->methodDock->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+2")));
    m_ui->queueDock->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+3")));
    m_plotsDock->toggleViewAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+4")));

    m_deviceLabel->setText(tr("Starting inference…"));
    m_deviceLabel->setToolTip(tr("Where restorations run and with how many threads"));
    m_memoryLabel->setToolTip(tr("Memory this process holds (resident set size)"));
    statusBar()->addPermanentWidget(m_memoryLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    connect(m_memoryTimer, &QTimer::timeout, this, &MainWindow::updateMemory);
    m_memoryTimer->start(kMemoryUpdateMs);
    updateMemory();

    m_ui->methodPanel->setMethods(m_engine->methods());
    m_ui->methodPanel->restoreSettings();
    QString error;
    m_scenes = DemoScene::loadAll(&error);
    m_ui->welcomePage->setScenes(m_scenes);
    m_ui->welcomePage->setMethods(m_engine->methods(), m_ui->methodPanel->methodId());

    connectActions();
    connectDocument();
    m_resultViewsController = new ResultViewsController(this);
    rebuildRecentMenu();
    buildLanguageMenu();
    setOcrEngineProvider({}, QString());
    if (m_engine->isReady())
        onEngineReady(m_engine->runtimeInfo());

    const QSettings settings;
    m_ui->detectButton->setDefaultAction(m_ui->actionDetectText);
    m_ui->ocrEngineCombo->hide(); // until there is a choice
    m_ui->minConfidenceSpin->setValue(
        int(std::lround(100 * std::clamp(settings.value(kMinConfidenceKey, kDefaultMinConfidence).toDouble(), 0.0, 1.0))));
    m_ui->mergeLinesCheck->setChecked(settings.value(kMergeLinesKey, true).toBool());
    connect(m_ui->minConfidenceSpin, &QSpinBox::valueChanged, this,
            [](int percent) { QSettings().setValue(kMinConfidenceKey, percent / 100.0); });
    connect(m_ui->mergeLinesCheck, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kMergeLinesKey, on); });
    m_ui->actionReadAfterRun->setChecked(settings.value(kReadAfterRunKey, true).toBool());
    connect(m_ui->actionReadAfterRun, &QAction::toggled, this, [](bool on) { QSettings().setValue(kReadAfterRunKey, on); });
    connect(m_ui->ocrEngineCombo, &QComboBox::activated, this, [this] {
        m_ocrEngineId = m_ui->ocrEngineCombo->currentData().toString();
        QSettings().setValue(kOcrEngineKey, m_ocrEngineId);
    });

    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        fitIntoScreen();
    if (!restoreState(settings.value(kStateKey).toByteArray())) {
        // First start: wide enough docks that the list's columns and the queue's outcome show,
        // and on a small screen still room for the picture between them.
        resizeDocks({m_ui->regionsDock, m_ui->methodDock}, {std::min(400, width() * 3 / 10), std::min(360, width() * 3 / 11)},
                    Qt::Horizontal);
    }
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    setAutosaveInterval(settings.value(kAutosaveKey, kDefaultAutosaveSeconds).toInt());

    showWelcome();
    updateTitle();
    updateActions();
    offerRecovery();
    statusBar()->showMessage(tr("Open a photo (Ctrl+O) or a project (Ctrl+Shift+O), or try a demo photo."));
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setUpIcons()
{
    m_ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionSave->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionExport->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->actionRun->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_ui->actionRunAll->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_ui->actionCancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_ui->actionDeleteRegion->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->actionWelcome->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
}

// PLUG-IN POINT for the inspection widgets (StepTimeline, SplitComparisonView, ComparisonGrid,
// MaskOverlayView, OcrOverlayView in tabs; PlotPanel in a dock): each starts as a labelled
// placeholder that installResultView() replaces.
void MainWindow::setUpResultSlots()
{
    const QList<QPair<ResultView, QString>> tabs = {
        {ResultView::StepTimeline, tr("Steps")},
        {ResultView::SplitComparison, tr("Split view")},
        {ResultView::ComparisonGrid, tr("Grid")},
        {ResultView::MaskOverlay, tr("Mask")},
        {ResultView::OcrOverlay, tr("OCR")},
    };
    for (const auto &[slot, title] : tabs) {
        auto *placeholder = new QLabel(tr("The %1 view is not part of this build yet.").arg(title));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setObjectName(QStringLiteral("resultSlot%1").arg(int(slot)));
        m_ui->viewTabs->addTab(placeholder, title);
        m_resultViews.insert(int(slot), placeholder);
    }
    // View ▸ Show …: Alt+3… after Alt+1 (photo) and Alt+2 (comparison), in tab order.
    const QList<QPair<ResultView, QString>> showTexts = {
        {ResultView::StepTimeline, tr("Show &Steps")},
        {ResultView::SplitComparison, tr("Show Split &View")},
        {ResultView::ComparisonGrid, tr("Show &Grid")},
        {ResultView::MaskOverlay, tr("Show &Masks")},
        {ResultView::OcrOverlay, tr("Show &OCR")},
    };
    const QList<QAction *> viewActions = m_ui->menuView->actions();
    const int comparisonAt = int(viewActions.indexOf(m_ui->actionShowComparison));
    QAction *before = comparisonAt >= 0 ? viewActions.value(comparisonAt + 1) : nullptr;
    int key = 3;
    for (const auto &[slot, text] : showTexts) {
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("actionShowResultView%1").arg(int(slot)));
        action->setShortcut(QKeySequence(QStringLiteral("Alt+%1").arg(key++)));
        action->setToolTip(tr("Show the %1 tab").arg(m_ui->viewTabs->tabText(m_ui->viewTabs->indexOf(m_resultViews.value(int(slot))))));
        action->setStatusTip(action->toolTip());
        m_ui->menuView->insertAction(before, action);
        connect(action, &QAction::triggered, this, [this, slot = slot] {
            showWorkbench();
            m_ui->viewTabs->setCurrentWidget(m_resultViews.value(int(slot)));
        });
    }
    m_plotsDock->setObjectName(QStringLiteral("plotsDock"));
    m_plotsDock->setWindowTitle(tr("Plots"));
    auto *plotsPlaceholder = new QLabel(tr("Per-step plots appear here when the plot panel is part of the build."));
    plotsPlaceholder->setWordWrap(true);
    plotsPlaceholder->setAlignment(Qt::AlignCenter);
    plotsPlaceholder->setObjectName(QStringLiteral("resultSlot%1").arg(int(ResultView::Plots)));
    m_plotsDock->setWidget(plotsPlaceholder);
    m_resultViews.insert(int(ResultView::Plots), plotsPlaceholder);
    addDockWidget(Qt::BottomDockWidgetArea, m_plotsDock);
    m_plotsDock->hide();
    // The first time it opens, tall enough that the axes and the legend are readable.
    connect(m_plotsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_plotsDockSized && !m_plotsDock->isFloating()) {
            m_plotsDockSized = true;
            if (m_plotsDock->height() < kPlotsDockHeight)
                resizeDocks({m_plotsDock}, {kPlotsDockHeight}, Qt::Vertical);
        }
    });
}

void MainWindow::installResultView(ResultView slot, QWidget *view)
{
    QWidget *old = m_resultViews.value(int(slot));
    if (!view || view == old)
        return;
    if (slot == ResultView::Plots) {
        m_plotsDock->setWidget(view);
    } else {
        const int index = m_ui->viewTabs->indexOf(old);
        const QString title = m_ui->viewTabs->tabText(index);
        m_ui->viewTabs->removeTab(index);
        m_ui->viewTabs->insertTab(index, view, title);
    }
    m_resultViews.insert(int(slot), view);
    delete old;
}

QWidget *MainWindow::resultView(ResultView slot) const
{
    return m_resultViews.value(int(slot));
}

void MainWindow::connectActions()
{
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpenPhoto);
    connect(m_ui->actionOpenProject, &QAction::triggered, this, &MainWindow::chooseAndOpenProject);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::chooseAndSaveAs);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseAndExport);
    connect(m_ui->actionExportAll, &QAction::triggered, this, &MainWindow::chooseAndExportAll);
    connect(m_ui->actionExportPasted, &QAction::triggered, this, &MainWindow::chooseAndExportPasted);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionDeleteRegion, &QAction::triggered, this, &MainWindow::removeSelectedRegions);
    connect(m_ui->actionRenameRegion, &QAction::triggered, this, &MainWindow::renameCurrentRegion);
    connect(m_ui->actionSelectAllRegions, &QAction::triggered, this, [this] {
        QList<int> ids;
        for (const TextRegion &region : m_document->project().regions)
            ids << region.id;
        m_ui->canvas->setSelection(ids, currentRegionId());
        onCanvasSelectionChanged(ids);
    });
    connect(m_ui->actionDetectText, &QAction::triggered, this, &MainWindow::detectTextRegions);
    connect(m_ui->actionReadText, &QAction::triggered, this, &MainWindow::readTextWithOcr);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomOut);
    connect(m_ui->actionZoomFit, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomToFit);
    connect(m_ui->actionZoomActual, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomToActualSize);
    connect(m_ui->actionZoomRegion, &QAction::triggered, this, [this] {
        showWorkbench();
        m_ui->viewTabs->setCurrentWidget(m_ui->canvas);
        m_ui->canvas->zoomToRegion();
    });
    connect(m_ui->actionShowPhoto, &QAction::triggered, this, [this] {
        showWorkbench();
        m_ui->viewTabs->setCurrentWidget(m_ui->canvas);
    });
    connect(m_ui->actionShowComparison, &QAction::triggered, this, [this] {
        showWorkbench();
        m_ui->viewTabs->setCurrentWidget(m_ui->comparisonView);
    });
    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::runOnRegion);
    connect(m_ui->actionRunSelected, &QAction::triggered, this, &MainWindow::runSelected);
    connect(m_ui->actionRunAll, &QAction::triggered, this, &MainWindow::runAll);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_ui->actionCancelAll, &QAction::triggered, this, &MainWindow::cancelAll);
    connect(m_ui->actionWelcome, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_ui->methodPanel, &MethodPanel::runCurrentRequested, this, &MainWindow::runOnRegion);
    connect(m_ui->methodPanel, &MethodPanel::runSelectedRequested, this, &MainWindow::runSelected);
    connect(m_ui->methodPanel, &MethodPanel::runAllRequested, this, &MainWindow::runAll);
    connect(m_ui->queuePanel, &QueuePanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_ui->queuePanel, &QueuePanel::cancelAllRequested, this, &MainWindow::cancelAll);

    connect(m_ui->welcomePage, &WelcomePage::sceneOpenRequested, this, &MainWindow::openDemoScene);
    connect(m_ui->welcomePage, &WelcomePage::showMeRequested, this, &MainWindow::showMe);
    connect(m_ui->welcomePage, &WelcomePage::openPhotoRequested, this, &MainWindow::chooseAndOpenPhoto);
    connect(m_ui->welcomePage, &WelcomePage::openProjectRequested, this, &MainWindow::chooseAndOpenProject);

    connect(m_ui->recoverButton, &QPushButton::clicked, this, &MainWindow::recoverProject);
    connect(m_ui->discardRecoveryButton, &QPushButton::clicked, this, &MainWindow::discardRecovery);

    // The canvas edits, the document records.
    connect(m_ui->canvas, &ImageCanvas::regionAdded, this, [this](int id, const QRect &rect) {
        if (m_document->addRegion(rect, QString(), id) == 0)
            syncCanvasRegions();
    });
    connect(m_ui->canvas, &ImageCanvas::regionEdited, this, [this](int id, const QRect &rect) {
        m_document->setRegionRect(id, rect);
    });
    connect(m_ui->canvas, &ImageCanvas::regionRemoved, this, [this](int id) { m_document->removeRegion(id); });
    connect(m_ui->canvas, &ImageCanvas::selectionChanged, this, &MainWindow::onCanvasSelectionChanged);
    connect(m_ui->canvas, &ImageCanvas::regionChanged, this, &MainWindow::onCurrentRegionChanged);
    connect(m_ui->canvas, &ImageCanvas::regionDoubleClicked, this, [this](int id) {
        const QModelIndex index = m_regionModel->indexOfRegion(id);
        m_ui->regionsDock->show();
        m_ui->regionView->setCurrentIndex(index);
        m_ui->regionView->edit(index);
    });
    connect(m_ui->regionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onListSelectionChanged);
    connect(m_ui->regionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onListSelectionChanged);

    connect(m_engine, &InferenceEngine::ready, this, &MainWindow::onEngineReady);
    connect(m_queue, &RunQueue::jobStarted, this, &MainWindow::onJobStarted);
    connect(m_queue, &RunQueue::jobStep, this, &MainWindow::onJobStep);
    connect(m_queue, &RunQueue::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_queue, &RunQueue::jobDropped, this, [this](int id) {
        const TextRegion *region = m_document->project().region(id);
        m_document->setRegionStatus(id, m_document->project().latestSuccessfulRun(id) ? TextRegion::Status::Restored
                                                                                      : TextRegion::Status::New);
        if (region)
            m_ui->queuePanel->setJobFinished(id, tr("Cancelled"), false);
    });
    connect(m_queue, &RunQueue::progressChanged, m_ui->queuePanel, &QueuePanel::setOverallProgress);
    connect(m_queue, &RunQueue::idle, this, &MainWindow::onQueueIdle);
}

void MainWindow::connectDocument()
{
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        m_ui->canvas->setImage(m_document->photo());
        syncCanvasRegions();
        m_shownRegionId = -1;
        showRegionInComparison(0);
        updateActions();
    });
    connect(m_document, &ProjectDocument::regionAdded, this, [this](int id) {
        syncCanvasRegions();
        if (m_ui->canvas->currentId() != id)
            m_ui->canvas->setSelection({id}, id);
        syncListSelection();
        updateActions();
    });
    connect(m_document, &ProjectDocument::regionChanged, this, [this](int id) {
        syncCanvasRegions();
        if (id == m_shownRegionId && !isRunning()) {
            m_shownRegionId = -1; // the crop's pixels may be others now
            showRegionInComparison(id);
        }
    });
    connect(m_document, &ProjectDocument::regionRemoved, this, [this] {
        syncCanvasRegions();
        syncListSelection();
        onCurrentRegionChanged();
        updateActions();
    });
    connect(m_document, &ProjectDocument::runAdded, this, [this](int id) {
        if (id == currentRegionId()) {
            m_shownRegionId = -1;
            showRegionInComparison(id);
        }
        updateActions();
    });
    connect(m_document, &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::dirtyChanged, this, [](bool dirty) {
        if (!dirty)
            ProjectRecovery::remove(); // saved: nothing left to recover
    });
}

// ---- documents ----------------------------------------------------------------------------

bool MainWindow::openPhoto(const QString &path)
{
    if (isProjectFile(path))
        return openProject(path);
    const LoadedImage loaded = ImageLoader::load(path, m_maxPhotoPixels);
    if (!loaded.ok()) {
        showError(tr("Cannot open the photo"), loaded.error);
        return false;
    }
    cancelAll();
    m_document->reset(QFileInfo(path).absoluteFilePath(), loaded.image);
    addRecentFile(m_document->project().photoPath);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    QString message = tr("Opened %1 (%2×%3). Drag over the text to mark a region.")
                          .arg(QFileInfo(path).fileName()).arg(loaded.image.width()).arg(loaded.image.height());
    if (!loaded.notes.isEmpty())
        message += QLatin1Char(' ') + tr("Converted: %1.").arg(loaded.notes);
    showWorkbench();
    m_ui->viewTabs->setCurrentWidget(m_ui->canvas);
    statusBar()->showMessage(message);
    return true;
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    const auto project = ProjectFile::load(path, &error);
    if (!project) {
        showError(tr("Cannot open the project"), error);
        return false;
    }
    const LoadedImage loaded = ImageLoader::load(project->photoPath, m_maxPhotoPixels);
    if (!loaded.ok()) {
        showError(tr("Cannot open the project"),
                  tr("The project's photo cannot be opened: %1").arg(loaded.error));
        return false;
    }
    cancelAll();
    m_document->load(*project, loaded.image, QFileInfo(path).absoluteFilePath(), false);
    selectFirstRegion(); // so the result views show something at once
    addRecentFile(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    showWorkbench();
    statusBar()->showMessage(tr("Opened the project %1: %n region(s).", nullptr, int(project->regions.size()))
                                 .arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::saveProject(const QString &path)
{
    if (!m_document->hasPhoto()) {
        showError(tr("Nothing to save"), tr("Open a photo first."));
        return false;
    }
    if (!isProjectFile(path)) {
        showError(tr("Cannot save"), tr("A project file name ends in .%1.").arg(ProjectFile::suffix()));
        return false;
    }
    QString error;
    if (!ProjectFile::save(m_document->project(), path, &error)) {
        showError(tr("Cannot save the project"), error);
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return chooseAndSaveAs();
    return saveProject(m_document->filePath());
}

bool MainWindow::chooseAndSaveAs()
{
    if (!m_document->hasPhoto())
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QFileInfo photo(m_document->project().photoPath);
        suggestion = QDir(lastFolder()).filePath(photo.completeBaseName() + QLatin1Char('.') + ProjectFile::suffix());
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggestion, projectFilter());
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += QLatin1Char('.') + ProjectFile::suffix();
    return saveProject(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateTitle()
{
    QString name;
    if (!m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    else if (m_document->hasPhoto())
        name = tr("%1 (unsaved project)").arg(QFileInfo(m_document->project().photoPath).fileName());
    const QString prefix = m_document->isDirty() ? QStringLiteral("*") : QString();
    setWindowTitle(name.isEmpty() ? tr("GlyphLab") : tr("%1%2 — GlyphLab").arg(prefix, name));
}

// ---- demo ----------------------------------------------------------------------------------

bool MainWindow::openDemo()
{
    return openDemoScene(0);
}

bool MainWindow::openDemoScene(int index)
{
    if (index < 0 || index >= m_scenes.size()) {
        QString error;
        m_scenes = DemoScene::loadAll(&error);
        if (index < 0 || index >= m_scenes.size()) {
            showError(tr("Cannot open the demo photo"), error.isEmpty() ? tr("There is no such demo photo.") : error);
            return false;
        }
    }
    const DemoScene scene = m_scenes.at(index);
    if (!openPhoto(scene.photoPath))
        return false;
    int first = 0;
    for (const DemoScene::Region &region : scene.regions) {
        const int id = m_document->addRegion(region.rect, region.name);
        if (!first)
            first = id;
    }
    m_ui->canvas->setSelection({first}, first);
    syncListSelection();
    m_document->setDirty(false); // nothing of the user's yet
    statusBar()->showMessage(tr("Demo photo opened with %n region(s) marked: press Restore all (Ctrl+Alt+R).",
                                nullptr, int(scene.regions.size())));
    return true;
}

bool MainWindow::showMe(int sceneIndex, const QString &methodId)
{
    if (!openDemoScene(sceneIndex))
        return false;
    if (!methodId.isEmpty())
        m_ui->methodPanel->setMethodId(methodId);
    m_showMeRegionId = currentRegionId();
    if (!runAll())
        return false;
    m_ui->viewTabs->setCurrentWidget(m_ui->comparisonView);
    return true;
}

void MainWindow::showWelcome()
{
    m_ui->welcomePage->setMethods(m_engine->methods(), m_ui->methodPanel->methodId());
    // The welcome page gets the whole window (its cards and explanations would be cut off
    // between the docks); the docks come back with the workbench.
    if (!isWelcomeShown() || m_docksBeforeWelcome.isEmpty()) {
        for (QDockWidget *dock : {m_ui->regionsDock, m_ui->methodDock, m_ui->queueDock, m_plotsDock}) {
            if (!dock->isHidden() && !dock->isFloating()) {
                m_docksBeforeWelcome.append(dock);
                dock->hide();
            }
        }
    }
    m_ui->centralStack->setCurrentIndex(kWelcomePage);
}

void MainWindow::showWorkbench()
{
    m_ui->centralStack->setCurrentIndex(kWorkbenchPage);
    restoreDocksHiddenForWelcome();
}

void MainWindow::restoreDocksHiddenForWelcome()
{
    for (QDockWidget *dock : std::as_const(m_docksBeforeWelcome))
        dock->show();
    m_docksBeforeWelcome.clear();
}

bool MainWindow::isWelcomeShown() const
{
    return m_ui->centralStack->currentIndex() == kWelcomePage;
}

// ---- regions -------------------------------------------------------------------------------

int MainWindow::addRegion(const QRect &rect, const QString &name)
{
    if (!m_document->hasPhoto()) {
        showError(tr("Cannot add the region"), tr("Open a photo first."));
        return 0;
    }
    QString error;
    const auto clipped = ImageRegion::clip(rect, m_document->photo().size(), &error);
    if (!clipped) {
        showError(tr("Cannot add the region"), error);
        return 0;
    }
    return m_document->addRegion(*clipped, name);
}

bool MainWindow::removeSelectedRegions()
{
    const QList<int> ids = selectedRegionIds();
    if (ids.isEmpty())
        return false;
    for (int id : ids) {
        if (id == m_queue->currentRegionId())
            m_queue->cancelCurrent();
        m_document->removeRegion(id);
    }
    statusBar()->showMessage(tr("Deleted %n region(s).", nullptr, int(ids.size())));
    return true;
}

bool MainWindow::renameRegion(int id, const QString &name)
{
    if (!m_document->renameRegion(id, name)) {
        showError(tr("Cannot rename the region"), tr("A region needs a name that is not empty."));
        return false;
    }
    return true;
}

void MainWindow::renameCurrentRegion()
{
    const int id = currentRegionId();
    if (!id)
        return;
    // In the list when it is visible (an in-place editor), else a small dialog.
    if (m_ui->regionsDock->isVisible()) {
        const QModelIndex index = m_regionModel->indexOfRegion(id);
        m_ui->regionView->setCurrentIndex(index);
        m_ui->regionView->edit(index);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Region"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(m_document->project().region(id)->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) { renameRegion(id, name); });
    dialog->open();
}

void MainWindow::selectFirstRegion()
{
    const QList<TextRegion> &regions = m_document->project().regions;
    if (regions.isEmpty())
        return;
    const int first = regions.constFirst().id;
    m_ui->canvas->setSelection({first}, first);
    syncListSelection();
    onCurrentRegionChanged();
}

void MainWindow::fitIntoScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    // Leave room for the window frame and the desktop's panels.
    const QRect available = screen->availableGeometry();
    const QSize fitted = size().boundedTo(QSize(available.width() * 95 / 100, available.height() * 90 / 100))
                             .expandedTo(minimumSizeHint());
    resize(fitted);
    move(available.center() - QPoint(fitted.width() / 2, fitted.height() / 2));
}

void MainWindow::syncCanvasRegions()
{
    QList<ImageCanvas::Region> regions;
    for (const TextRegion &region : m_document->project().regions) {
        QColor color;
        if (region.status == TextRegion::Status::Restored)
            color = QColor(80, 220, 120);
        else if (region.status == TextRegion::Status::Failed)
            color = QColor(240, 80, 80);
        else if (region.status == TextRegion::Status::Running || region.status == TextRegion::Status::Queued)
            color = QColor(90, 170, 255);
        regions.append({region.id, region.rect, region.name, color});
    }
    m_ui->canvas->setRegions(regions);
    m_ui->canvas->setNextRegionId(m_document->project().nextRegionId);
}

void MainWindow::onCanvasSelectionChanged(const QList<int> &)
{
    syncListSelection();
    updateActions();
}

void MainWindow::syncListSelection()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QItemSelection selection;
    for (int id : m_ui->canvas->selectedIds()) {
        const QModelIndex index = m_regionModel->indexOfRegion(id);
        if (index.isValid())
            selection.select(index, m_regionModel->index(index.row(), RegionListModel::ColumnCount - 1));
    }
    auto *model = m_ui->regionView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_regionModel->indexOfRegion(currentRegionId());
    model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (current.isValid())
        m_ui->regionView->scrollTo(current);
    m_syncingSelection = false;
}

void MainWindow::onListSelectionChanged()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QList<int> ids;
    for (const QModelIndex &index : m_ui->regionView->selectionModel()->selectedRows())
        ids << m_regionModel->regionId(index);
    const int current = m_regionModel->regionId(m_ui->regionView->selectionModel()->currentIndex());
    m_ui->canvas->setSelection(ids, ids.contains(current) ? current : (ids.isEmpty() ? 0 : ids.last()));
    if (const TextRegion *region = m_document->project().region(m_ui->canvas->currentId())) {
        const QRectF visible(m_ui->canvas->widgetToImage(QPointF(0, 0)),
                             m_ui->canvas->widgetToImage(QPointF(m_ui->canvas->width(), m_ui->canvas->height())));
        if (!visible.contains(QRectF(region->rect)))
            m_ui->canvas->centerOn(region->rect);
    }
    m_syncingSelection = false;
    updateActions();
}

void MainWindow::onCurrentRegionChanged()
{
    const int id = currentRegionId();
    if (id != m_shownRegionId) {
        showRegionInComparison(id);
        Q_EMIT currentRegionChanged(id);
    }
    updateActions();
}

void MainWindow::showRegionInComparison(int id)
{
    m_shownRegionId = id;
    const TextRegion *region = m_document->project().region(id);
    if (!region) {
        m_ui->comparisonView->setInput(QImage());
        return;
    }
    m_ui->comparisonView->setInput(m_document->crop(id));
    if (const RegionRun *run = m_document->project().latestSuccessfulRun(id))
        m_ui->comparisonView->setResult(run->image, tr("%1, ×%2").arg(run->methodId).arg(run->options.scale));
    else
        m_ui->comparisonView->clearResult();
}

// ---- running -------------------------------------------------------------------------------

bool MainWindow::runOnRegion()
{
    if (!m_document->hasPhoto()) {
        showError(tr("Nothing to restore"), tr("Open a photo first."));
        return false;
    }
    QString error;
    if (!ImageRegion::clip(m_ui->canvas->region(), m_document->photo().size(), &error)) {
        showError(tr("Nothing to restore"), error);
        return false;
    }
    return runRegions({currentRegionId()});
}

bool MainWindow::runSelected()
{
    return runRegions(selectedRegionIds());
}

bool MainWindow::runAll()
{
    QList<int> ids;
    for (const TextRegion &region : m_document->project().regions)
        ids << region.id;
    return runRegions(ids);
}

bool MainWindow::runRegions(const QList<int> &regionIds)
{
    if (!m_document->hasPhoto()) {
        showError(tr("Nothing to restore"), tr("Open a photo first."));
        return false;
    }
    const QString methodId = m_ui->methodPanel->methodId();
    if (methodId.isEmpty() || !m_engine->hasMethod(methodId)) {
        showError(tr("Nothing to restore"), tr("No restoration method is available."));
        return false;
    }
    const RestoreOptions options = m_ui->methodPanel->options();
    const QList<int> busy = QList<int>(m_queue->waitingRegionIds()) << m_queue->currentRegionId();
    QList<RunQueue::Job> jobs;
    for (int id : regionIds) {
        const TextRegion *region = m_document->project().region(id);
        if (!region || busy.contains(id))
            continue;
        const QImage crop = m_document->crop(id);
        if (crop.isNull() || crop.size().isEmpty())
            continue;
        jobs.append({id, crop, methodId, options});
        m_document->setRegionStatus(id, TextRegion::Status::Queued);
        m_ui->queuePanel->addJob(id, region->name, m_ui->methodPanel->methodName());
    }
    if (jobs.isEmpty()) {
        showError(tr("Nothing to restore"), regionIds.isEmpty() ? tr("Mark a region first: drag over the text in the photo.")
                                                                : tr("The chosen regions are already queued."));
        return false;
    }
    m_ui->methodPanel->saveSettings();
    m_queue->enqueue(jobs);
    syncCanvasRegions();
    statusBar()->showMessage(tr("Restoring %n region(s) with %1…", nullptr, int(jobs.size())).arg(m_ui->methodPanel->methodName()));
    updateActions();
    return true;
}

void MainWindow::cancelRun()
{
    if (!isRunning())
        return;
    m_queue->cancelCurrent();
    statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::cancelAll()
{
    if (!isRunning())
        return;
    m_queue->cancelAll();
    statusBar()->showMessage(tr("Cancelling all…"));
}

void MainWindow::onJobStarted(int regionId)
{
    m_document->setRegionStatus(regionId, TextRegion::Status::Running);
    m_ui->queuePanel->setJobStarted(regionId);
    m_ui->queuePanel->setRunning(true);
    syncCanvasRegions();
    if (regionId == currentRegionId()) {
        m_ui->comparisonView->setInput(m_document->crop(regionId));
        m_ui->comparisonView->clearResult();
    }
}

void MainWindow::onJobStep(int regionId, const StepRecord &step)
{
    m_ui->queuePanel->setJobProgress(regionId, step.index + 1, step.count);
    if (regionId == currentRegionId())
        m_ui->comparisonView->setResult(step.image, tr("step %1/%2").arg(step.index + 1).arg(step.count));
    Q_EMIT stepRecorded(regionId, step);
}

void MainWindow::onJobFinished(int regionId, const RestoreResult &result, const RestoreOptions &options)
{
    const TextRegion *region = m_document->project().region(regionId);
    const QString name = region ? region->name : tr("Region %1").arg(regionId);
    switch (result.status) {
    case RestoreResult::Status::Succeeded:
    case RestoreResult::Status::Failed: {
        RegionRun run;
        run.regionId = regionId;
        run.methodId = result.methodId;
        run.options = options;
        run.image = result.succeeded() ? result.image : QImage();
        run.stepCount = result.stepsDone;
        run.seconds = result.seconds;
        run.device = result.device;
        run.error = result.succeeded() ? QString() : (result.error.isEmpty() ? tr("The method failed.") : result.error);
        run.finishedAt = QDateTime::currentDateTime();
        m_document->setRegionStatus(regionId, result.succeeded() ? TextRegion::Status::Restored : TextRegion::Status::Failed);
        m_document->addRun(run);
        if (result.succeeded()) {
            m_ui->queuePanel->setJobFinished(regionId, tr("%1×%2 in %3 s").arg(result.image.width()).arg(result.image.height())
                                                           .arg(result.seconds, 0, 'f', 2), true);
            statusBar()->showMessage(tr("Restored “%1” → %2×%3 in %4 ms on %5.").arg(name)
                                         .arg(result.image.width()).arg(result.image.height())
                                         .arg(result.seconds * 1000.0, 0, 'f', 1).arg(result.device));
        } else {
            m_ui->queuePanel->setJobFinished(regionId, run.error, false);
            showError(tr("Restoration failed"), tr("“%1”: %2").arg(name, run.error));
        }
        Q_EMIT runRecorded(regionId, run);
        break;
    }
    case RestoreResult::Status::Cancelled:
        m_document->setRegionStatus(regionId, m_document->project().latestSuccessfulRun(regionId)
                                                  ? TextRegion::Status::Restored : TextRegion::Status::New);
        m_ui->queuePanel->setJobFinished(regionId, tr("Cancelled after %n step(s)", nullptr, result.stepsDone), false);
        statusBar()->showMessage(tr("Cancelled after %n step(s).", nullptr, result.stepsDone));
        if (regionId == currentRegionId()) {
            m_shownRegionId = -1;
            showRegionInComparison(regionId);
        }
        break;
    }
    syncCanvasRegions();
    updateActions();
    Q_EMIT restorationFinished(result);
}

void MainWindow::onQueueIdle()
{
    m_ui->queuePanel->setRunning(false);
    if (m_showMeRegionId) {
        // "Show me" ends on the comparison of the first region.
        m_ui->canvas->setSelection({m_showMeRegionId}, m_showMeRegionId);
        syncListSelection();
        m_shownRegionId = -1;
        onCurrentRegionChanged();
        m_ui->viewTabs->setCurrentWidget(m_ui->comparisonView);
        m_showMeRegionId = 0;
    }
    updateActions();
    // What restoration changed in the reading is the question after every run, so the OCR
    // answers it without being asked (Run ▸ Read Text After Each Run turns this off).
    if (m_ui->actionReadAfterRun->isChecked() && !m_document->project().runs.isEmpty())
        runOcrInBackground(OcrJob::ReadAfterRun);
    Q_EMIT queueFinished();
}

void MainWindow::onEngineReady(const RuntimeInfo &info)
{
    m_deviceLabel->setText(tr("Inference: %1 · %n thread(s)", nullptr, info.threads).arg(info.device));
    m_deviceLabel->setToolTip(tr("LibTorch %1").arg(info.torchVersion));
}

void MainWindow::updateMemory()
{
    const qint64 bytes = ProcessMemory::residentBytes();
    m_memoryLabel->setText(bytes < 0 ? QString() : tr("Memory: %1").arg(QLocale().formattedDataSize(bytes)));
}

QString MainWindow::memoryText() const
{
    return m_memoryLabel->text();
}

// ---- export --------------------------------------------------------------------------------

bool MainWindow::exportResult(const QString &path)
{
    const int id = currentRegionId();
    const TextRegion *region = m_document->project().region(id);
    const RegionRun *run = m_document->project().latestSuccessfulRun(id);
    if (!region || !run) {
        showError(tr("Nothing to export"), tr("Restore a region first."));
        return false;
    }
    QString error;
    if (!RegionExporter::exportRun(m_document->project(), *region, *run, path, &error)) {
        showError(tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1 and %2.").arg(QDir::toNativeSeparators(path),
                                                        QFileInfo(RegionExporter::sidecarPath(path)).fileName()));
    return true;
}

int MainWindow::exportAll(const QString &folder)
{
    QString error;
    const int written = RegionExporter::exportAll(m_document->project(), folder, &error);
    if (written == 0 || !error.isEmpty()) {
        showError(tr("Cannot export"), error);
        if (written == 0)
            return 0;
    }
    statusBar()->showMessage(tr("Saved %n restored region(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(folder)));
    return written;
}

bool MainWindow::exportPastedPhoto(const QString &path)
{
    QString error;
    if (!RegionExporter::exportPastedPhoto(m_document->photo(), m_document->project(), path, &error)) {
        showError(tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::chooseAndExport()
{
    const int id = currentRegionId();
    const TextRegion *region = m_document->project().region(id);
    const RegionRun *run = m_document->project().latestSuccessfulRun(id);
    if (!region || !run) {
        showError(tr("Nothing to export"), tr("Restore a region first."));
        return;
    }
    const QString suggestion = QDir(lastFolder()).filePath(RegionExporter::suggestedFileName(m_document->project(), *region, *run));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Restored Crop"), suggestion, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportResult(path);
}

void MainWindow::chooseAndExportAll()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export All Results To"), lastFolder());
    if (!folder.isEmpty())
        exportAll(folder);
}

void MainWindow::chooseAndExportPasted()
{
    const QFileInfo photo(m_document->project().photoPath);
    const QString suggestion = QDir(lastFolder()).filePath(photo.completeBaseName() + QStringLiteral("_restored.png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Photo with Restored Regions"), suggestion,
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPastedPhoto(path);
}

// ---- OCR -----------------------------------------------------------------------------------

void MainWindow::setOcrEngineProvider(const OcrEngineProvider &factory, const QString &engineId)
{
    m_ocrFactory = factory;
    m_ocrEngineId = engineId;
    const QString why = tr("No OCR engine available");
    for (QAction *action : {m_ui->actionDetectText, m_ui->actionReadText}) {
        action->setToolTip(factory ? action->statusTip() : why);
    }
    updateActions();
}

void MainWindow::setOcrEngineChoices(const QList<QPair<QString, QString>> &engines)
{
    QComboBox *combo = m_ui->ocrEngineCombo;
    combo->clear();
    for (const auto &[id, name] : engines)
        combo->addItem(name, id);
    const QString remembered = QSettings().value(kOcrEngineKey).toString();
    if (!remembered.isEmpty() && combo->findData(remembered) >= 0)
        m_ocrEngineId = remembered;
    combo->setCurrentIndex(std::max(0, combo->findData(m_ocrEngineId)));
    if (combo->count() > 0)
        m_ocrEngineId = combo->currentData().toString();
    combo->setVisible(combo->count() >= 2);
}

QString MainWindow::ocrEngineId() const
{
    return m_ocrEngineId;
}

double MainWindow::detectionConfidenceThreshold() const
{
    return m_ui->minConfidenceSpin->value() / 100.0;
}

void MainWindow::setDetectionConfidenceThreshold(double threshold)
{
    if (std::isfinite(threshold))
        m_ui->minConfidenceSpin->setValue(int(std::lround(100 * std::clamp(threshold, 0.0, 1.0))));
}

bool MainWindow::mergesWordsIntoLines() const
{
    return m_ui->mergeLinesCheck->isChecked();
}

void MainWindow::setMergeWordsIntoLines(bool merge)
{
    m_ui->mergeLinesCheck->setChecked(merge);
}

bool MainWindow::detectTextRegions()
{
    runOcrInBackground(OcrJob::Detect);
    return m_ocrBusy;
}

bool MainWindow::readTextWithOcr()
{
    runOcrInBackground(OcrJob::Read);
    return m_ocrBusy;
}

void MainWindow::runOcrInBackground(OcrJob job)
{
    if (m_ocrBusy || !m_document->hasPhoto())
        return;
    const bool detect = job == OcrJob::Detect;
    std::shared_ptr<OcrEngine> engine(m_ocrFactory ? m_ocrFactory(m_ocrEngineId).release() : nullptr);
    QString reason;
    if (!engine || !engine->isAvailable(&reason)) {
        // Nobody asked for the reading after a run: no dialog, the run's result is what counts.
        if (job != OcrJob::ReadAfterRun)
            showError(tr("OCR is not available"), reason.isEmpty() ? tr("No OCR engine available.") : reason);
        return;
    }
    // The engine works on its own thread with copies; results come back to the GUI thread.
    struct Outcome
    {
        QList<OcrTextBox> boxes;
        QHash<int, QPair<QString, QString>> readings;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QImage photo = m_document->photo();
    QHash<int, QPair<QImage, QImage>> crops;
    if (!detect) {
        for (const TextRegion &region : m_document->project().regions) {
            const RegionRun *run = m_document->project().latestSuccessfulRun(region.id);
            crops.insert(region.id, {photo.copy(region.rect), run ? run->image : QImage()});
        }
    }
    QThread *thread = QThread::create([engine, photo, crops, outcome, detect] {
        try {
            if (detect) {
                outcome->boxes = engine->detect(photo);
            } else {
                for (auto it = crops.cbegin(); it != crops.cend(); ++it)
                    outcome->readings.insert(it.key(), {RegionTextReader::read(*engine, it.value().first),
                                                        it.value().second.isNull() ? QString()
                                                                                   : RegionTextReader::read(*engine, it.value().second)});
            }
        } catch (const std::exception &e) {
            outcome->error = QString::fromUtf8(e.what());
        }
    });
    m_ocrBusy = true;
    updateActions();
    statusBar()->showMessage(detect ? tr("Looking for text…") : tr("Reading the text of the regions…"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, detect, job] {
        m_ocrBusy = false;
        updateActions();
        if (!outcome->error.isEmpty()) {
            if (job == OcrJob::ReadAfterRun)
                statusBar()->showMessage(tr("OCR failed: %1").arg(outcome->error));
            else
                showError(tr("OCR failed"), outcome->error);
        } else if (detect) {
            addDetectedRegions(outcome->boxes);
        } else {
            for (auto it = outcome->readings.cbegin(); it != outcome->readings.cend(); ++it)
                m_document->setOcrText(it.key(), it.value().first, it.value().second);
            statusBar()->showMessage(tr("Read the text of %n region(s).", nullptr, int(outcome->readings.size())));
        }
        Q_EMIT ocrFinished();
    });
    thread->start();
}

void MainWindow::addDetectedRegions(const QList<OcrTextBox> &boxes)
{
    TextLineGrouper::Settings settings;
    settings.minimumConfidence = detectionConfidenceThreshold();
    settings.mergeWords = mergesWordsIntoLines();
    const QList<OcrTextBox> lines = TextLineGrouper::group(boxes, settings);
    const QRect photo(QPoint(0, 0), m_document->photo().size());
    auto overlap = [](const QRect &a, const QRect &b) {
        const QRect both = a.intersected(b);
        const double shared = double(both.width()) * both.height();
        const double all = double(a.width()) * a.height() + double(b.width()) * b.height() - shared;
        return all > 0 ? shared / all : 0.0;
    };
    int added = 0, known = 0;
    for (const OcrTextBox &line : lines) {
        const QRect rect = line.bounds.toAlignedRect().intersected(photo);
        if (rect.isEmpty())
            continue;
        // Detecting twice does not mark the same text twice.
        const bool exists = std::any_of(m_document->project().regions.cbegin(), m_document->project().regions.cend(),
                                        [&](const TextRegion &region) { return overlap(region.rect, rect) > kSameRegionOverlap; });
        if (exists) {
            ++known;
            continue;
        }
        const QString text = line.text.simplified();
        if (const int id = m_document->addRegion(rect, text)) {
            m_document->setOcrText(id, text, QString());
            ++added;
        }
    }
    const int dropped = int(boxes.size()) - int(std::count_if(boxes.cbegin(), boxes.cend(), [&](const OcrTextBox &box) {
        return box.confidence >= settings.minimumConfidence;
    }));
    QString message = tr("Found %n text region(s).", nullptr, added);
    if (known > 0)
        message += QLatin1Char(' ') + tr("%n already marked.", nullptr, known);
    if (dropped > 0)
        message += QLatin1Char(' ') + tr("%n below the confidence threshold.", nullptr, dropped);
    statusBar()->showMessage(message);
}

// ---- autosave and recovery -----------------------------------------------------------------

void MainWindow::setAutosaveInterval(int seconds)
{
    if (seconds > 0)
        m_autosaveTimer->start(seconds * 1000);
    else
        m_autosaveTimer->stop();
}

int MainWindow::autosaveInterval() const
{
    return m_autosaveTimer->isActive() ? m_autosaveTimer->interval() / 1000 : 0;
}

bool MainWindow::autosaveNow()
{
    if (!m_document->hasPhoto() || !m_document->isDirty())
        return false;
    QString error;
    if (!ProjectRecovery::write(m_document->project(), m_document->filePath(), &error)) {
        statusBar()->showMessage(error); // not worth a dialog every minute
        return false;
    }
    return true;
}

void MainWindow::offerRecovery()
{
    if (!ProjectRecovery::exists())
        return;
    QString error;
    const auto snapshot = ProjectRecovery::read(&error);
    if (!snapshot) {
        m_ui->recoveryLabel->setText(tr("GlyphLab found an automatic save it cannot read (%1).").arg(error));
        m_ui->recoverButton->setEnabled(false);
    } else {
        const QString name = snapshot->projectPath.isEmpty() ? QFileInfo(snapshot->project.photoPath).fileName()
                                                             : QFileInfo(snapshot->projectPath).fileName();
        m_ui->recoveryLabel->setText(
            tr("GlyphLab did not close properly last time. Recover the unsaved work on “%1” (%n region(s)), saved "
               "automatically at %2?", nullptr, int(snapshot->project.regions.size()))
                .arg(name, QLocale().toString(snapshot->savedAt, QLocale::ShortFormat)));
        m_ui->recoverButton->setEnabled(true);
    }
    m_ui->recoveryBar->show();
}

bool MainWindow::hasRecoveryOffer() const
{
    return !m_ui->recoveryBar->isHidden();
}

bool MainWindow::recoverProject()
{
    QString error;
    const auto snapshot = ProjectRecovery::read(&error);
    if (!snapshot) {
        showError(tr("Cannot recover"), error);
        return false;
    }
    const LoadedImage loaded = ImageLoader::load(snapshot->project.photoPath, m_maxPhotoPixels);
    if (!loaded.ok()) {
        showError(tr("Cannot recover"), tr("The project's photo cannot be opened: %1").arg(loaded.error));
        return false;
    }
    cancelAll();
    m_document->load(snapshot->project, loaded.image, snapshot->projectPath, true);
    selectFirstRegion();
    m_ui->recoveryBar->hide();
    showWorkbench();
    statusBar()->showMessage(tr("Recovered the automatic save. Save it (Ctrl+S) to keep it."));
    return true;
}

void MainWindow::discardRecovery()
{
    ProjectRecovery::remove();
    m_ui->recoveryBar->hide();
}

// ---- misc ----------------------------------------------------------------------------------

void MainWindow::setMaxPhotoPixels(qint64 pixels)
{
    m_maxPhotoPixels = pixels;
}

QString MainWindow::lastFolder() const
{
    return QSettings().value(kLastFolderKey, QDir::homePath()).toString();
}

void MainWindow::chooseAndOpenPhoto()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Photo"), lastFolder(),
        tr("Images (%1);;All files (*)").arg(ImageLoader::nameFilters().join(QLatin1Char(' '))));
    if (!path.isEmpty())
        openPhoto(path);
}

void MainWindow::chooseAndOpenProject()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), lastFolder(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::showAbout()
{
    QStringList methods;
    for (const MethodInfo &info : m_engine->methods())
        methods << info.displayName;
    QMessageBox::about(this, tr("About GlyphLab"),
        tr("<h3>GlyphLab %1</h3><p>A workbench for restoring the text in photos: mark regions, "
           "run a restoration method on them and compare the results with the input.</p>"
           "<p>Methods in this build: %2.</p>"
           "<p>Inference runs on a worker thread with LibTorch, on CUDA when available.</p>")
            .arg(QCoreApplication::applicationVersion(), methods.join(QStringLiteral(", "))));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: no nested event loop, and tests can read and close it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    statusBar()->showMessage(message);
    Q_EMIT errorShown(message);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    int number = 0;
    for (const QString &file : files) {
        QAction *action = m_ui->menuRecent->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        if (++number <= 9)
            action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+%1").arg(number)));
        connect(action, &QAction::triggered, this, [this, file] { openPhoto(file); });
    }
    if (files.isEmpty()) {
        m_ui->menuRecent->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_ui->menuRecent->addSeparator();
        connect(m_ui->menuRecent->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentFilesKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::buildLanguageMenu()
{
    // Language names are written in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    const QString current = QSettings().value(kLanguageKey).toString();
    auto *group = new QActionGroup(this);
    for (const auto &[code, name] : languages) {
        QAction *action = m_ui->menuLanguage->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(kLanguageKey, code);
            statusBar()->showMessage(tr("The language changes the next time GlyphLab starts."));
        });
    }
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool photo = m_document->hasPhoto();
    const bool hasMethod = !m_ui->methodPanel->methodId().isEmpty();
    const int current = currentRegionId();
    const QList<int> selected = selectedRegionIds();
    const bool anyRegion = !m_document->project().regions.isEmpty();
    const bool canRunCurrent = photo && hasMethod && current != 0;
    m_ui->actionRun->setEnabled(canRunCurrent);
    m_ui->actionRunSelected->setEnabled(photo && hasMethod && !selected.isEmpty());
    m_ui->actionRunAll->setEnabled(photo && hasMethod && anyRegion);
    m_ui->methodPanel->setRunEnabled(canRunCurrent, photo && hasMethod && !selected.isEmpty(), photo && hasMethod && anyRegion);
    m_ui->actionCancel->setEnabled(running);
    m_ui->actionCancelAll->setEnabled(running);
    m_ui->queuePanel->setRunning(running);
    const bool currentHasResult = m_document->project().latestSuccessfulRun(current) != nullptr;
    bool anyResult = false;
    for (const TextRegion &region : m_document->project().regions)
        anyResult = anyResult || m_document->project().latestSuccessfulRun(region.id);
    m_ui->actionExport->setEnabled(currentHasResult);
    m_ui->actionExportAll->setEnabled(anyResult);
    m_ui->actionExportPasted->setEnabled(anyResult);
    m_ui->actionSave->setEnabled(photo);
    m_ui->actionSaveAs->setEnabled(photo);
    m_ui->actionDeleteRegion->setEnabled(!selected.isEmpty());
    m_ui->actionRenameRegion->setEnabled(current != 0);
    m_ui->actionZoomRegion->setEnabled(current != 0);
    m_ui->actionSelectAllRegions->setEnabled(anyRegion);
    const bool ocr = bool(m_ocrFactory) && photo && !m_ocrBusy;
    m_ui->actionDetectText->setEnabled(ocr);
    m_ui->ocrEngineCombo->setEnabled(!m_ocrBusy);
    m_ui->actionReadText->setEnabled(ocr && anyRegion);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openPhoto(url.toLocalFile());
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    cancelAll();
    m_ui->methodPanel->saveSettings();
    restoreDocksHiddenForWelcome(); // the saved layout is the workbench's
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    ProjectRecovery::remove(); // a normal end: nothing to recover next time
    QMainWindow::closeEvent(event);
}

QString MainWindow::photoPath() const
{
    return m_document->project().photoPath;
}

bool MainWindow::isRunning() const
{
    return m_queue->isBusy();
}

int MainWindow::currentRegionId() const
{
    return m_ui->canvas->currentId();
}

QList<int> MainWindow::selectedRegionIds() const
{
    return m_ui->canvas->selectedIds();
}

ImageCanvas *MainWindow::canvas() const
{
    return m_ui->canvas;
}

ComparisonView *MainWindow::comparisonView() const
{
    return m_ui->comparisonView;
}

InferenceEngine *MainWindow::engine() const
{
    return m_engine;
}

ProjectDocument *MainWindow::document() const
{
    return m_document;
}

MethodPanel *MainWindow::methodPanel() const
{
    return m_ui->methodPanel;
}

QueuePanel *MainWindow::queuePanel() const
{
    return m_ui->queuePanel;
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_ui->welcomePage;
}

RegionListModel *MainWindow::regionModel() const
{
    return m_regionModel;
}

ResultViewsController *MainWindow::resultViews() const
{
    return m_resultViewsController;
}
