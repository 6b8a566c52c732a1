#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Shows the run queue: one row per region with its own progress, an overall progress bar,
// and Cancel (the running region) and Cancel all (also the waiting ones).
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget *parent = nullptr);

    void addJob(int regionId, const QString &name, const QString &methodName);
    void setJobStarted(int regionId);
    void setJobProgress(int regionId, int done, int total);
    void setJobFinished(int regionId, const QString &outcome, bool succeeded);
    void setOverallProgress(int finished, int total);
    void setRunning(bool running);

    // Per-region progress in percent (-1 if the region is not listed).
    int jobProgress(int regionId) const;
    int overallProgress() const;

Q_SIGNALS:
    void cancelRequested();
    void cancelAllRequested();

private:
    QTreeWidget *m_list;
    QProgressBar *m_overall;
    QLabel *m_summary;
    QPushButton *m_cancelButton;
    QPushButton *m_cancelAllButton;
    QPushButton *m_clearButton;
    QHash<int, QTreeWidgetItem *> m_items;
    QHash<int, QProgressBar *> m_bars;
};
