#pragma once

// Answers "application A asks for channel C in environment E with intent I": the cluster and
// topic, and the grant that allows it; or why not, as a typed reason with a readable message.
// A pure function over a RoutingModel: the portal's dry run, the CLI and the routing service
// all call it, so they cannot disagree.
//
// Order of checks: the URI must parse; the application must exist; the channel must route
// (an explicit binding for the environment wins over rules; between matching rules the most
// specific wins, see RulePattern); then the application must hold a grant for the intent.

#include "core/Result.h"
#include "routing/ChannelUri.h"
#include "routing/RoutingModel.h"

#include <memory>
#include <optional>
#include <variant>

namespace Switchboard {

enum class ResolveFailure {
    MalformedUri,          // the channel is not a valid kafka:// URI
    UnknownApplication,    // no application by that name
    EnvironmentRequired,   // no environment given and the channel routes in several
    NoRoute,               // no binding in the environment and no rule matches
    Ambiguous,             // several rules (or bindings) tie
    UnknownCluster,        // the binding or rule names a cluster the model does not hold
    NoGrant,               // routes, but the application holds no grant for this intent (or group)
};

// Stable codes for JSON and logs: "malformed_uri", "unknown_application", "environment_required",
// "no_route", "ambiguous", "unknown_cluster", "no_grant".
QString failureCode(ResolveFailure failure);

struct ResolveError {
    ResolveFailure reason = ResolveFailure::NoRoute;
    QString message;
};

template<typename T>
class ResolverOutcome {
public:
    ResolverOutcome(T value) : m_data(std::move(value)) {}
    ResolverOutcome(ResolveError error) : m_data(std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    // Meaningful only when !ok().
    ResolveFailure failure() const { return ok() ? ResolveFailure::NoRoute : std::get<1>(m_data).reason; }
    QString message() const { return ok() ? QString() : std::get<1>(m_data).message; }

private:
    std::variant<T, ResolveError> m_data;
};

// Where a channel leads in one environment, and why.
struct Route {
    enum class Source { Binding, Rule };
    ChannelUri channel;
    QString environment;
    RoutedCluster cluster;
    QString topic;
    Source source = Source::Binding;
    qint64 bindingId = 0;   // when source is Binding
    qint64 ruleId = 0;      // when source is Rule
};

struct Resolution {
    Route route;
    Application application;
    Grant grant;
};

struct ResolveQuery {
    QString application;   // name
    QString channel;       // URI as given (parsed and canonicalised by the resolver)
    QString environment;   // empty: the channel's only environment, if it has just one
    // Empty: any grant on the channel will do (the older header-based lookup has no profile).
    std::optional<Intent> intent;
    // For consume: when given, a grant must cover it (equal, or a prefix grant it starts with).
    QString consumerGroup;
};

using RouteOutcome = ResolverOutcome<Route>;
using ResolveOutcome = ResolverOutcome<Resolution>;

class Resolver {
public:
    // An indexed resolver over its own copy of the model: build it once per model (bundle) and
    // ask many questions; lookups are hash probes, not scans (see bench/channels).
    explicit Resolver(RoutingModel model);
    ~Resolver();
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    const RoutingModel &model() const { return m_model; }
    ResolveOutcome resolve(const ResolveQuery &query) const;
    RouteOutcome route(const QString &channel, const QString &environment) const;
    RouteOutcome route(const ChannelUri &channel, const QString &environment) const;
    QStringList environmentsOf(const ChannelUri &channel) const;

    // One-off questions (the CLI, the desktop's dry run): the same answers, without keeping
    // an index around.
    static ResolveOutcome resolve(const RoutingModel &model, const ResolveQuery &query);
    // Only the routing part (no application, no grant): where the channel leads.
    static RouteOutcome route(const RoutingModel &model, const QString &channel, const QString &environment);
    static RouteOutcome route(const RoutingModel &model, const ChannelUri &channel, const QString &environment);

    // The environments in which a channel has a binding or a matching rule, sorted.
    static QStringList environmentsOf(const RoutingModel &model, const ChannelUri &channel);

    // Whether a grant covers a consumer group (always true for produce grants).
    static bool grantCoversGroup(const Grant &grant, const QString &group);

    // Checks a rule before it is saved: well-formed (RulePattern::validate), its cluster
    // exists in the model, and no other rule in the same environment (other than one with the
    // same id, which it replaces) could tie with it.
    static Status checkRule(const RoutingModel &model, const PatternRule &rule);

    struct Index;   // internal

private:
    RoutingModel m_model;
    std::unique_ptr<Index> m_index;
};

} // namespace Switchboard
