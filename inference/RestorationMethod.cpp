#include "RestorationMethod.h"

RestorationMethod::~RestorationMethod() = default;
