#include "ComparisonView.h"
#include "ImageCanvas.h"
#include "InferenceEngine.h"
#include "MainWindow.h"
#include "MethodPanel.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectRecovery.h"
#include "QueuePanel.h"
#include "RegionExporter.h"
#include "RegionListModel.h"
#include "RestorationMethod.h"
#include "RestoreCancelled.h"
#include "ResultViewsController.h"
#include "TorchRuntime.h"
#include "ComparisonGrid.h"
#include "MaskOverlayView.h"
#include "OcrOverlayView.h"
#include "PlotPanel.h"
#include "SplitComparisonView.h"
#include "StepTimeline.h"
#include "BicubicMethod.h"
#include "WelcomePage.h"
#include "WidgetGrab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QPainter>
#include <QSlider>

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QLabel>
#include <QMenu>
#include <QThread>

#include <atomic>
#include <memory>
#include <stdexcept>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAPhotoAndRestoresADrawnRegion();
    void exportsTheResult();
    void refusesToExportOverThePhoto();
    void badPhotoShowsAMessageAndKeepsTheCurrentOne();
    void runWithoutRegionExplains();
    void remembersRecentFiles();
    void demoOpensWithARegion();
    void statusBarShowsDevice();
    void startsOnTheWelcomePage();
    void showMeRestoresEveryDemoRegion();
    void dirtyFlagShowsInTheTitle();
    void projectSavedAndOpenedIsIdentical();
    void regionsAreEditedThroughCanvasAndList();
    void runAllQueuesEveryRegion();
    void exportAllWritesPngsAndSidecars();
    void recoveryIsOfferedAndRestores();
    void recoveryCanBeDiscarded();
    void windowHandlesEveryStepWhileTheMethodRuns();
    void firstStartFitsTheScreen();
    void emptyRegionIsRefusedWithAMessage();
    void failingMethodLeavesTheProjectIntact();
    void hugePhotoIsRefusedWithAMessage();
    void parameterControlsFollowTheMethod();
    void presetsSetOptionsAndUserPresetsPersist();
    void ocrActionsWaitForAnEngine();
    void cancelAllStopsTheQueue();
    void resultViewsShowTheDemoRun();
    void resultViewsFollowAMultiStepMethod();
    void maskViewShowsExtractedAndPredictedMasks();
    void detectionJoinsWordsAboveTheThreshold();
    void wholeFlowFromPhotoToReopenedProject();

private:
    QString writeTextPhoto();
    RestoreResult runAndWait();
    QMessageBox *takeMessageBox();

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlyphLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    ProjectRecovery::remove();
    delete m_window;
    m_window = nullptr;
}

RestoreResult TestMainWindow::runAndWait()
{
    QSignalSpy finished(m_window, &MainWindow::restorationFinished);
    if (!m_window->runOnRegion())
        return {};
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<RestoreResult>();
}

QMessageBox *TestMainWindow::takeMessageBox()
{
    const auto boxes = m_window->findChildren<QMessageBox *>();
    return boxes.isEmpty() ? nullptr : boxes.last();
}

void TestMainWindow::opensAPhotoAndRestoresADrawnRegion()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QCOMPARE(m_window->canvas()->image().size(), QSize(96, 48));

    // Draw over the white rectangle (image 10..40 × 10..30) with the mouse.
    ImageCanvas *canvas = m_window->canvas();
    // Pixel centres, so that rounding to widget pixels can't move the edges.
    const QPoint from = canvas->imageToWidget(QPointF(10.5, 10.5)).toPoint();
    const QPoint to = canvas->imageToWidget(QPointF(40.5, 30.5)).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
    const QRect region = canvas->region();
    QCOMPARE(region, QRect(10, 10, 31, 21));
    QCOMPARE(m_window->comparisonView()->input().size(), region.size());

    auto *runButton = m_window->findChild<QPushButton *>(QStringLiteral("runButton"));
    QVERIFY(runButton && runButton->isEnabled());
    QSignalSpy finished(m_window, &MainWindow::restorationFinished);
    QTest::mouseClick(runButton, Qt::LeftButton);
    QVERIFY(m_window->isRunning() || !finished.isEmpty());
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    const auto result = finished.first().first().value<RestoreResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.image.size(), region.size() * 2);
    QCOMPARE(m_window->comparisonView()->result(), result.image);
    QVERIFY(!m_window->isRunning());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Restored")));
}

void TestMainWindow::exportsTheResult()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    m_window->canvas()->setRegion(QRect(5, 5, 50, 30));
    const RestoreResult result = runAndWait();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    const QString path = m_dir.filePath(QStringLiteral("export.png"));
    QVERIFY(m_window->exportResult(path));
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_RGB888), result.image.convertToFormat(QImage::Format_RGB888));
    QVERIFY(!takeMessageBox());
}

void TestMainWindow::refusesToExportOverThePhoto()
{
    const QString photo = m_dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"), photo));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(m_window->openPhoto(photo));
    m_window->canvas()->setRegion(QRect(0, 0, 20, 20));
    QVERIFY(runAndWait().succeeded());
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QVERIFY(!m_window->exportResult(photo));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("never writes over")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QMessageBox *box = takeMessageBox();
    QVERIFY(box && box->isVisible());
    box->close();
}

void TestMainWindow::badPhotoShowsAMessageAndKeepsTheCurrentOne()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    m_window->canvas()->setRegion(QRect(1, 2, 30, 20));
    const QStringList bad = {QStringLiteral(GLYPHLAB_TEST_DATA "/corrupt.png"),
                             QStringLiteral(GLYPHLAB_TEST_DATA "/empty.png"),
                             QStringLiteral(GLYPHLAB_TEST_DATA "/missing.png")};
    for (const QString &path : bad) {
        QSignalSpy errors(m_window, &MainWindow::errorShown);
        QVERIFY(!m_window->openPhoto(path));
        QCOMPARE(errors.size(), 1);
        QMessageBox *box = takeMessageBox();
        QVERIFY(box);
        QVERIFY2(box->text() == errors.first().first().toString(), qPrintable(box->text()));
        box->close();
        QApplication::processEvents();
        // What the user had is still there.
        QVERIFY(m_window->photoPath().endsWith(QLatin1String("base.png")));
        QCOMPARE(m_window->canvas()->region(), QRect(1, 2, 30, 20));
    }
}

void TestMainWindow::runWithoutRegionExplains()
{
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QVERIFY(!m_window->runOnRegion());
    QVERIFY(errors.last().first().toString().contains(QLatin1String("Open a photo")));
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(!m_window->runOnRegion());
    QVERIFY(errors.last().first().toString().contains(QLatin1String("no area")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::remembersRecentFiles()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QVERIFY(recent.size() >= 2);
    QVERIFY(recent.at(0).endsWith(QLatin1String("plain.jpg")));
    QVERIFY(recent.at(1).endsWith(QLatin1String("base.png")));
    // A new window lists them in File ▸ Open Recent, and opening one from there works.
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QAction *first = menu->actions().value(0);
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("plain.jpg"));
    first->trigger();
    QVERIFY(m_window->photoPath().endsWith(QLatin1String("plain.jpg")));
}

void TestMainWindow::demoOpensWithARegion()
{
    QVERIFY(m_window->openDemo());
    QVERIFY(m_window->photoPath().endsWith(QLatin1String("street-sign.jpg")));
    QCOMPARE(m_window->canvas()->image().size(), QSize(800, 600));
    QVERIFY(!m_window->canvas()->region().isEmpty());
    const RestoreResult result = runAndWait();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.image.size(), m_window->canvas()->region().size() * 2);
}

