#include "EncodedWords.h"

#include "Charsets.h"
#include "TransferEncoding.h"

namespace Vigie::Mime {

namespace {

constexpr qsizetype kMaxWord = 1024;
constexpr qsizetype kMaxValue = 64 * 1024;

struct Word
{
    qsizetype begin = -1;
    qsizetype end = -1; // one past the closing "?="
    QByteArray charset;
    QByteArray bytes;
};

// Finds the next well-formed encoded word at or after from.
Word nextWord(const QByteArray &value, qsizetype from)
{
    Word word;
    for (qsizetype start = value.indexOf("=?", from); start >= 0; start = value.indexOf("=?", start + 2)) {
        const qsizetype q1 = value.indexOf('?', start + 2);
        if (q1 < 0)
            return word;
        if (q1 - start > 80) // a charset name is short; this "=?" starts no word
            continue;
        const qsizetype q2 = q1 + 2;
        if (q2 >= value.size() || value.at(q2) != '?')
            continue;
        const char encoding = char(value.at(q1 + 1) | 0x20);
        if (encoding != 'b' && encoding != 'q')
            continue;
        // RFC 2047 words are at most 75 characters; a bounded look-ahead keeps a header full of
        // unterminated "=?" linear to read.
        const QByteArrayView ahead =
            QByteArrayView(value).sliced(q2 + 1).first(qMin<qsizetype>(kMaxWord, value.size() - q2 - 1));
        const qsizetype found = ahead.indexOf("?=");
        if (found < 0)
            continue;
        const qsizetype close = q2 + 1 + found;
        const QByteArray text = value.mid(q2 + 1, close - q2 - 1);
        if (text.contains(' ') || text.contains('\t') || text.contains('\n'))
            continue;
        QByteArray charset = value.mid(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language suffix
        word.begin = start;
        word.end = close + 2;
        word.charset = charset.toLower();
        word.bytes =
            encoding == 'b' ? TransferEncoding::fromBase64(text) : TransferEncoding::fromQuotedPrintable(text, true);
        return word;
    }
    return word;
}

bool onlyBlanks(const QByteArray &value, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        const char c = value.at(i);
        if (c != ' ' && c != '\t' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

QString EncodedWords::decode(const QByteArray &fullValue)
{
    const QByteArray value = fullValue.size() > kMaxValue ? fullValue.first(kMaxValue) : fullValue;
    if (!value.contains("=?"))
        return Charsets::undeclared(value);
    QString out;
    qsizetype pos = 0;
    Word pending;
    while (pos < value.size()) {
        Word word = nextWord(value, pos);
        if (word.begin < 0)
            break;
        const bool joinsPending = pending.begin >= 0 && onlyBlanks(value, pos, word.begin);
        if (joinsPending && word.charset == pending.charset) {
            pending.bytes += word.bytes;
        } else {
            if (pending.begin >= 0)
                out += Charsets::toUnicode(pending.bytes, pending.charset);
            if (!joinsPending)
                out += Charsets::undeclared(value.mid(pos, word.begin - pos));
            pending = word;
        }
        pos = word.end;
    }
    if (pending.begin >= 0)
        out += Charsets::toUnicode(pending.bytes, pending.charset);
    out += Charsets::undeclared(value.mid(pos));
    return out;
}

} // namespace Vigie::Mime
