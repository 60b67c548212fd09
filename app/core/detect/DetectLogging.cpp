#include "DetectLogging.h"

Q_LOGGING_CATEGORY(lcDetect, "vigie.detect", QtInfoMsg)
