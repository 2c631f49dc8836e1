#pragma once

// Registers a routing service, or edits one: name, base URL, the public key its keygen printed,
// and for HTTPS with a private CA (or a self-signed certificate) a PEM file of the CA
// certificates the push should trust for it. What the store refuses (a bad URL, key or PEM)
// is shown in the dialog, which stays open. The store writes on the QueryRunner's writer; the
// dialog closes when the answer says it is stored.

#include "push/RoutingServiceStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Switchboard {

class QueryRunner;

class RoutingServiceDialog : public QDialog {
    Q_OBJECT
public:
    // Without a service: register a new one.
    RoutingServiceDialog(QueryRunner *runner, std::optional<RoutingService> existing, QWidget *parent = nullptr);

    void accept() override;

private:
    QueryRunner *m_runner;
    bool m_saving = false;
    std::optional<RoutingService> m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caState = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Switchboard
