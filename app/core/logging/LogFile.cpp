#include "LogFile.h"

#include <QDir>
#include <QFileInfo>

namespace Vigie::Logging {

LogFile::LogFile(QString path, qint64 maxBytes, int keptFiles)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keptFiles(keptFiles)
{ }

bool LogFile::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    return m_file.open(QIODevice::Append | QIODevice::Text);
}

QString LogFile::errorString() const
{
    return m_file.errorString();
}

void LogFile::append(const QByteArray &line)
{
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.flush();
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_keptFiles));
    for (int index = m_keptFiles - 1; index >= 1; --index)
        QFile::rename(rotatedPath(index), rotatedPath(index + 1));
    QFile::rename(m_path, rotatedPath(1));
    m_file.open(QIODevice::Append | QIODevice::Text);
}

QString LogFile::rotatedPath(int index) const
{
    return m_path + u'.' + QString::number(index);
}

} // namespace Vigie::Logging
