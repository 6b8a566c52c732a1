#include "RestoreCancelled.h"

RestoreCancelled::RestoreCancelled()
    : std::runtime_error("restoration cancelled")
{
}
