#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DemoScene.h"
#include "ImageLoader.h"
#include "ImageRegion.h"
#include "ImageWriter.h"
#include "InferenceEngine.h"
#include "MethodInfo.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QActionGroup>
#include <QMimeData>
#include <QSettings>
#include <QStyle>

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kLastFolderKey = QStringLiteral("lastFolder");
const QString kMethodKey = QStringLiteral("method");
const QString kGeometryKey = QStringLiteral("windowGeometry");
const QString kLanguageKey = QStringLiteral("language"); // read by ApplicationSetup at start-up
constexpr int kMaxRecentFiles = 10;

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(InferenceEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_engine(engine ? engine : new InferenceEngine(this))
    , m_deviceLabel(new QLabel(this))
{
    if (!m_engine->parent())
        m_engine->setParent(this);
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionExport->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionRun->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_ui->actionCancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_ui->runButton->setIcon(m_ui->actionRun->icon());
    m_ui->cancelButton->setIcon(m_ui->actionCancel->icon());

    m_deviceLabel->setText(tr("Starting inference…"));
    statusBar()->addPermanentWidget(m_deviceLabel);

    populateMethods();
    connectActions();
    rebuildRecentMenu();
    buildLanguageMenu();
    onRegionChanged(QRect());
    if (m_engine->isReady())
        onEngineReady(m_engine->runtimeInfo());

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    statusBar()->showMessage(tr("Open a photo to begin (Ctrl+O), or File ▸ Open Demo Photo."));
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::connectActions()
{
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpenPhoto);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseAndExport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MainWindow::chooseAndExport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomOut);
    connect(m_ui->actionZoomFit, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomToFit);
    connect(m_ui->actionZoomActual, &QAction::triggered, m_ui->canvas, &ImageCanvas::zoomToActualSize);
    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::runOnRegion);
    connect(m_ui->runButton, &QPushButton::clicked, this, &MainWindow::runOnRegion);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRun);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onMethodChanged);
    connect(m_ui->canvas, &ImageCanvas::regionChanged, this, &MainWindow::onRegionChanged);
    connect(m_engine, &InferenceEngine::ready, this, &MainWindow::onEngineReady);
    connect(m_engine, &InferenceEngine::stepReady, this, &MainWindow::onStep);
    connect(m_engine, &InferenceEngine::finished, this, &MainWindow::onFinished);
}

void MainWindow::populateMethods()
{
    const QString remembered = QSettings().value(kMethodKey).toString();
    for (const MethodInfo &info : m_engine->methods())
        m_ui->methodCombo->addItem(info.displayName, info.id);
    const int index = m_ui->methodCombo->findData(remembered);
    m_ui->methodCombo->setCurrentIndex(index >= 0 ? index : 0);
    onMethodChanged();
}

void MainWindow::onMethodChanged()
{
    const QString id = m_ui->methodCombo->currentData().toString();
    const int previousScale = m_ui->scaleCombo->currentData().isValid() ? m_ui->scaleCombo->currentData().toInt() : 2;
    m_ui->scaleCombo->clear();
    for (const MethodInfo &info : m_engine->methods()) {
        if (info.id != id)
            continue;
        for (int scale : info.scales)
            m_ui->scaleCombo->addItem(tr("×%1").arg(scale), scale);
        m_ui->methodDescription->setText(info.description);
    }
    const int scaleIndex = m_ui->scaleCombo->findData(previousScale);
    m_ui->scaleCombo->setCurrentIndex(scaleIndex >= 0 ? scaleIndex : 0);
    if (!id.isEmpty())
        QSettings().setValue(kMethodKey, id);
}

