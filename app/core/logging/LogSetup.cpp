#include "LogSetup.h"

#include "LogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace Vigie::Logging {

namespace {

QMutex s_mutex;
LogFile *s_file = nullptr;
QtMessageHandler s_previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = LogSetup::formatLine(type, context.category, message, QDateTime::currentDateTimeUtc());
    QMutexLocker locker(&s_mutex);
    std::fputs(line.constData(), stderr);
    if (s_file)
        s_file->append(line);
    if (type == QtFatalMsg && s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

LogSetup::LogSetup(const Options &options)
{
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.debug=true\n*.wire.debug=false"));

    if (!options.logFilePath.isEmpty()) {
        m_file = std::make_unique<LogFile>(options.logFilePath, options.maxFileBytes, options.keptFiles);
        if (!m_file->open()) {
            m_fileProblem = QCoreApplication::translate("Vigie::Logging::LogSetup", "Cannot write the log file %1: %2")
                                .arg(options.logFilePath, m_file->errorString());
            m_file.reset();
        }
    }

    QMutexLocker locker(&s_mutex);
    s_file = m_file.get();
    s_previousHandler = qInstallMessageHandler(handleMessage);
}

LogSetup::~LogSetup()
{
    QMutexLocker locker(&s_mutex);
    qInstallMessageHandler(s_previousHandler);
    s_file = nullptr;
}

QByteArray LogSetup::formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &when)
{
    QByteArray line = when.toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += category ? category : "default";
    line += ": ";
    line += message.toUtf8();
    line += '\n';
    return line;
}

} // namespace Vigie::Logging
