#pragma once

#include <QByteArray>
#include <QString>

namespace hs::cli {

// The JSON Lines that `haulctl submit` reads, from a file or standard input, keeping at most a
// little more than the longest allowed line in memory. Reads standard input straight from
// its descriptor, so that a line is seen as soon as it arrives, not when a buffer fills.
class CommandInput
{
public:
    // An empty path: standard input.
    bool open(const QString &path, QString *problem);
    // The next line without its end; false at the end of the input.
    bool next(QByteArray &line);
    // Whether another whole line (or the end of the input) is already waiting, without waiting
    // for it: a person or a program at the other end of a pipe may be waiting for an answer.
    bool moreWaiting();
    // A pipe or a terminal, where answers are due line by line; a file batches up.
    bool isInteractive() const { return m_interactive; }

private:
    bool fill(bool wait);
    int m_fd = -1;
    bool m_ownFd = false;
    bool m_interactive = false;
    bool m_atEnd = false;
    QByteArray m_buffer;

public:
    CommandInput() = default;
    CommandInput(const CommandInput &) = delete;
    CommandInput &operator=(const CommandInput &) = delete;
    ~CommandInput();
};

} // namespace hs::cli
