#pragma once

#include "explore/eventquery.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QPushButton;

namespace hs {

class Session;

// Everything about one event: its data, its metadata, and the state of each entity it
// changed, before and after, with the changed fields highlighted.
class EventInspector : public QWidget
{
    Q_OBJECT
public:
    explicit EventInspector(Session *session, QWidget *parent = nullptr);

    void inspect(const RecordedEvent &e);
    void clear();
    std::optional<RecordedEvent> event() const { return m_event; }

    QTreeWidget *stateTree() const { return m_state; }
    QPlainTextEdit *dataView() const { return m_data; }

Q_SIGNALS:
    // The before/after state arrived for the shown event.
    void stateShown();
    void showChainRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showState(const std::vector<EntityChange> &changes);

    Session *m_session;
    std::optional<RecordedEvent> m_event;
    QLabel *m_heading;
    QPushButton *m_chainButton;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_data;
    QTreeWidget *m_meta;
    QTreeWidget *m_state;
    int m_request = 0;
};

} // namespace hs
