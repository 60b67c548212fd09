#include "ServiceLogging.h"

Q_LOGGING_CATEGORY(lcService, "vigie.service", QtInfoMsg)
