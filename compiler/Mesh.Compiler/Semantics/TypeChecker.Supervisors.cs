using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Supervisors: `supervisor Name do strategy: … child id do start: … end … end`, started with
// `spawn(Name)`. The checker validates the options (E0019 strategy and intensity, E0018 child
// start functions, E0020 restart, E0021 shutdown) and produces a TSupervisor body; lowering
// turns it into a child-spec table for the runtime's supervisor loop (runtime/native/mesh_supervisor.c).
public sealed partial class TypeChecker
{
    /// <summary>
    /// The message type of a supervisor's pid: a type of its own, which no value has, so nothing
    /// can be sent to a supervisor and <c>Name.start_child</c> only accepts pids of that supervisor.
    /// </summary>
    internal static MeshType SupervisorMailbox(FunctionSymbol supervisor) => new TypeCon(SupervisorDefinitionName(supervisor), []); // its name: see _supervisorMailboxes

    /// <summary>The name of a supervisor's pid type, which its process also carries at run time (see TSupervisor).</summary>
    internal static string SupervisorDefinitionName(FunctionSymbol supervisor) => supervisor.QualifiedName;

    private static readonly Dictionary<string, SupervisorStrategy> Strategies = new()
    {
        ["one_for_one"] = SupervisorStrategy.OneForOne,
        ["one_for_all"] = SupervisorStrategy.OneForAll,
        ["rest_for_one"] = SupervisorStrategy.RestForOne,
        ["simple_one_for_one"] = SupervisorStrategy.SimpleOneForOne,
    };

    private static readonly Dictionary<string, ChildRestart> RestartTypes = new()
    {
        ["permanent"] = ChildRestart.Permanent,
        ["transient"] = ChildRestart.Transient,
        ["temporary"] = ChildRestart.Temporary,
    };

    private const long DefaultMaxRestarts = 3;
    private const long DefaultMaxSeconds = 5;
    private const long DefaultShutdownMs = 5000;
    /// <summary><c>shutdown: infinity</c>; runtime/native/mesh_supervisor.c waits forever from FOREVER_MS (10^12 ms) up.</summary>
    private const long ShutdownInfinity = long.MaxValue;