bool MainWindow::openPhoto(const QString &path)
{
    const LoadedImage loaded = ImageLoader::load(path);
    if (!loaded.ok()) {
        showError(tr("Cannot open the photo"), loaded.error);
        return false;
    }
    cancelRun();
    m_photoPath = QFileInfo(path).absoluteFilePath();
    m_photo = loaded.image;
    m_lastResult = RestoreResult();
    m_ui->canvas->setImage(m_photo);
    m_ui->comparisonView->setInput(QImage());
    setWindowTitle(tr("%1 — GlyphLab").arg(QFileInfo(path).fileName()));
    addRecentFile(m_photoPath);
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    QString message = tr("Opened %1 (%2×%3).").arg(QFileInfo(path).fileName())
                          .arg(m_photo.width()).arg(m_photo.height());
    if (!loaded.notes.isEmpty())
        message += QLatin1Char(' ') + tr("Converted: %1.").arg(loaded.notes);
    statusBar()->showMessage(message);
    updateActions();
    return true;
}

bool MainWindow::openDemo()
{
    QString error;
    const auto scene = DemoScene::load(&error);
    if (!scene) {
        showError(tr("Cannot open the demo photo"), error);
        return false;
    }
    if (!openPhoto(scene->photoPath))
        return false;
    m_ui->canvas->setRegion(scene->regions.first().rect);
    statusBar()->showMessage(tr("Demo photo opened with the region “%1” marked: press Restore region.")
                                 .arg(scene->regions.first().name));
    return true;
}

void MainWindow::onRegionChanged(const QRect &region)
{
    if (region.isEmpty()) {
        m_ui->regionLabel->setText(m_photo.isNull() ? tr("No photo open.")
                                                    : tr("No region: drag over the text in the photo."));
        if (!isRunning())
            m_ui->comparisonView->setInput(QImage());
    } else {
        m_ui->regionLabel->setText(tr("Region: %1×%2 px at (%3, %4)")
                                       .arg(region.width()).arg(region.height())
                                       .arg(region.x()).arg(region.y()));
        if (!isRunning())
            m_ui->comparisonView->setInput(m_photo.copy(region));
    }
    updateActions();
}

bool MainWindow::runOnRegion()
{
    if (isRunning())
        return false;
    if (m_photo.isNull()) {
        showError(tr("Nothing to restore"), tr("Open a photo first."));
        return false;
    }
    QString error;
    const auto region = ImageRegion::clip(m_ui->canvas->region(), m_photo.size(), &error);
    if (!region) {
        showError(tr("Nothing to restore"), error);
        return false;
    }
    const QString methodId = m_ui->methodCombo->currentData().toString();
    RestoreOptions options;
    options.scale = m_ui->scaleCombo->currentData().toInt();
    const QImage crop = m_photo.copy(*region);
    m_ui->comparisonView->setInput(crop);
    m_resultRegion = *region;
    m_runningId = m_engine->submit(crop, methodId, options);
    m_ui->progressBar->setRange(0, 0); // busy until the first step reports its count
    statusBar()->showMessage(tr("Restoring a %1×%2 region with %3…")
                                 .arg(region->width()).arg(region->height())
                                 .arg(m_ui->methodCombo->currentText()));
    updateActions();
    return true;
}

