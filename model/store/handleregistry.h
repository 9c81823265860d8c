#pragma once

#include <QHash>
#include <QMutex>

namespace hs {

// The object that serves a native connection (a PGconn*, a sqlite3*), found from the handle
// under Qt SQL's driver by code that holds only the QSqlDatabase. Any thread may ask.
template <typename Handle, typename Object>
class HandleRegistry
{
public:
    static HandleRegistry &instance()
    {
        static HandleRegistry registry;
        return registry;
    }
    Object *find(Handle handle)
    {
        QMutexLocker lock(&m_mutex);
        return m_objects.value(handle);
    }
    void add(Handle handle, Object *object)
    {
        QMutexLocker lock(&m_mutex);
        m_objects.insert(handle, object);
    }
    void remove(Handle handle)
    {
        QMutexLocker lock(&m_mutex);
        m_objects.remove(handle);
    }

private:
    QMutex m_mutex;
    QHash<Handle, Object *> m_objects;
};

} // namespace hs
