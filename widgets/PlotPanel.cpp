#include "PlotPanel.h"

#include "ColorMaps.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QVBoxLayout>

// qcustomplot.h is written with the Qt keywords this project switches off (QT_NO_KEYWORDS);
// lend it the macro names for its own declarations only.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals

#include <algorithm>
#include <cmath>
#include <cmath>

namespace {

// Steps are whole numbers: ticks at 1, 2, 5, 10, … steps, never at 0.2.
QSharedPointer<QCPAxisTicker> stepTicker()
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

} // namespace

PlotPanel::PlotPanel(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("customPlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The legend goes in a row of its own below the axes, so it never hides a curve.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->xAxis->setRange(0, 10);
    m_plot->xAxis->setTicker(stepTicker());
    m_plot->yAxis->setRange(0, 1);
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom, double-click or 0 to fit; click to show that step; "
                          "right-click to export"));
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_plot);

    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setPositionAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("No run yet"));
    m_placeholder->setColor(QColor(120, 120, 120));
    QFont font = m_placeholder->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_placeholder->setFont(font);

    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
    m_marker->setVisible(false);
    m_marker->setSelectable(false);

    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { rescale(); });
    // A click (not the end of a drag that panned) asks for the step under the cursor.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) { m_pressPosition = event->position(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton || m_bars || m_graphs.isEmpty()
            || (event->position() - m_pressPosition).manhattanLength() > 3)
            return;
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        if (std::isfinite(x))
            Q_EMIT stepClicked(int(std::lround(x)));
    });
    connect(m_plot, &QWidget::customContextMenuRequested, this, &PlotPanel::showContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    setAxisLabels(tr("Step"), tr("Value"));
    updateEmptyState();
}

PlotPanel::~PlotPanel() = default;

QCPGraph *PlotPanel::graph(const QString &name) const
{
    return m_graphs.value(name, nullptr);
}

QCPGraph *PlotPanel::ensureGraph(const QString &name)
{
    leaveBarMode();
    if (QCPGraph *existing = graph(name))
        return existing;
    QCPGraph *created = m_plot->addGraph();
    created->setName(name);
    const QColor colour = ColorMaps::qualitative(int(m_order.size()));
    created->setPen(QPen(colour, 2));
    created->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    m_graphs.insert(name, created);
    m_order.append(name);
    return created;
}

void PlotPanel::leaveBarMode()
{
    if (!m_bars)
        return;
    m_plot->removePlottable(m_bars);
    m_bars = nullptr;
    m_plot->xAxis->setTicker(stepTicker());
    m_plot->legend->setVisible(true);
    m_plot->xAxis->setLabel(m_xLabel);
    m_plot->yAxis->setLabel(m_yLabel);
}

void PlotPanel::setSeries(const QString &name, const QVector<double> &values, SeriesStyle style)
{
    QVector<double> x(values.size());
    for (int i = 0; i < values.size(); ++i)
        x[i] = i;
    setSeries(name, x, values, style);
}

bool PlotPanel::setSeries(const QString &name, const QVector<double> &x, const QVector<double> &y, SeriesStyle style)
{
    if (x.size() != y.size()) {
        setMessage(tr("Series “%1” not plotted: %2 x values but %3 y values.").arg(name).arg(x.size()).arg(y.size()));
        return false;
    }
    setMessage(QString());
    QCPGraph *target = ensureGraph(name);
    target->setData(x, y);
    setSeriesStyle(name, style);
    rescale();
    return true;
}

