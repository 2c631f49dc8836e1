#pragma once

// A view's background work, said in its message bar: while a job runs the bar says what it
// does (and the view may disable what would start another), then done(result) runs on the
// GUI thread, unless the view is gone. Reads and writes go through the QueryRunner (writes on
// its single writer); there is no other way off the GUI thread in ui/.

#include "main/QueryRunner.h"
#include "widgets/MessageBar.h"

#include <QObject>
#include <QPointer>

namespace Switchboard {

class BusyWork : public QObject {
    Q_OBJECT
public:
    // view: the guard (this object is its child); bar: where the busy text shows.
    BusyWork(QueryRunner *runner, MessageBar *bar, QObject *view);

    bool isBusy() const { return m_running > 0; }
    QueryRunner *runner() const { return m_runner; }

    // job: (const Database &) -> Result<T>; done: (const Result<T> &). An empty busyText shows
    // nothing in the bar (quick work).
    template<typename Job, typename Done>
    void write(const QString &busyText, Job job, Done done)
    {
        track(busyText, m_runner->write(std::move(job)), std::move(done));
    }
    template<typename Job, typename Done>
    void read(const QString &busyText, Job job, Done done)
    {
        track(busyText, m_runner->run(std::move(job)), std::move(done));
    }

signals:
    void busyChanged(bool busy);

private:
    template<typename T, typename Done>
    void track(const QString &busyText, const QFuture<T> &future, Done done)
    {
        const bool shown = !busyText.isEmpty();
        begin(busyText);
        onResultReady(future, this, [this, shown, done = std::move(done)](const T &result) {
            end(shown);
            done(result);
        });
    }
    void begin(const QString &busyText);
    void end(bool hideBar);

    QueryRunner *m_runner;
    QPointer<MessageBar> m_bar;
    int m_running = 0;
};

} // namespace Switchboard
