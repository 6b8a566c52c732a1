#include "ProjectDocument.h"

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
}

const Project &ProjectDocument::project() const
{
    return m_project;
}

const QImage &ProjectDocument::photo() const
{
    return m_photo;
}

QString ProjectDocument::filePath() const
{
    return m_filePath;
}

bool ProjectDocument::isDirty() const
{
    return m_dirty;
}

bool ProjectDocument::hasPhoto() const
{
    return !m_photo.isNull();
}

void ProjectDocument::reset(const QString &photoPath, const QImage &photo)
{
    Project project;
    project.photoPath = photoPath;
    project.photoSize = photo.size();
    load(project, photo, QString(), false);
}

void ProjectDocument::load(const Project &project, const QImage &photo, const QString &filePath, bool dirty)
{
    m_project = project;
    m_project.photoSize = photo.size();
    m_photo = photo;
    m_filePath = filePath;
    // A project saved mid-run has no run going now.
    for (TextRegion &region : m_project.regions) {
        if (region.status == TextRegion::Status::Queued || region.status == TextRegion::Status::Running)
            region.status = TextRegion::Status::New;
    }
    Q_EMIT projectReset();
    Q_EMIT filePathChanged(m_filePath);
    setDirty(dirty);
}

void ProjectDocument::markSaved(const QString &filePath)
{
    if (filePath != m_filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    setDirty(false);
}

void ProjectDocument::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void ProjectDocument::touch()
{
    setDirty(true);
}

int ProjectDocument::addRegion(const QRect &rect, const QString &name, int id)
{
    const int added = m_project.addRegion(rect, name, id);
    if (added == 0)
        return 0;
    Q_EMIT regionAdded(added);
    touch();
    return added;
}

bool ProjectDocument::setRegionRect(int id, const QRect &rect)
{
    TextRegion *region = m_project.region(id);
    const QRect clipped = rect.normalized().intersected(QRect(QPoint(0, 0), m_project.photoSize));
    if (!region || clipped.isEmpty())
        return false;
    if (region->rect == clipped)
        return true;
    region->rect = clipped;
    // The old OCR reading was of other pixels.
    region->ocrBefore.clear();
    Q_EMIT regionChanged(id);
    touch();
    return true;
}

bool ProjectDocument::renameRegion(int id, const QString &name)
{
    TextRegion *region = m_project.region(id);
    const QString trimmed = name.trimmed();
    if (!region || trimmed.isEmpty())
        return false;
    if (region->name == trimmed)
        return true;
    region->name = trimmed;
    Q_EMIT regionChanged(id);
    touch();
    return true;
}

bool ProjectDocument::removeRegion(int id)
{
    if (!m_project.removeRegion(id))
        return false;
    Q_EMIT regionRemoved(id);
    touch();
    return true;
}

void ProjectDocument::setRegionStatus(int id, TextRegion::Status status)
{
    TextRegion *region = m_project.region(id);
    if (!region || region->status == status)
        return;
    region->status = status;
    Q_EMIT regionChanged(id); // transient states don't make the project dirty on their own
}

void ProjectDocument::setOcrText(int id, const QString &before, const QString &after)
{
    TextRegion *region = m_project.region(id);
    if (!region)
        return;
    region->ocrBefore = before;
    region->ocrAfter = after;
    Q_EMIT regionChanged(id);
    touch();
}

void ProjectDocument::addRun(const RegionRun &run)
{
    if (!m_project.region(run.regionId))
        return; // the region was deleted while it ran
    m_project.runs.append(run);
    Q_EMIT runAdded(run.regionId);
    touch();
}

QImage ProjectDocument::crop(int id) const
{
    const TextRegion *region = m_project.region(id);
    return region ? m_photo.copy(region->rect) : QImage();
}
