#pragma once

// vcdesk-agent in-process for tests, serving from a thread of its own: the engine's blocking
// calls wait on a promise, not on the test's event loop, so an agent in the test's own thread
// could never answer them. What the test needs of the agent's insides (its store, its APIs)
// it reaches through run(), which executes on the agent's thread (its Qt Sql connections
// belong there).

#include "agent/AgentServer.h"
#include "support/AgentDescription.h"
#include "support/ServingThread.h"

#include <functional>
#include <memory>
#include <optional>

namespace vcdesk::test {

class AgentThread
{
public:
    static Result<std::unique_ptr<AgentThread>> start(const AgentOptions &options)
    {
        auto thread = std::unique_ptr<AgentThread>(new AgentThread);
        Result<std::unique_ptr<AgentServer>> started = Error{};
        thread->runRaw([&](AgentServer *) { started = AgentServer::start(options); });
        if (!started)
            return started.error();
        thread->m_server = std::move(started).value();
        thread->m_baseUrl = thread->m_server->baseUrl();
        thread->m_description = thread->m_server->description();
        return thread;
    }
    static Result<std::unique_ptr<AgentThread>> start(const QHostAddress &address, quint16 port,
                                                      const QString &dataFolder,
                                                      qint64 requestLifetimeMs = 300000)
    {
        AgentOptions options;
        options.address = address;
        options.port = port;
        options.dataFolder = dataFolder;
        options.requestLifetimeMs = requestLifetimeMs;
        return start(options);
    }

    ~AgentThread()
    {
        runRaw([this](AgentServer *) { m_server.reset(); });
    }

    const QString &baseUrl() const { return m_baseUrl; }
    const QJsonObject &description() const { return m_description; }

    /// Runs `f(agent)` on the agent's thread and returns what it returns.
    template<typename F> auto run(F f) -> decltype(f(std::declval<AgentServer &>()))
    {
        using R = decltype(f(std::declval<AgentServer &>()));
        if constexpr (std::is_void_v<R>) {
            runRaw([&](AgentServer *server) { f(*server); });
        } else {
            std::optional<R> result;
            runRaw([&](AgentServer *server) { result.emplace(f(*server)); });
            return std::move(*result);
        }
    }

private:
    AgentThread() = default;

    void runRaw(const std::function<void(AgentServer *)> &f)
    {
        m_serving.run([&] { f(m_server.get()); });
    }

    ServingThread m_serving;
    std::unique_ptr<AgentServer> m_server; // made, used and destroyed on m_serving
    QString m_baseUrl;
    QJsonObject m_description;
};

} // namespace vcdesk::test

namespace vcdesk::test {

/// The tests' usual agent: on 127.0.0.1, a free port, its data in `folder`, requests living a
/// minute; its description in `description`. Null (and a warning saying why) if it did not
/// start: QVERIFY the result.
inline std::unique_ptr<AgentThread> startAgent(const QString &folder,
                                               AgentDescription *description = nullptr)
{
    auto agent = AgentThread::start(QHostAddress::LocalHost, 0, folder, 60000);
    if (!agent) {
        qWarning("the agent did not start: %s", qPrintable(agent.error().toString()));
        return nullptr;
    }
    if (description)
        *description = AgentDescription{agent.value()->description()};
    return std::move(agent).value();
}

} // namespace vcdesk::test
