#include "Project.h"

#include <QCoreApplication>

#include <algorithm>

int Project::addRegion(const QRect &rect, const QString &name, int id)
{
    QRect clipped = rect.normalized();
    if (photoSize.isValid())
        clipped = clipped.intersected(QRect(QPoint(0, 0), photoSize));
    if (clipped.isEmpty())
        return 0;
    if (id <= 0 || region(id))
        id = nextRegionId;
    nextRegionId = std::max(nextRegionId, id + 1);
    TextRegion added;
    added.id = id;
    added.name = name.isEmpty() ? QCoreApplication::translate("Project", "Region %1").arg(id) : name;
    added.rect = clipped;
    regions.append(added);
    return id;
}

bool Project::removeRegion(int id)
{
    const int index = indexOfRegion(id);
    if (index < 0)
        return false;
    regions.removeAt(index);
    runs.erase(std::remove_if(runs.begin(), runs.end(), [id](const RegionRun &run) { return run.regionId == id; }),
               runs.end());
    return true;
}

TextRegion *Project::region(int id)
{
    const int index = indexOfRegion(id);
    return index < 0 ? nullptr : &regions[index];
}

const TextRegion *Project::region(int id) const
{
    const int index = indexOfRegion(id);
    return index < 0 ? nullptr : &regions.at(index);
}

int Project::indexOfRegion(int id) const
{
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i).id == id)
            return i;
    }
    return -1;
}

const RegionRun *Project::latestRun(int regionId) const
{
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->regionId == regionId)
            return &*it;
    }
    return nullptr;
}

const RegionRun *Project::latestSuccessfulRun(int regionId) const
{
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->regionId == regionId && it->succeeded())
            return &*it;
    }
    return nullptr;
}

int Project::runCount(int regionId) const
{
    return int(std::count_if(runs.cbegin(), runs.cend(),
                             [regionId](const RegionRun &run) { return run.regionId == regionId; }));
}

namespace {

bool sameOptions(const RestoreOptions &a, const RestoreOptions &b)
{
    return a.scale == b.scale && a.steps == b.steps && a.seed == b.seed && a.device == b.device
           && a.parameters == b.parameters;
}

bool sameImage(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    // Formats may differ after a PNG round trip (RGB888 vs RGB32); the pixels may not.
    return a.convertToFormat(QImage::Format_ARGB32) == b.convertToFormat(QImage::Format_ARGB32);
}

bool sameRun(const RegionRun &a, const RegionRun &b)
{
    return a.regionId == b.regionId && a.methodId == b.methodId && sameOptions(a.options, b.options)
           && sameImage(a.image, b.image) && a.stepCount == b.stepCount && qFuzzyCompare(1.0 + a.seconds, 1.0 + b.seconds)
           && a.device == b.device && a.error == b.error && a.finishedAt == b.finishedAt;
}

} // namespace

bool Project::operator==(const Project &other) const
{
    if (photoPath != other.photoPath || photoSize != other.photoSize || regions != other.regions
        || nextRegionId != other.nextRegionId || runs.size() != other.runs.size())
        return false;
    for (int i = 0; i < runs.size(); ++i) {
        if (!sameRun(runs.at(i), other.runs.at(i)))
            return false;
    }
    return true;
}
