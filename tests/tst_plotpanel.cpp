#include "PlotPanel.h"
#include "WidgetGrab.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// The plot itself is a QCustomPlot; its header is kept out of this test on purpose (it needs
// the Qt keywords), so the test talks to PlotPanel only, plus plain QWidget for the clicks.

class TestPlotPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmptyWithAxisLabels();
    void seriesAgainstTheStepIndex();
    void appendPointGrowsASeries();
    void mismatchedInputIsRefusedWithAMessage();
    void barMode();
    void exportsPngAndPdf();
    void exportFailuresSayWhy();
    void clickAsksForThatStep();
    void grabRendersSensibly();

private:
    PlotPanel *m_panel = nullptr;
};

void TestPlotPanel::init()
{
    m_panel = new PlotPanel;
    m_panel->resize(640, 360);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestPlotPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestPlotPanel::startsEmptyWithAxisLabels()
{
    QVERIFY(m_panel->seriesNames().isEmpty());
    QVERIFY(!m_panel->isBarMode());
    QCOMPARE(m_panel->xAxisLabel(), QStringLiteral("Step"));
    m_panel->setAxisLabels(QStringLiteral("Step t"), QStringLiteral("Confidence"));
    QCOMPARE(m_panel->yAxisLabel(), QStringLiteral("Confidence"));
    QVERIFY(!saveWidgetGrab(m_panel, QStringLiteral("plotpanel-empty.png")).isEmpty());
}

void TestPlotPanel::seriesAgainstTheStepIndex()
{
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.1, 0.4, 0.8});
    m_panel->setSeries(QStringLiteral("λ_t"), {0.5, 0.5, 0.2}, PlotPanel::SeriesStyle::Step);
    QCOMPARE(m_panel->seriesNames(), QStringList({QStringLiteral("OCR confidence"), QStringLiteral("λ_t")}));
    QCOMPARE(m_panel->seriesKeys(QStringLiteral("OCR confidence")), QVector<double>({0, 1, 2}));
    QCOMPARE(m_panel->seriesValues(QStringLiteral("OCR confidence")), QVector<double>({0.1, 0.4, 0.8}));
    QCOMPARE(m_panel->seriesStyle(QStringLiteral("λ_t")), PlotPanel::SeriesStyle::Step);
    QCOMPARE(m_panel->seriesStyle(QStringLiteral("OCR confidence")), PlotPanel::SeriesStyle::Line);
    // Same name again replaces, it does not add.
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.3});
    QCOMPARE(m_panel->seriesNames().size(), 2);
    QCOMPARE(m_panel->seriesValues(QStringLiteral("OCR confidence")), QVector<double>({0.3}));
    m_panel->clear();
    QVERIFY(m_panel->seriesNames().isEmpty());
    QVERIFY(m_panel->seriesValues(QStringLiteral("λ_t")).isEmpty());

    // A timestep (0…1000) beside probabilities goes to the right axis, so they stay readable;
    // alone it keeps the left one.
    m_panel->setSeries(QStringLiteral("timestep"), {999, 499, 49});
    QVERIFY(m_panel->rightAxisSeries().isEmpty());
    m_panel->setSeries(QStringLiteral("confidence"), {0.2, 0.5, 0.9});
    QCOMPARE(m_panel->rightAxisSeries(), QStringList{QStringLiteral("timestep")});
    m_panel->clear();
    QVERIFY(m_panel->rightAxisSeries().isEmpty());
}

void TestPlotPanel::appendPointGrowsASeries()
{
    for (int step = 0; step < 500; ++step)
        m_panel->appendPoint(QStringLiteral("noise level"), step, std::exp(-step / 100.0));
    QCOMPARE(m_panel->seriesValues(QStringLiteral("noise level")).size(), 500);
    QCOMPARE(m_panel->seriesKeys(QStringLiteral("noise level")).last(), 499.0);
    QCOMPARE(m_panel->seriesValues(QStringLiteral("noise level")).first(), 1.0);
}