void MainWindow::cancelRun()
{
    if (!isRunning())
        return;
    m_engine->cancel(m_runningId);
    statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::onStep(quint64 requestId, const StepRecord &step)
{
    if (requestId != m_runningId)
        return;
    m_ui->progressBar->setRange(0, step.count);
    m_ui->progressBar->setValue(step.index + 1);
    m_ui->comparisonView->setResult(step.image, tr("step %1/%2").arg(step.index + 1).arg(step.count));
}

void MainWindow::onFinished(const RestoreResult &result)
{
    if (result.requestId != m_runningId)
        return;
    m_runningId = 0;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(result.succeeded() ? 1 : 0);
    switch (result.status) {
    case RestoreResult::Status::Succeeded:
        m_lastResult = result;
        m_ui->comparisonView->setResult(result.image, QString());
        statusBar()->showMessage(tr("Restored %1×%2 → %3×%4 in %5 ms on %6.")
                                     .arg(m_resultRegion.width()).arg(m_resultRegion.height())
                                     .arg(result.image.width()).arg(result.image.height())
                                     .arg(result.seconds * 1000.0, 0, 'f', 1).arg(result.device));
        break;
    case RestoreResult::Status::Cancelled:
        m_ui->comparisonView->clearResult();
        statusBar()->showMessage(tr("Cancelled after %n step(s).", nullptr, result.stepsDone));
        break;
    case RestoreResult::Status::Failed:
        m_ui->comparisonView->clearResult();
        showError(tr("Restoration failed"), result.error);
        break;
    }
    updateActions();
    Q_EMIT restorationFinished(result);
}

void MainWindow::onEngineReady(const RuntimeInfo &info)
{
    m_deviceLabel->setText(tr("Inference: %1 · %n thread(s)", nullptr, info.threads).arg(info.device));
    m_deviceLabel->setToolTip(tr("LibTorch %1").arg(info.torchVersion));
}

bool MainWindow::exportResult(const QString &path)
{
    if (m_lastResult.image.isNull()) {
        showError(tr("Nothing to export"), tr("Restore a region first."));
        return false;
    }
    if (!m_photoPath.isEmpty() && samePath(path, m_photoPath)) {
        showError(tr("Cannot export"), tr("\"%1\" is the photo you opened; GlyphLab never writes over "
                                          "its input. Choose another name.").arg(path));
        return false;
    }
    QString error;
    if (!ImageWriter::savePng(m_lastResult.image, path, &error)) {
        showError(tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::chooseAndOpenPhoto()
{
    const QString folder = QSettings().value(kLastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Photo"), folder,
        tr("Images (%1);;All files (*)").arg(ImageLoader::nameFilters().join(QLatin1Char(' '))));
    if (!path.isEmpty())
        openPhoto(path);
}

QString MainWindow::suggestedExportName() const
{
    const QFileInfo photo(m_photoPath);
    const QString name = QStringLiteral("%1_%2_%3_%4x%5_%6_x%7.png")
                             .arg(photo.completeBaseName())
                             .arg(m_resultRegion.x()).arg(m_resultRegion.y())
                             .arg(m_resultRegion.width()).arg(m_resultRegion.height())
                             .arg(m_lastResult.methodId)
                             .arg(m_resultRegion.isEmpty() ? 0 : m_lastResult.image.width() / m_resultRegion.width());
    return photo.dir().filePath(name);
}

void MainWindow::chooseAndExport()
{
    if (m_lastResult.image.isNull()) {
        showError(tr("Nothing to export"), tr("Restore a region first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Restored Crop"),
                                                      suggestedExportName(), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportResult(path);
}

void MainWindow::showAbout()
{
    QStringList methods;
    for (const MethodInfo &info : m_engine->methods())
        methods << info.displayName;
    QMessageBox::about(this, tr("About GlyphLab"),
        tr("<h3>GlyphLab %1</h3><p>A workbench for restoring the text in photos: mark a region, "
           "run a restoration method on it and compare the result with the input.</p>"
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
    for (const QString &file : files) {
        QAction *action = m_ui->menuRecent->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openPhoto(file); });
    }
    if (files.isEmpty()) {
        m_ui->menuRecent->addAction(tr("No recent photos"))->setEnabled(false);
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
    const bool canRun = !running && !m_photo.isNull() && !m_ui->canvas->region().isEmpty()
                        && m_ui->methodCombo->count() > 0;
    m_ui->actionRun->setEnabled(canRun);
    m_ui->runButton->setEnabled(canRun);
    m_ui->actionCancel->setEnabled(running);
    m_ui->cancelButton->setEnabled(running);
    const bool canExport = !running && !m_lastResult.image.isNull();
    m_ui->actionExport->setEnabled(canExport);
    m_ui->exportButton->setEnabled(canExport);
    m_ui->methodCombo->setEnabled(!running);
    m_ui->scaleCombo->setEnabled(!running);
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
    cancelRun();
    QSettings().setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

QString MainWindow::photoPath() const
{
    return m_photoPath;
}

bool MainWindow::isRunning() const
{
    return m_runningId != 0;
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
