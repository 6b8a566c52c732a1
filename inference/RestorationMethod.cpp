#include "RestorationMethod.h"

RestorationMethod::~RestorationMethod() = default;

QVariantMap RestorationMethod::resultValues() const
{
    return {};
}
