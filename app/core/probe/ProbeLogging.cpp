#include "ProbeLogging.h"

Q_LOGGING_CATEGORY(lcProbe, "vigie.probe", QtInfoMsg)
