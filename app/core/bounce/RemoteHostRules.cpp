#include "RemoteHostRules.h"

#include <QRegularExpression>

#include <array>

namespace Vigie::Bounce {

namespace {

// Orange (OFR) and La Poste (LPN) end their replies with a label whose last three digits are
// the error number of their postmaster documentation.
Reason orange(QStringView text)
{
    static const QRegularExpression label(QStringLiteral(R"(\b(?:LPN|OFR|OUK)[A-Z]*\d*_(\d{3})\b)"));
    const QRegularExpressionMatch m = label.match(text);
    if (!m.hasMatch())
        return Reason::Undefined;
    switch (m.capturedView(1).toInt()) {
    case 101:
    case 102:
    case 103:
    case 510:
    case 999:
        return Reason::Blocked; // IP or service refused
    case 104:
        return Reason::TooManyConn;
    case 305:
    case 402:
        return Reason::SecurityError; // authentication required or invalid
    case 401:
    case 517:
        return Reason::AuthFailure; // SPF, DMARC
    case 403:
    case 405:
    case 415:
    case 421:
        return Reason::Rejected; // invalid sender
    case 416:
        return Reason::UserUnknown; // invalid recipient
    case 417:
        return Reason::MailboxFull;
    case 420:
    case 426:
        return Reason::Suspend; // archived or blocked recipient account
    case 505:
        return Reason::SystemError;
    case 506:
        return Reason::SpamDetected;
    case 514:
        return Reason::MesgTooBig;
    case 630:
        return Reason::PolicyViolation; // client host rejected by policy
    default:
        return Reason::Undefined;
    }
}

// Spectrum (Charter) replies cite "AUP#" and a four-digit code of its published table.
Reason spectrum(QStringView text)
{
    static const QRegularExpression label(QStringLiteral(R"(AUP#[A-Za-z]*-?(\d{4})\b)"));
    const QRegularExpressionMatch m = label.match(text);
    if (!m.hasMatch())
        return Reason::Undefined;
    struct Range
    {
        int first;
        int last;
        Reason reason;
    };
    static constexpr std::array ranges{
        Range{1000, 1000, Reason::Blocked},         Range{1010, 1080, Reason::Rejected}, // sender account blocked
        Range{1090, 1090, Reason::SystemError},     Range{1100, 1150, Reason::RequirePtr},
        Range{1160, 1190, Reason::PolicyViolation}, Range{1200, 1250, Reason::Blocked}, // IP listed
        Range{1260, 1260, Reason::NetworkError}, // no IPv6
        Range{1300, 1340, Reason::TooManyConn},     Range{1350, 1490, Reason::Speeding},
        Range{1500, 1520, Reason::Rejected},        Range{1530, 1530, Reason::MesgTooBig},
        Range{1540, 1550, Reason::Speeding},        Range{1560, 1560, Reason::PolicyViolation},
        Range{1580, 1580, Reason::Speeding},
    };
    const int code = m.capturedView(1).toInt();
    for (const Range &range : ranges) {
        if (code >= range.first && code <= range.last)
            return range.reason;
    }
    return Reason::Undefined;
}

bool hostIs(const FailedRecipient &recipient, QStringView text, QStringView domain)
{
    return recipient.remoteMta.contains(domain, Qt::CaseInsensitive)
        || recipient.reportingMta.contains(domain, Qt::CaseInsensitive) || text.contains(domain, Qt::CaseInsensitive);
}

// Mimecast's documented replies for its policies.
Reason mimecast(QStringView text)
{
    static const QRegularExpression policy(
        QStringLiteral(R"(host network,? not allowed|anti-spoofing policy|content examination policy)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sender(QStringLiteral(R"(envelope blocked|blocked senders|envelope rejected)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (policy.match(text).hasMatch())
        return Reason::PolicyViolation; // geographic, anti-spoofing or content policy
    if (sender.match(text).hasMatch())
        return Reason::Rejected;
    if (text.contains(u"invalid recipient", Qt::CaseInsensitive))
        return Reason::UserUnknown;
    return Reason::Undefined;
}

} // namespace

Reason RemoteHostRules::reasonFor(const FailedRecipient &recipient, QStringView text)
{
    if (text.contains(u'_')) {
        if (const Reason reason = orange(text); reason != Reason::Undefined)
            return reason;
    }
    if (text.contains(u"AUP#")) {
        if (const Reason reason = spectrum(text); reason != Reason::Undefined)
            return reason;
    }
    if (hostIs(recipient, text, u"mimecast")) {
        if (const Reason reason = mimecast(text); reason != Reason::Undefined)
            return reason;
    }
    // Symantec Email Security.cloud relays say "No such user" or "Invalid recipient" only when
    // the recipient's server refused the address itself.
    if (hostIs(recipient, text, u"messagelabs.com")) {
        static const QRegularExpression unknown(
            QStringLiteral(R"(no such user|invalid recipient|recipient mailbox is not allowed)"),
            QRegularExpression::CaseInsensitiveOption);
        if (unknown.match(text).hasMatch())
            return Reason::UserUnknown;
    }
    // Yahoo's answer for an address that has no account ("554 delivery error: dd This user
    // doesn't have a yahoo.com account"), whichever relay reports it.
    if (text.contains(u"delivery error: dd ", Qt::CaseInsensitive)
        && text.contains(u"doesn't have a", Qt::CaseInsensitive))
        return Reason::UserUnknown;
    // NTT docomo answers "Unknown user" after DATA when the recipient's reception settings
    // refuse the sender's domain or address; an unknown address is refused at RCPT.
    if (hostIs(recipient, text, u"docomo.ne.jp") && recipient.command == u"DATA"
        && text.contains(u"unknown user", Qt::CaseInsensitive))
        return Reason::Rejected;
    return Reason::Undefined;
}

} // namespace Vigie::Bounce
