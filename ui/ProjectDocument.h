#pragma once

#include "Project.h"

#include <QImage>
#include <QObject>
#include <QString>

// The open project as the GUI sees it: the Project value plus its file, its photo's pixels and
// a dirty flag. Every edit goes through here, so views learn of it from the signals and the
// window title, the autosave and the region list always agree.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const Project &project() const;
    const QImage &photo() const;
    QString filePath() const;   // empty until saved or opened
    bool isDirty() const;
    bool hasPhoto() const;

    // A new, unsaved project on this photo.
    void reset(const QString &photoPath, const QImage &photo);
    // An opened (or recovered) project; `filePath` empty leaves it unsaved.
    void load(const Project &project, const QImage &photo, const QString &filePath, bool dirty);
    void markSaved(const QString &filePath);
    void setDirty(bool dirty);

    // 0 (and nothing changes) when the rectangle has no area on the photo.
    int addRegion(const QRect &rect, const QString &name = QString(), int id = 0);
    bool setRegionRect(int id, const QRect &rect);
    bool renameRegion(int id, const QString &name);
    bool removeRegion(int id);
    void setRegionStatus(int id, TextRegion::Status status);
    void setOcrText(int id, const QString &before, const QString &after);
    void addRun(const RegionRun &run);

    // A region's crop of the photo (null if there is no such region).
    QImage crop(int id) const;

Q_SIGNALS:
    void projectReset();             // a different photo or project: rebuild everything
    void regionAdded(int id);
    void regionChanged(int id);      // rectangle, name, status or OCR text
    void regionRemoved(int id);
    void runAdded(int regionId);
    void dirtyChanged(bool dirty);
    void filePathChanged(const QString &path);

private:
    void touch();

    Project m_project;
    QImage m_photo;
    QString m_filePath;
    bool m_dirty = false;
};
