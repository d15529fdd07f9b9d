using System.Collections.Immutable;
using System.Text;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Services: `service Name do fn init(...) ... call Op(...) :: R do |state| ... end ... end`.
// `init` and each handler become functions checked like any other (handlers take the state
// first); they form one recursive group, so the state type they share is inferred once. The
// generated API (`Name.start`, one snake_case client per handler) is typed from them.
public sealed partial class TypeChecker
{
    /// <summary>A service while it is being checked.</summary>
    private sealed class ServiceInfo(ServiceSymbol symbol, CheckedModule module, ServiceDef syntax, MeshType stateType)
    {
        public ServiceSymbol Symbol { get; } = symbol;

        public CheckedModule Module { get; } = module;

        public ServiceDef Syntax { get; } = syntax;

        /// <summary>The state: init's result, each handler's first parameter and (new) state result.</summary>
        public MeshType StateType { get; } = stateType;

        public FunctionInfo? Init { get; set; }

        public List<(ServiceHandler Syntax, FunctionInfo Info, ServiceHandlerSymbol Symbol)> Handlers { get; } = [];

        public IEnumerable<FunctionInfo> Parts => (Init is null ? [] : new[] { Init }).Concat(Handlers.Select(h => h.Info));
    }

    private readonly Dictionary<(string Module, string Name), ServiceInfo> _services = [];

    private void CollectService(CheckedModule module, ServiceDef service)
    {
        if (service.Name is not { } name)
        {
            return; // already a syntax error
        }
        var nameSpan = service.NameToken?.Span ?? service.Span;
        if (_services.TryGetValue((module.Name, name), out var existing) || _byName.ContainsKey((module.Name, name)))
        {
            Error(DiagnosticCode.DuplicateDefinition, $"`{name}` is defined more than once", module.Source, nameSpan, "defined again here",
                existing is null ? null : $"the first `service {name}` is at line {module.Source.GetPosition(existing.Symbol.Span.Start).Line}");
            return;
        }
        var symbol = new ServiceSymbol(module.Name, name, module.Source, nameSpan);
        var info = new ServiceInfo(symbol, module, service, _types.Fresh());
        _services[(module.Name, name)] = info;

        foreach (var fn in service.Functions)
        {
            if (fn.Name == "init" && info.Init is null)
            {
                info.Init = AddServicePart(info, fn, "init", fn.NameToken?.Span ?? fn.Span, handler: null);
                symbol.Init = info.Init.Symbol;
            }
            else if (fn.Name == "init")
            {
                Error(DiagnosticCode.DuplicateDefinition, $"service `{name}` has more than one `init`", module.Source, fn.NameToken?.Span ?? fn.Span,
                    "second init", "a service has exactly one `fn init(...)`; give it all the arguments `start` needs");
            }
            else
            {
                NotSupported("functions other than `init` inside a service", module.Source, fn.NameToken?.Span ?? KeywordSpan(fn));
            }
        }
        if (info.Init is null)
        {
            Error(DiagnosticCode.ServiceWithoutInit, $"service `{name}` has no `init` function", module.Source, nameSpan, "no init",
                "add `fn init() -> State do ... end`: its result is the service's first state, and its parameters are what `"
                + name + ".start(...)` takes");
        }

        var clients = new Dictionary<string, ServiceHandler>();
        var handlers = ImmutableArray.CreateBuilder<ServiceHandlerSymbol>();
        foreach (var handler in service.Handlers)
        {
            if (handler.Name is not { } handlerName)
            {
                continue;
            }
            var client = ToSnakeCase(handlerName);
            var span = handler.NameToken?.Span ?? handler.Span;
            if (client == "start" || !clients.TryAdd(client, handler))
            {
                Error(DiagnosticCode.DuplicateDefinition,
                    client == "start"
                        ? $"a handler named `{handlerName}` would clash with `{name}.start`"
                        : $"service `{name}` already has a handler whose client function is `{name}.{client}`",
                    module.Source, span, "clashing name", "give the handler another name");
                continue;
            }
            if (handler.StateParam is null || handler.Body is null)
            {
                continue; // a syntax error was reported
            }
            var part = AddServicePart(info, null, handlerName, span, handler);
            var handlerSymbol = new ServiceHandlerSymbol(handlerName, client, handler.IsCall, handlers.Count, part.Symbol);
            handlers.Add(handlerSymbol);
            info.Handlers.Add((handler, part, handlerSymbol));
        }
        symbol.Handlers = handlers.ToImmutable();
    }

