#include "ReasonPhraseList.h"

#include "BounceLogging.h"

namespace Vigie::Bounce::ReasonPhrases {

ReasonPatterns::Entry entry(Reason reason, std::initializer_list<const char16_t *> fragments)
{
    QString pattern;
    for (const char16_t *fragment : fragments) {
        if (!pattern.isEmpty())
            pattern += u'|';
        pattern += u"(?:" + QString::fromUtf16(fragment) + u')';
    }
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        qCWarning(lcBounce) << "invalid phrase pattern for" << Reasons::name(reason) << re.errorString();
    return {reason, re};
}

} // namespace Vigie::Bounce::ReasonPhrases