void PlotPanel::appendPoint(const QString &name, double x, double y)
{
    QCPGraph *target = ensureGraph(name);
    target->addData(x, y);
    updateEmptyState();
    // Follow the run: keep all points in view as they arrive.
    fitAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::setSeriesStyle(const QString &name, SeriesStyle style)
{
    if (QCPGraph *target = graph(name)) {
        target->setLineStyle(style == SeriesStyle::Step ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QStringList PlotPanel::seriesNames() const
{
    return m_order;
}

QVector<double> PlotPanel::seriesKeys(const QString &name) const
{
    QVector<double> keys;
    if (QCPGraph *source = graph(name))
        for (auto it = source->data()->constBegin(); it != source->data()->constEnd(); ++it)
            keys.append(it->key);
    return keys;
}

QVector<double> PlotPanel::seriesValues(const QString &name) const
{
    QVector<double> values;
    if (QCPGraph *source = graph(name))
        for (auto it = source->data()->constBegin(); it != source->data()->constEnd(); ++it)
            values.append(it->value);
    return values;
}

PlotPanel::SeriesStyle PlotPanel::seriesStyle(const QString &name) const
{
    QCPGraph *source = graph(name);
    return source && source->lineStyle() == QCPGraph::lsStepLeft ? SeriesStyle::Step : SeriesStyle::Line;
}

bool PlotPanel::setBars(const QStringList &labels, const QVector<double> &values, const QString &axisTitle)
{
    if (labels.isEmpty() || labels.size() != values.size()) {
        setMessage(tr("Bars not plotted: %1 labels but %2 values.").arg(labels.size()).arg(values.size()));
        return false;
    }
    clear();
    setMessage(QString());
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setName(axisTitle);
    m_bars->setPen(QPen(ColorMaps::qualitative(2).darker(130)));
    m_bars->setBrush(ColorMaps::qualitative(2));
    m_bars->setWidth(0.6);
    QVector<double> positions(values.size());
    for (int i = 0; i < values.size(); ++i)
        positions[i] = i + 1;
    m_bars->setData(positions, values);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(positions, labels.toVector());
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(QString());
    m_plot->yAxis->setLabel(axisTitle);
    m_plot->legend->setVisible(false);
    m_marker->setVisible(false);
    rescale();
    return true;
}

bool PlotPanel::isBarMode() const
{
    return m_bars != nullptr;
}

QVector<double> PlotPanel::barValues() const
{
    QVector<double> values;
    if (m_bars)
        for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
            values.append(it->value);
    return values;
}

void PlotPanel::setAxisLabels(const QString &xLabel, const QString &yLabel)
{
    m_xLabel = xLabel;
    m_yLabel = yLabel;
    if (!m_bars) {
        m_plot->xAxis->setLabel(xLabel);
        m_plot->yAxis->setLabel(yLabel);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QString PlotPanel::xAxisLabel() const
{
    return m_plot->xAxis->label();
}

QString PlotPanel::yAxisLabel() const
{
    return m_plot->yAxis->label();
}

void PlotPanel::setCurrentStep(int step)
{
    const bool show = step >= 0 && !m_bars;
    m_marker->setVisible(show);
    if (show) {
        m_marker->point1->setCoords(step, 0);
        m_marker->point2->setCoords(step, 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString PlotPanel::message() const
{
    return m_message;
}

void PlotPanel::setMessage(const QString &message)
{
    m_message = message;
    if (!message.isEmpty())
        qWarning("PlotPanel: %s", qUtf8Printable(message));
    updateEmptyState();
}

void PlotPanel::updateEmptyState()
{
    const bool empty = m_graphs.isEmpty() && !m_bars;
    // A problem is shown where the data would be, so it is not missed.
    m_placeholder->setText(!m_message.isEmpty() ? m_message : tr("No run yet"));
    m_placeholder->setVisible(empty || !m_message.isEmpty());
    m_plot->legend->setVisible(!m_graphs.isEmpty());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::clear()
{
    leaveBarMode();
    m_plot->clearGraphs();
    m_graphs.clear();
    m_order.clear();
    m_marker->setVisible(false);
    m_message.clear();
    m_plot->xAxis->setRange(0, 10);
    m_plot->yAxis->setRange(0, 1);
    m_plot->yAxis2->setVisible(false);
    updateEmptyState();
}

void PlotPanel::rescale()
{
    if (m_graphs.isEmpty() && !m_bars)
        return;
    fitAxes();
    updateEmptyState();
    m_plot->replot(); // now, not queued: a caller may grab or export right away
}

void PlotPanel::fitAxes()
{
    m_plot->rescaleAxes(true);
    const QCPRange values = m_plot->yAxis->range();
    if (m_bars) {
        m_plot->xAxis->setRange(0.4, m_bars->dataCount() + 0.6);
        m_plot->yAxis->setRange(std::min(0.0, values.lower), std::max(0.0, values.upper) * 1.08);
    } else {
        splitLargeSeriesToRightAxis();
        m_plot->rescaleAxes(true);
        // A little air above and below, so a flat line is not glued to the frame.
        for (QCPAxis *axis : {m_plot->yAxis, m_plot->yAxis2}) {
            const QCPRange range = axis->range();
            const double pad = std::max(1e-6, range.size() * 0.06);
            axis->setRange(range.lower - pad, range.upper + pad);
        }
    }
}

// Probabilities and noise levels live in [0, 1], a timestep in [0, 1000]: on one axis the
// small ones would be flat lines. Series reaching beyond 1.5 move to the right axis when
// others stay within it.
void PlotPanel::splitLargeSeriesToRightAxis()
{
    QStringList large;
    bool anySmall = false;
    for (const QString &name : std::as_const(m_order)) {
        bool found = false;
        const QCPRange range = m_graphs.value(name)->data()->valueRange(found);
        if (!found)
            continue;
        if (std::max(std::abs(range.lower), std::abs(range.upper)) > 1.5)
            large << name;
        else
            anySmall = true;
    }
    const bool split = anySmall && !large.isEmpty();
    for (const QString &name : std::as_const(m_order))
        m_graphs.value(name)->setValueAxis(split && large.contains(name) ? m_plot->yAxis2 : m_plot->yAxis);
    m_plot->yAxis2->setVisible(split);
    m_plot->yAxis2->setLabel(split ? tr("Right axis: %1").arg(large.join(QStringLiteral(", "))) : QString());
}

QStringList PlotPanel::rightAxisSeries() const
{
    QStringList names;
    for (const QString &name : m_order) {
        if (m_graphs.value(name)->valueAxis() == m_plot->yAxis2)
            names << name;
    }
    return names;
}

QCustomPlot *PlotPanel::plot() const
{
    return m_plot;
}

bool PlotPanel::checkExportPath(const QString &path, QString *errorMessage)
{
    QString problem;
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        problem = tr("No file name given for the export.");
    else if (!info.absoluteDir().exists())
        problem = tr("Cannot export to %1: the folder %2 does not exist.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
    else if (info.isDir())
        problem = tr("Cannot export to %1: it is a folder.").arg(QDir::toNativeSeparators(path));
    if (problem.isEmpty())
        return true;
    m_message = problem;
    if (errorMessage)
        *errorMessage = problem;
    return false;
}

QSize PlotPanel::exportSize(int width, int height) const
{
    return {width > 0 ? width : std::max(640, m_plot->width()), height > 0 ? height : std::max(400, m_plot->height())};
}

bool PlotPanel::savePng(const QString &path, QString *errorMessage, int width, int height)
{
    if (!checkExportPath(path, errorMessage))
        return false;
    const QSize size = exportSize(width, height);
    if (!m_plot->savePng(path, size.width(), size.height())) {
        const QString problem = tr("Could not write the PNG file %1.").arg(QDir::toNativeSeparators(path));
        m_message = problem;
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    return true;
}

bool PlotPanel::savePdf(const QString &path, QString *errorMessage, int width, int height)
{
    if (!checkExportPath(path, errorMessage))
        return false;
    const QSize size = exportSize(width, height);
    // QCustomPlot reports success even when the printer could not open the file: check.
    const bool ok = m_plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic);
    const QFileInfo written(path);
    if (!ok || !written.exists() || written.size() == 0) {
        const QString problem = tr("Could not write the PDF file %1.").arg(QDir::toNativeSeparators(path));
        m_message = problem;
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    return true;
}

void PlotPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_0 || event->key() == Qt::Key_Home) {
        rescale();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PlotPanel::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(tr("Fit to Data"), this, &PlotPanel::rescale);
    menu.addSeparator();
    const auto exportTo = [this](bool pdf) {
        const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export Plot as PDF") : tr("Export Plot as PNG"),
                                                          QString(), pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        QString problem;
        if (!(pdf ? savePdf(path, &problem) : savePng(path, &problem)))
            setMessage(problem);
    };
    menu.addAction(tr("Export as PNG…"), this, [exportTo] { exportTo(false); });
    menu.addAction(tr("Export as PDF…"), this, [exportTo] { exportTo(true); });
    menu.exec(m_plot->mapToGlobal(position));
}
