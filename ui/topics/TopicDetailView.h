#pragma once

// One topic in tabs: overview (Markdown description, owner, tags, the important configs with
// overrides highlighted), partitions, all configs, consumer groups with lag, the history
// timeline and a chart of messages and rate over the crawls. Curation (tags, owner,
// description) is saved at once through the catalog and announced with curationChanged().

#include "topics/TopicStore.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace Switchboard {

class ConfigTableModel;
class ConsumerGroupTableModel;
class HistoryTableModel;
class PartitionTableModel;
class QueryRunner;
class TagEditor;

class TopicDetailView : public QWidget {
    Q_OBJECT
public:
    explicit TopicDetailView(QueryRunner *runner, QWidget *parent = nullptr);

    // Loads the topic off the GUI thread; 0 shows the empty state.
    void showTopic(qint64 topicId);
    qint64 topicId() const { return m_topicId; }
    std::optional<TopicDetail> detail() const { return m_detail; }
    void reload() { showTopic(m_topicId); }

    QTabWidget *tabs() const { return m_tabs; }
    PartitionTableModel *partitionModel() const { return m_partitions; }
    ConfigTableModel *configModel() const { return m_configs; }
    ConfigTableModel *importantConfigModel() const { return m_important; }
    ConsumerGroupTableModel *groupModel() const { return m_groups; }
    HistoryTableModel *historyModel() const { return m_history; }
    TagEditor *tagEditor() const { return m_tags; }

    void editDescription();

signals:
    void loaded(qint64 topicId);
    void curationChanged(qint64 topicId);
    void errorOccurred(const QString &message);

private:
    void display(const TopicDetail &detail);
    void updateChart(const TopicDetail &detail);
    void refreshCompletions();
    // Runs one curation change off the GUI thread, then reloads and tells the others.
    void curate(std::function<Status(const TopicStore &, qint64)> change);

    QueryRunner *m_runner = nullptr;
    qint64 m_topicId = 0;
    quint64 m_generation = 0;
    std::optional<TopicDetail> m_detail;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_description = nullptr;
    QLineEdit *m_owner = nullptr;
    QStringListModel *m_ownerCompletions = nullptr;
    TagEditor *m_tags = nullptr;
    QPushButton *m_editDescription = nullptr;
    QLabel *m_configNote = nullptr;
    PartitionTableModel *m_partitions = nullptr;
    ConfigTableModel *m_configs = nullptr;
    ConfigTableModel *m_important = nullptr;
    ConsumerGroupTableModel *m_groups = nullptr;
    HistoryTableModel *m_history = nullptr;
    QChartView *m_chart = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Switchboard
