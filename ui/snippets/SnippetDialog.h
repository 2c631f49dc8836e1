#pragma once

// Exports client configuration for an application, its channels and a profile: a preview per
// format (Java, Spring Boot, librdkafka/kcat, Python, Go, Node.js, .NET, service locator), copy
// and save. Secrets are redacted until the user ticks "Reveal secret" (which unlocks the vault
// if needed); a revealed snippet is copied as a secret (marked for clipboard managers, cleared
// after 30 s) and saved readable only by its owner. The profiles and the snippet's input are
// read on the QueryRunner (with the secret, on a vault of the worker's own opened with the
// window vault's key); the preview fills in when they are in.

#include "snippets/SnippetBuilder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabBar;

namespace Switchboard {

class Database;
class QueryRunner;
class Vault;

class SnippetDialog : public QDialog {
    Q_OBJECT
public:
    SnippetDialog(Database &catalog, Vault &vault, SnippetRequest request, QWidget *parent = nullptr);
    // Sharing the main window's query workers (nullptr: the dialog has its own).
    SnippetDialog(Database &catalog, Vault &vault, QueryRunner *runner, SnippetRequest request, QWidget *parent = nullptr);

    SnippetFormat currentFormat() const;
    void setCurrentFormat(SnippetFormat format);
    QString previewText() const;
    QString errorText() const;
    // Reveal on or off; turning it on asks to unlock the vault unless it is unlocked.
    void setReveal(bool reveal);
    bool isRevealed() const;

    void copyToClipboard();
    bool saveTo(const QString &fileName);
    bool isBuilding() const { return m_building; }   // the preview waits for the worker

Q_SIGNALS:
    void built();   // the preview (or the error) shows the latest request

private:
    void rebuild();
    void auditReveal(const QString &purpose);
    void render();

    QueryRunner *m_runner = nullptr;
    Vault &m_vault;
    quint64 m_generation = 0;
    bool m_building = false;
    SnippetRequest m_request;
    std::optional<SnippetInput> m_input;
    QTabBar *m_formats = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_reveal = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Switchboard