    private sealed partial class FunctionBodyChecker
    {
        private TExpr CheckSupervisor(SupervisorDef def)
        {
            var symbol = _info.Symbol;
            Types.Unify(symbol.MailboxType!, SupervisorMailbox(symbol));
            if (_checker._typeDefs.TryGetValue((_info.Module.Name, symbol.Name), out var type))
            {
                _checker._diagnostics.Add(new Diagnostic(DiagnosticCode.DuplicateDefinition, $"`{symbol.Name}` is defined more than once", Source, symbol.Span,
                    "defined again here")
                {
                    SecondaryLabels = [new DiagnosticLabel(type.Source ?? Source, type.Span, "first defined here")],
                });
            }

            var strategy = SupervisorStrategy.OneForOne;
            var maxRestarts = DefaultMaxRestarts;
            var maxSeconds = DefaultMaxSeconds;
            string? registeredName = null;
            var seen = new HashSet<string>();
            foreach (var option in def.Options)
            {
                if (option.Key is not { } key || !NotRepeated(option, seen, DiagnosticCode.InvalidStrategy))
                {
                    continue;
                }
                switch (key)
                {
                    case "strategy":
                        if (option.ValueName is { } name && Strategies.TryGetValue(name, out var s))
                        {
                            strategy = s;
                        }
                        else
                        {
                            ReportOptionValue(DiagnosticCode.InvalidStrategy, option, "supervisor strategy", Strategies.Keys);
                        }
                        break;
                    case "max_restarts":
                        maxRestarts = IntOption(option, DiagnosticCode.InvalidStrategy, minimum: 0, "`max_restarts` is the number of restarts allowed within `max_seconds`: 0 or more") ?? maxRestarts;
                        break;
                    case "max_seconds":
                        maxSeconds = IntOption(option, DiagnosticCode.InvalidStrategy, minimum: 1, "`max_seconds` is the length of the restart window in seconds: 1 or more") ?? maxSeconds;
                        break;
                    case "name":
                        // OTP's {local, Name}: registered by the supervisor itself as it starts
                        if (option.Value is StringExpr literal && literal.PlainValue is { Length: > 0 } text)
                        {
                            registeredName = text;
                        }
                        else
                        {
                            _checker.Error(DiagnosticCode.InvalidStrategy, $"invalid `name` for supervisor `{symbol.Name}`: `{option.Value?.Syntax.ToString().Trim()}`",
                                Source, option.Value?.Span ?? option.Span, "expected a string literal",
                                $"write `name: \"{symbol.Name.ToLowerInvariant()}\"`: the supervisor registers itself under it, for `Process.whereis`");
                        }
                        break;
                    default:
                        ReportUnknownKey(DiagnosticCode.InvalidStrategy, option, "supervisor", ["strategy", "max_restarts", "max_seconds", "name"],
                            "a supervisor takes `strategy:`, `max_restarts:`, `max_seconds:`, `name:` and `child` blocks");
                        break;
                }
            }

            var children = ImmutableArray.CreateBuilder<TChildSpec>();
            var ids = new Dictionary<string, TextSpan>();
            foreach (var child in def.Children)
            {
                if (child.Name is not { } id || child.NameToken is not { } idToken)
                {
                    continue;
                }
                if (!ids.TryAdd(id, idToken.Span))
                {
                    _checker._diagnostics.Add(new Diagnostic(DiagnosticCode.DuplicateDefinition, $"child `{id}` is defined twice in `{symbol.Name}`", Source, idToken.Span,
                        "defined again here", "give each child its own id")
                    {
                        SecondaryLabels = [new DiagnosticLabel(Source, ids[id], "first defined here")],
                    });
                }
                if (CheckChild(child, id, idToken.Span, strategy) is { } spec)
                {
                    children.Add(spec);
                }
            }
            if (strategy == SupervisorStrategy.SimpleOneForOne && def.Children.Count != 1)
            {
                var where = def.Option("strategy")?.Value?.Span ?? symbol.Span;
                _checker.Error(DiagnosticCode.InvalidStrategy, $"a simple_one_for_one supervisor needs exactly one child spec, the template; `{symbol.Name}` has {def.Children.Count}",
                    Source, where, "simple_one_for_one", "write one `child` block; its `start` function takes the arguments given to `" + symbol.Name + ".start_child(sup, ...)`");
            }
            _info.Strategy = strategy;
            return new TSupervisor(SupervisorDefinitionName(symbol), strategy, maxRestarts, maxSeconds, registeredName, children.ToImmutable(), def.Span);
        }

        private TChildSpec? CheckChild(ChildSpec child, string id, TextSpan idSpan, SupervisorStrategy strategy)
        {
            TExpr? start = null;
            var restart = ChildRestart.Permanent;
            var shutdown = DefaultShutdownMs;
            var seen = new HashSet<string>();
            foreach (var option in child.Options)
            {
                if (option.Key is not { } key || !NotRepeated(option, seen, DiagnosticCode.InvalidChildStart))
                {
                    continue;
                }
                switch (key)
                {
                    case "start":
                        start = CheckStart(option, id, strategy);
                        break;
                    case "restart":
                        if (option.ValueName is { } name && RestartTypes.TryGetValue(name, out var r))
                        {
                            restart = r;
                        }
                        else
                        {
                            ReportOptionValue(DiagnosticCode.InvalidRestartType, option, $"restart type for child `{id}`", RestartTypes.Keys);
                        }
                        break;
                    case "shutdown":
                        if (option.ValueName == "brutal_kill")
                        {
                            shutdown = -1;
                        }
                        else if (option.ValueName == "infinity")
                        {
                            // OTP's infinity: wait for the child however long it takes (the runtime
                            // treats any time from ShutdownInfinity up as forever).
                            shutdown = ShutdownInfinity;
                        }
                        else if (option.Value is IntLiteralExpr)
                        {
                            shutdown = IntOption(option, DiagnosticCode.InvalidShutdown, minimum: 0, "a shutdown time is in milliseconds: 0 or more") ?? shutdown;
                        }
                        else
                        {
                            var text = option.Value?.Syntax.ToString().Trim() ?? "";
                            _checker.Error(DiagnosticCode.InvalidShutdown, $"invalid shutdown for child `{id}`: `{text}`", Source, option.Value?.Span ?? option.Span,
                                "not a shutdown", "write `shutdown: 5000` (milliseconds to wait before the child is killed), `shutdown: brutal_kill` or `shutdown: infinity`");
                        }
                        break;
                    default:
                        ReportUnknownKey(DiagnosticCode.InvalidChildStart, option, "child", ["start", "restart", "shutdown"],
                            "a child spec takes `start:`, `restart:` and `shutdown:`");
                        break;
                }
            }
            if (start is null)
            {
                if (!seen.Contains("start"))
                {
                    _checker.Error(DiagnosticCode.InvalidChildStart, $"child `{id}` has no `start:` function", Source, idSpan, "no start",
                        "add `start: fn -> spawn(worker) end`: the supervisor calls it to start (and restart) the child");
                }
                return null;
            }
            return new TChildSpec(id, start, restart, shutdown, StartsSupervisor(start.Type), child.Span);
        }

