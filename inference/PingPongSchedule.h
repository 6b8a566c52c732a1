#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// GLYPH-SR's ping-pong scheduler: λ_t, the image branch's share of the guidance at each
// sampling step (the text branch gets 1 − λ_t; 0 = text-centric, 1 = image-centric).
// Steps are counted in sampling order: step 0 is the first, noisiest step.
//
// - square (the paper's): for step i ≥ t0, λ = 0 when ⌊(i − t0)/τ⌋ is even, else 1.
// - text / image: λ = 0 / λ = 1 at every step (one branch only, for ablations).
// - linear / cosine: λ falls from 1 at step t0 to 0 at the last step (straight line, or half a
//   cosine that starts and ends flat); the paper found such continuous ramps worse than the
//   square wave, they are here to compare. τ plays no part in them.
// Before t0 every kind except "text" is image-centric (λ = 1): the first, noisiest steps lay out
// the global structure, which the frozen SR branch knows best; glyph cues follow from t0 on.
class PingPongSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PingPongSchedule)

public:
    enum class Kind { Square, Text, Image, Linear, Cosine };
    enum class Branch { Text, Image, Mixed };

    // Throws std::invalid_argument with a readable message if period < 1 or start < 0.
    explicit PingPongSchedule(Kind kind = Kind::Square, int period = 1, int start = 0);

    Kind kind() const { return m_kind; }
    int period() const { return m_period; }
    int start() const { return m_start; }

    // λ_t at `step` of a run of `stepCount` steps (the ramps need the count; the square wave
    // does not). Steps outside 0..stepCount−1 are clamped to it; stepCount < 1 counts as 1.
    double lambdaAt(int step, int stepCount) const;
    // Which branch leads that step: text (λ = 0), image (λ = 1) or mixed (a ramp in between).
    Branch leadingBranch(int step, int stepCount) const;
    static Branch branchFor(double lambda);

    // The names used on the command line and in settings: "square", "text", "image",
    // "linear", "cosine".
    static QString kindName(Kind kind);
    static QStringList kindNames();
    // nullopt, with a sentence naming the valid kinds in *error, for an unknown name.
    static std::optional<Kind> kindFromName(const QString &name, QString *error = nullptr);
    // "text", "image" or "mixed".
    static QString branchName(Branch branch);

private:
    Kind m_kind;
    int m_period;
    int m_start;
};
