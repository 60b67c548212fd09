#include "ReadOnlyGuard.h"

namespace Vigie::Imap {

namespace {

QByteArrayView firstWord(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

} // namespace

bool ReadOnlyGuard::isMailboxWrite(QByteArrayView command)
{
    static const QByteArrayView forbidden[] = {"STORE",       "EXPUNGE", "COPY",      "MOVE",        "APPEND",
                                               "SELECT",      "CREATE",  "DELETE",    "RENAME",      "SUBSCRIBE",
                                               "UNSUBSCRIBE", "SETACL",  "DELETEACL", "SETMETADATA", "SETQUOTA"};
    const QByteArrayView words = command.trimmed();
    QByteArrayView verb = firstWord(words);
    if (verb.compare("UID", Qt::CaseInsensitive) == 0)
        verb = firstWord(words.sliced(verb.size()).trimmed());
    for (const QByteArrayView word : forbidden) {
        if (verb.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ReadOnlyGuard::isProbeRemoval(QByteArrayView command)
{
    const QByteArrayView words = command.trimmed();
    const QByteArrayView verb = firstWord(words);
    if (verb.compare("SELECT", Qt::CaseInsensitive) == 0)
        return true;
    if (verb.compare("UID", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArrayView sub = firstWord(words.sliced(verb.size()).trimmed());
    return sub.compare("STORE", Qt::CaseInsensitive) == 0 || sub.compare("EXPUNGE", Qt::CaseInsensitive) == 0
        || sub.compare("MOVE", Qt::CaseInsensitive) == 0;
}

} // namespace Vigie::Imap