        /// <summary>The start function: <c>fn -> spawn(…) end</c> (a template with parameters for simple_one_for_one).</summary>
        private TExpr? CheckStart(SupervisorOption option, string id, SupervisorStrategy strategy)
        {
            var start = Infer(option.Value);
            if (start is TError)
            {
                return null;
            }
            var simple = strategy == SupervisorStrategy.SimpleOneForOne;
            var example = simple ? "fn(arg) -> spawn(worker, arg) end" : "fn -> spawn(worker) end";
            if (Types.Shallow(start.Type) is FunType fun && Types.Unify(MeshType.Pid(Types.Fresh()), fun.Return) == Substitution.UnifyResult.Ok)
            {
                if (fun.Params.Length > 0 && !simple)
                {
                    _checker.Error(DiagnosticCode.InvalidChildStart, $"the start function of child `{id}` must take no arguments", Source, start.Span,
                        $"takes {fun.Params.Length}", $"write `{example}`; only a simple_one_for_one template gets arguments (from `start_child`)");
                    return null;
                }
                foreach (var p in fun.Params)
                {
                    Require(p, Trait.Sendable, start.Span, "an argument of a start function (it is sent to the supervisor)");
                }
                return start;
            }
            var found = TypeFormatter.Format(Types.Resolve(start.Type));
            var message = Types.Resolve(start.Type) is FunType f
                ? $"the start function of child `{id}` must return a Pid, but it returns {TypeFormatter.Format(f.Return)}"
                : $"the start of child `{id}` must be a function that returns a Pid, found {found}";
            _checker.Error(DiagnosticCode.InvalidChildStart, message, Source, start.Span, $"this is {Article(found)}", $"start the child with `{example}`");
            return null;
        }

        private bool NotRepeated(SupervisorOption option, HashSet<string> seen, DiagnosticCode code)
        {
            if (seen.Add(option.Key!))
            {
                return true;
            }
            _checker.Error(code, $"`{option.Key}` is given more than once", Source, option.KeyToken!.Span, "repeated", "keep one");
            return false;
        }

        private void ReportOptionValue(DiagnosticCode code, SupervisorOption option, string what, IEnumerable<string> valid)
        {
            var text = option.Value?.Syntax.ToString().Trim() ?? "";
            var suggestion = NameSuggestions.Closest(text, valid);
            _checker.Error(code, $"invalid {what}: `{text}`", Source, option.Value?.Span ?? option.Span, "not valid here",
                suggestion is not null ? $"did you mean `{suggestion}`?" : $"use one of {string.Join(", ", valid)}");
        }

