#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

namespace Vigie::Logging {

class LogFile;

// Routes Qt's messages to stderr and to a rotating log file for the lifetime of this object.
// Qt's message handler is process-wide, so only one LogSetup may exist at a time.
class LogSetup
{
public:
    struct Options
    {
        QString logFilePath; // empty: stderr only
        bool verbose = false; // debug messages of every vigie.* category
        qint64 maxFileBytes = 1024 * 1024;
        int keptFiles = 5;
    };

    explicit LogSetup(const Options &options);
    ~LogSetup();
    LogSetup(const LogSetup &) = delete;
    LogSetup &operator=(const LogSetup &) = delete;

    // Empty when logging to the file works; otherwise why it does not, as a sentence.
    QString fileProblem() const { return m_fileProblem; }

    static QByteArray formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &when);

private:
    std::unique_ptr<LogFile> m_file;
    QString m_fileProblem;
};

} // namespace Vigie::Logging
