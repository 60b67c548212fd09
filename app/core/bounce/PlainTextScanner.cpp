#include "PlainTextScanner.h"

#include "MtaPatterns.h"
#include "StatusCode.h"

#include <QRegularExpression>

namespace Vigie::Bounce {

namespace {

constexpr qsizetype kMaxErrorText = 8 * 1024;
constexpr qsizetype kMaxSummary = 1536;
constexpr qsizetype kMaxDiagnostic = 1200;
constexpr int kMaxRecipients = 100;

struct FoundAddress
{
    qsizetype start;
    QString address;
};

bool isLocalPartChar(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.';
}

// Mail addresses in text, found from their "@" outwards: a regular expression starting with
// the local part's character class would try every position of the text.
QList<FoundAddress> addressesIn(const QString &text, int max)
{
    QList<FoundAddress> found;
    for (qsizetype at = text.indexOf(u'@'); at >= 0 && found.size() < max; at = text.indexOf(u'@', at + 1)) {
        qsizetype begin = at;
        while (begin > 0 && at - begin < 64 && isLocalPartChar(text.at(begin - 1)))
            --begin;
        while (begin < at && text.at(begin) == u'.')
            ++begin;
        qsizetype end = at + 1;
        while (end < text.size() && end - at < 255 && isDomainChar(text.at(end)))
            ++end;
        while (end > at + 1 && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-'))
            --end;
        const QStringView domain = QStringView(text).sliced(at + 1, end - at - 1);
        const qsizetype lastDot = domain.lastIndexOf(u'.');
        if (begin == at || lastDot <= 0 || domain.size() - lastDot - 1 < 2 || !domain.front().isLetterOrNumber())
            continue;
        bool letters = true;
        for (const QChar c : domain.sliced(lastDot + 1))
            letters = letters && c.isLetter();
        if (letters)
            found.append({begin, text.mid(begin, end - begin)});
    }
    return found;
}

// Lines whose addresses are about the sender or the message, never about a failed recipient.
const QRegularExpression &nonRecipientLine()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:>?\s*)?(?:from|sender|reply-to|return-path|message-id|message id|mail from|envelope-from|)"
            R"(original sender|in-reply-to|references|de|expéditeur|absender)\s*:)"
            R"(|message-id\s*[:=<]|envelope-from|mail from:|\(envelope-from)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The help desk a report invites you to write to ("please contact <help@isp>") is no
// recipient: the words right before the address say so.
const QRegularExpression &helpDeskPrefix()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:please contact|contact us at|for (?:further )?assistance,? (?:contact|write to|mail))\s*<?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "To:" and "Cc:" lines quote the original message's header; its addressees are recipients only
// when nothing else in the report names one.
const QRegularExpression &quotedAddressLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:to|cc|an|à|a)\s*:)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString lineAt(const QString &text, qsizetype pos, qsizetype *lineStart)
{
    const qsizetype start = text.lastIndexOf(u'\n', pos > 0 ? pos - 1 : 0) + 1;
    const qsizetype end = text.indexOf(u'\n', pos);
    if (lineStart)
        *lineStart = pos == 0 ? 0 : start;
    return text.mid(start, (end < 0 ? text.size() : end) - start);
}

QString cleanDiagnostic(QStringView segment)
{
    return StatusCode::joinedReply(segment.left(kMaxDiagnostic).toString());
}

// Sendmail's "Remote protocol error" refers to its session transcript: the server's reply
// ("<<< 550 ...") and the command it answered (">>> MAIL ...") are written before the
// recipient's own line, after the previous recipient's.
QString transcriptBefore(const QString &error, qsizetype from, qsizetype to)
{
    const qsizetype reply = error.lastIndexOf(u"\n<<< ", to);
    if (reply < from)
        return {};
    const qsizetype replyEnd = error.indexOf(u'\n', reply + 1);
    QString lines = error.mid(reply + 1, (replyEnd < 0 ? to : qMin(replyEnd, to)) - reply - 1);
    const qsizetype command = error.lastIndexOf(u"\n>>> ", reply);
    if (command >= from) {
        const qsizetype commandEnd = error.indexOf(u'\n', command + 1);
        lines.prepend(error.mid(command + 1, commandEnd - command - 1) + u'\n');
    }
    return lines + u'\n';
}

} // namespace

qsizetype PlainTextScanner::originalMessageOffset(const QString &text)
{
    const QRegularExpressionMatch m = MtaPatterns::originalMessageMarker().match(text);
    return m.hasMatch() ? m.capturedStart() : -1;
}

bool PlainTextScanner::hasReportWording(QStringView text)
{
    return MtaPatterns::reportWording().match(text).hasMatch();
}

