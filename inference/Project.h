#pragma once

#include "RegionRun.h"
#include "TextRegion.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

// The document a user works on: one photo, the text regions marked on it and every run made
// on them. A plain value; ProjectFile reads and writes it, the GUI wraps it in ProjectDocument.
class Project
{
public:
    QString photoPath;  // absolute
    QSize photoSize;
    QList<TextRegion> regions;
    QList<RegionRun> runs; // in the order they finished
    int nextRegionId = 1;

    // Adds a region (clipped to the photo) and returns its id, or 0 when nothing of it lies
    // on the photo. `id` 0 takes the next free id.
    int addRegion(const QRect &rect, const QString &name = QString(), int id = 0);
    // Removes the region and its runs; false if there is none with this id.
    bool removeRegion(int id);

    TextRegion *region(int id);
    const TextRegion *region(int id) const;
    int indexOfRegion(int id) const;

    // The newest run of the region (nullptr if none), or its newest successful one.
    const RegionRun *latestRun(int regionId) const;
    const RegionRun *latestSuccessfulRun(int regionId) const;
    int runCount(int regionId) const;

    // Equal regions and runs (images compared pixel by pixel).
    bool operator==(const Project &other) const;
    bool operator!=(const Project &other) const { return !(*this == other); }
};
