#pragma once

#include "CliCommand.h"

namespace Vigie::Cli {

// vigie-cli classify [--json] FILE...: one line per failed recipient of each file, or one line
// saying the file is not a bounce. Exit 1 if a file cannot be read, 0 otherwise.
class ClassifyCommand : public CliCommand
{
    Q_OBJECT
public:
    ClassifyCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    QStringList words() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;
};

} // namespace Vigie::Cli
