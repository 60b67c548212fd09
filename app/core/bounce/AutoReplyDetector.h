#pragma once

#include "mime/HeaderBlock.h"

namespace Vigie::Bounce {

// RFC 3834 automatic responses (vacation notices, "out of office"), told apart from delivery
// reports: a mail system's report about a failure is never an auto-reply, whatever its headers.
class AutoReplyDetector
{
public:
    static bool isAutoReply(const Mime::HeaderBlock &headers);
    // From a mail system (mailer-daemon, postmaster...), judged on the From header only.
    static bool isFromMailSystem(const Mime::HeaderBlock &headers);
};

} // namespace Vigie::Bounce
