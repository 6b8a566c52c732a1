#include "RegionListModel.h"

#include "ProjectDocument.h"

#include <QColor>
#include <QPainter>

RegionListModel::RegionListModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        m_thumbnails.clear();
        endResetModel();
    });
    connect(document, &ProjectDocument::regionAdded, this, [this](int id) {
        const int row = m_document->project().indexOfRegion(id);
        // The project already holds it; tell the views it arrived.
        beginInsertRows(QModelIndex(), row, row);
        endInsertRows();
    });
    connect(document, &ProjectDocument::regionRemoved, this, [this](int id) {
        m_thumbnails.remove(id);
        beginResetModel(); // the row is gone from the project already, so its old row is unknown
        endResetModel();
    });
    auto changed = [this](int id) {
        m_thumbnails.remove(id);
        const int row = m_document->project().indexOfRegion(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    connect(document, &ProjectDocument::regionChanged, this, changed);
    connect(document, &ProjectDocument::runAdded, this, changed);
}

int RegionListModel::regionId(const QModelIndex &index) const
{
    const auto &regions = m_document->project().regions;
    return index.isValid() && index.row() < regions.size() ? regions.at(index.row()).id : 0;
}

QModelIndex RegionListModel::indexOfRegion(int id, int column) const
{
    const int row = m_document->project().indexOfRegion(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().regions.size());
}

int RegionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegionListModel::statusText(int status)
{
    switch (TextRegion::Status(status)) {
    case TextRegion::Status::New: return tr("Not restored");
    case TextRegion::Status::Queued: return tr("Queued");
    case TextRegion::Status::Running: return tr("Running…");
    case TextRegion::Status::Restored: return tr("Restored");
    case TextRegion::Status::Failed: return tr("Failed");
    }
    return QString();
}

QPixmap RegionListModel::thumbnail(int id) const
{
    auto it = m_thumbnails.constFind(id);
    if (it != m_thumbnails.constEnd())
        return *it;
    // The restored crop when there is one, so the list shows progress at a glance.
    const RegionRun *run = m_document->project().latestSuccessfulRun(id);
    const QImage source = run ? run->image : m_document->crop(id);
    QPixmap pixmap(kThumbnailSize, kThumbnailSize);
    pixmap.fill(Qt::transparent);
    if (!source.isNull()) {
        QPainter painter(&pixmap);
        const QImage scaled = source.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((kThumbnailSize - scaled.width()) / 2, (kThumbnailSize - scaled.height()) / 2, scaled);
    }
    m_thumbnails.insert(id, pixmap);
    return pixmap;
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    const auto &regions = m_document->project().regions;
    if (!index.isValid() || index.row() >= regions.size())
        return {};
    const TextRegion &region = regions.at(index.row());
    if (role == kRegionIdRole)
        return region.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return region.name;
        if (role == Qt::DecorationRole)
            return thumbnail(region.id);
        if (role == Qt::ToolTipRole)
            return tr("%1 at (%2, %3). F2 or double click renames it.").arg(region.name).arg(region.rect.x()).arg(region.rect.y());
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return tr("%1×%2").arg(region.rect.width()).arg(region.rect.height());
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            const int runs = m_document->project().runCount(region.id);
            const QString status = statusText(int(region.status));
            return runs > 1 ? tr("%1 (%n run(s))", nullptr, runs).arg(status) : status;
        }
        if (role == Qt::ToolTipRole) {
            if (const RegionRun *run = m_document->project().latestRun(region.id))
                return run->error.isEmpty() ? tr("%1, ×%2, %3 s on %4").arg(run->methodId).arg(run->options.scale)
                                                  .arg(run->seconds, 0, 'f', 2).arg(run->device)
                                            : run->error;
        }
        if (role == Qt::ForegroundRole && region.status == TextRegion::Status::Failed)
            return QColor(Qt::red);
        break;
    case OcrBeforeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return region.ocrBefore;
        break;
    case OcrAfterColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return region.ocrAfter;
        break;
    default:
        break;
    }
    return {};
}

bool RegionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn)
        return false;
    return m_document->renameRegion(regionId(index), value.toString());
}

QVariant RegionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Region");
    case SizeColumn: return tr("Size");
    case StatusColumn: return tr("Status");
    case OcrBeforeColumn: return tr("OCR before");
    case OcrAfterColumn: return tr("OCR after");
    default: return {};
    }
}

Qt::ItemFlags RegionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}