void TestMainWindow::statusBarShowsDevice()
{
    if (!m_window->engine()->isReady()) {
        QSignalSpy ready(m_window->engine(), &InferenceEngine::ready);
        QVERIFY(ready.wait(10000));
    }
    QString text;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        text += label->text();
    QVERIFY2(text.contains(QLatin1String("CPU")) || text.contains(QLatin1String("CUDA")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 thread").arg(TorchRuntime::intendedThreads())), qPrintable(text));
    QVERIFY2(m_window->memoryText().contains(QLatin1String("Memory:")), qPrintable(m_window->memoryText()));
}

namespace {

// A slow iterative method: stands in for a diffusion sampler, slow enough to cancel mid-run.
class SlowMethod : public RestorationMethod
{
public:
    explicit SlowMethod(int stepMilliseconds) : m_stepMilliseconds(stepMilliseconds) {}
    MethodInfo info() const override
    {
        MethodInfo info{QStringLiteral("slow"), QStringLiteral("Slow test method"), QString(), {2}, true, {}};
        info.parameters = {
            {QStringLiteral("iterations"), QStringLiteral("Iterations"), QString(), MethodParameter::Kind::Integer, 3, 1, 9, {}},
            {QStringLiteral("guidance"), QStringLiteral("Guidance"), QString(), MethodParameter::Kind::Real, 2.5, 0, 10, {}},
            {QStringLiteral("schedule"), QStringLiteral("Schedule"), QString(), MethodParameter::Kind::Choice, QStringLiteral("linear"), 0, 0,
             {QStringLiteral("linear"), QStringLiteral("square")}},
            {QStringLiteral("sharpen"), QStringLiteral("Sharpen"), QString(), MethodParameter::Kind::Boolean, false, 0, 0, {}},
        };
        return info;
    }
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &, const StepSink &onStep,
                   const CancelToken &cancel) override
    {
        QImage image = crop.scaled(crop.size() * options.scale);
        for (int i = 0; i < options.steps; ++i) {
            if (cancel.isCancelled())
                throw RestoreCancelled();
            QThread::msleep(m_stepMilliseconds);
            image.fill(QColor(i * 10 % 256, 0, 0));
            onStep({i, options.steps, image, QStringLiteral("step"), m_stepMilliseconds / 1000.0, {}});
        }
        return image;
    }

private:
    int m_stepMilliseconds;
};

// Waits at each step until the test opens the gate; notes whether it ever ran on the GUI thread.
class GatedMethod : public RestorationMethod
{
public:
    GatedMethod(QSemaphore *gate, std::atomic<bool> *ranOnGuiThread) : m_gate(gate), m_ranOnGuiThread(ranOnGuiThread) {}
    MethodInfo info() const override
    {
        return {QStringLiteral("gated"), QStringLiteral("Gated test method"), QString(), {2}, true, {}};
    }
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &, const StepSink &onStep,
                   const CancelToken &) override
    {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            *m_ranOnGuiThread = true;
        QImage image = crop.scaled(crop.size() * options.scale);
        for (int i = 0; i < options.steps; ++i) {
            // On the GUI thread this would wait for a slot that cannot run: fail instead of hanging.
            if (!m_gate->tryAcquire(1, 10000))
                throw std::runtime_error("the window did not handle the previous step within 10 s");
            image.fill(QColor(i * 10 % 256, 0, 0));
            onStep({i, options.steps, image, QStringLiteral("step"), 0.0, {}});
        }
        return image;
    }

private:
    QSemaphore *m_gate;
    std::atomic<bool> *m_ranOnGuiThread;
};

class FailingMethod : public RestorationMethod
{
public:
    MethodInfo info() const override
    {
        return {QStringLiteral("failing"), QStringLiteral("Failing test method"), QString(), {2}, false, {}};
    }
    QImage restore(const QImage &, const RestoreOptions &, const ComputeDevice &, const StepSink &, const CancelToken &) override
    {
        throw std::runtime_error("weights file is truncated");
    }
};

// Reports per-step numbers and, from step 2 on, masks, as a model-based method would.
class SteppingMethod : public RestorationMethod
{
public:
    MethodInfo info() const override
    {
        return {QStringLiteral("stepping"), QStringLiteral("Stepping test method"), QString(), {2}, true, {}};
    }
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &, const StepSink &onStep,
                   const CancelToken &) override
    {
        QImage image = crop.scaled(crop.size() * options.scale).convertToFormat(QImage::Format_RGB32);
        for (int i = 0; i < options.steps; ++i) {
            QVariantMap values{{QStringLiteral("noise"), 1.0 - double(i) / options.steps},
                               {QStringLiteral("lambda"), i < options.steps / 2 ? 0.5 : 1.0},
                               {QStringLiteral("confidence"), 0.5 + 0.05 * i},
                               {QStringLiteral("branch"), QStringLiteral("text")}};
            if (i >= 2) {
                QImage line(image.size(), QImage::Format_Grayscale8);
                line.fill(200);
                QImage first(image.size(), QImage::Format_Grayscale8);
                first.fill(0);
                first.copy(QRect(0, 0, image.width() / 2, image.height())).fill(255);
                QImage second(image.size(), QImage::Format_Grayscale8);
                second.fill(0);
                values.insert(QStringLiteral("lineMask"), line);
                values.insert(QStringLiteral("charMasks"), QVariantList{first, second});
                values.insert(QStringLiteral("charLabels"), QStringList{QStringLiteral("A 0.9"), QStringLiteral("B 0.8")});
            }
            onStep({i, options.steps, image, QStringLiteral("step"), 0.001 * (i + 1), values});
        }
        return image;
    }
};

InferenceEngine *testEngine(int slowStepMs = 20)
{
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<BicubicMethod>());
    methods.push_back(std::make_unique<SlowMethod>(slowStepMs));
    methods.push_back(std::make_unique<FailingMethod>());
    return new InferenceEngine(std::move(methods));
}

// The boxes that lie on `image`: a test engine's detections when it is shown a crop.
QList<OcrTextBox> onImage(const QImage &image, const QList<OcrTextBox> &boxes)
{
    QList<OcrTextBox> inside;
    for (const OcrTextBox &box : boxes)
        if (QRectF(image.rect()).contains(box.bounds))
            inside.append(box);
    return inside;
}

class FakeOcr : public OcrEngine
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake"); }
    bool isAvailable(QString *) const override { return true; }
    OcrReading recognize(const QImage &crop) override { return {QStringLiteral("W%1").arg(crop.width()), 0.9, {}}; }
    // Like a real detector, it finds only what lies on the image it is given.
    QList<OcrTextBox> detect(const QImage &photo) override
    {
        return onImage(photo, {{QPolygonF(), QRectF(2, 3, 20, 10), QStringLiteral("HELLO"), 0.8},
                               {QPolygonF(), QRectF(40, 20, 30, 12), QStringLiteral("WORLD"), 0.7}});
    }
};

