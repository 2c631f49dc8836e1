#pragma once

// Copies a secret to the clipboard the way password managers do (KeePassXC): the data is
// marked with x-kde-passwordManagerHint = "secret" so clipboard managers (Klipper and others)
// do not keep it in their history, and it is cleared after a delay (30 s) unless something
// else was copied meanwhile.

#include <QObject>
#include <QPointer>
#include <QTimer>

class QMimeData;

namespace Switchboard {

class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static SecretClipboard *instance();
    static constexpr int kDefaultClearDelayMs = 30000;

    // Copies text; with secret set, marks it and schedules the clearing.
    void copy(const QString &text, bool secret);
    void setClearDelay(int ms) { m_delayMs = ms; }
    int clearDelay() const { return m_delayMs; }
    bool hasPendingClear() const { return m_timer.isActive(); }

    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    void cleared();

private:
    explicit SecretClipboard(QObject *parent = nullptr);
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_copied;
    int m_delayMs = kDefaultClearDelayMs;
};

} // namespace Switchboard
