#include "service/ControlServer.h"
#include "service/MonitorService.h"

#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Service::ControlServer;

// What a running Vigie answers vigie-cli, and what it refuses.
class ControlServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Config::Settings settings()
    {
        Config::Settings settings;
        settings.primary.address = QStringLiteral("owner@primary.test");
        settings.primary.imap.host = QStringLiteral("imap.primary.test");
        return settings;
    }

private Q_SLOTS:
    void eachDatabaseHasItsOwnSocket()
    {
        const QStringList names = ControlServer::socketNames(m_dir.filePath(QStringLiteral("a/vigie.sqlite")));
        QVERIFY(!names.isEmpty());
#ifdef Q_OS_UNIX
        // The user's own folders, never /tmp: first the data folder, then the runtime folder.
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QCOMPARE(names[0], m_dir.filePath(QStringLiteral("a/vigie.sock")));
        if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
            QVERIFY(names.size() == 2 && names[1].startsWith(runtime));
        const QString deep = m_dir.filePath(QString(120, u'd') + QStringLiteral("/vigie.sqlite"));
        QCOMPARE(ControlServer::socketNames(deep).size(), 1); // too long a path for a socket
        QVERIFY(ControlServer::socketNames(deep).constFirst().startsWith(runtime));
        QVERIFY(ControlServer::socketNames(deep) != ControlServer::socketNames(deep + u'2'));
#endif
        QCOMPARE(ControlServer::socketNames(m_dir.filePath(QStringLiteral("a/../a/vigie.sqlite"))), names);
        QVERIFY(ControlServer::socketNames(m_dir.filePath(QStringLiteral("b/vigie.sqlite"))) != names);
    }

    // A data folder that cannot hold a socket (a shared drive): the next place on the list.
    void listensWhereItCan()
    {
        Service::MonitorService service(settings(), m_dir.filePath(QStringLiteral("fallback.sqlite")));
        ControlServer control(service);
        const QString fallback = m_dir.filePath(QStringLiteral("fallback.sock"));
        QVERIFY2(control.listen({m_dir.filePath(QStringLiteral("no/such/folder/vigie.sock")), fallback}),
                 qPrintable(control.errorString()));
        QLocalSocket client;
        client.connectToServer(fallback);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::ConnectedState, 5000);
    }

    void refusesWhatItCannotDo()
    {
        Service::MonitorService service(settings(), m_dir.filePath(QStringLiteral("refuses.sqlite")));
        ControlServer control(service);
        QCOMPARE(control.answer("status").value(QStringLiteral("service")).toString(), QStringLiteral("stopped"));
        const QJsonObject notWatching = control.answer("declare-outage");
        QVERIFY(!notWatching.value(QStringLiteral("ok")).toBool());
        QVERIFY(
            notWatching.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Vigie is not watching")));
        for (const QByteArray &request : {QByteArray("reboot"), QByteArray("status now"), QByteArray("")}) {
            const QJsonObject refused = control.answer(request);
            QVERIFY2(!refused.value(QStringLiteral("ok")).toBool(), request.constData());
            QVERIFY(refused.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Unknown request")));
        }
    }

    // Over the socket: one line in, one line out; a peer that sends no line, or too long a one,
    // is cut off.
    void answersOneLineAndCutsOffRambling()
    {
        Service::MonitorService service(settings(), m_dir.filePath(QStringLiteral("socket.sqlite")));
        ControlServer control(service);
        const QString name = ControlServer::socketNames(m_dir.filePath(QStringLiteral("socket.sqlite"))).constFirst();
        QVERIFY2(control.listen({name}), qPrintable(control.errorString()));

        QLocalSocket client;
        client.connectToServer(name);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::ConnectedState, 5000);
        client.write("status\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.canReadLine(), 5000);
        const QJsonObject status = QJsonDocument::fromJson(client.readLine()).object();
        QVERIFY(status.value(QStringLiteral("ok")).toBool());
        QCOMPARE(status.value(QStringLiteral("address")).toString(), QStringLiteral("owner@primary.test"));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 5000);

        QLocalSocket rambler;
        rambler.connectToServer(name);
        QTRY_COMPARE_WITH_TIMEOUT(rambler.state(), QLocalSocket::ConnectedState, 5000);
        rambler.write(QByteArray(4096, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(rambler.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(rambler.bytesAvailable(), 0);

        QLocalSocket silent;
        silent.connectToServer(name);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::ConnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 5000);
    }
};

QTEST_GUILESS_MAIN(ControlServerTest)
#include "ControlServerTest.moc"