// Word by word, as Tesseract reports them, on the photo writeTextPhoto() draws: "NO PARKING"
// on one line, "EXIT" below it, and a smudge read with little confidence.
class WordOcr : public OcrEngine
{
public:
    QString id() const override { return QStringLiteral("words"); }
    QString displayName() const override { return QStringLiteral("Word test OCR"); }
    bool isAvailable(QString *) const override { return true; }
    OcrReading recognize(const QImage &crop) override { return {QStringLiteral("read %1").arg(crop.width()), 0.8, {}}; }
    QList<OcrTextBox> detect(const QImage &photo) override
    {
        auto box = [](const QString &text, const QRectF &rect, double confidence) {
            return OcrTextBox{QPolygonF(rect), rect, text, confidence};
        };
        return onImage(photo, {box(QStringLiteral("PARKING"), QRectF(78, 20, 150, 40), 0.85), box(QStringLiteral("NO"), QRectF(20, 21, 50, 40), 0.9),
                box(QStringLiteral("~"), QRectF(250, 120, 20, 20), 0.2), box(QStringLiteral("EXIT"), QRectF(20, 95, 90, 40), 0.75)});
    }
};

} // namespace

QString TestMainWindow::writeTextPhoto()
{
    QImage photo(320, 160, QImage::Format_RGB32);
    photo.fill(QColor(235, 232, 220));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(30);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(30, 30, 40));
    painter.drawText(QRect(20, 20, 210, 40), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("NO PARKING"));
    painter.drawText(QRect(20, 95, 90, 40), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("EXIT"));
    painter.end();
    const QString path = m_dir.filePath(QStringLiteral("text-photo.png"));
    return photo.save(path) ? path : QString();
}

void TestMainWindow::startsOnTheWelcomePage()
{
    QVERIFY(m_window->isWelcomeShown());
    QVERIFY(m_window->welcomePage()->sceneCount() >= 2);
    auto *card = m_window->welcomePage()->findChild<QPushButton *>(QStringLiteral("demoCard1"));
    QVERIFY(card);
    QTest::mouseClick(card, Qt::LeftButton);
    QVERIFY(!m_window->isWelcomeShown());
    QVERIFY(m_window->photoPath().endsWith(QLatin1String("motion-blur.jpg")));
    QCOMPARE(m_window->document()->project().regions.size(), 2);
    m_window->findChild<QAction *>(QStringLiteral("actionWelcome"))->trigger();
    QVERIFY(m_window->isWelcomeShown());
    QVERIFY(!WelcomePage::explanation(QStringLiteral("difftsr")).isEmpty());
}

void TestMainWindow::showMeRestoresEveryDemoRegion()
{
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    auto *showMe = m_window->findChild<QPushButton *>(QStringLiteral("showMeButton"));
    QVERIFY(showMe && showMe->isEnabled());
    QTest::mouseClick(showMe, Qt::LeftButton);
    QVERIFY(done.wait(30000));
    const Project &project = m_window->document()->project();
    QCOMPARE(project.runs.size(), project.regions.size());
    for (const TextRegion &region : project.regions)
        QCOMPARE(region.status, TextRegion::Status::Restored);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_window->comparisonView()));
    QVERIFY(!m_window->comparisonView()->result().isNull());
    QCOMPARE(m_window->comparisonView()->result().size(), project.regions.first().rect.size() * 2);
}

void TestMainWindow::dirtyFlagShowsInTheTitle()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(!m_window->windowTitle().startsWith(QLatin1Char('*')));
    QVERIFY(m_window->addRegion(QRect(1, 1, 20, 10)));
    QVERIFY(m_window->document()->isDirty());
    QVERIFY2(m_window->windowTitle().startsWith(QLatin1Char('*')), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->saveProject(m_dir.filePath(QStringLiteral("dirty.glyphlab"))));
    QVERIFY(!m_window->windowTitle().startsWith(QLatin1Char('*')));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("dirty.glyphlab")));
}

void TestMainWindow::projectSavedAndOpenedIsIdentical()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(m_window->addRegion(QRect(10, 10, 31, 21), QStringLiteral("white box")));
    QVERIFY(m_window->addRegion(QRect(50, 5, 30, 20)));
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    QVERIFY(m_window->runAll());
    QVERIFY(done.wait(30000));
    m_window->document()->setOcrText(m_window->document()->project().regions.first().id, QStringLiteral("A"), QStringLiteral("B"));
    const Project before = m_window->document()->project();
    QCOMPARE(before.runs.size(), 2);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.glyphlab"));
    QVERIFY(m_window->saveProject(path));
    QVERIFY(!m_window->saveProject(m_dir.filePath(QStringLiteral("wrong.txt")))); // not a project name
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(m_window->openProject(path));
    QVERIFY(m_window->document()->project() == before);
    QVERIFY(!m_window->document()->isDirty());
    QCOMPARE(m_window->canvas()->regions().size(), 2);
    QCOMPARE(m_window->regionModel()->rowCount(), 2);
    QCOMPARE(m_window->regionModel()->index(0, RegionListModel::OcrAfterColumn).data().toString(), QStringLiteral("B"));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::regionsAreEditedThroughCanvasAndList()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    ImageCanvas *canvas = m_window->canvas();
    // Draw two regions with the mouse.
    auto drag = [canvas](QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::mousePress(canvas, Qt::LeftButton, modifiers, canvas->imageToWidget(from).toPoint());
        QTest::mouseMove(canvas, canvas->imageToWidget(to).toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, modifiers, canvas->imageToWidget(to).toPoint());
    };
    drag({2.5, 2.5}, {20.5, 12.5});
    drag({50.5, 20.5}, {80.5, 40.5});
    const Project &project = m_window->document()->project();
    QCOMPARE(project.regions.size(), 2);
    QCOMPARE(project.regions.at(0).rect, QRect(2, 2, 19, 11));
    const int second = project.regions.at(1).id;
    QCOMPARE(m_window->currentRegionId(), second);
    // Moving it in the canvas moves it in the project.
    drag({60.5, 30.5}, {55.5, 25.5});
    QCOMPARE(project.region(second)->rect, QRect(45, 15, 31, 21));
    // Rename through the list (what F2 / double click edit).
    RegionListModel *model = m_window->regionModel();
    QVERIFY(model->setData(model->indexOfRegion(second), QStringLiteral("exit sign")));
    QCOMPARE(project.region(second)->name, QStringLiteral("exit sign"));
    QVERIFY(!model->setData(model->indexOfRegion(second), QStringLiteral("   "))); // empty names are refused
    // Selecting in the list selects on the canvas.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("regionView"));
    view->selectionModel()->setCurrentIndex(model->indexOfRegion(project.regions.at(0).id),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->currentRegionId(), project.regions.at(0).id);
    // Del deletes the selected region.
    canvas->setFocus();
    QTest::keyClick(m_window, Qt::Key_Delete);
    QCOMPARE(project.regions.size(), 1);
    QCOMPARE(project.regions.first().id, second);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(canvas->regions().size(), 1);
}

