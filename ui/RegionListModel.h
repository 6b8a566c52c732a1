#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

class ProjectDocument;

// The regions of the open project as a table: thumbnail and name (editable: F2 or double
// click), size, status, OCR before and after. Row order is the project's region order.
class RegionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, StatusColumn, OcrBeforeColumn, OcrAfterColumn, ColumnCount };
    static constexpr int kRegionIdRole = Qt::UserRole + 1;
    static constexpr int kThumbnailSize = 48;

    explicit RegionListModel(ProjectDocument *document, QObject *parent = nullptr);

    int regionId(const QModelIndex &index) const;
    QModelIndex indexOfRegion(int id, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString statusText(int status);

private:
    QPixmap thumbnail(int id) const;

    ProjectDocument *m_document;
    mutable QHash<int, QPixmap> m_thumbnails; // dropped when the region changes
};
