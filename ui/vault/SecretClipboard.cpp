#include "vault/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Switchboard {

SecretClipboard *SecretClipboard::instance()
{
    static QPointer<SecretClipboard> clipboard;
    if (!clipboard)
        clipboard = new SecretClipboard(qApp);
    return clipboard;
}

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

QMimeData *SecretClipboard::secretMimeData(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    return data;
}

void SecretClipboard::copy(const QString &text, bool secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!secret) {
        clipboard->setText(text);
        return;
    }
    clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(secretMimeData(text), QClipboard::Selection);
    m_copied = text;
    m_timer.start(m_delayMs);
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Something the user copied since then is theirs: leave it.
    if (clipboard->text(QClipboard::Clipboard) == m_copied)
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && clipboard->text(QClipboard::Selection) == m_copied)
        clipboard->clear(QClipboard::Selection);
    m_copied.fill(QLatin1Char('\0'));
    m_copied.clear();
    Q_EMIT cleared();
}

} // namespace Switchboard
