#include "ReasonClassifier.h"

#include "ReasonPatterns.h"
#include "RemoteHostRules.h"
#include "StatusCode.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

// Reasons a specific status code states about the address itself. Servers often wrap these in
// generic words ("rejected", "policy"), so the code wins over such words.
bool isAddressReason(Reason reason)
{
    switch (reason) {
    case Reason::UserUnknown:
    case Reason::HostUnknown:
    case Reason::MailboxFull:
    case Reason::HasMoved:
    case Reason::MesgTooBig:
    case Reason::ExceedLimit:
    case Reason::Suspend:
        return true;
    default:
        return false;
    }
}

bool isVagueReason(Reason reason)
{
    switch (reason) {
    case Reason::Rejected:
    case Reason::PolicyViolation:
    case Reason::SecurityError:
    case Reason::SystemError:
    case Reason::NetworkError:
    case Reason::Expired:
    case Reason::OnHold:
        return true;
    default:
        return false;
    }
}

// "User unknown" is a directory lookup when it answers RCPT or comes with an x.1.x code; after
// the message was sent, with a mailbox-status code (x.2.x: the mailbox exists), or as a bare
// reply at no known stage, it is the recipient's filter refusing the message.
bool isFilterVerdict(const FailedRecipient &recipient)
{
    if (recipient.command == u"RCPT")
        return false;
    if (recipient.command == u"DATA" || QStringView(recipient.status).mid(1, 3) == u".2.")
        return true;
    // A specific code about something else than the address (5.7.1 "550 User unknown").
    if (recipient.command.isEmpty() && StatusCode::isSpecific(recipient.status)
        && QStringView(recipient.status).mid(1, 3) != u".1."
        && StatusCode::reasonFor(recipient.status) != Reason::UserUnknown
        && StatusCode::reasonFor(recipient.status) != Reason::Undefined)
        return true;
    return recipient.command.isEmpty() && !StatusCode::isSpecific(recipient.status) && !recipient.replyCode.isEmpty();
}

// What the phrase tables read: the server's words without what only looks like words.
// Addresses are names, not statements ("<policy-violation@example.org>" says nothing about a
// policy). A relay's gloss of the status code before the remote server's quoted reply
// ("5.3.0 - Other mail system problem 550-'...'", as Amazon SES writes) repeats the code, which
// is judged on its own, and would hide what the remote server said.
QString phraseText(const QString &diagnostic)
{
    static const QRegularExpression codeGloss(
        QStringLiteral(R"(^\s*[245]\.\d{1,3}\.\d{1,3} - [^'"]{1,80}?(?=[245]\d\d[ -]['"]))"));
    QString text = diagnostic;
    if (text.size() > 6 && text.at(1) == u'.')
        text.remove(codeGloss);
    // Found from each "@" outwards, so that the work stays linear in the text's length.
    const auto isAddressChar = [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u"._+-%=").contains(c);
    };
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype begin = at;
        while (begin > 0 && isAddressChar(text.at(begin - 1)))
            --begin;
        qsizetype end = at + 1;
        while (end < text.size() && isAddressChar(text.at(end)))
            ++end;
        if (begin == at || end == at + 1)
            continue;
        text.replace(begin, end - begin, QStringLiteral("x@x.x")); // dotted like the address it stands for
        at = begin + 1;
    }
    return text;
}

} // namespace

