#include "commandinput.h"

#include "codec/commandparser.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hs::cli {

CommandInput::~CommandInput()
{
    if (m_ownFd && m_fd >= 0)
        ::close(m_fd);
}

bool CommandInput::open(const QString &path, QString *problem)
{
    if (path.isEmpty()) {
        m_fd = STDIN_FILENO;
    } else {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        m_ownFd = true;
        if (m_fd < 0) {
            *problem = QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    struct stat st;
    m_interactive = ::fstat(m_fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || ::isatty(m_fd));
    return true;
}

// Appends what the descriptor has; with wait, blocks until something (or the end) arrives.
bool CommandInput::fill(bool wait)
{
    if (m_atEnd)
        return false;
    if (!wait) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0)
            return false;
    }
    char chunk[1 << 16];
    ssize_t n;
    do {
        n = ::read(m_fd, chunk, sizeof chunk);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    m_buffer.append(chunk, n);
    return true;
}

bool CommandInput::next(QByteArray &line)
{
    line.clear();
    bool overflow = false;
    for (;;) {
        if (const auto nl = m_buffer.indexOf('\n'); nl >= 0) {
            if (!overflow)
                line.append(m_buffer.constData(), nl);
            m_buffer.remove(0, nl + 1);
            break;
        }
        if (!overflow) {
            line.append(m_buffer);
            if (line.size() > maxCommandLineBytes) {
                overflow = true; // kept just long enough to be answered as too long
                line.truncate(maxCommandLineBytes + 1);
            }
        }
        m_buffer.clear();
        if (!fill(true)) {
            if (line.isEmpty() && !overflow)
                return false; // the end of the input, not an empty last line
            break;
        }
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool CommandInput::moreWaiting()
{
    while (!m_buffer.contains('\n')) {
        if (m_atEnd)
            return true; // the end is known: nothing more to wait for
        if (!fill(false))
            return m_atEnd;
    }
    return true;
}

} // namespace hs::cli
