#pragma once

#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// Runs one store operation to completion in the event loop and hands back the finished reply.
inline std::unique_ptr<Vigie::Secrets::SecretReply> finished(Vigie::Secrets::SecretReply *reply, int timeoutMs = 5000)
{
    std::unique_ptr<Vigie::Secrets::SecretReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &Vigie::Secrets::SecretReply::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}