        private void ReportUnknownKey(DiagnosticCode code, SupervisorOption option, string where, IEnumerable<string> valid, string hint)
        {
            var suggestion = NameSuggestions.Closest(option.Key!, valid);
            _checker.Error(code, $"unknown {where} option `{option.Key}`", Source, option.KeyToken!.Span, "unknown option",
                suggestion is not null ? $"did you mean `{suggestion}`?" : hint);
        }

        private long? IntOption(SupervisorOption option, DiagnosticCode code, long minimum, string hint)
        {
            if (option.Value is IntLiteralExpr { Value: { } value } && value >= minimum)
            {
                return value;
            }
            var text = option.Value?.Syntax.ToString().Trim() ?? "";
            _checker.Error(code, $"invalid `{option.Key}`: `{text}`", Source, option.Value?.Span ?? option.Span, "expected a whole number", hint);
            return null;
        }

        /// <summary><c>Pool.start_child(sup, args…)</c>: the only operation on a supervisor's name.</summary>
        private TExpr InferSupervisorCall(FunctionInfo supervisor, string operation, FieldAccessExpr access, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var name = supervisor.Symbol.Name;
            var opSpan = access.FieldToken?.Span ?? access.Span;
            var problem = operation != "start_child" ? $"supervisor `{name}` has no function `{operation}`"
                : !supervisor.Checked ? $"`{name}.start_child` cannot be used by `{name}`'s own start functions"
                : supervisor.Strategy != SupervisorStrategy.SimpleOneForOne ? $"`{name}` is not a simple_one_for_one supervisor, so it has no `start_child`"
                : null;
            if (problem is not null || supervisor.Symbol.Body is not TSupervisor { Children: [var spec] })
            {
                // (a simple_one_for_one supervisor without exactly one template was reported already)
                if (problem is not null)
                {
                    _checker.Error(operation == "start_child" ? DiagnosticCode.InvalidStrategy : DiagnosticCode.UnboundName, problem, Source, opSpan, "not available",
                        "a `strategy: simple_one_for_one` supervisor has `start_child(sup, args...)`; the others start their children themselves");
                }
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(MeshType.Error, span);
            }
            var fun = (FunType)Types.Resolve(spec.Start.Type);
            var args = CheckArgs($"{name}.start_child", [MeshType.Pid(SupervisorMailbox(supervisor.Symbol)), .. fun.Params], argSyntax, span);
            if (args.Length != fun.Params.Length + 1)
            {
                return new TError(MeshType.Error, span);
            }
            var result = BuiltinTypes.Result.Apply([fun.Return, MeshType.String]);
            return new TSupervisorStartChild(supervisor.Symbol, args[0], args[1..], result, span);
        }

        /// <summary>Whether a start function returns a supervisor's pid (OTP's child type `supervisor`).</summary>
        private bool StartsSupervisor(MeshType start)
            => Types.Resolve(start) is FunType { Return: TypeCon { Name: "Pid", Args: [TypeCon mailbox] } } && _checker._supervisorMailboxes.Contains(mailbox.Name);

