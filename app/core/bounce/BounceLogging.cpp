#include "BounceLogging.h"

Q_LOGGING_CATEGORY(lcBounce, "vigie.bounce", QtInfoMsg)