void TestMainWindow::runAllQueuesEveryRegion()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_window->addRegion(QRect(5 + 20 * i, 5, 18, 20)));
    m_window->methodPanel()->setMethodId(QStringLiteral("bicubic"));
    QSignalSpy finished(m_window, &MainWindow::restorationFinished);
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    auto *runAll = m_window->findChild<QPushButton *>(QStringLiteral("runAllButton"));
    QVERIFY(runAll->isEnabled());
    QTest::mouseClick(runAll, Qt::LeftButton);
    QVERIFY(m_window->isRunning());
    QVERIFY(done.wait(30000));
    QCOMPARE(finished.size(), 3);
    const Project &project = m_window->document()->project();
    QCOMPARE(project.runs.size(), 3);
    for (const TextRegion &region : project.regions) {
        QCOMPARE(region.status, TextRegion::Status::Restored);
        QCOMPARE(project.latestRun(region.id)->image.size(), region.rect.size() * 2);
        QCOMPARE(project.latestRun(region.id)->methodId, QStringLiteral("bicubic"));
        QCOMPARE(m_window->queuePanel()->jobProgress(region.id), 100);
    }
    QCOMPARE(m_window->queuePanel()->overallProgress(), 100);
    QVERIFY(!m_window->isRunning());
}

void TestMainWindow::exportAllWritesPngsAndSidecars()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(m_window->addRegion(QRect(10, 10, 31, 21), QStringLiteral("box")));
    QVERIFY(m_window->addRegion(QRect(60, 20, 20, 20)));
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    QVERIFY(m_window->runAll());
    QVERIFY(done.wait(30000));
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QCOMPARE(m_window->exportAll(folder), 2);
    const QStringList pngs = QDir(folder).entryList({QStringLiteral("*.png")});
    QCOMPARE(pngs.size(), 2);
    const QString png = QDir(folder).filePath(pngs.first());
    QFile sidecar(RegionExporter::sidecarPath(png));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    QVERIFY(json.value(QLatin1String("sourcePhoto")).toString().endsWith(QLatin1String("base.png")));
    QCOMPARE(json.value(QLatin1String("method")).toString(), QStringLiteral("bicubic"));
    QVERIFY(json.value(QLatin1String("seconds")).toDouble() > 0);
    QVERIFY(!json.value(QLatin1String("device")).toString().isEmpty());
    QCOMPARE(QImage(png).width(), json.value(QLatin1String("resultWidth")).toInt());
    // The photo with the restored regions pasted back: same size as the photo.
    const QString pasted = m_dir.filePath(QStringLiteral("pasted.png"));
    QVERIFY(m_window->exportPastedPhoto(pasted));
    QCOMPARE(QImage(pasted).size(), QSize(96, 48));
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QVERIFY(!m_window->exportPastedPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QCOMPARE(errors.size(), 1);
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::recoveryIsOfferedAndRestores()
{
    delete m_window;
    m_window = nullptr;
    // What a crashed session leaves behind.
    Project project;
    project.photoPath = QStringLiteral(GLYPHLAB_TEST_DATA "/base.png");
    project.photoSize = QSize(96, 48);
    project.addRegion(QRect(3, 4, 30, 20), QStringLiteral("rescued"));
    QString error;
    QVERIFY2(ProjectRecovery::write(project, QString(), &error), qPrintable(error));
    QVERIFY(ProjectRecovery::filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));

    m_window = new MainWindow;
    m_window->show();
    QVERIFY(m_window->hasRecoveryOffer());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("recoveryLabel"));
    QVERIFY2(label->text().contains(QLatin1String("base.png")), qPrintable(label->text()));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("recoverButton")), Qt::LeftButton);
    QVERIFY(!m_window->hasRecoveryOffer());
    QCOMPARE(m_window->document()->project().regions.size(), 1);
    QCOMPARE(m_window->document()->project().regions.first().name, QStringLiteral("rescued"));
    QVERIFY(m_window->document()->isDirty()); // recovered work is not saved work
    QVERIFY(m_window->windowTitle().startsWith(QLatin1Char('*')));
    // Autosave writes it again while it stays unsaved; saving removes it.
    QVERIFY(m_window->autosaveNow());
    QVERIFY(ProjectRecovery::exists());
    QVERIFY(m_window->saveProject(m_dir.filePath(QStringLiteral("rescued.glyphlab"))));
    QVERIFY(!ProjectRecovery::exists());
    QVERIFY(!m_window->autosaveNow()); // nothing unsaved
}

void TestMainWindow::recoveryCanBeDiscarded()
{
    QVERIFY(!m_window->hasRecoveryOffer());
    delete m_window;
    Project project;
    project.photoPath = QStringLiteral(GLYPHLAB_TEST_DATA "/base.png");
    project.photoSize = QSize(96, 48);
    QVERIFY(ProjectRecovery::write(project, QString(), nullptr));
    m_window = new MainWindow;
    QVERIFY(m_window->hasRecoveryOffer());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("discardRecoveryButton")), Qt::LeftButton);
    QVERIFY(!m_window->hasRecoveryOffer());
    QVERIFY(!ProjectRecovery::exists());
    QVERIFY(!m_window->document()->hasPhoto());
}

void TestMainWindow::windowHandlesEveryStepWhileTheMethodRuns()
{
    // Before each step the method waits until the window has handled the previous one, so the
    // run can only finish if it is off the GUI thread and the window's event loop keeps going:
    // a check of where the work runs, not of how fast this machine is (latency is the bench's).
    QSemaphore gate;
    std::atomic<bool> ranOnGuiThread{false};
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<BicubicMethod>());
    methods.push_back(std::make_unique<GatedMethod>(&gate, &ranOnGuiThread));
    delete m_window;
    m_window = new MainWindow(new InferenceEngine(std::move(methods)));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    QVERIFY(m_window->addRegion(QRect(0, 0, 60, 40)));
    QVERIFY(m_window->addRegion(QRect(10, 10, 40, 20)));
    m_window->methodPanel()->setMethodId(QStringLiteral("gated"));
    RestoreOptions options = m_window->methodPanel()->options();
    options.steps = 25;
    m_window->methodPanel()->setOptions(options);
    m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentWidget(m_window->comparisonView());

    QSignalSpy done(m_window, &MainWindow::queueFinished);
    QSignalSpy steps(m_window, &MainWindow::stepRecorded);
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    connect(m_window, &MainWindow::stepRecorded, this, [&gate] { gate.release(); });
    gate.release(); // the first step of the first region
    QVERIFY(m_window->runAll());
    QVERIFY(done.wait(60000));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(steps.size(), 50);
    QCOMPARE(m_window->document()->project().runs.size(), 2);
    QVERIFY(!ranOnGuiThread);
}

