#include "ConfigLogging.h"

Q_LOGGING_CATEGORY(lcConfig, "vigie.config", QtInfoMsg)
