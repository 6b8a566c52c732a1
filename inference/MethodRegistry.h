#pragma once

#include "RestorationMethod.h"

#include <memory>
#include <vector>

// Every method the product ships, in the order the GUI lists them. Construction is cheap:
// methods load their weights on first use, on the inference thread.
class MethodRegistry
{
public:
    static std::vector<std::unique_ptr<RestorationMethod>> createAll();
    // The method with this id, or null.
    static RestorationMethod *find(const std::vector<std::unique_ptr<RestorationMethod>> &methods,
                                   const QString &id);
    // Named variants of a method for the benchmark, as "id:key=value;…" (see ConfiguredMethod);
    // empty when `alias` is none. "difftsr-idm": DiffTSR's IDM-only baseline.
    static QString variantOf(const QString &alias);
};