// With no saved geometry the window takes its designed size (1440×900) only where the screen
// has room: a laptop's 1366×768 got a window wider and taller than itself.
void TestMainWindow::firstStartFitsTheScreen()
{
    delete m_window;
    QSettings().remove(QStringLiteral("windowGeometry"));
    m_window = new MainWindow(testEngine());
    QVERIFY(m_window->screen());
    const QRect available = m_window->screen()->availableGeometry();
    const QSize first = m_window->size();
    // The workbench with its docks is what the window must hold; the offscreen screen (800×800
    // here) is narrower than that, so only the height can be checked against the screen itself.
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    const QSize least = m_window->minimumSizeHint();
    qInfo("screen %dx%d available, workbench minimum %dx%d, window %dx%d", available.width(), available.height(),
          least.width(), least.height(), first.width(), first.height());
    QVERIFY(first.width() <= 1440 && first.height() <= 900); // never above the designed size
    QVERIFY(first.width() <= std::max(available.width(), least.width()));
    QVERIFY(first.height() <= std::max(available.height(), least.height()));
    if (least.width() <= available.width() && least.height() <= available.height()) {
        QVERIFY(available.contains(QRect(m_window->pos(), first)));
    }
    // A saved geometry wins.
    m_window->resize(least.expandedTo(QSize(500, 400)));
    const QSize chosen = m_window->size();
    QSettings().setValue(QStringLiteral("windowGeometry"), m_window->saveGeometry());
    delete m_window;
    m_window = new MainWindow(testEngine());
    QCOMPARE(m_window->size(), chosen);
    QSettings().remove(QStringLiteral("windowGeometry"));
}

void TestMainWindow::emptyRegionIsRefusedWithAMessage()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QVERIFY(m_window->addRegion(QRect(1, 1, 10, 10)));
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QCOMPARE(m_window->addRegion(QRect(10, 10, 0, 5)), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("no area")), qPrintable(errors.first().first().toString()));
    QCOMPARE(m_window->document()->project().regions.size(), 1);
    QCOMPARE(m_window->document()->project().regions.first().rect, QRect(1, 1, 10, 10));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::failingMethodLeavesTheProjectIntact()
{
    delete m_window;
    m_window = new MainWindow(testEngine());
    m_window->show();
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    const int id = m_window->addRegion(QRect(10, 10, 31, 21));
    m_window->methodPanel()->setMethodId(QStringLiteral("bicubic"));
    QVERIFY(runAndWait().succeeded());
    const QImage good = m_window->document()->project().latestSuccessfulRun(id)->image;

    m_window->methodPanel()->setMethodId(QStringLiteral("failing"));
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    const RestoreResult failed = runAndWait();
    QCOMPARE(failed.status, RestoreResult::Status::Failed);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("weights file is truncated")));
    const Project &project = m_window->document()->project();
    QCOMPARE(project.regions.size(), 1);
    QCOMPARE(project.region(id)->status, TextRegion::Status::Failed);
    QCOMPARE(project.runs.size(), 2);
    QVERIFY(!project.latestRun(id)->succeeded());
    QCOMPARE(project.latestSuccessfulRun(id)->image, good); // the earlier result is kept
    QCOMPARE(m_window->comparisonView()->result(), good);
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
    // Still usable.
    m_window->methodPanel()->setMethodId(QStringLiteral("bicubic"));
    QVERIFY(runAndWait().succeeded());
    QCOMPARE(project.region(id)->status, TextRegion::Status::Restored);
}

void TestMainWindow::hugePhotoIsRefusedWithAMessage()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    m_window->setMaxPhotoPixels(1000); // base.png has 96×48 = 4608 pixels
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QVERIFY(!m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("MP")), qPrintable(errors.first().first().toString()));
    QVERIFY(m_window->photoPath().endsWith(QLatin1String("plain.jpg")));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::parameterControlsFollowTheMethod()
{
    delete m_window;
    m_window = new MainWindow(testEngine());
    MethodPanel *panel = m_window->methodPanel();
    panel->setMethodId(QStringLiteral("bicubic"));
    QVERIFY(!panel->parameterControl(QStringLiteral("iterations")));
    panel->setMethodId(QStringLiteral("slow"));
    auto *iterations = qobject_cast<QSpinBox *>(panel->parameterControl(QStringLiteral("iterations")));
    auto *guidance = qobject_cast<QDoubleSpinBox *>(panel->parameterControl(QStringLiteral("guidance")));
    auto *schedule = qobject_cast<QComboBox *>(panel->parameterControl(QStringLiteral("schedule")));
    auto *sharpen = qobject_cast<QCheckBox *>(panel->parameterControl(QStringLiteral("sharpen")));
    QVERIFY(iterations && guidance && schedule && sharpen);
    QCOMPARE(iterations->value(), 3);
    QCOMPARE(iterations->maximum(), 9);
    QCOMPARE(schedule->count(), 2);
    iterations->setValue(7);
    guidance->setValue(4.25);
    schedule->setCurrentIndex(1);
    sharpen->setChecked(true);
    const QVariantMap parameters = panel->options().parameters;
    QCOMPARE(parameters.value(QStringLiteral("iterations")).toInt(), 7);
    QCOMPARE(parameters.value(QStringLiteral("guidance")).toDouble(), 4.25);
    QCOMPARE(parameters.value(QStringLiteral("schedule")).toString(), QStringLiteral("square"));
    QCOMPARE(parameters.value(QStringLiteral("sharpen")).toBool(), true);
}

void TestMainWindow::presetsSetOptionsAndUserPresetsPersist()
{
    delete m_window;
    m_window = new MainWindow(testEngine());
    MethodPanel *panel = m_window->methodPanel();
    panel->setMethodId(QStringLiteral("slow"));
    QVERIFY(panel->applyPreset(panel->builtInPresets().at(0)));
    QCOMPARE(panel->options().steps, 10);
    QVERIFY(panel->applyPreset(panel->builtInPresets().at(2)));
    QCOMPARE(panel->options().steps, 50);
    RestoreOptions mine = panel->options();
    mine.steps = 33;
    mine.seed = 1234;
    panel->setOptions(mine);
    panel->saveUserPreset(QStringLiteral("My slow/preset"));
    panel->setMethodId(QStringLiteral("bicubic"));
    // Another window (another session) finds it.
    delete m_window;
    m_window = new MainWindow(testEngine());
    MethodPanel *again = m_window->methodPanel();
    QVERIFY(again->userPresets().contains(QStringLiteral("My slow/preset")));
    QVERIFY(again->applyPreset(QStringLiteral("My slow/preset")));
    QCOMPARE(again->methodId(), QStringLiteral("slow"));
    QCOMPARE(again->options().steps, 33);
    QCOMPARE(again->options().seed, quint64(1234));
    again->removeUserPreset(QStringLiteral("My slow/preset"));
    QVERIFY(!again->userPresets().contains(QStringLiteral("My slow/preset")));
}

void TestMainWindow::ocrActionsWaitForAnEngine()
{
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    auto *detect = m_window->findChild<QAction *>(QStringLiteral("actionDetectText"));
    QVERIFY(!detect->isEnabled());
    QCOMPARE(detect->toolTip(), QStringLiteral("No OCR engine available"));
    m_window->setOcrEngineProvider([](const QString &) { return std::make_unique<FakeOcr>(); }, QStringLiteral("fake"));
    QVERIFY(detect->isEnabled());
    QVERIFY(m_window->detectTextRegions());
    QTRY_COMPARE(m_window->document()->project().regions.size(), 2);
    QCOMPARE(m_window->document()->project().regions.first().name, QStringLiteral("HELLO"));
    QCOMPARE(m_window->document()->project().regions.first().ocrBefore, QStringLiteral("HELLO"));
    QTRY_VERIFY(detect->isEnabled());
    QVERIFY(m_window->readTextWithOcr());
    QTRY_COMPARE(m_window->document()->project().regions.first().ocrBefore, QStringLiteral("W20"));
}

