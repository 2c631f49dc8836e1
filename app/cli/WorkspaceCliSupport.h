#pragma once

// What the workspace commands share with the request commands (not API): the catalog's
// workspace, a connection to its log with this member's credentials from the vault, and the
// one way a sync's outcome is printed.

#include "Cli.h"
#include "workspace/WorkspaceStore.h"
#include "workspace/WorkspaceSync.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Switchboard {
class WorkspaceLog;
}

namespace Switchboard::Cli {

// The workspace this catalog replicates, or none (single-user mode). Inside a workspace the
// actor recorded in the catalog is the member's principal name (AuditLog::currentActor), so
// every replica names the same person.
Result<std::optional<WorkspaceInfo>> currentWorkspace(Context &ctx);
// The home cluster's connection with this member's secret from the vault (vault
// cluster-secret set), as the crawler reaches a cluster.
Result<std::unique_ptr<WorkspaceLog>> openWorkspaceLog(Context &ctx, const QCommandLineParser &parser, const WorkspaceInfo &info);
// Writes a change of shared state (a platform member's edit) to the state topic, based on the
// version this catalog holds, then pulls so that it takes effect here in the log's order. The
// broker refuses it unless this member is a platform member; the refusal is printed in plain
// words. Returns the exit status.
int writeSharedState(Context &ctx, const QCommandLineParser &parser, const WorkspaceInfo &info, struct WorkspaceRecord record,
                     const QString &summary, const QString &done);
// Prints what was sent, applied, refused, ignored and replaced; returns 0 when the cluster was
// reached and nothing was refused, else 1.
int printSyncReport(Context &ctx, const WorkspaceInfo &info, const SyncReport &report);

} // namespace Switchboard::Cli