Reason ReasonClassifier::reasonOf(const FailedRecipient &recipient, const Input &input)
{
    if (recipient.action == u"delivered" || recipient.action == u"relayed" || recipient.action == u"expanded"
        || recipient.status.startsWith(u'2'))
        return Reason::Delivered;

    // The first reason in table order, then only the few others the rules below ask about:
    // cheaper than every reason's phrases on every diagnostic.
    const QString text = phraseText(recipient.diagnostic);
    // A provider's own documented code or wording is more specific than any generic phrase.
    if (const Reason byProvider = RemoteHostRules::reasonFor(recipient, text); byProvider != Reason::Undefined)
        return byProvider;
    const Reason first = ReasonPatterns::match(text);
    const Reason byStatus = StatusCode::reasonFor(recipient.status);
    if (first != Reason::Undefined) {
        const auto says = [&](Reason reason) {
            return reason == first || (reason != Reason::Undefined && ReasonPatterns::matches(reason, text));
        };
        // A local program's quoted output means that program failed, whatever it printed.
        if (says(Reason::MailerError))
            return Reason::MailerError;
        // A time-out, a network error the report says it gave up on, or a temporary network
        // error in a report that is final: the retries ran out.
        static const QRegularExpression timedOut(QStringLiteral(R"(timed? ?out|in the queue too long)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (first == Reason::NetworkError
            && (says(Reason::Expired) || timedOut.match(text).hasMatch()
                || (recipient.replyCode.startsWith(u'4') && recipient.action == u"failed")))
            return Reason::Expired;
        // When the code and the words agree, that is the answer.
        if (says(byStatus))
            return byStatus;
        // A name server that fails or answers garbage says nothing about whether the domain
        // exists, even when the MTA files it under "unable to route" (x.4.4).
        static const QRegularExpression dnsMalfunction(
            QStringLiteral(R"(malformed or unexpected name server reply|name server (?:failure|timed? ?out)|servfail)"),
            QRegularExpression::CaseInsensitiveOption);
        if (first == Reason::NetworkError && dnsMalfunction.match(text).hasMatch())
            return Reason::NetworkError;
        if (isAddressReason(byStatus) && isVagueReason(first))
            return byStatus;
        // "Your IP is blocked for spam": the block is on the sending host, not on this message.
        static const QRegularExpression hostBlocked(
            QStringLiteral(
                R"((?:client host|ip address|adresse ip|\bip\b)[^.]{0,40}(?:blocked|bloqu|blacklisted|black ?listed))"),
            QRegularExpression::CaseInsensitiveOption);
        if (first == Reason::SpamDetected && hostBlocked.match(text).hasMatch())
            return Reason::Blocked;
        // A spam verdict before DATA cannot be about the content, which the server has not
        // seen yet: it is about the sender (MAIL, RCPT) or the connecting host.
        if (first == Reason::SpamDetected && (recipient.command == u"MAIL" || recipient.command == u"RCPT"))
            return Reason::Rejected;
        if (first == Reason::SpamDetected
            && (recipient.command == u"CONNECT" || recipient.command == u"HELO" || recipient.command == u"EHLO"))
            return Reason::Blocked;
        // Some providers answer "user unknown" for a disabled account and say so in the report's
        // own words ("The user(s) account is disabled."): the report knows its own accounts.
        if (first == Reason::UserUnknown && ReasonPatterns::matches(Reason::Suspend, input.preamble))
            return Reason::Suspend;
        // "User unknown" after the message was sent, or with a code about something else, is a
        // content filter speaking, not a directory lookup.
        if (first == Reason::UserUnknown && isFilterVerdict(recipient))
            return Reason::Filtered;
        // An unknown address or domain in answer to MAIL FROM is the sender's.
        if (recipient.command == u"MAIL" && (first == Reason::UserUnknown || first == Reason::HostUnknown))
            return Reason::Rejected;
        // A domain cannot be temporarily nonexistent: a 4xx lookup failure is the network's.
        if (first == Reason::HostUnknown && recipient.status.startsWith(u'4'))
            return Reason::NetworkError;
        return first;
    }
    // RFC 7504: 521 and 556 say the host accepts no mail at all; 525 is a disabled account.
    if (recipient.replyCode == u"521" || recipient.replyCode == u"556")
        return Reason::NotAccept;
    if (recipient.replyCode == u"525")
        return Reason::Suspend;
    if (byStatus != Reason::Undefined)
        return byStatus;
    if (input.diagnosticType.startsWith(u"x-unix"))
        return Reason::MailerError;
    if (!input.contextReason)
        input.contextReason = ReasonPatterns::match(input.context);
    if (const Reason byContext = *input.contextReason; byContext != Reason::Undefined)
        return byContext;
    if (recipient.action == u"delayed")
        return Reason::Expired;
    if (recipient.command == u"CONNECT" || recipient.command == u"HELO" || recipient.command == u"EHLO")
        return Reason::Blocked;
    if (recipient.command == u"MAIL")
        return Reason::Rejected;
    const QStringView subject = QStringView(recipient.status).mid(0, 3);
    if (subject == u"5.7" || subject == u"4.7")
        return Reason::SecurityError;
    if (subject == u"5.6" || subject == u"4.6")
        return Reason::ContentError;
    return recipient.diagnostic.isEmpty() ? Reason::Undefined : Reason::OnHold;
}

void ReasonClassifier::classify(FailedRecipient &recipient, const Input &input)
{
    recipient.reason = reasonOf(recipient, input);
    if (recipient.status.isEmpty() || !StatusCode::isSpecific(recipient.status)) {
        // Reports without a code still say whether the sending MTA keeps trying.
        static const QRegularExpression temporaryWording(
            QStringLiteral(R"(temporary (?:error|failure|problem)|will be retried|delivery attempts will continue|)"
                           R"(retry timeout exceeded|have been failing for a long time)"),
            QRegularExpression::CaseInsensitiveOption);
        const bool temporary = recipient.replyCode.startsWith(u'4') || recipient.status.startsWith(u'4')
            || (recipient.replyCode.isEmpty() && recipient.action == u"delayed")
            || (recipient.replyCode.isEmpty() && temporaryWording.match(input.context).hasMatch());
        const QString placeholder = Reasons::placeholderStatus(recipient.reason, temporary);
        if (!placeholder.isEmpty() && recipient.status.isEmpty())
            recipient.status = placeholder;
    }
    recipient.hard = Reasons::isHard(recipient.reason, recipient.replyCode, recipient.status);
}

} // namespace Vigie::Bounce