void TestMainWindow::cancelAllStopsTheQueue()
{
    delete m_window;
    m_window = new MainWindow(testEngine(30));
    m_window->show();
    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_window->addRegion(QRect(5 + 20 * i, 5, 15, 15)));
    m_window->methodPanel()->setMethodId(QStringLiteral("slow"));
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    QSignalSpy steps(m_window, &MainWindow::stepRecorded);
    QVERIFY(m_window->runAll());
    QVERIFY(steps.wait(5000));
    m_window->findChild<QAction *>(QStringLiteral("actionCancelAll"))->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY(!m_window->isRunning());
    const Project &project = m_window->document()->project();
    QCOMPARE(project.runs.size(), 0);
    for (const TextRegion &region : project.regions)
        QCOMPARE(region.status, TextRegion::Status::New);
}

void TestMainWindow::resultViewsShowTheDemoRun()
{
    ResultViewsController *views = m_window->resultViews();
    QVERIFY(views);
    QCOMPARE(m_window->resultView(MainWindow::ResultView::SplitComparison), views->splitView());
    QCOMPARE(m_window->resultView(MainWindow::ResultView::ComparisonGrid), views->grid());
    QCOMPARE(m_window->resultView(MainWindow::ResultView::StepTimeline), views->timeline());
    QVERIFY(m_window->resultView(MainWindow::ResultView::Plots)->isAncestorOf(views->plotPanel()));

    QVERIFY(m_window->openDemo());
    m_window->methodPanel()->setMethodId(QStringLiteral("bicubic"));
    const RestoreResult result = runAndWait();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    const QSize crop = m_window->canvas()->region().size();
    QCOMPARE(views->splitView()->before().size(), crop);
    QCOMPARE(views->splitView()->after().size(), result.image.size());

    const QList<ComparisonEntry> entries = views->grid()->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).image.size(), crop);
    QCOMPARE(entries.at(1).image.size(), result.image.size());
    QString bicubicName;
    for (const MethodInfo &method : m_window->engine()->methods()) {
        if (method.id == QLatin1String("bicubic"))
            bicubicName = method.displayName;
    }
    QVERIFY2(entries.at(1).label.contains(bicubicName), qPrintable(entries.at(1).label));
    QVERIFY(!entries.at(1).subtitle.isEmpty());

    // The plots dock is in the View menu, and the plot can be written out.
    QAction *showPlots = nullptr;
    for (QAction *action : m_window->findChild<QMenu *>(QStringLiteral("menuView"))->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Plots"))
            showPlots = action;
    }
    QVERIFY(showPlots);
    showPlots->trigger();
    QVERIFY(views->plotPanel()->isVisible());
    const QString png = m_dir.filePath(QStringLiteral("plot.png"));
    QString problem;
    QVERIFY2(views->exportPlot(png, false, &problem), qPrintable(problem));
    QVERIFY(!QImage(png).isNull());
}

void TestMainWindow::resultViewsFollowAMultiStepMethod()
{
    delete m_window;
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<BicubicMethod>());
    methods.push_back(std::make_unique<SteppingMethod>());
    m_window = new MainWindow(new InferenceEngine(std::move(methods)));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    ResultViewsController *views = m_window->resultViews();

    QVERIFY(m_window->openPhoto(QStringLiteral(GLYPHLAB_TEST_DATA "/plain.jpg")));
    QVERIFY(m_window->addRegion(QRect(0, 0, 60, 40)));
    views->setMaskSource(ResultViewsController::MaskSource::Predicted);
    QVERIFY(views->maskView()->composite().isNull()); // no prediction yet
    QVERIFY(views->maskView()->placeholderText().contains(QLatin1String("GlyphSR")));
    m_window->methodPanel()->setMethodId(QStringLiteral("stepping"));
    RestoreOptions options = m_window->methodPanel()->options();
    options.steps = 7;
    m_window->methodPanel()->setOptions(options);

    for (int run = 0; run < 2; ++run) { // the second run replaces the first one's steps
        const RestoreResult result = runAndWait();
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(views->timeline()->stepCount(), 7);
        PlotPanel *plot = views->plotPanel();
        for (const QString &series : {QStringLiteral("noise"), QStringLiteral("lambda"), QStringLiteral("confidence"),
                                      QStringLiteral("seconds")}) {
            QVERIFY2(plot->seriesNames().contains(series), qPrintable(plot->seriesNames().join(QLatin1Char(','))));
            QCOMPARE(plot->seriesValues(series).size(), 7);
        }
        QVERIFY(!plot->seriesNames().contains(QStringLiteral("branch")));
        QVERIFY(!plot->seriesNames().contains(QStringLiteral("lineMask")));
        QCOMPARE(plot->seriesValues(QStringLiteral("noise")).first(), 1.0);
        QCOMPARE(plot->seriesStyle(QStringLiteral("lambda")), PlotPanel::SeriesStyle::Step);
    }
    // Timeline and plot point at the same step, both ways.
    Q_EMIT views->plotPanel()->stepClicked(3);
    QCOMPARE(views->timeline()->currentStep(), 3);
    views->timeline()->setCurrentStep(5);
    QCOMPARE(views->timeline()->currentStep(), 5);

    // The masks of the last step are over the result.
    QVERIFY2(views->maskView()->message().isEmpty(), qPrintable(views->maskView()->message()));
    QVERIFY(!views->maskView()->composite().isNull());
    QCOMPARE(views->maskView()->characterCount(), 2);
    QVERIFY(!views->splitView()->after().isNull());
    QCOMPARE(views->grid()->entries().size(), 2);
    QVERIFY(views->grid()->entries().at(1).label.contains(QLatin1String("Stepping test method")));

    // For a person to look at: the steps tab and the plots dock after the run.
    m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentWidget(views->timeline());
    m_window->resultView(MainWindow::ResultView::Plots)->parentWidget()->show();
    QTRY_VERIFY(views->plotPanel()->isVisible());
    QVERIFY(views->plotPanel()->height() >= 150);
    QVERIFY(!saveWidgetGrab(m_window, QStringLiteral("mainwindow-steps-plots.png")).isEmpty());
    m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentWidget(views->maskView());
    QVERIFY(!saveWidgetGrab(m_window, QStringLiteral("mainwindow-mask.png")).isEmpty());
}

