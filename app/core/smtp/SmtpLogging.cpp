#include "SmtpLogging.h"

Q_LOGGING_CATEGORY(lcSmtp, "vigie.smtp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmtpWire, "vigie.smtp.wire", QtWarningMsg)
