#pragma once

#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

// Named series against the step index (OCR confidence, noise level, λ_t, ...) with a legend
// and axis labels, a marker at the current step, and a bar mode for per-region metrics.
// Exports to PNG and PDF. Clicking in the plot asks to show the step under the cursor.
// Mouse: drag pans, wheel zooms, double-click fits. Keys: 0/Home fit.
class PlotPanel : public QWidget
{
    Q_OBJECT

public:
    enum class SeriesStyle { Line, Step }; // Step: constant until the next point (e.g. λ_t)

    explicit PlotPanel(QWidget *parent = nullptr);
    ~PlotPanel() override;

    // Values at steps 0, 1, 2, ...; replaces a series of the same name.
    void setSeries(const QString &name, const QVector<double> &values, SeriesStyle style = SeriesStyle::Line);
    // Explicit x values; false (and message()) when the lengths differ.
    bool setSeries(const QString &name, const QVector<double> &x, const QVector<double> &y,
                   SeriesStyle style = SeriesStyle::Line);
    // Adds one point (a new series is made as needed): cheap while a run is going, the plot
    // is redrawn once per event-loop turn however many points arrive.
    void appendPoint(const QString &name, double x, double y);
    void setSeriesStyle(const QString &name, SeriesStyle style);
    QStringList seriesNames() const;
    // The line series drawn against the right axis (those far larger than the others).
    QStringList rightAxisSeries() const;
    QVector<double> seriesKeys(const QString &name) const;
    QVector<double> seriesValues(const QString &name) const;
    SeriesStyle seriesStyle(const QString &name) const;

    // Bar mode: one bar per label. False (and message()) when the lengths differ or are 0.
    bool setBars(const QStringList &labels, const QVector<double> &values, const QString &axisTitle);
    bool isBarMode() const;
    QVector<double> barValues() const;

    void setAxisLabels(const QString &xLabel, const QString &yLabel);
    QString xAxisLabel() const;
    QString yAxisLabel() const;
    void setCurrentStep(int step); // marker line; -1 hides it
    QString message() const;       // the last problem, or empty

    // Sizes 0: the widget's size (at least 640×400). False and a message on failure.
    bool savePng(const QString &path, QString *errorMessage = nullptr, int width = 0, int height = 0);
    bool savePdf(const QString &path, QString *errorMessage = nullptr, int width = 0, int height = 0);

    QCustomPlot *plot() const;

public Q_SLOTS:
    void clear();
    void rescale();

Q_SIGNALS:
    void stepClicked(int step);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QCPGraph *graph(const QString &name) const;
    QCPGraph *ensureGraph(const QString &name);
    void leaveBarMode();
    void fitAxes();
    void splitLargeSeriesToRightAxis();
    void setMessage(const QString &message);
    void updateEmptyState();
    bool checkExportPath(const QString &path, QString *errorMessage);
    QSize exportSize(int width, int height) const;
    void showContextMenu(const QPoint &position);

    QCustomPlot *m_plot = nullptr;
    QMap<QString, QCPGraph *> m_graphs;
    QStringList m_order;
    QCPBars *m_bars = nullptr;
    QCPItemText *m_placeholder = nullptr;
    QCPItemStraightLine *m_marker = nullptr;
    QString m_xLabel;
    QString m_yLabel;
    QString m_message;
    QPointF m_pressPosition;
};