void TestMainWindow::maskViewShowsExtractedAndPredictedMasks()
{
    delete m_window;
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<BicubicMethod>());
    methods.push_back(std::make_unique<SteppingMethod>());
    m_window = new MainWindow(new InferenceEngine(std::move(methods)));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    ResultViewsController *views = m_window->resultViews();
    MaskOverlayView *mask = views->maskView();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    auto *source = mask->findChild<QComboBox *>(QStringLiteral("maskSourceCombo"));
    QVERIFY(source && source->count() == 3);

    const QString photo = writeTextPhoto();
    QVERIFY(m_window->openPhoto(photo));
    const int id = m_window->addRegion(QRect(10, 15, 60, 50)); // "NO"
    QVERIFY(id);
    m_window->document()->setOcrText(id, QStringLiteral("NO"), QString());
    views->setMaskSource(ResultViewsController::MaskSource::ExtractedFromInput);
    // Computed when the tab is shown, not before.
    QVERIFY(mask->composite().isNull());
    tabs->setCurrentWidget(mask);
    QVERIFY(!mask->composite().isNull()); // the crop at once, its masks from the worker thread
    QCOMPARE(mask->composite().size(), QSize(60, 50));
    QTRY_COMPARE(mask->characterCount(), 2); // N and O, from the pixels alone
    QVERIFY(mask->characterCentroid(0).x() < mask->characterCentroid(1).x());
    // The opacity slider: at 0 the crop shows as it is.
    auto *opacity = mask->findChild<QSlider *>(QStringLiteral("opacitySlider"));
    opacity->setValue(0);
    QCOMPARE(mask->composite(), m_window->document()->crop(id).convertToFormat(QImage::Format_RGB32));
    opacity->setValue(80);
    QVERIFY(mask->composite() != m_window->document()->crop(id).convertToFormat(QImage::Format_RGB32));
    QVERIFY(!saveWidgetGrab(m_window, QStringLiteral("mainwindow-mask-extracted.png")).isEmpty());

    // From the result: only once there is one. The prediction: only after a run that has masks.
    source->setCurrentIndex(int(ResultViewsController::MaskSource::ExtractedFromResult));
    QVERIFY(mask->composite().isNull());
    QVERIFY(mask->placeholderText().contains(QLatin1String("Restore the region first")));
    source->setCurrentIndex(int(ResultViewsController::MaskSource::Predicted));
    QVERIFY(mask->composite().isNull());
    QVERIFY(mask->placeholderText().contains(QLatin1String("GlyphSR")));
    m_window->methodPanel()->setMethodId(QStringLiteral("stepping"));
    RestoreOptions options = m_window->methodPanel()->options();
    options.steps = 4;
    m_window->methodPanel()->setOptions(options);
    QVERIFY(runAndWait().succeeded());
    QVERIFY(!mask->composite().isNull());
    QCOMPARE(mask->characterCount(), 2); // the stepping method's two masks, over its result
    QCOMPARE(mask->composite().size(), QSize(120, 100));
    source->setCurrentIndex(int(ResultViewsController::MaskSource::ExtractedFromResult));
    QCOMPARE(mask->composite().size(), QSize(120, 100));
    QTRY_COMPARE(mask->characterCount(), 2);

    // The choice persists.
    QCOMPARE(QSettings().value(QStringLiteral("maskView/source")).toInt(), int(ResultViewsController::MaskSource::ExtractedFromResult));
    // A crop without text says so instead of inventing masks.
    source->setCurrentIndex(int(ResultViewsController::MaskSource::ExtractedFromInput));
    const int blank = m_window->addRegion(QRect(250, 5, 60, 30));
    QCOMPARE(m_window->currentRegionId(), blank);
    QTRY_VERIFY(mask->composite().isNull());
    QVERIFY2(mask->placeholderText().contains(QLatin1String("No text found")), qPrintable(mask->placeholderText()));
}

void TestMainWindow::detectionJoinsWordsAboveTheThreshold()
{
    const QString photo = writeTextPhoto();
    QVERIFY(m_window->openPhoto(photo));
    m_window->setOcrEngineProvider([](const QString &) { return std::make_unique<WordOcr>(); }, QStringLiteral("words"));
    auto *spin = m_window->findChild<QSpinBox *>(QStringLiteral("minConfidenceSpin"));
    auto *merge = m_window->findChild<QCheckBox *>(QStringLiteral("mergeLinesCheck"));
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("detectButton"));
    QVERIFY(spin && merge && button);
    spin->setValue(50);
    merge->setChecked(true);
    QCOMPARE(m_window->detectionConfidenceThreshold(), 0.5);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const Project &project = m_window->document()->project();
    QTRY_COMPARE(project.regions.size(), 2);
    QCOMPARE(project.regions.at(0).name, QStringLiteral("NO PARKING"));
    QCOMPARE(project.regions.at(0).ocrBefore, QStringLiteral("NO PARKING"));
    QCOMPARE(project.regions.at(0).rect, QRect(20, 20, 208, 41));
    QCOMPARE(project.regions.at(1).name, QStringLiteral("EXIT"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("below the confidence threshold")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Detecting again marks nothing twice.
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("already marked")));
    QCOMPARE(project.regions.size(), 2);

    // Word by word, and stricter: EXIT (0.75) is left out.
    spin->setValue(80);
    merge->setChecked(false);
    QVERIFY(m_window->openPhoto(photo));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(project.regions.size(), 2);
    QCOMPARE(project.regions.at(0).name, QStringLiteral("NO"));
    QCOMPARE(project.regions.at(1).name, QStringLiteral("PARKING"));

    // The settings are there in the next session.
    delete m_window;
    m_window = new MainWindow;
    QCOMPARE(m_window->detectionConfidenceThreshold(), 0.8);
    QVERIFY(!m_window->mergesWordsIntoLines());
    m_window->setDetectionConfidenceThreshold(0.5);
    m_window->setMergeWordsIntoLines(true);
    // The engine chosen in the dock is the one used, and it is remembered.
    m_window->setOcrEngineProvider([](const QString &id) -> std::unique_ptr<OcrEngine> {
        if (id == QLatin1String("words"))
            return std::make_unique<WordOcr>();
        return std::make_unique<FakeOcr>();
    }, QStringLiteral("fake"));
    m_window->setOcrEngineChoices({{QStringLiteral("fake"), QStringLiteral("Fake")}, {QStringLiteral("words"), QStringLiteral("Words")}});
    auto *engines = m_window->findChild<QComboBox *>(QStringLiteral("ocrEngineCombo"));
    QVERIFY(engines && engines->count() == 2);
    QCOMPARE(m_window->ocrEngineId(), QStringLiteral("fake"));
    engines->setCurrentIndex(1);
    Q_EMIT engines->activated(1);
    QCOMPARE(m_window->ocrEngineId(), QStringLiteral("words"));
    QCOMPARE(QSettings().value(QStringLiteral("ocr/engine")).toString(), QStringLiteral("words"));
    QSettings().remove(QStringLiteral("ocr/engine"));
}

