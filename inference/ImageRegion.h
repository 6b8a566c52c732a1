#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QSize>

#include <optional>

// Checks for the rectangles a user draws or types.
class ImageRegion
{
    Q_DECLARE_TR_FUNCTIONS(ImageRegion)

public:
    // The part of the region that lies on the image; nullopt and a message when no pixel does.
    static std::optional<QRect> clip(const QRect &region, const QSize &imageSize, QString *error);
    // "x,y,width,height" in pixels.
    static std::optional<QRect> parse(const QString &text, QString *error);
};