        /// <summary>
        /// <c>Supervisor.child(id, start, restart: transient, shutdown: 2000)</c>: a child spec for
        /// <c>Supervisor.start_child</c>, with the options (and defaults) of a <c>child</c> block.
        /// </summary>
        private TExpr InferSupervisorChild(Stdlib.StdlibFunction function, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var keywords = argSyntax.Count > 0 && argSyntax[^1] is KeywordArgsExpr k ? k.Args : [];
            var positional = keywords.Count > 0 ? argSyntax.Take(argSyntax.Count - 1).ToList() : argSyntax.ToList();
            var mailbox = Types.Fresh();
            var args = CheckArgs(function.QualifiedName, [MeshType.String, new FunType([], MeshType.Pid(mailbox))], positional, span,
                hint: "write `Supervisor.child(\"id\", fn -> spawn(worker) end)`, then options: `restart: transient`, `shutdown: 2000`");
            var restart = ChildRestart.Permanent;
            var mode = ShutdownMode.Milliseconds;
            TExpr? shutdownMs = null;
            var seen = new HashSet<string>();
            foreach (var keyword in keywords)
            {
                var key = keyword.Name!;
                var value = keyword.Value;
                var where = value?.Span ?? keyword.Span;
                if (!seen.Add(key))
                {
                    _checker.Error(DiagnosticCode.InvalidChildStart, $"`{key}` is given more than once", Source, keyword.Span, "repeated", "keep one");
                    continue;
                }
                var word = value switch
                {
                    NameExpr n when n.Name is { } name && Lookup(name) is null => name,
                    AtomLiteralExpr a => a.Name,
                    _ => null,
                };
                switch (key)
                {
                    case "restart":
                        if (word is not null && RestartTypes.TryGetValue(word, out var r))
                        {
                            restart = r;
                        }
                        else
                        {
                            var text = value?.Syntax.ToString().Trim() ?? "";
                            var suggestion = NameSuggestions.Closest(word ?? text, RestartTypes.Keys);
                            _checker.Error(DiagnosticCode.InvalidRestartType, $"invalid restart type for a child spec: `{text}`", Source, where, "not a restart type",
                                suggestion is not null ? $"did you mean `{suggestion}`?" : "write `restart: permanent`, `restart: transient` or `restart: temporary`");
                        }
                        break;
                    case "shutdown":
                        if (word == "brutal_kill")
                        {
                            mode = ShutdownMode.BrutalKill;
                        }
                        else if (word == "infinity")
                        {
                            mode = ShutdownMode.Infinity;
                        }
                        else if (value is IntLiteralExpr { Value: < 0 } or UnaryExpr { Op: UnaryOp.Neg, Operand: IntLiteralExpr })
                        {
                            _checker.Error(DiagnosticCode.InvalidShutdown, $"invalid shutdown for a child spec: `{value.Syntax.ToString().Trim()}`", Source, where,
                                "negative", "a shutdown time is in milliseconds: 0 or more");
                        }
                        else if (value is not null && word is null)
                        {
                            // any Int: milliseconds (negative values count as 0 at run time)
                            var ms = Infer(value);
                            Unify(MeshType.Int, ms.Type, ms.Span, "the `shutdown:` of a child spec (milliseconds)");
                            shutdownMs = ms;
                        }
                        else
                        {
                            _checker.Error(DiagnosticCode.InvalidShutdown, $"invalid shutdown for a child spec: `{value?.Syntax.ToString().Trim()}`", Source, where,
                                "not a shutdown", "write `shutdown: 5000` (milliseconds to wait before the child is killed), `shutdown: brutal_kill` or `shutdown: infinity`");
                        }
                        break;
                    default:
                        {
                            var suggestion = NameSuggestions.Closest(key, ["restart", "shutdown"]);
                            _checker.Error(DiagnosticCode.InvalidChildStart, $"unknown child spec option `{key}`", Source, keyword.NameToken?.Span ?? keyword.Span, "unknown option",
                                suggestion is not null ? $"did you mean `{suggestion}`?" : "a child spec takes `restart:` and `shutdown:` after its id and start function");
                            break;
                        }
                }
            }
            var type = new TypeCon(MeshType.ChildSpecName, [mailbox]);
            if (args.Length != 2)
            {
                return new TError(type, span);
            }
            var start = args[1];
            if (!RequireMovableFunction(start, "`Supervisor.child`", "the supervisor",
                "the start function runs in the supervisor, so the values it captures are copied there; write it at the call: `Supervisor.child(\"id\", fn -> spawn(worker, x) end)`"))
            {
                return new TError(type, span);
            }
            return new TSupervisorChild(args[0], start, restart, mode, shutdownMs, StartsSupervisor(start.Type), type, span);
        }

        /// <summary>A supervisor's name is not a function: it is started with spawn.</summary>
        private bool RejectSupervisor(FunctionInfo target, TextSpan span)
        {
            if (target.Symbol.Kind != FunctionKind.Supervisor)
            {
                return false;
            }
            _checker.Error(DiagnosticCode.NotAFunction, $"`{target.Symbol.Name}` is a supervisor, not a function", Source, span, "a supervisor",
                $"start it with `spawn({target.Symbol.Name})`");
            return true;
        }
    }
}
