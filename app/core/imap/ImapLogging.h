#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcImap)
// Every line to and from the server, credentials redacted, in the C:/S: form the scripted
// test server reads. Off by default: QT_LOGGING_RULES="vigie.imap.wire.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcImapWire)