    private FunctionInfo AddServicePart(ServiceInfo service, FnDef? init, string partName, TextSpan span, ServiceHandler? handler)
    {
        var module = service.Module;
        var symbol = new FunctionSymbol(module.Name, $"{service.Symbol.Name}.{partName}", FunctionKind.Function, module.Source, span);
        var info = new FunctionInfo(symbol, module, (Item?)init ?? service.Syntax) { Service = service, Handler = handler };
        _functions.Add(info);
        return info;
    }

    /// <summary><c>GetCount</c> → <c>get_count</c>, <c>HTTPGet</c> → <c>http_get</c>.</summary>
    internal static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>A service name as seen from a module: its own services, then <c>from M import Service</c>.</summary>
    private ServiceInfo? ResolveService(string module, string name)
    {
        if (_services.TryGetValue((module, name), out var own))
        {
            return own;
        }
        return _scopes.TryGetValue(module, out var scope) && scope.ImportedServices.TryGetValue(name, out var imported) ? imported : null;
    }

    /// <summary><c>Services.Store</c>: a service of an imported module, by qualifier.</summary>
    private ServiceInfo? ResolveQualifiedService(string module, string qualifier, string name)
        => ResolveQualifier(module, qualifier) is { } target && _services.TryGetValue((target, name), out var service) ? service : null;

    /// <summary>Services are exported whatever their visibility (as actors are).</summary>
    private bool TryImportService(ModuleScope scope, string target, string name)
    {
        if (!_services.TryGetValue((target, name), out var service))
        {
            return false;
        }
        scope.ImportedServices[name] = service;
        return true;
    }

    /// <summary>The functions a syntax node refers to through a service (its parts, to check them first).</summary>
    private IEnumerable<FunctionInfo> ServiceReferences(FunctionInfo info, SyntaxNode node)
    {
        ServiceInfo? service = null;
        if (NameExpr.Cast(node) is { Name: { Length: > 0 } name } && char.IsUpper(name[0]))
        {
            service = ResolveService(info.Module.Name, name);
        }
        else if (node.Kind == SyntaxKind.FieldAccessExpr && new FieldAccessExpr(node) is { Target: NameExpr { Name: { } q }, FieldName: { } f })
        {
            service = ResolveQualifiedService(info.Module.Name, q, f);
        }
        return service?.Parts ?? [];
    }

    /// <summary>Parameters, parameter types and the result type of a service part (see CheckGroup).</summary>
    private (List<LocalSymbol> Locals, List<MeshType> Types, MeshType Return) ServicePartSignature(FunctionInfo info, Dictionary<string, MeshType> generics, List<Obligation> obligations)
    {
        var service = info.Service!;
        var locals = new List<LocalSymbol>();
        var types = new List<MeshType>();
        void Add(Param p, MeshType type, bool travels)
        {
            locals.Add(new LocalSymbol(NextLocalId(), p.Name ?? "_", type, p.Span));
            types.Add(type);
            if (travels)
            {
                obligations.Add(new Obligation(type, Trait.Sendable, info.Module.Source, p.Span, $"a parameter of `{service.Symbol.Name}`"));
            }
        }
        MeshType Annotated(Param p) => p.Type is { } t ? ResolveTypeRef(t, info.Module, generics) : _types.Fresh();

        if (info.Handler is not { } handler)
        {
            var init = (FnDef)info.Syntax;
            foreach (var p in init.Params)
            {
                Add(p, Annotated(p), travels: true);
            }
            var result = init.ReturnType is { } rt ? ResolveTypeRef(rt, info.Module, generics) : _types.Fresh();
            if (_types.Unify(service.StateType, result) != Substitution.UnifyResult.Ok)
            {
                Error(DiagnosticCode.TypeMismatch, $"`init` must return the state of `{service.Symbol.Name}`", info.Module.Source, init.ReturnType?.Span ?? init.Span);
            }
            return (locals, types, result);
        }
        var state = handler.StateParam!;
        if (state.Type is { } stateAnnotation)
        {
            var annotated = ResolveTypeRef(stateAnnotation, info.Module, generics);
            if (_types.Unify(service.StateType, annotated) is not Substitution.UnifyResult.Ok)
            {
                Error(DiagnosticCode.TypeMismatch,
                    $"the state of `{service.Symbol.Name}` is {TypeFormatter.Format(_types.Resolve(service.StateType))}, not {TypeFormatter.Format(_types.Resolve(annotated))}",
                    info.Module.Source, stateAnnotation.Span, "wrong state type", "every handler gets the value `init` returned (or the state a handler returned last)");
            }
        }
        Add(state, service.StateType, travels: false);
        foreach (var p in handler.Params)
        {
            Add(p, Annotated(p), travels: true);
        }
        if (!handler.IsCall)
        {
            return (locals, types, service.StateType);
        }
        var reply = handler.ReplyType is { } r ? ResolveTypeRef(r, info.Module, generics) : _types.Fresh();
        obligations.Add(new Obligation(reply, Trait.Sendable, info.Module.Source, handler.ReplyType?.Span ?? handler.NameToken?.Span ?? handler.Span,
            $"the reply of `{service.Symbol.Name}.{ToSnakeCase(handler.Name ?? "")}`"));
        return (locals, types, MeshType.Tuple([service.StateType, reply]));
    }