void TestPlotPanel::mismatchedInputIsRefusedWithAMessage()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PlotPanel: .*")));
    QVERIFY(!m_panel->setSeries(QStringLiteral("bad"), QVector<double>{1, 2, 3}, QVector<double>{1, 2}));
    QVERIFY(m_panel->message().contains(QStringLiteral("3 x values but 2 y values")));
    QVERIFY(!m_panel->seriesNames().contains(QStringLiteral("bad")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PlotPanel: .*")));
    QVERIFY(!m_panel->setBars({QStringLiteral("a")}, {}, QStringLiteral("CER")));
    QVERIFY(!m_panel->isBarMode());
    QVERIFY(m_panel->setSeries(QStringLiteral("good"), QVector<double>{0, 1}, QVector<double>{2, 3}));
    QVERIFY(m_panel->message().isEmpty());
}

void TestPlotPanel::barMode()
{
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.1, 0.4});
    QVERIFY(m_panel->setBars({QStringLiteral("word 1"), QStringLiteral("word 2"), QStringLiteral("word 3")},
                             {0.9, 0.35, 0.6}, QStringLiteral("OCR confidence")));
    QVERIFY(m_panel->isBarMode());
    QVERIFY(m_panel->seriesNames().isEmpty()); // bars replace the step series
    QCOMPARE(m_panel->barValues(), QVector<double>({0.9, 0.35, 0.6}));
    QCOMPARE(m_panel->yAxisLabel(), QStringLiteral("OCR confidence"));
    QVERIFY(!saveWidgetGrab(m_panel, QStringLiteral("plotpanel-bars.png")).isEmpty());
    // Back to step series: bar mode ends, the step axis label returns.
    m_panel->appendPoint(QStringLiteral("noise level"), 0, 1.0);
    QVERIFY(!m_panel->isBarMode());
    QVERIFY(m_panel->barValues().isEmpty());
    QCOMPARE(m_panel->xAxisLabel(), QStringLiteral("Step"));
}

void TestPlotPanel::exportsPngAndPdf()
{
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.1, 0.4, 0.8, 0.85});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString problem;
    const QString png = dir.filePath(QStringLiteral("plot.png"));
    QVERIFY2(m_panel->savePng(png, &problem, 800, 500), qPrintable(problem));
    const QImage written(png);
    QCOMPARE(written.size(), QSize(800, 500));
    const QString pdf = dir.filePath(QStringLiteral("plot.pdf"));
    QVERIFY2(m_panel->savePdf(pdf, &problem), qPrintable(problem));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestPlotPanel::exportFailuresSayWhy()
{
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.1, 0.4});
    QString problem;
    QVERIFY(!m_panel->savePng(QString(), &problem));
    QVERIFY(problem.contains(QStringLiteral("No file name")));
    QVERIFY(!m_panel->savePng(QStringLiteral("/nonexistent-folder-glyphlab/plot.png"), &problem));
    QVERIFY(problem.contains(QStringLiteral("does not exist")));
    QTemporaryDir dir;
    QVERIFY(!m_panel->savePdf(dir.path(), &problem)); // a folder, not a file
    QVERIFY(problem.contains(QStringLiteral("folder")));
    QVERIFY(!m_panel->savePdf(QStringLiteral("/nonexistent-folder-glyphlab/plot.pdf"))); // no message wanted: fine
    QVERIFY(!m_panel->message().isEmpty());
}

void TestPlotPanel::clickAsksForThatStep()
{
    m_panel->setSeries(QStringLiteral("OCR confidence"), {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0});
    m_panel->setCurrentStep(4);
    auto *plot = m_panel->findChild<QWidget *>(QStringLiteral("customPlot"));
    QVERIFY(plot);
    QCoreApplication::processEvents(); // the queued replot lays out the axes
    QSignalSpy clicked(m_panel, &PlotPanel::stepClicked);
    // Steps 0..9 span the axis rect; a click at 70 % of the plot's width lands near step 6-7.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(plot->width() * 7 / 10, plot->height() / 2));
    QCOMPARE(clicked.size(), 1);
    const int step = clicked.first().first().toInt();
    QVERIFY2(step >= 5 && step <= 8, qPrintable(QString::number(step)));
    // A click further right asks for a later step.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(plot->width() * 9 / 10, plot->height() / 2));
    QVERIFY(clicked.last().first().toInt() > step);
    // A drag pans the plot and asks for nothing.
    const QPoint from(plot->width() / 2, plot->height() / 2);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(plot, from + QPoint(40, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, from + QPoint(40, 0));
    QCOMPARE(clicked.size(), 2);
}

void TestPlotPanel::grabRendersSensibly()
{
    const int steps = 50;
    for (int t = 0; t < steps; ++t) {
        const double progress = double(t) / (steps - 1);
        m_panel->appendPoint(QStringLiteral("OCR confidence"), t, 0.2 + 0.7 / (1 + std::exp(-10 * (progress - 0.5))));
        m_panel->appendPoint(QStringLiteral("noise level"), t, 1.0 - progress);
        m_panel->appendPoint(QStringLiteral("λ_t"), t, t < 20 ? 0.8 : t < 35 ? 0.5 : 0.2);
    }
    m_panel->setSeriesStyle(QStringLiteral("λ_t"), PlotPanel::SeriesStyle::Step);
    m_panel->setCurrentStep(30);
    QCoreApplication::processEvents();
    QVERIFY(!saveWidgetGrab(m_panel, QStringLiteral("plotpanel.png")).isEmpty());
}

QTEST_MAIN(TestPlotPanel)
#include "tst_plotpanel.moc"
