using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// The typed tree's view of services (GenServer-style processes) and of the expressions that
// start and talk to them. The protocol they lower to is described in runtime/README.md
// ("Services and jobs") and docs/language-notes.md.

/// <summary>
/// A <c>service</c>: its <c>init</c> and handlers are ordinary checked functions (the handlers take
/// the state first and return <c>(new_state, reply)</c> for a call, the new state for a cast).
/// Its pids have type <c>Pid&lt;Name&gt;</c>, where <see cref="Type"/> is a type with no values, so
/// nothing but the generated client functions can talk to it.
/// </summary>
public sealed class ServiceSymbol(string module, string name, SourceText source, TextSpan span)
{
    public string Module { get; } = module;

    public string Name { get; } = name;

    public string QualifiedName => $"{Module}.{Name}";

    public SourceText Source { get; } = source;

    public TextSpan Span { get; } = span;

    /// <summary>The message type of its pids: <c>Pid&lt;Counter&gt;</c>.</summary>
    public TypeCon Type => new(QualifiedName, []);

    /// <summary><c>fn init(args) -> State</c>; runs in the new service process.</summary>
    public FunctionSymbol? Init { get; set; }

    public ImmutableArray<ServiceHandlerSymbol> Handlers { get; set; } = [];

    public override string ToString() => QualifiedName;
}

/// <summary>
/// One <c>call</c> or <c>cast</c> handler. <see cref="Tag"/> identifies it in requests;
/// <see cref="ClientName"/> is the generated client function (<c>GetCount</c> → <c>get_count</c>).
/// </summary>
public sealed record ServiceHandlerSymbol(string Name, string ClientName, bool IsCall, int Tag, FunctionSymbol Function);

/// <summary><c>Counter.start(args)</c>: spawns the service, runs <c>init</c> there and waits until it has.</summary>
public sealed record TServiceStart(ServiceSymbol Service, ImmutableArray<TExpr> Args, MeshType Type, TextSpan Span) : TExpr(Type, Span);

/// <summary>
/// <c>Counter.get_count(pid, args)</c>: a call (waits for the reply, or fails when the service
/// dies or <see cref="Timeout"/> ms pass; null means the default) or a cast (sends and returns).
/// </summary>
public sealed record TServiceRequest(ServiceSymbol Service, ServiceHandlerSymbol Handler, TExpr Pid, ImmutableArray<TExpr> Args, TExpr? Timeout, MeshType Type, TextSpan Span)
    : TExpr(Type, Span)
{
    /// <summary>The call timeout when none is given, in milliseconds.</summary>
    public const long DefaultTimeoutMs = 5000;
}

/// <summary><c>receive()</c>: removes the oldest message of any kind (user message, EXIT or DOWN) and gives unit.</summary>
public sealed record TReceiveAny(TextSpan Span) : TExpr(MeshType.Unit, Span);
