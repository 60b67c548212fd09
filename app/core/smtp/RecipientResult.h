#pragma once

#include "SmtpReply.h"

#include <QString>

namespace Vigie::Smtp {

// How the server answered RCPT TO for one recipient. A reply code of 0 means the server never
// answered for it (the session ended first).
struct RecipientResult
{
    QString address;
    SmtpReply reply;

    bool accepted() const { return reply.isPositiveCompletion(); }
    bool operator==(const RecipientResult &) const = default;
};

} // namespace Vigie::Smtp
