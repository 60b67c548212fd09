#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
// The client's side of the conversation in C:/S: form, credentials redacted: paste it into a
// ScriptedSmtpServer script to replay a field report. Off unless enabled
// (QT_LOGGING_RULES="vigie.smtp.wire.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSmtpWire)
