#include "whatifrunner.h"

#include <QPointer>
#include <QThread>

namespace hs {

WhatIfRunner::WhatIfRunner(QObject *parent) : QObject(parent) { qRegisterMetaType<hs::WhatIf::Outcome>(); }

WhatIfRunner::~WhatIfRunner() { stopThread(); }

void WhatIfRunner::stopThread()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WhatIfRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WhatIfRunner::start(const QString &storePath, const QStringList &ids)
{
    stopThread();
    const int generation = ++m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    QPointer<WhatIfRunner> self(this);
    // Results come back as queued calls that check the generation, so a stale answer is dropped.
    auto post = [self, generation](auto f) {
        QMetaObject::invokeMethod(self.data(), [self, generation, f = std::move(f)] {
            if (self && self->m_generation == generation)
                f(*self);
        }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([storePath, ids, cancelled, post] {
        auto outcome = std::make_shared<WhatIf::Outcome>();
        {
            StoreError error;
            auto db = Database::open(storePath, Database::Mode::ReadOnly, &error);
            if (!db) {
                outcome->error = error.message;
            } else {
                // One read transaction: the branch and the diff see one consistent moment of the
                // live store even while the writer commits.
                db->connection().transaction();
                EventStore events(*db);
                *outcome = WhatIf::run(*db, events, ids, [&](qint64 done, qint64 total) {
                    post([done, total](WhatIfRunner &r) { Q_EMIT r.progress(done, total); });
                    return !cancelled->load();
                });
                db->connection().rollback();
            }
        }
        const bool wasCancelled = cancelled->load();
        post([outcome, wasCancelled](WhatIfRunner &r) {
            r.stopThread();
            Q_EMIT r.finished(*outcome, wasCancelled);
        });
    });
    m_thread->setObjectName(QStringLiteral("haulstream-whatif"));
    m_thread->start(QThread::LowPriority);
}

} // namespace hs