PlainTextScanner::Result PlainTextScanner::scan(const QString &text, const QSet<QString> &excluded,
                                                const QStringList &failedHint)
{
    Result result;
    result.originalOffset = originalMessageOffset(text);
    const qsizetype errorEnd = result.originalOffset >= 0 ? result.originalOffset : text.size();
    result.errorText = text.left(qMin(errorEnd, kMaxErrorText));
    result.summary = result.errorText.left(kMaxSummary);
    const QString &error = result.errorText;

    struct Hit
    {
        QString address;
        qsizetype lineStart;
    };
    QList<Hit> hits;
    // First pass: addresses that are neither the report's own parties nor system mailboxes.
    // Second pass, if that finds none: test setups mail themselves, and postmaster is a
    // legitimate recipient too.
    for (int pass = 0; pass < 2 && hits.isEmpty(); ++pass) {
        QSet<QString> seen;
        for (const FoundAddress &candidate : addressesIn(error, 4 * kMaxRecipients)) {
            if (hits.size() >= kMaxRecipients)
                break;
            const QString &address = candidate.address;
            const QString lower = address.toLower();
            if (seen.contains(lower) || lower.startsWith(u"mailer-daemon@"))
                continue;
            if (pass == 0 && (excluded.contains(lower) || MtaPatterns::isSystemAddress(lower)))
                continue;
            qsizetype lineStart = 0;
            const QString line = lineAt(error, candidate.start, &lineStart);
            const qsizetype column = candidate.start - lineStart;
            if (helpDeskPrefix().match(QStringView(line).left(column).right(60)).hasMatch()) {
                // The help desk stays the help desk wherever the report names it again.
                seen.insert(lower);
                continue;
            }
            if (nonRecipientLine().match(line).hasMatch() || (pass == 0 && quotedAddressLine().match(line).hasMatch()))
                continue;
            seen.insert(lower);
            hits.append({address, lineStart});
        }
    }
    if (!failedHint.isEmpty()) {
        QList<Hit> hinted;
        for (const QString &address : failedHint) {
            const QString lower = address.toLower();
            qsizetype lineStart = 0;
            for (const Hit &hit : std::as_const(hits)) {
                if (hit.address.toLower() == lower)
                    lineStart = hit.lineStart;
            }
            if (!lineStart) {
                const qsizetype at = error.indexOf(address, 0, Qt::CaseInsensitive);
                if (at >= 0)
                    lineAt(error, at, &lineStart);
            }
            hinted.append({address, lineStart});
        }
        hits = hinted;
    }

    if (!hits.isEmpty()) {
        qsizetype first = hits.constFirst().lineStart;
        for (const Hit &hit : std::as_const(hits))
            first = qMin(first, hit.lineStart);
        result.preamble = error.left(qMin(first, kMaxSummary));
    }
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const Hit &hit = hits.at(i);
        qsizetype end = error.size();
        for (qsizetype j = i + 1; j < hits.size(); ++j) {
            if (hits.at(j).lineStart > hit.lineStart) {
                end = hits.at(j).lineStart;
                break;
            }
        }
        QString transcript;
        qsizetype lineEnd = error.indexOf(u'\n', hit.lineStart);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        if (QStringView(error)
                .sliced(hit.lineStart, lineEnd - hit.lineStart)
                .contains(u"Remote protocol error", Qt::CaseInsensitive))
            transcript = transcriptBefore(error, i > 0 ? hits.at(i - 1).lineStart : 0, hit.lineStart);
        // With its transcript, the recipient's line is its whole story; the lines after it are
        // the mailer's status for the next host.
        const QString withTranscript = transcript + QStringView(error).sliced(hit.lineStart, lineEnd - hit.lineStart);
        const QStringView segment = transcript.isEmpty() ? QStringView(error).sliced(hit.lineStart, end - hit.lineStart)
                                                         : QStringView(withTranscript);
        FailedRecipient recipient;
        recipient.recipient = hit.address;
        recipient.diagnostic = cleanDiagnostic(segment);
        recipient.status = StatusCode::find(segment);
        recipient.replyCode = StatusCode::findReplyCode(segment);
        if (recipient.status.isEmpty() && recipient.replyCode.isEmpty()) {
            // Reports that list the addresses first and explain once afterwards.
            recipient.status = StatusCode::find(error);
            recipient.replyCode = StatusCode::findReplyCode(error);
        }
        recipient.command = MtaPatterns::smtpCommand(segment);
        recipient.action = QStringLiteral("failed");
        if (!recipient.status.isEmpty() || !recipient.replyCode.isEmpty())
            result.hasSmtpEvidence = true;
        result.recipients.append(recipient);
    }
    if (hasReportWording(result.summary))
        result.hasSmtpEvidence = true;
    return result;
}

} // namespace Vigie::Bounce
