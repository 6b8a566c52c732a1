#include "QueuePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

QueuePanel::QueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_overall(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_cancelAllButton(new QPushButton(tr("Cancel &all"), this))
    , m_clearButton(new QPushButton(tr("C&lear list"), this))
{
    m_list->setObjectName(QStringLiteral("queueList"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelAllButton->setObjectName(QStringLiteral("cancelAllButton"));
    m_list->setHeaderLabels({tr("Region"), tr("Method"), tr("Progress"), tr("Outcome")});
    m_list->setRootIsDecorated(false);
    // The outcome is the column people read; the others get fixed shares so it stays in view
    // in a narrow dock (each cell's full text is in its tooltip).
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Fixed);
    header->resizeSection(0, 110);
    header->resizeSection(1, 90);
    header->resizeSection(2, 60);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("The regions waiting, running and done in this session"));
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_overall->setToolTip(tr("Regions finished out of all queued"));
    m_cancelButton->setToolTip(tr("Stop the region that is running now (Esc)"));
    m_cancelAllButton->setToolTip(tr("Stop the running region and drop the waiting ones (Shift+Esc)"));
    m_clearButton->setToolTip(tr("Remove the finished rows"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_cancelAllButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_overall);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QueuePanel::cancelRequested);
    connect(m_cancelAllButton, &QPushButton::clicked, this, &QueuePanel::cancelAllRequested);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        for (auto it = m_items.begin(); it != m_items.end();) {
            if (it.value()->data(0, Qt::UserRole + 1).toBool()) {
                m_bars.remove(it.key());
                delete it.value();
                it = m_items.erase(it);
            } else {
                ++it;
            }
        }
    });
    setRunning(false);
    setOverallProgress(0, 0);
}

void QueuePanel::addJob(int regionId, const QString &name, const QString &methodName)
{
    // A region queued again reuses its row.
    QTreeWidgetItem *item = m_items.value(regionId);
    if (!item) {
        item = new QTreeWidgetItem(m_list);
        m_items.insert(regionId, item);
        auto *bar = new QProgressBar;
        bar->setRange(0, 100);
        bar->setMaximumHeight(16);
        bar->setTextVisible(true);
        m_list->setItemWidget(item, 2, bar);
        m_bars.insert(regionId, bar);
    }
    item->setText(0, name);
    item->setToolTip(0, name);
    item->setText(1, methodName);
    item->setToolTip(1, methodName);
    item->setText(3, tr("Waiting"));
    item->setData(0, Qt::UserRole + 1, false);
    m_bars.value(regionId)->setValue(0);
}

void QueuePanel::setJobStarted(int regionId)
{
    if (QTreeWidgetItem *item = m_items.value(regionId)) {
        item->setText(3, tr("Running…"));
        m_list->scrollToItem(item);
    }
}

void QueuePanel::setJobProgress(int regionId, int done, int total)
{
    if (QProgressBar *bar = m_bars.value(regionId))
        bar->setValue(total > 0 ? 100 * done / total : 0);
}

void QueuePanel::setJobFinished(int regionId, const QString &outcome, bool succeeded)
{
    QTreeWidgetItem *item = m_items.value(regionId);
    if (!item)
        return;
    item->setText(3, outcome);
    item->setToolTip(3, outcome);
    item->setData(0, Qt::UserRole + 1, true);
    item->setForeground(3, succeeded ? palette().color(QPalette::Text) : QColor(Qt::red));
    if (succeeded)
        m_bars.value(regionId)->setValue(100);
}

void QueuePanel::setOverallProgress(int finished, int total)
{
    m_overall->setRange(0, std::max(1, total));
    m_overall->setValue(finished);
    m_summary->setText(total == 0 ? tr("Nothing queued.") : tr("%1 of %2 region(s) done").arg(finished).arg(total));
}

void QueuePanel::setRunning(bool running)
{
    m_cancelButton->setEnabled(running);
    m_cancelAllButton->setEnabled(running);
}

int QueuePanel::jobProgress(int regionId) const
{
    const QProgressBar *bar = m_bars.value(regionId);
    return bar ? bar->value() : -1;
}

int QueuePanel::overallProgress() const
{
    return m_overall->maximum() > 0 ? 100 * m_overall->value() / m_overall->maximum() : 0;
}
