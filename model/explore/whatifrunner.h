#pragma once

#include "whatif.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace hs {

// Runs what-if branches on a thread of their own, with a read-only connection of their own
// to the store file, reporting progress and allowing cancel. One branch at a time: starting
// another cancels the one under way, whose answer is then dropped.
class WhatIfRunner : public QObject
{
    Q_OBJECT
public:
    explicit WhatIfRunner(QObject *parent = nullptr);
    ~WhatIfRunner() override;

    void start(const QString &storePath, const QStringList &ids);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // cancelled: the branch was stopped before the end; outcome is then incomplete.
    void finished(const hs::WhatIf::Outcome &outcome, bool cancelled);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
};

} // namespace hs

Q_DECLARE_METATYPE(hs::WhatIf::Outcome)
