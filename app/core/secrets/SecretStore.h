#pragma once

#include "SecretReply.h"

#include <QObject>

namespace Vigie::Secrets {

// Where Vigie keeps passwords: never the settings file. Keys look like "primary/password".
// Every call returns a reply the caller owns (delete it, or deleteLater, once finished).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretReply *read(const QString &key) = 0;
    virtual SecretReply *write(const QString &key, const QString &value) = 0;
    virtual SecretReply *remove(const QString &key) = 0;

    // Where the secrets live, to complete sentences such as "Stored in %1."
    virtual QString description() const = 0;
};

} // namespace Vigie::Secrets
