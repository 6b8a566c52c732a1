#include "ComparisonView.h"
#include "ImageCanvas.h"
#include "InferenceEngine.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QLabel>
#include <QMenu>
#include <QThread>

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

private:
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
    QVERIFY2(text.contains(QStringLiteral("%1 thread").arg(QThread::idealThreadCount())), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
