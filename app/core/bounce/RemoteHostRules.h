#pragma once

#include "FailedRecipient.h"

#include <QStringView>

namespace Vigie::Bounce {

// Providers whose replies carry their own documented error codes or fixed wording, which say
// more than the generic phrases: Orange and La Poste ("LPN007_416"), Spectrum ("AUP#In-1310"),
// Mimecast, Symantec Email Security.cloud (MessageLabs), Yahoo and NTT docomo. A rule only fires when
// the reply is recognisably the provider's (its code label, or its host as remote or reporting
// MTA), so a new bounce from the same provider matches and nobody else's does.
class RemoteHostRules
{
public:
    // The reason the provider's reply states, or Undefined. text is the diagnostic with
    // addresses replaced (see ReasonClassifier).
    static Reason reasonFor(const FailedRecipient &recipient, QStringView text);
};

} // namespace Vigie::Bounce
