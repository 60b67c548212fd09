#include "ImapLogging.h"

Q_LOGGING_CATEGORY(lcImap, "vigie.imap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImapWire, "vigie.imap.wire", QtWarningMsg)
