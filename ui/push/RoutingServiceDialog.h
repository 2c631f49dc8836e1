#pragma once

// Registers a routing service, or edits one: name, base URL, the public key its keygen printed,
// and for HTTPS with a private CA (or a self-signed certificate) a PEM file of the CA
// certificates the push should trust for it. What the store refuses (a bad URL, key or PEM)
// is shown in the dialog, which stays open.

#include "push/RoutingServiceStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Switchboard {

class Database;

class RoutingServiceDialog : public QDialog {
    Q_OBJECT
public:
    // Without a service: register a new one.
    RoutingServiceDialog(const Database &catalog, std::optional<RoutingService> existing, QWidget *parent = nullptr);

    void accept() override;

private:
    const Database &m_db;
    std::optional<RoutingService> m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caState = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Switchboard