// The whole flow, as a person would go through it: open a photo, detect its text, restore
// every region, step through a run, compare methods, export, save, and open it again.
void TestMainWindow::wholeFlowFromPhotoToReopenedProject()
{
    auto makeWindow = [this] {
        delete m_window;
        std::vector<std::unique_ptr<RestorationMethod>> methods;
        methods.push_back(std::make_unique<BicubicMethod>());
        methods.push_back(std::make_unique<SteppingMethod>());
        m_window = new MainWindow(new InferenceEngine(std::move(methods)));
        m_window->resize(1200, 800);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window);
    };
    QVERIFY(makeWindow());
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    ResultViewsController *views = m_window->resultViews();

    // 1. Open.
    const QString photo = writeTextPhoto();
    QVERIFY(m_window->openPhoto(photo));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_window->canvas()));

    // 2. Detect (a deterministic OCR engine through the window's provider).
    m_window->setOcrEngineProvider([](const QString &) { return std::make_unique<WordOcr>(); }, QStringLiteral("words"));
    m_window->setDetectionConfidenceThreshold(0.5);
    m_window->setMergeWordsIntoLines(true);
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("detectButton")), Qt::LeftButton);
    const Project &project = m_window->document()->project();
    QTRY_COMPARE(project.regions.size(), 2);
    QCOMPARE(project.regions.at(0).name, QStringLiteral("NO PARKING"));
    QCOMPARE(project.regions.at(1).name, QStringLiteral("EXIT"));
    QCOMPARE(m_window->regionModel()->rowCount(), 2);
    QCOMPARE(m_window->canvas()->regions().size(), 2);

    // 3. Run: every region with the stepping method.
    m_window->methodPanel()->setMethodId(QStringLiteral("stepping"));
    RestoreOptions options = m_window->methodPanel()->options();
    options.steps = 6;
    m_window->methodPanel()->setOptions(options);
    QSignalSpy done(m_window, &MainWindow::queueFinished);
    QSignalSpy read(m_window, &MainWindow::ocrFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(project.runs.size(), 2);
    for (const TextRegion &region : project.regions)
        QCOMPARE(region.status, TextRegion::Status::Restored);
    // The OCR then reads every region before and after restoration, unasked (the test engine
    // reads a crop as its width, so each reading shows which image it was given).
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionReadAfterRun"))->isChecked());
    QVERIFY(read.count() > 0 || read.wait(10000));
    for (const TextRegion &region : project.regions) {
        QCOMPARE(region.ocrBefore, QStringLiteral("read %1").arg(region.rect.width()));
        QCOMPARE(region.ocrAfter, QStringLiteral("read %1").arg(project.latestSuccessfulRun(region.id)->image.width()));
    }

    // 4. Step through the first region's run in the Steps tab, with the keyboard.
    const int first = project.regions.at(0).id;
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("regionView"));
    list->selectionModel()->setCurrentIndex(m_window->regionModel()->indexOfRegion(first),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->currentRegionId(), first);
    StepTimeline *timeline = views->timeline();
    tabs->setCurrentWidget(timeline);
    QCOMPARE(timeline->stepCount(), 6);
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    timeline->setFocus();
    timeline->goToFirst();
    QCOMPARE(timeline->currentStep(), 0);
    for (int k = 1; k < 6; ++k) {
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->currentStep(), k);
        QCOMPARE(timeline->step(k).index, k);
    }
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->currentStep(), 0);

    // 5. Compare: bicubic on the same region too, then the split view and the N-way grid.
    m_window->methodPanel()->setMethodId(QStringLiteral("bicubic"));
    const RestoreResult bicubic = runAndWait();
    QVERIFY2(bicubic.succeeded(), qPrintable(bicubic.error));
    tabs->setCurrentWidget(views->splitView());
    QCOMPARE(views->splitView()->before(), m_window->document()->crop(first));
    QCOMPARE(views->splitView()->after(), bicubic.image);
    tabs->setCurrentWidget(views->grid());
    const QList<ComparisonEntry> entries = views->grid()->entries();
    QCOMPARE(entries.size(), 3); // input, bicubic, stepping
    QVERIFY(entries.at(2).label.contains(QLatin1String("Stepping test method")));
    views->grid()->zoomIn();
    QVERIFY(views->grid()->relativeZoom() > 1.0);
    QCOMPARE(views->grid()->cellTransform(1).zoom(), views->grid()->cellTransform(2).zoom()); // one zoom for all

    // Per-region plots: the time of every region's latest result, the last step's confidence
    // of the runs that report one (the stepping method's; bicubic reports none).
    views->setPlotMode(ResultViewsController::PlotMode::TimePerRegion);
    QVERIFY(views->plotPanel()->isBarMode());
    QCOMPARE(views->plotPanel()->barValues().size(), 2);
    QCOMPARE(views->plotPanel()->barValues().at(0), project.latestSuccessfulRun(first)->seconds);
    views->setPlotMode(ResultViewsController::PlotMode::ConfidencePerRegion);
    QCOMPARE(views->plotPanel()->barValues(), QVector<double>{0.5 + 0.05 * 5});
    views->setPlotMode(ResultViewsController::PlotMode::Steps);
    QVERIFY(!views->plotPanel()->isBarMode());

    // 6. Export: the crop with its sidecar, all results, and the photo with the results pasted in.
    const QString png = m_dir.filePath(QStringLiteral("flow/no-parking.png"));
    QVERIFY(QDir().mkpath(QFileInfo(png).absolutePath()));
    QVERIFY(m_window->exportResult(png));
    QCOMPARE(QImage(png).convertToFormat(QImage::Format_RGB888), bicubic.image.convertToFormat(QImage::Format_RGB888));
    QFile sidecar(RegionExporter::sidecarPath(png));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("region")).toObject()
                .value(QStringLiteral("name")).toString() == QStringLiteral("NO PARKING"));
    QCOMPARE(m_window->exportAll(m_dir.filePath(QStringLiteral("flow/all"))), 2);
    const QString pasted = m_dir.filePath(QStringLiteral("flow/pasted.png"));
    QVERIFY(m_window->exportPastedPhoto(pasted));
    QCOMPARE(QImage(pasted).size(), QSize(320, 160));

    // 7. Save, 8. reopen in a new session: identical regions, runs and results.
    const Project before = project;
    const QString saved = m_dir.filePath(QStringLiteral("flow/flow.glyphlab"));
    QVERIFY(m_window->saveProject(saved));
    QVERIFY(!m_window->document()->isDirty());
    QVERIFY(makeWindow());
    QVERIFY(m_window->openProject(saved));
    const Project &after = m_window->document()->project();
    QVERIFY(after == before);
    QCOMPARE(after.regions.size(), 2);
    QCOMPARE(after.runs.size(), 3);
    auto rgb = [](const QImage &image) { return image.convertToFormat(QImage::Format_RGB888); };
    for (int i = 0; i < before.runs.size(); ++i)
        QCOMPARE(rgb(after.runs.at(i).image), rgb(before.runs.at(i).image)); // PNG keeps the pixels, not the format
    QVERIFY(!m_window->document()->isDirty());
    QCOMPARE(m_window->canvas()->regions().size(), 2);
    QCOMPARE(m_window->regionModel()->rowCount(), 2);
    auto *reopenedList = m_window->findChild<QTreeView *>(QStringLiteral("regionView"));
    reopenedList->selectionModel()->setCurrentIndex(m_window->regionModel()->indexOfRegion(first),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->resultViews()->grid()->entries().size(), 3);
    QCOMPARE(rgb(m_window->resultViews()->splitView()->after()), rgb(bicubic.image));
    QCOMPARE(rgb(m_window->comparisonView()->result()), rgb(bicubic.image));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