    /// <summary>
    /// A service runs one monomorphic loop, so its signatures must be fully known once its group
    /// is checked. Only a pid's message type may stay open (<c>Pid</c> without arguments): pids
    /// look the same whatever their message type.
    /// </summary>
    private void CheckServiceSignatures(IEnumerable<FunctionInfo> group)
    {
        foreach (var service in group.Where(g => g.Service is not null).Select(g => g.Service!).Distinct())
        {
            var reported = false;
            foreach (var part in service.Parts)
            {
                var type = (FunType)part.Symbol.Scheme.Body;
                var parameters = part.Handler is null ? part.Symbol.Params : part.Symbol.Params.Skip(1).ToImmutableArray();
                var paramTypes = part.Handler is null ? type.Params : type.Params.Skip(1).ToImmutableArray();
                for (var i = 0; i < paramTypes.Length && !reported; i++)
                {
                    if (HasOpenType(paramTypes[i]))
                    {
                        var p = parameters[i];
                        Error(DiagnosticCode.ServiceTypeNotInferred,
                            $"the type of `{p.Name}` in `{service.Symbol.Name}.{(part.Handler?.Name is { } h ? ToSnakeCase(h) : "start")}` cannot be inferred",
                            part.Module.Source, p.Span, "type not known",
                            $"annotate it: `{p.Name} :: Int` (a service's requests are copied between processes, so their types must be known)");
                        reported = true;
                    }
                }
                if (reported)
                {
                    break;
                }
                if (part.Handler is { IsCall: true } call && type.Return is TypeCon { Args.Length: 2 } result && HasOpenType(result.Args[1]))
                {
                    Error(DiagnosticCode.ServiceTypeNotInferred,
                        $"the reply type of `{service.Symbol.Name}.{ToSnakeCase(call.Name ?? "")}` cannot be inferred",
                        part.Module.Source, call.NameToken?.Span ?? call.Span, "reply type not known",
                        $"annotate it: `call {call.Name}(...) :: Int do |state| ... end`");
                    reported = true;
                    break;
                }
            }
            if (!reported && service.Init is { } init && HasOpenType(((FunType)init.Symbol.Scheme.Body).Return))
            {
                Error(DiagnosticCode.ServiceTypeNotInferred, $"the state type of service `{service.Symbol.Name}` cannot be inferred",
                    init.Module.Source, init.Symbol.Span, "state type not known",
                    "annotate init's result: `fn init() -> List<Int> do ... end`");
            }
        }
    }

    /// <summary>Is this the message type of a service's pids (<c>Pid&lt;Counter&gt;</c>)?</summary>
    private bool IsServiceType(MeshType type)
        => _types.Shallow(type) is TypeCon { Args.Length: 0 } c && _services.Values.Any(s => s.Symbol.QualifiedName == c.Name);

    /// <summary>Does a (generalised) type still contain a type parameter outside a pid's message type?</summary>
    private static bool HasOpenType(MeshType type) => type switch
    {
        TypeParam or TypeVar => true,
        TypeCon { Name: "Pid" } => false,
        TypeCon c => c.Args.Any(HasOpenType),
        FunType f => f.Params.Any(HasOpenType) || HasOpenType(f.Return),
        _ => false,
    };
}
