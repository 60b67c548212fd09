#pragma once

#include "bounce/BounceReport.h"
#include "detect/SignalEvent.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Vigie::Probe {

// Decides what a classified report means for the primary mailbox: a probe of ours bounced (tied
// by the X-Vigie-Probe header, the Original-Envelope-Id the DSN quotes, or the Message-ID), or a
// message to the owner's own address bounced, or neither. Pure, for table-driven tests.
class BounceMatcher
{
public:
    struct Match
    {
        enum class Kind { None, Probe, OwnerAddress };
        Kind kind = Kind::None;
        QString token;
        Detect::SignalEvent::Severity severity = Detect::SignalEvent::Severity::None;
        QByteArray status; // "5.1.1"
        QString reason; // Sisimai's name: "userunknown"

        bool operator==(const Match &) const = default;
    };
    using TokenCheck = std::function<bool(const QString &token)>;

    BounceMatcher(QString ownerAddress, TokenCheck isIssued);

    Match match(const Bounce::BounceReport &report, const QByteArray &rawMessage) const;

    // The ENVID a DSN quotes (RFC 3464 Original-Envelope-Id), or an empty string.
    static QString originalEnvelopeId(const QByteArray &rawMessage);

private:
    QString probeToken(const Bounce::BounceReport &report, const QByteArray &rawMessage) const;

    QString m_ownerAddress;
    TokenCheck m_isIssued;
};

} // namespace Vigie::Probe
