#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "vigie.secrets", QtInfoMsg)
