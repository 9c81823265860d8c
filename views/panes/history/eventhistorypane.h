#pragma once

#include "explore/eventquery.h"
#include "shell/pane.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace hs {

class BusinessActionModel;
class EventHistoryModel;
class EventInspector;

// Every event, filtered as the user asks, in full or grouped by business action, with an
// inspector for the selected one and the timeline of its stream.
class EventHistoryPane : public Pane
{
    Q_OBJECT
public:
    explicit EventHistoryPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Event History"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/history.svg")); }
    void refresh() override;

    EventFilter currentFilter() const;
    EventHistoryModel *fullModel() const { return m_full; }
    BusinessActionModel *compactModel() const { return m_compact; }
    EventInspector *inspector() const { return m_inspector; }

public Q_SLOTS:
    // Writes the filtered events to a JSON Lines file on the reader thread.
    void exportTo(const QString &path);

Q_SIGNALS:
    void showChainRequested(const QString &id);
    void exported(qint64 count, const QString &path);

protected:
    void retranslateUi() override;

private:
    void applyFilter();
    void chooseExportFile();
    void onFullSelection();
    void onCompactSelection();
    void showTimeline(const QString &streamId);
    void updateCount();
    void updateLiveState();

    EventHistoryModel *m_full;
    BusinessActionModel *m_compact;
    QLineEdit *m_stream;
    QComboBox *m_type;
    QComboBox *m_department;
    QLineEdit *m_actor;
    QLineEdit *m_text;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QComboBox *m_order;
    QCheckBox *m_liveTail;
    QPushButton *m_reload;
    QPushButton *m_export;
    QLabel *m_count;
    QTabWidget *m_views;
    QTableView *m_fullView;
    QTreeView *m_compactView;
    QPlainTextEdit *m_timeline;
    QLabel *m_timelineCaption;
    EventInspector *m_inspector;
    QTimer *m_debounce;
    QList<QLabel *> m_labels;
    QString m_timelineStream;
    // What the stream box says and the stream it names: "S-2046" is shipment-S-2046.
    std::pair<QString, QString> m_streamNamed;
    std::optional<std::optional<qint64>> m_shownAsOf; // empty until the first refresh
};

} // namespace hs
