#pragma once

#include <stdexcept>

// Thrown by a method when it sees its cancel token set; the runner reports "Cancelled".
class RestoreCancelled : public std::runtime_error
{
public:
    RestoreCancelled();
};
