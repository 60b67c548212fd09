#pragma once

#include <QFile>
#include <QString>

namespace Vigie::Logging {

// An append-only text file that rotates itself: once it would grow past maxBytes, vigie.log
// becomes vigie.log.1, the older copies shift up, and the oldest beyond keptFiles is deleted.
class LogFile
{
public:
    LogFile(QString path, qint64 maxBytes, int keptFiles);

    bool open();
    QString errorString() const;
    QString path() const { return m_path; }

    void append(const QByteArray &line);

private:
    void rotate();
    QString rotatedPath(int index) const;

    QString m_path;
    qint64 m_maxBytes;
    int m_keptFiles;
    QFile m_file;
};

} // namespace Vigie::Logging
