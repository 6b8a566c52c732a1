#pragma once

#include <QtGlobal>

#include <array>

// A small, portable random source (xoshiro256**, seeded through splitmix64). The standard
// library's distributions differ between implementations; this one gives the same samples
// everywhere, so generated data sets and degradations are reproducible by seed.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed = 0);

    // An independent stream derived from this seed and a stream number (e.g. a sample index),
    // so that sample i is the same whatever was drawn before it.
    static SeededRandom forStream(quint64 seed, quint64 stream);

    quint64 next();
    double uniform();                         // [0, 1)
    double uniform(double low, double high);  // [low, high)
    int integer(int low, int high);           // [low, high], inclusive
    double normal(double mean = 0.0, double stddev = 1.0);
    bool chance(double probability);
    // Poisson-distributed count with the given mean (Knuth for small means, normal beyond 30).
    int poisson(double mean);

private:
    std::array<quint64, 4> m_state{};
    bool m_hasSpareNormal = false;
    double m_spareNormal = 0.0;
};
