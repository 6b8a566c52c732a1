#pragma once

#include <QString>

// The device a method runs on, without dragging LibTorch into headers that moc reads.
struct ComputeDevice
{
    enum class Kind { Cpu, Cuda };

    Kind kind = Kind::Cpu;
    int index = 0;

    bool isCuda() const { return kind == Kind::Cuda; }
};
