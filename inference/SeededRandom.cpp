#include "SeededRandom.h"

#include <cmath>

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

SeededRandom::SeededRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &word : m_state)
        word = splitMix64(state);
}

SeededRandom SeededRandom::forStream(quint64 seed, quint64 stream)
{
    quint64 mixed = seed;
    const quint64 first = splitMix64(mixed);
    quint64 streamState = stream ^ 0x5851f42d4c957f2dULL;
    return SeededRandom(first ^ splitMix64(streamState));
}

quint64 SeededRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 shifted = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double SeededRandom::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

double SeededRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int SeededRandom::integer(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(next() % span));
}

double SeededRandom::normal(double mean, double stddev)
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return mean + stddev * m_spareNormal;
    }
    double u1 = uniform();
    while (u1 <= 1e-300)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * M_PI * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return mean + stddev * radius * std::cos(angle);
}

bool SeededRandom::chance(double probability)
{
    return uniform() < probability;
}

int SeededRandom::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0)
        return qMax(0, int(std::lround(normal(mean, std::sqrt(mean)))));
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}
