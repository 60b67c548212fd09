// bench-bounce: the classifier's agreement with the labelled corpus, per field and per MTA
// family, its single-threaded throughput, and the time to parse one synthetic 15 MB bounce.
#include "BounceCorpus.h"
#include "bounce/BounceClassifier.h"
#include "bounce/MtaPatterns.h"
#include "bounce/PlainTextScanner.h"
#include "bounce/ReasonPatterns.h"
#include "bounce/ReportText.h"
#include "mime/MimeWalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using Vigie::Testing::BounceCorpus;

namespace {

QByteArray syntheticBounce(qsizetype targetBytes)
{
    QByteArray message = "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
                         "To: owner@example.com\nSubject: Undelivered Mail Returned to Sender\n"
                         "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;"
                         " boundary=\"BOUNDARY\"\n\n--BOUNDARY\nContent-Type: text/plain\n\n"
                         "This is the mail system at host mx.example.org.\n\n"
                         "<nobody@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n"
                         "--BOUNDARY\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
                         "Final-Recipient: rfc822; nobody@example.net\nAction: failed\nStatus: 5.1.1\n"
                         "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: User unknown\n\n"
                         "--BOUNDARY\nContent-Type: message/rfc822\n\nFrom: owner@example.com\n"
                         "To: nobody@example.net\nSubject: big\nMessage-ID: <big@example.com>\n"
                         "X-Vigie-Probe: token-15mb\nMIME-Version: 1.0\n"
                         "Content-Type: multipart/mixed; boundary=\"INNER\"\n\n";
    const QByteArray line = QByteArray(76, 'A') + "\r\n";
    int attachment = 0;
    while (message.size() < targetBytes) {
        message += "--INNER\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
                   "Content-Disposition: attachment; filename=\"part"
            + QByteArray::number(attachment++) + ".bin\"\n\n";
        for (int i = 0; i < 20000 && message.size() < targetBytes; ++i)
            message += line;
    }
    message += "--INNER--\n--BOUNDARY--\n";
    return message;
}

void printTally(QTextStream &out, const char *name, const BounceCorpus::Tally &tally)
{
    out << QStringLiteral("  %1 %2/%3 = %4 %\n")
               .arg(QLatin1String(name), -10)
               .arg(tally.agreed)
               .arg(tally.total)
               .arg(tally.percent(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    const bool showMismatches = arguments.contains(QStringLiteral("--mismatches"));
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--file")); at > 0 && at + 1 < arguments.size()) {
        // Explains one message: every field the classifier decided.
        QFile file(arguments.at(at + 1));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray raw = file.readAll();
        const auto message = Vigie::Mime::MimeWalker().walk(raw);
        const QString text = Vigie::Bounce::ReportText::of(message);
        const auto scan = Vigie::Bounce::PlainTextScanner::scan(text, {}, {});
        out << "text: " << text.left(300) << "\nscan: evidence " << scan.hasSmtpEvidence << " original at "
            << scan.originalOffset << '\n';
        for (const auto &r : scan.recipients)
            out << "  scanned " << r.recipient << " | " << r.diagnostic.left(200) << '\n';
        const auto report = Vigie::Bounce::BounceClassifier().classify(raw);
        out << "kind " << int(report.kind) << " original " << report.original.messageId << '\n';
        for (const auto &r : report.recipients)
            out << r.recipient << " | " << r.action << " | " << r.status << " | " << r.replyCode << " | " << r.command
                << " | " << Vigie::Bounce::Reasons::name(r.reason) << " | " << r.diagnostic << '\n';
        return 0;
    }
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--why")); at > 0 && at + 1 < arguments.size()) {
        for (const auto reason : Vigie::Bounce::ReasonPatterns::matchAll(arguments.at(at + 1)))
            out << Vigie::Bounce::Reasons::name(reason) << '\n';
        return 0;
    }
    constexpr int NoCorpusExitCode = 77;
    const QString directory = BounceCorpus::defaultDirectory();
    const auto labels = BounceCorpus::load(directory);
    if (labels.isEmpty()) {
        // A clone without ../shared: nothing to measure, which CTest reports as skipped.
        out << "bench-bounce: no corpus at " << QDir::cleanPath(directory)
            << " (it ships beside the repository as ../shared/testdata/bounces)\n";
        return NoCorpusExitCode;
    }
    QList<QByteArray> messages;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QFile file(directory + u'/' + it.key());
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }

    const Vigie::Bounce::BounceClassifier classifier;
    BounceCorpus::Agreement agreement;
    qsizetype index = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++index)
        BounceCorpus::compare(it.value(), classifier.classify(messages.value(index)), agreement);

    out << "Agreement with Sisimai's labels (" << labels.size() << " files):\n";
    printTally(out, "is-bounce", agreement.isBounce);
    printTally(out, "not-bounce", agreement.notBounce);
    printTally(out, "reason", agreement.reason);
    printTally(out, "status", agreement.status);
    printTally(out, "hard", agreement.hard);
    out << "Per MTA family (is-bounce / reason / status / hard):\n";
    for (auto it = agreement.perFamily.cbegin(); it != agreement.perFamily.cend(); ++it) {
        out << "  " << it.key().leftJustified(18);
        for (const BounceCorpus::Tally &tally : it.value())
            out << QStringLiteral(" %1/%2").arg(tally.agreed).arg(tally.total).leftJustified(8);
        out << '\n';
    }
    if (showMismatches) {
        for (const QString &line : std::as_const(agreement.mismatches))
            out << "  MISMATCH " << line << '\n';
    }

    if (arguments.contains(QStringLiteral("--stages"))) {
        // Where the time goes: each stage over the whole corpus, ten times.
        QElapsedTimer stage;
        qint64 walkNs = 0, textNs = 0, scanNs = 0, classifyNs = 0, wordingNs = 0, contextNs = 0, markerNs = 0;
        for (int round = 0; round < 10; ++round) {
            for (const QByteArray &message : std::as_const(messages)) {
                stage.start();
                const auto walked = Vigie::Mime::MimeWalker().walk(message);
                walkNs += stage.nsecsElapsed();
                stage.start();
                const QString text = Vigie::Bounce::ReportText::of(walked);
                textNs += stage.nsecsElapsed();
                stage.start();
                const auto scan = Vigie::Bounce::PlainTextScanner::scan(text, {}, {});
                scanNs += stage.nsecsElapsed();
                stage.start();
                (void)Vigie::Bounce::PlainTextScanner::hasReportWording(scan.errorText);
                (void)Vigie::Bounce::MtaPatterns::familyWording().match(scan.errorText);
                wordingNs += stage.nsecsElapsed();
                stage.start();
                (void)Vigie::Bounce::ReasonPatterns::match(scan.errorText);
                contextNs += stage.nsecsElapsed();
                stage.start();
                (void)Vigie::Bounce::PlainTextScanner::originalMessageOffset(text);
                markerNs += stage.nsecsElapsed();
                stage.start();
                (void)classifier.classify(walked);
                classifyNs += stage.nsecsElapsed();
            }
        }
        if (arguments.contains(QStringLiteral("--entries"))) {
            QList<QString> texts;
            for (const QByteArray &message : std::as_const(messages))
                texts.append(Vigie::Bounce::PlainTextScanner::scan(
                                 Vigie::Bounce::ReportText::of(Vigie::Mime::MimeWalker().walk(message)), {}, {})
                                 .errorText);
            QList<Vigie::Bounce::ReasonPatterns::Entry> all = Vigie::Bounce::ReasonPhrases::recipientPhrases();
            all += Vigie::Bounce::ReasonPhrases::policyPhrases();
            all += Vigie::Bounce::ReasonPhrases::transportPhrases();
            for (auto &entry : all) {
                entry.pattern.optimize();
                stage.start();
                for (const QString &text : std::as_const(texts))
                    (void)entry.pattern.match(text);
                out << Vigie::Bounce::Reasons::name(entry.reason) << ' ' << stage.nsecsElapsed() / 1e6 << " ms\n";
            }
        }
        out << "walk " << walkNs / 1e6 << " ms, text " << textNs / 1e6 << " ms, scan " << scanNs / 1e6
            << " ms, classify(walked) " << classifyNs / 1e6 << " ms; of which wording " << wordingNs / 1e6
            << " ms, context reasons " << contextNs / 1e6 << " ms, marker " << markerNs / 1e6 << " ms\n";
        return 0;
    }
    const int rounds = quick ? 2 : 25;
    QElapsedTimer timer;
    timer.start();
    qsizetype classified = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &message : std::as_const(messages)) {
            const auto report = classifier.classify(message);
            classified += report.recipients.size() >= 0 ? 1 : 0;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("Throughput: %1 messages in %2 s = %3 messages/s (single thread)\n")
               .arg(classified)
               .arg(seconds, 0, 'f', 3)
               .arg(classified / seconds, 0, 'f', 0);

    if (arguments.contains(QStringLiteral("--no-large")))
        return 0;
    const QByteArray big = syntheticBounce(15 * 1024 * 1024);
    timer.restart();
    const auto bigReport = classifier.classify(big);
    out << QStringLiteral("Synthetic %1 MB multipart bounce: %2 ms (%3 recipient(s), reason %4)\n")
               .arg(big.size() / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
               .arg(bigReport.recipients.size())
               .arg(bigReport.recipients.isEmpty()
                        ? QStringLiteral("-")
                        : Vigie::Bounce::Reasons::name(bigReport.recipients.constFirst().reason));
    return 0;
}
