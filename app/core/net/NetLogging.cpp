#include "NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "vigie.net", QtInfoMsg)
