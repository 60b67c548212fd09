#pragma once

#include "HeaderBlock.h"

#include <QByteArray>
#include <QList>

namespace Vigie::Mime {

// Whether a message's header says it was sent to many at once: a mailing list (List-Id,
// RFC 2919), a newsletter or notification (List-Unsubscribe, RFC 2369), or mail marked
// Precedence: bulk, list or junk. Such senders keep schedules of their own, which is what the
// silence detector learns from them; people's mail is another matter.
class BulkSender
{
public:
    static bool isBulk(const HeaderBlock &header);
    // The fields isBulk() reads, for a fetch of only those.
    static QList<QByteArray> headerFields();
};

} // namespace Vigie::Mime
