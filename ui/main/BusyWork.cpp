#include "main/BusyWork.h"

namespace Switchboard {

BusyWork::BusyWork(QueryRunner *runner, MessageBar *bar, QObject *view) : QObject(view), m_runner(runner), m_bar(bar) {}

void BusyWork::begin(const QString &busyText)
{
    if (!busyText.isEmpty() && m_bar)
        m_bar->showMessage(busyText, MessageBar::Type::Information);
    if (m_running++ == 0)
        emit busyChanged(true);
}

void BusyWork::end(bool hideBar)
{
    if (hideBar && m_bar)
        m_bar->hideMessage();
    if (--m_running == 0)
        emit busyChanged(false);
}

} // namespace Switchboard
