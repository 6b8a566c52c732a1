#include "OcrEngine.h"

OcrEngine::~OcrEngine() = default;
