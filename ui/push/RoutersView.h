#pragma once

// The routing services the portal pushes its bundle to: per service the version it holds,
// since when, whether the catalog changed since (stale), and the last push error; a Push button
// for all or the selected services. Self-contained (the gui helper wires it into MainWindow).
//
// Compiling and signing run on a worker thread with its own catalog connection; the network
// part is asynchronous (BundlePusher); results come back to this view only while it exists.

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Switchboard {

class BundlePusher;
class Database;
class MessageBar;
class Vault;

class RoutersView : public QWidget {
    Q_OBJECT
public:
    explicit RoutersView(Database &catalog, QWidget *parent = nullptr);
    ~RoutersView() override;

public Q_SLOTS:
    void refresh();
    void pushAll();
    void pushSelected();

Q_SIGNALS:
    void pushFinished(int failures);

private:
    void push(const QString &onlyService);

    Database &m_db;
    std::unique_ptr<Vault> m_vault;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pushAll = nullptr;
    QPushButton *m_pushSelected = nullptr;
    MessageBar *m_messages = nullptr;
    BundlePusher *m_pusher = nullptr;
    bool m_busy = false;
};

} // namespace Switchboard
