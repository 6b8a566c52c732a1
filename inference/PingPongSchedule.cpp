#include "PingPongSchedule.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

struct KindEntry
{
    PingPongSchedule::Kind kind;
    const char *name;
};

const KindEntry kindEntries[] = {
    {PingPongSchedule::Kind::Square, "square"}, {PingPongSchedule::Kind::Text, "text"},
    {PingPongSchedule::Kind::Image, "image"},   {PingPongSchedule::Kind::Linear, "linear"},
    {PingPongSchedule::Kind::Cosine, "cosine"},
};

} // namespace

PingPongSchedule::PingPongSchedule(Kind kind, int period, int start)
    : m_kind(kind)
    , m_period(period)
    , m_start(start)
{
    if (period < 1)
        throw std::invalid_argument(tr("The ping-pong period must be at least 1 step (got %1).").arg(period).toStdString());
    if (start < 0)
        throw std::invalid_argument(tr("The ping-pong start step must not be negative (got %1).").arg(start).toStdString());
}

double PingPongSchedule::lambdaAt(int step, int stepCount) const
{
    const int count = std::max(stepCount, 1);
    const int i = std::clamp(step, 0, count - 1);
    switch (m_kind) {
    case Kind::Text:
        return 0.0;
    case Kind::Image:
        return 1.0;
    case Kind::Square:
        if (i < m_start)
            return 1.0;
        return ((i - m_start) / m_period) % 2 == 0 ? 0.0 : 1.0;
    case Kind::Linear:
    case Kind::Cosine: {
        if (i < m_start)
            return 1.0;
        // Position along the ramp, 0 at t0 and 1 at the last step; a ramp with no room
        // (t0 is the last step) is already at its text end.
        const int span = count - 1 - m_start;
        const double u = span > 0 ? double(i - m_start) / span : 1.0;
        const double lambda = m_kind == Kind::Linear ? 1.0 - u : 0.5 * (1.0 + std::cos(M_PI * u));
        return std::clamp(lambda, 0.0, 1.0);
    }
    }
    return 1.0;
}

PingPongSchedule::Branch PingPongSchedule::branchFor(double lambda)
{
    // Tolerance for the cosine's end points, which land within rounding of 0 and 1.
    constexpr double epsilon = 1e-9;
    if (lambda <= epsilon)
        return Branch::Text;
    if (lambda >= 1.0 - epsilon)
        return Branch::Image;
    return Branch::Mixed;
}

PingPongSchedule::Branch PingPongSchedule::leadingBranch(int step, int stepCount) const
{
    return branchFor(lambdaAt(step, stepCount));
}

QString PingPongSchedule::kindName(Kind kind)
{
    for (const KindEntry &entry : kindEntries) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QStringList PingPongSchedule::kindNames()
{
    QStringList names;
    for (const KindEntry &entry : kindEntries)
        names << QString::fromLatin1(entry.name);
    return names;
}

std::optional<PingPongSchedule::Kind> PingPongSchedule::kindFromName(const QString &name, QString *error)
{
    const QString wanted = name.trimmed().toLower();
    for (const KindEntry &entry : kindEntries) {
        if (wanted == QLatin1String(entry.name))
            return entry.kind;
    }
    if (error) {
        *error = tr("Unknown ping-pong schedule \"%1\"; use one of: %2.")
                     .arg(name, kindNames().join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString PingPongSchedule::branchName(Branch branch)
{
    switch (branch) {
    case Branch::Text:
        return QStringLiteral("text");
    case Branch::Image:
        return QStringLiteral("image");
    case Branch::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}
