#include "WatchLogging.h"

Q_LOGGING_CATEGORY(lcWatch, "vigie.watch", QtInfoMsg)
