using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

/// <summary>One parsed module handed to the checker.</summary>
public sealed record CheckedModule(string Name, SourceText Source, SyntaxTree Tree)
{
    private readonly IEnumerable<Item>? _items;

    /// <summary>A standard-library module written in Mesh: every module sees it without an import.</summary>
    public bool IsLibrary { get; init; }

    /// <summary>The module's items: the file's, or an inline <c>module X do … end</c> block's.</summary>
    public IEnumerable<Item> Items
    {
        get => _items ?? Tree.File.Items;
        init => _items = value;
    }
}

public sealed record CheckResult(TypedProgram? Program, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Names and types: collects top-level definitions, orders functions into strongly connected
/// groups of the call graph (callees first), infers each group with Hindley–Milner and
/// generalises it, so a function is polymorphic for its callers but monomorphic inside its own
/// recursive group.
/// </summary>
public sealed partial class TypeChecker
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Substitution _types = new();
    private readonly List<FunctionInfo> _functions = [];
    private readonly Dictionary<(string Module, string Name), FunctionInfo> _byName = [];

    /// <summary>A function with its syntax, while it is being checked.</summary>
    private sealed class FunctionInfo(FunctionSymbol symbol, CheckedModule module, Item syntax)
    {
        public FunctionSymbol Symbol { get; } = symbol;

        public CheckedModule Module { get; } = module;

        public Item Syntax { get; } = syntax;

        /// <summary>True while its recursive group is being inferred: calls use the monotype.</summary>
        public bool InProgress { get; set; }

        public bool Checked { get; set; }

        public FunType? MonoType { get; set; }

        public List<int> Callees { get; } = [];

        /// <summary>All clauses of a function definition, in order (one for most functions).</summary>
        public List<FnDef> Clauses { get; } = syntax is FnDef fn ? [fn] : [];

        /// <summary>
        /// Parameters are matched by patterns (several clauses, literal or constructor parameters,
        /// or a guard), so the body is a match over the arguments.
        /// </summary>
        public bool IsMultiClause => Clauses.Count > 1 || Clauses.Any(c => c.Guard is not null
            || c.Params.Any(p => p.Pattern is not (IdentPattern { Name: { Length: > 0 } } or WildcardPattern) || p.Pattern is IdentPattern { Name: var n } && char.IsUpper(n![0])));

        /// <summary>Receives, uses <c>self()</c>, or calls a function that does: it needs the caller's mailbox type.</summary>
        public bool UsesMailbox { get; set; }

        /// <summary>For a method of an impl: the impl, and the interface method it implements.</summary>
        public TraitImpl? Impl { get; init; }

        public TraitMethod? TraitMethod { get; init; }

        /// <summary>Set for a service's <c>init</c> and handlers (TypeChecker.Services.cs).</summary>
        public ServiceInfo? Service { get; init; }

        /// <summary>The handler this function is (its state and message parameters, its body); null for init.</summary>
        public ServiceHandler? Handler { get; init; }

        /// <summary>For a supervisor, once checked: its strategy (start_child needs simple_one_for_one).</summary>
        public SupervisorStrategy Strategy { get; set; }
    }

    public static CheckResult Check(ImmutableArray<CheckedModule> modules)
    {
        var checker = new TypeChecker();
        return checker.Run(modules);
    }

    private CheckResult Run(ImmutableArray<CheckedModule> files)
    {
        var modules = WithInlineModules(files);
        foreach (var module in modules)
        {
            Collect(module);
        }
        foreach (var file in files)
        {
            CollectModuleStatements(file);
        }
        var moduleNames = modules.Select(m => m.Name).ToHashSet();
        var libraries = modules.Where(m => m.IsLibrary).ToList();
        _libraryModules.UnionWith(libraries.Select(l => l.Name));
        foreach (var module in modules)
        {
            CollectImports(module, moduleNames, libraries);
        }
        foreach (var module in modules)
        {
            DefineTypes(module);
        }
        CheckDerivedJsonFields();
        CheckDerivedRowFields();
        foreach (var module in modules)
        {
            DefineTraits(module);
        }
        DefineImpls();
        foreach (var info in _functions)
        {
            FindCallees(info);
        }
        foreach (var group in StronglyConnectedGroups())
        {
            CheckGroup(group);
        }
        WarnUnusedConstants();

        var entry = modules.FirstOrDefault(m => m.Name == "Main");
        FunctionSymbol? main = null;
        if (entry is not null && _byName.TryGetValue(("Main", "main"), out var mainInfo))
        {
            main = mainInfo.Symbol;
            if (mainInfo.Symbol.Params.Length != 0)
            {
                Error(DiagnosticCode.MissingMain, "`main` must not take parameters", entry.Source, mainInfo.Symbol.Span,
                    hint: "command-line arguments will come from `Env.args()`");
            }
        }
        else if (entry is not null && !entry.Tree.HasErrors && !entry.Tree.File.Statements.Any(s => s is not LetStmt))
        {
            // (With syntax errors or stray top-level code, `main` may well be written but unreadable:
            // `main() do` without `fn` was reported already.)
            Error(DiagnosticCode.MissingMain, "main.mpl has no `fn main()`", entry.Source, new TextSpan(0, 0),
                hint: "add `fn main() do ... end`; the program starts there");
        }

        var program = main is null || _diagnostics.HasErrors
            ? null
            : new TypedProgram([.. _functions.Select(f => f.Symbol)], main, _types, [.. files.Select(m => m.Source)],
                _typeDefs.Values.Concat(BuiltinTypes.All).ToImmutableDictionary(d => d.TypeName), [.. _impls]);
        // In source order, file by file, as users read them (checking order is by call graph).
        var fileOrder = files.Select((f, i) => (f.Source, i)).ToDictionary(p => p.Source, p => p.i);
        var ordered = WithoutFollowOnErrors(_diagnostics.ToImmutable())
            .OrderBy(d => d.Source is { } s && fileOrder.TryGetValue(s, out var i) ? i : int.MaxValue)
            .ThenBy(d => d.Span.Start)
            .ToImmutableArray();
        return new CheckResult(program, ordered);
    }

    /// <summary>
    /// Drops errors that name the error type: it is only ever the type of something already reported
    /// (an unknown type or name), so such an error is a consequence of that one, not a second mistake.
    /// Kept when nothing else was reported, so that a program is never rejected without a word.
    /// </summary>
    private static ImmutableArray<Diagnostic> WithoutFollowOnErrors(ImmutableArray<Diagnostic> diagnostics)
    {
        static bool NamesErrorType(Diagnostic d)
            => d.Message.Contains(MeshType.ErrorName, StringComparison.Ordinal) || d.Label?.Contains(MeshType.ErrorName, StringComparison.Ordinal) == true;
        var kept = diagnostics.Where(d => d.Severity != Severity.Error || !NamesErrorType(d)).ToImmutableArray();
        return kept.Any(d => d.Severity == Severity.Error) ? kept : diagnostics;
    }

    private void Error(DiagnosticCode code, string message, SourceText source, TextSpan span, string? label = null, string? hint = null)
        => _diagnostics.Error(code, message, source, span, label, hint);

    /// <summary>"`f` takes 2 arguments but 3 were given".</summary>
    internal static string ArityMessage(string who, int expected, string noun, int given)
        => $"{who} takes {expected} {noun}{(expected == 1 ? "" : "s")} but {given} {(given == 1 ? "was" : "were")} given";

    private void NotSupported(string what, SourceText source, TextSpan span)
        => Error(DiagnosticCode.NotSupportedYet, $"not supported by this compiler yet: {what}", source, span,
            hint: "the parser accepts this form; code generation for it is still being built");

    // ---- collection ----

    private void Collect(CheckedModule module)
    {
        Item? previous = null;
        foreach (var item in module.Items)
        {
            var before = previous;
            previous = item;
            switch (item)
            {
                case FnDef fn when fn.Name is { } name:
                    if (_byName.TryGetValue((module.Name, name), out var earlier) && earlier.Syntax is FnDef && earlier.Module == module)
                    {
                        AddClause(earlier, fn, consecutive: before is FnDef { Name: var n } && n == name);
                        break;
                    }
                    Declare(module, item, name, fn.NameToken?.Span ?? fn.Span, FunctionKind.Function, fn.IsPub);
                    break;
                case ActorDef actor when actor.Name is { } name:
                    Declare(module, item, name, actor.NameToken?.Span ?? actor.Span, FunctionKind.Actor, true);
                    break;
                case SupervisorDef supervisor when supervisor.Name is { } name:
                    Declare(module, item, name, supervisor.NameToken?.Span ?? supervisor.Span, FunctionKind.Supervisor, supervisor.IsPub);
                    break;
                case FnDef or ActorDef or SupervisorDef:
                    break; // a nameless definition already has a syntax error
                case StructDef or SumTypeDef or TypeAliasDef:
                    DeclareType(module, item);
                    break;
                case InterfaceDef iface:
                    DeclareTrait(module, iface);
                    break;
                case ImplDef impl:
                    _implSyntax.Add((impl, module));
                    break;
                case ServiceDef service:
                    CollectService(module, service);
                    break;
                case ImportDecl or FromImportDecl:
                    break; // resolved once every module's definitions are known
                case ModuleDef:
                    break; // a module of its own (WithInlineModules)
            }
        }
    }

    /// <summary>The span of an item's first line, so "not supported" errors stay short.</summary>
    private static TextSpan KeywordSpan(Item item)
    {
        var span = item.Span;
        var text = item.Syntax.ToString();
        var newline = text.IndexOf('\n');
        return newline > 0 ? new TextSpan(span.Start, Math.Min(newline, span.Length)) : span;
    }

    /// <summary>Another clause of a multi-clause function (<c>fn fib(0) = 0</c> / <c>fn fib(n) = ...</c>).</summary>
    private void AddClause(FunctionInfo function, FnDef clause, bool consecutive)
    {
        var source = function.Module.Source;
        var first = function.Clauses[0];
        if (first.Params.Count == 0 && clause.Params.Count == 0)
        {
            // Without parameters there is nothing to match on: this is the same function written
            // twice, not a second clause (which would only ever be unreachable).
            _diagnostics.Add(new Diagnostic(DiagnosticCode.DuplicateDefinition, $"`{first.Name}` is defined more than once",
                source, clause.NameToken?.Span ?? clause.Span, "defined again here", "rename one of them, or remove it")
            {
                SecondaryLabels = [new DiagnosticLabel(source, function.Symbol.Span, "first defined here")],
            });
            return;
        }
        if (!consecutive)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCode.NonConsecutiveClauses, $"the clauses of `{first.Name}` must be written one after another",
                source, clause.NameToken?.Span ?? clause.Span, "another clause here", "move this clause next to the others")
            {
                SecondaryLabels = [new DiagnosticLabel(source, function.Symbol.Span, "first clause here")],
            });
            return;
        }
        if (clause.Params.Count != first.Params.Count)
        {
            Error(DiagnosticCode.ClauseArityMismatch,
                $"every clause of `{first.Name}` must take {first.Params.Count} parameter{(first.Params.Count == 1 ? "" : "s")}, this one takes {clause.Params.Count}",
                source, clause.NameToken?.Span ?? clause.Span, "different arity", "functions of another arity need another name");
            return;
        }
        // Only the first clause's signature counts; say so where a later one writes another (W0002).
        // Parameter and return annotations of later clauses are checked against it instead.
        var ignored = new List<(string What, TextSpan Span)>();
        if (clause.IsPub)
        {
            ignored.Add(("`pub`", clause.Span));
        }
        if (clause.GenericParams.Count > 0)
        {
            ignored.Add(("type parameters", clause.GenericParams[0].Span));
        }
        if (clause.WhereClause is { } where)
        {
            ignored.Add(("a `where` clause", where.Span));
        }
        foreach (var (what, span) in ignored)
        {
            Error(DiagnosticCode.AnnotationOnNonFirstClause, $"{what} on a later clause of `{first.Name}` {(what == "type parameters" ? "have" : "has")} no effect",
                source, what == "`pub`" ? KeywordSpan(clause) : span, "ignored",
                $"the first clause declares the function's visibility, type parameters and bounds: write it there{(what == "`pub`" && !first.IsPub ? " (the function is private now)" : "")}");
        }
        function.Clauses.Add(clause);
    }

    private void Declare(CheckedModule module, Item item, string name, TextSpan nameSpan, FunctionKind kind, bool isPublic)
    {
        if (_byName.TryGetValue((module.Name, name), out var existing))
        {
            var message = existing.Syntax is FnDef && item is FnDef
                ? $"`{name}` is defined more than once; multi-clause functions are not supported by this compiler yet"
                : $"`{name}` is defined more than once";
            _diagnostics.Add(new Diagnostic(DiagnosticCode.DuplicateDefinition, message, module.Source, nameSpan, "defined again here")
            {
                SecondaryLabels = [new DiagnosticLabel(existing.Module.Source, existing.Symbol.Span, "first defined here")],
            });
            return;
        }
        var symbol = new FunctionSymbol(module.Name, name, kind, module.Source, nameSpan) { IsPublic = isPublic };
        var info = new FunctionInfo(symbol, module, item);
        _functions.Add(info);
        _byName[(module.Name, name)] = info;
        if (kind == FunctionKind.Supervisor)
        {
            _supervisorMailboxes.Add(symbol.QualifiedName);
        }
    }

    /// <summary>The message types of supervisors' pids: the types satisfying <see cref="Trait.Supervisor"/>.</summary>
    private readonly HashSet<string> _supervisorMailboxes = [];

    // ---- imports and name resolution across modules ----

    /// <summary>What a module can see besides its own definitions.</summary>
    private sealed class ModuleScope
    {
        /// <summary><c>import Math.Vector</c> makes the qualifier <c>Vector</c> name module <c>Math.Vector</c>.</summary>
        public Dictionary<string, string> Qualifiers { get; } = [];

        /// <summary><c>from Geometry import area</c> makes <c>area</c> name <c>Geometry.area</c>.</summary>
        public Dictionary<string, FunctionInfo> Imported { get; } = [];

        /// <summary><c>from String import length</c> makes <c>length</c> name <c>String.length</c>.</summary>
        public Dictionary<string, Stdlib.StdlibFunction> ImportedStdlib { get; } = [];

        /// <summary><c>from Geometry import Shape</c> makes <c>Shape</c> and its variants usable unqualified.</summary>
        public Dictionary<string, TypeDefinition> ImportedTypes { get; } = [];

        /// <summary><c>from Services import Store</c> makes <c>Store.start</c> and its clients usable.</summary>
        public Dictionary<string, ServiceInfo> ImportedServices { get; } = [];

        /// <summary>
        /// Qualifiers and names of imports already reported as wrong (<c>import Utlis</c>): their uses
        /// below are not reported again.
        /// </summary>
        public HashSet<string> FailedImports { get; } = [];
    }

    private readonly Dictionary<string, ModuleScope> _scopes = [];

    /// <summary>Standard-library modules written in Mesh (stdlib/mesh); some extend a runtime module of the same name.</summary>
    private readonly HashSet<string> _libraryModules = [];

    /// <summary>
    /// A pub function of a Mesh-written library module that extends a runtime module (<c>List.sum</c>
    /// next to the runtime's <c>List.map</c>); null when the runtime module has no such companion.
    /// </summary>
    private FunctionInfo? LibraryCompanion(string module, string name)
        => _libraryModules.Contains(module) && _byName.TryGetValue((module, name), out var info) && info.Symbol.IsPublic ? info : null;

    private ILookup<string, FunctionInfo>? _companionsByName;

    /// <summary>
    /// The pub functions of library modules that extend a runtime module or a built-in type (<c>o.map(f)</c> on an
    /// Option), by name (built once, after collection).
    /// </summary>
    private ILookup<string, FunctionInfo> CompanionsByName => _companionsByName ??= _byName
        .Where(f => _libraryModules.Contains(f.Key.Module) && f.Value.Symbol.IsPublic
            && (Stdlib.StdlibCatalog.HasModule(f.Key.Module) || BuiltinTypes.All.Any(t => t.Name == f.Key.Module)))
        .ToLookup(f => f.Key.Name, f => f.Value);

    /// <summary>Every function of a standard-library module, in the runtime or written in Mesh (for suggestions).</summary>
    private IEnumerable<string> StdlibFunctionNames(string module)
        => Stdlib.StdlibCatalog.NamesIn(module).Concat(_libraryModules.Contains(module)
            ? _byName.Where(f => f.Key.Module == module && f.Value.Symbol.IsPublic).Select(f => f.Key.Name)
            : []);

    private static readonly HashSet<string> StdlibModules =
    [
        "String", "IO", "Env", "File", "List", "Map", "Set", "Tuple", "Range", "Queue", "JSON", "Json", "HTTP", "Request",
        "Job", "Supervisor", "Math", "Int", "Float", "Timer", "Sqlite", "Pg", "Pool", "Node", "Process", "Global", "Iter", "Ws", "Orm",
        "Query", "Repo", "Changeset", "Migration",
    ];

    /// <summary>Collectors that live in the Mesh-written Iter module (stdlib/mesh/iter.mpl) under their own name.</summary>
    private static readonly Dictionary<(string Module, string Name), string> IterCollectors = new()
    {
        [("List", "collect")] = "to_list",
        [("Map", "collect")] = "to_map",
        [("Set", "collect")] = "to_set",
        [("String", "collect")] = "concat",
    };

    /// <summary>The Iter function <c>List.collect</c> (etc.) stands for in <paramref name="module"/>, unless its own iter.mpl replaced the library's.</summary>
    private string? IterCollectorFor(string module, string qualifier, string name)
        => IterCollectors.TryGetValue((qualifier, name), out var collector) && ResolveQualifier(module, "Iter") == "Iter" ? collector : null;

    private void CollectImports(CheckedModule module, HashSet<string> moduleNames, IReadOnlyList<CheckedModule> libraries)
    {
        var scope = new ModuleScope();
        _scopes[module.Name] = scope;
        foreach (var library in libraries.Where(l => l.Name != module.Name))
        {
            scope.Qualifiers[library.Name] = library.Name;
            foreach (var ((_, name), type) in _typeDefs.Where(t => t.Key.Module == library.Name && t.Value.IsPublic))
            {
                scope.ImportedTypes[name] = type;
            }
        }
        foreach (var (inlineName, inline) in _inlineModules.Where(m => m.Value.Parent == module.Name))
        {
            // `module Geometry do … end` is `Geometry.f(...)` in the code around it, without an import.
            scope.Qualifiers[inline.Qualifier] = inlineName;
        }
        foreach (var item in module.Items)
        {
            switch (item)
            {
                case ImportDecl import when import.ModuleName is { } target:
                    if (moduleNames.Contains(target) && target != module.Name)
                    {
                        if (CheckModuleVisible(module, target, import.Path!.Span))
                        {
                            scope.Qualifiers[target.Split('.')[^1]] = target;
                        }
                    }
                    else if (target == module.Name)
                    {
                        Error(DiagnosticCode.ModuleNotFound, $"module `{target}` imports itself", module.Source, import.Path!.Span, "this module",
                            "its own definitions are in scope without an import: remove this line");
                    }
                    else if (!StdlibModules.Contains(target))
                    {
                        ReportUnknownModule(module, target, import.Path!.Span, moduleNames);
                        scope.FailedImports.Add(target.Split('.')[^1]);
                    }
                    break;
                case FromImportDecl from when from.ModuleName is { } target:
                    if (!moduleNames.Contains(target) || target == module.Name)
                    {
                        if (StdlibModules.Contains(target))
                        {
                            ImportFromStdlib(module, scope, from, target);
                        }
                        else
                        {
                            ReportUnknownModule(module, target, from.Path!.Span, moduleNames);
                            scope.FailedImports.UnionWith(from.NameTokens.Select(t => t.Text));
                        }
                        break;
                    }
                    if (!CheckModuleVisible(module, target, from.Path!.Span))
                    {
                        break;
                    }
                    foreach (var nameToken in from.NameTokens)
                    {
                        if (_traits.ContainsKey((target, nameToken.Text)))
                        {
                            continue; // interfaces are found by name wherever they are public (LookupTrait)
                        }
                        if (_typeDefs.TryGetValue((target, nameToken.Text), out var importedType))
                        {
                            if (!importedType.IsPublic)
                            {
                                Error(DiagnosticCode.PrivateItem, $"type `{nameToken.Text}` is private to module `{target}`", module.Source, nameToken.Span, "private",
                                    $"mark it `pub` in its module to use it from other modules");
                            }
                            else
                            {
                                scope.ImportedTypes[nameToken.Text] = importedType;
                            }
                            continue;
                        }
                        if (TryImportService(scope, target, nameToken.Text))
                        {
                            continue;
                        }
                        if (!_byName.TryGetValue((target, nameToken.Text), out var imported)
                            && _libraryModules.Contains(target) && Stdlib.StdlibCatalog.Find(target, nameToken.Text) is { } native)
                        {
                            // A module with functions both in the runtime and written in Mesh (List).
                            scope.ImportedStdlib[nameToken.Text] = native;
                        }
                        else if (imported is null)
                        {
                            // a library module's runtime half counts too (`from String import lenght`: `length`)
                            var suggestion = NameSuggestions.Closest(nameToken.Text, _libraryModules.Contains(target)
                                ? StdlibFunctionNames(target)
                                : _byName.Keys.Where(k => k.Module == target).Select(k => k.Name));
                            Error(DiagnosticCode.ImportNameNotFound, $"module `{target}` has no `{nameToken.Text}`", module.Source, nameToken.Span, "not found",
                                suggestion is null ? null : $"did you mean `{suggestion}`?");
                        }
                        else if (CheckVisible(module, imported, nameToken.Span))
                        {
                            scope.Imported[nameToken.Text] = imported;
                        }
                    }
                    break;
            }
        }
    }

    /// <summary><c>from String import length, split</c>: library functions callable without their module.</summary>
    private void ImportFromStdlib(CheckedModule module, ModuleScope scope, FromImportDecl from, string target)
    {
        if (!Stdlib.StdlibCatalog.HasModule(target))
        {
            NotSupported($"the `{target}` standard library module", module.Source, from.Path!.Span);
            return;
        }
        foreach (var nameToken in from.NameTokens)
        {
            if (Stdlib.StdlibCatalog.Find(target, nameToken.Text) is { } function)
            {
                scope.ImportedStdlib[nameToken.Text] = function;
                continue;
            }
            var suggestion = NameSuggestions.Closest(nameToken.Text, Stdlib.StdlibCatalog.NamesIn(target));
            Error(DiagnosticCode.ImportNameNotFound, $"module `{target}` has no `{nameToken.Text}`", module.Source, nameToken.Span, "not found",
                suggestion is null ? null : $"did you mean `{suggestion}`?");
        }
    }

    /// <summary>A library function a module imported by name (<c>from String import length</c>).</summary>
    internal Stdlib.StdlibFunction? ImportedStdlibFunction(string module, string name)
        => _scopes.TryGetValue(module, out var scope) && scope.ImportedStdlib.TryGetValue(name, out var function) ? function : null;

    /// <summary>A name or qualifier whose import was reported as wrong, so its uses are not reported again.</summary>
    internal bool IsFailedImport(string module, string name) => _scopes.TryGetValue(module, out var scope) && scope.FailedImports.Contains(name);

    private void ReportUnknownModule(CheckedModule module, string target, TextSpan span, HashSet<string> moduleNames)
    {
        var suggestion = NameSuggestions.Closest(target, moduleNames.Where(n => n != "Main"));
        Error(DiagnosticCode.ModuleNotFound, $"module `{target}` not found", module.Source, span, "no such module in this project",
            suggestion is null ? "module names come from file paths: `geometry.mpl` is `Geometry`" : $"did you mean `{suggestion}`?");
    }

    private bool CheckVisible(CheckedModule from, FunctionInfo target, TextSpan span)
    {
        if (target.Symbol.IsPublic || target.Module.Name == from.Name || IsNestedIn(from.Name, target.Module.Name))
        {
            return true;
        }
        Error(DiagnosticCode.PrivateItem, $"`{target.Symbol.Name}` is private to module `{target.Module.Name}`", from.Source, span, "private",
            $"mark it `pub fn {target.Symbol.Name}` in {target.Module.Source.Path} to use it from other modules");
        return false;
    }

    /// <summary>
    /// An unqualified function name as seen from a module: its own definitions, then imports; in an
    /// inline module, then those of the modules around it (names are lexically scoped).
    /// </summary>
    private FunctionInfo? ResolveFunction(string module, string name)
    {
        foreach (var scopeName in LexicalScopes(module))
        {
            if (_byName.TryGetValue((scopeName, name), out var own))
            {
                return own;
            }
            if (_scopes.TryGetValue(scopeName, out var scope) && scope.Imported.TryGetValue(name, out var imported))
            {
                return imported;
            }
        }
        return null;
    }

    /// <summary>The module a qualifier such as <c>Geometry</c> names in a module, if it was imported (or is an inline module around or beside it).</summary>
    private string? ResolveQualifier(string module, string qualifier)
    {
        if (qualifier.Contains('.'))
        {
            return ResolveModulePath(module, qualifier);
        }
        foreach (var scopeName in LexicalScopes(module))
        {
            if (_scopes.TryGetValue(scopeName, out var scope) && scope.Qualifiers.TryGetValue(qualifier, out var target))
            {
                return target;
            }
        }
        return null;
    }

    // ---- inline modules ----

    /// <summary>
    /// <c>Text.Inner</c> or <c>Shapes.Geometry</c>: a qualifier followed by inline modules written in
    /// it (each public, or seen from inside the module it is written in).
    /// </summary>
    private string? ResolveModulePath(string module, string path) => ResolveModulePath(module, path, out _);

    /// <param name="hidden">Set to the private inline module on the path when that is why it does not resolve.</param>
    private string? ResolveModulePath(string module, string path, out string? hidden)
    {
        hidden = null;
        var segments = path.Split('.');
        var current = ResolveQualifier(module, segments[0]);
        foreach (var segment in segments.Skip(1))
        {
            if (current is null || !_inlineModules.TryGetValue($"{current}.{segment}", out var inline))
            {
                return null;
            }
            current = $"{current}.{segment}";
            if (!(inline.IsPublic || module == inline.Parent || IsNestedIn(module, inline.Parent)))
            {
                hidden = current;
                return null;
            }
        }
        return current;
    }

    /// <summary>E0035 for a call through a private inline module (<c>Text.Inner.f</c> from outside Text).</summary>
    private void ReportPrivateModule(string hidden, SourceText source, TextSpan span)
    {
        var inline = _inlineModules[hidden];
        Error(DiagnosticCode.PrivateItem, $"module `{hidden}` is private to module `{inline.Parent}`", source, span, "private",
            $"mark it `pub module {inline.Qualifier}` to use it from outside `{inline.Parent}`");
    }

    /// <summary>An inline <c>module X do … end</c>: the module it is written in, whether it is <c>pub</c>, and its qualifier.</summary>
    private sealed record InlineModule(string Parent, bool IsPublic, string Qualifier, SourceText Source);

    /// <summary>Inline modules by full name (<c>Shapes.Geometry</c>).</summary>
    private readonly Dictionary<string, InlineModule> _inlineModules = [];

    /// <summary>
    /// Each inline <c>module X do … end</c> becomes a module named after the one around it
    /// (<c>Shapes.Geometry</c> in shapes.mpl), checked like a file's module.
    /// </summary>
    private ImmutableArray<CheckedModule> WithInlineModules(ImmutableArray<CheckedModule> files)
    {
        var all = ImmutableArray.CreateBuilder<CheckedModule>();
        var names = files.Select(f => f.Name).ToHashSet();
        void Add(CheckedModule module)
        {
            all.Add(module);
            foreach (var def in module.Items.OfType<ModuleDef>())
            {
                if (def.FullName is not { } name || def.Body is not { } body)
                {
                    continue; // a syntax error was reported
                }
                var fullName = $"{module.Name}.{name}";
                if (!names.Add(fullName))
                {
                    Error(DiagnosticCode.DuplicateDefinition, $"module `{fullName}` is defined more than once", module.Source, def.Path!.Span, "defined again here",
                        "an inline module has the name of a file's module or of another inline module: rename one");
                    continue;
                }
                foreach (var statement in body.Statements.Where(s => s is not ItemStmt))
                {
                    Error(DiagnosticCode.ExpectedItem, "a module body holds definitions only (fn, struct, type, interface, impl, import, module …)", module.Source, statement.Span,
                        "not a definition", "move this code into a function");
                }
                _inlineModules[fullName] = new InlineModule(module.Name, def.IsPub, name.Split('.')[^1], module.Source);
                Add(new CheckedModule(fullName, module.Source, module.Tree) { Items = [.. def.Items], IsLibrary = module.IsLibrary });
            }
        }
        foreach (var file in files)
        {
            Add(file);
        }
        return all.ToImmutable();
    }

    /// <summary>The module, then the modules around it when it is an inline module.</summary>
    private IEnumerable<string> LexicalScopes(string module)
    {
        for (string? current = module; current is not null; current = _inlineModules.TryGetValue(current, out var inline) ? inline.Parent : null)
        {
            yield return current;
        }
    }

    /// <summary>Whether <paramref name="inner"/> is an inline module written (at any depth) inside <paramref name="outer"/>.</summary>
    private bool IsNestedIn(string inner, string outer) => inner != outer && LexicalScopes(inner).Contains(outer);

    /// <summary>A private inline module can be imported only from inside the module it is written in.</summary>
    private bool CheckModuleVisible(CheckedModule from, string target, TextSpan span)
    {
        if (!_inlineModules.TryGetValue(target, out var inline) || inline.IsPublic || from.Name == inline.Parent || IsNestedIn(from.Name, inline.Parent))
        {
            return true;
        }
        Error(DiagnosticCode.PrivateItem, $"module `{target}` is private to module `{inline.Parent}`", from.Source, span, "private",
            $"mark it `pub module {inline.Qualifier}` in {inline.Source.Path} to use it from other modules");
        return false;
    }

    private IEnumerable<string> VisibleFunctionNames(string module)
        => _byName.Keys.Where(k => k.Module == module).Select(k => k.Name)
            .Concat(_scopes.TryGetValue(module, out var scope) ? scope.Imported.Keys : []);

    // ---- call graph ----

    private void FindCallees(FunctionInfo info)
    {
        var seen = new HashSet<int>();
        void AddCallee(FunctionInfo callee)
        {
            var index = _functions.IndexOf(callee);
            if (seen.Add(index))
            {
                info.Callees.Add(index);
            }
        }
        // A service's init and handlers share its state type: one recursive group.
        foreach (var part in info.Service?.Parts ?? [])
        {
            AddCallee(part);
        }
        var nodes = WithConstantValues(info.Module.Name, info.Handler is { } handler ? handler.Syntax.DescendantNodes()
            : info.Clauses.Count > 1 ? info.Clauses.SelectMany(c => c.Syntax.DescendantNodes()) : info.Syntax.Syntax.DescendantNodes());
        foreach (var node in nodes)
        {
            foreach (var part in ServiceReferences(info, node))
            {
                AddCallee(part);
            }
            FunctionInfo? callee = null;
            if (NameExpr.Cast(node) is { Name: { } name })
            {
                callee = ResolveFunction(info.Module.Name, name);
            }
            else if (node.Kind == SyntaxKind.FieldAccessExpr && new FieldAccessExpr(node) is { Target: NameExpr { Name: { } q }, FieldName: { } f })
            {
                if (ResolveQualifier(info.Module.Name, q) is { } target)
                {
                    _byName.TryGetValue((target, f), out callee);
                }
                if (callee is null && IterCollectorFor(info.Module.Name, q, f) is { } collector)
                {
                    // `List.collect` is the Iter module's `to_list` (List itself may be a library module too).
                    _byName.TryGetValue(("Iter", collector), out callee);
                }
            }
            else if (node.Kind == SyntaxKind.FieldAccessExpr && new FieldAccessExpr(node) is { Target: FieldAccessExpr path, FieldName: { } pathField }
                && path.TryGetPath() is { } segments && ResolveModulePath(info.Module.Name, string.Join('.', segments)) is { } pathTarget)
            {
                _byName.TryGetValue((pathTarget, pathField), out callee); // Shapes.Geometry.area
            }
            // `first(s)` where an interface has a method `first` is a method call on `s` too.
            if ((node.Kind == SyntaxKind.FieldAccessExpr ? new FieldAccessExpr(node).FieldName : NameExpr.Cast(node)?.Name) is { } method)
            {
                // `xs.sum()` may call a library function of a runtime module (List.sum): which one is known only
                // once types are, so every such function of that name is checked first.
                foreach (var companion in CompanionsByName[method])
                {
                    if (companion != info)
                    {
                        AddCallee(companion);
                    }
                }
            }
            if (callee is not null)
            {
                AddCallee(callee);
            }
        }
    }

    /// <summary>Tarjan's algorithm; groups come out callees-first.</summary>
    private List<List<FunctionInfo>> StronglyConnectedGroups()
    {
        var index = new int[_functions.Count];
        var low = new int[_functions.Count];
        var onStack = new bool[_functions.Count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var groups = new List<List<FunctionInfo>>();
        var counter = 0;

        // Iterative to survive very long call chains. Impl methods first: what they require of an
        // `I.Item` is learnt from their bodies and checked where other functions use the impl.
        var roots = Enumerable.Range(0, _functions.Count).Where(i => _functions[i].Impl is { Projections.Count: > 0 })
            .Concat(Enumerable.Range(0, _functions.Count).Where(i => _functions[i].Impl is not { Projections.Count: > 0 }));
        foreach (var root in roots)
        {
            if (index[root] >= 0)
            {
                continue;
            }
            var work = new Stack<(int Node, int Next)>();
            work.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                var callees = _functions[node].Callees;
                if (next < callees.Count)
                {
                    work.Push((node, next + 1));
                    var callee = callees[next];
                    if (index[callee] < 0)
                    {
                        index[callee] = low[callee] = counter++;
                        stack.Push(callee);
                        onStack[callee] = true;
                        work.Push((callee, 0));
                    }
                    else if (onStack[callee])
                    {
                        low[node] = Math.Min(low[node], index[callee]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
                if (low[node] == index[node])
                {
                    var group = new List<FunctionInfo>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        group.Add(_functions[member]);
                    }
                    while (member != node);
                    group.Reverse();
                    groups.Add(group);
                }
            }
        }
        return groups;
    }

    // ---- inference of one recursive group, then generalisation ----

    private void CheckGroup(List<FunctionInfo> group)
    {
        var obligations = new List<Obligation>();
        var declaredGenerics = new Dictionary<FunctionInfo, Dictionary<string, MeshType>>();
        var implArgsOf = new Dictionary<FunctionInfo, ImmutableArray<MeshType>>();
        foreach (var info in group)
        {
            var generics = new Dictionary<string, MeshType>();
            var implArgs = info.Impl is { } impl ? ImplArgs(impl, new MeshType?[impl.TypeParams.Length]) : ImmutableArray<MeshType>.Empty;
            implArgsOf[info] = implArgs;
            if (info.Impl is not null)
            {
                AddImplGenerics(info.Impl, generics, implArgs);
            }
            if (info.Syntax is FnDef fn)
            {
                foreach (var g in fn.GenericParams)
                {
                    if (g.Name is { } name && !generics.TryAdd(name, _types.Fresh()))
                    {
                        Error(DiagnosticCode.DuplicateDefinition, $"type parameter `{name}` is declared twice", info.Module.Source, g.Span,
                            hint: "give each type parameter its own name");
                    }
                }
            }
            if (info.Syntax is FnDef { WhereClause: { } bounded })
            {
                AddAssociatedTypeNames(bounded, info.Module, generics);
            }
            declaredGenerics[info] = generics;
            if (info.Service is { } service)
            {
                var (partLocals, partTypes, partReturn) = ServicePartSignature(info, generics, obligations);
                info.MonoType = new FunType([.. partTypes], partReturn);
                info.Symbol.Params = [.. partLocals];
                info.Symbol.Scheme = TypeScheme.Mono(info.MonoType);
                // init and the handlers run in the service's process.
                info.Symbol.MailboxType = service.Symbol.Type;
                info.InProgress = true;
                continue;
            }
            var parameters = GetParams(info.Syntax);
            var locals = new List<LocalSymbol>();
            var paramTypes = new List<MeshType>();
            foreach (var p in parameters)
            {
                var type = p.Type is { } t ? ResolveTypeRef(t, info.Module, generics)
                    : p.IsSelf && generics.TryGetValue("Self", out var self) ? self : _types.Fresh();
                var name = info.IsMultiClause ? $"$arg{locals.Count}" : p.Name ?? "_";
                locals.Add(new LocalSymbol(NextLocalId(), name, type, p.Span));
                paramTypes.Add(type);
            }
            // The program's `main` returns nothing, so its last value is dropped like a statement's.
            var isMain = info.Module.Name == "Main" && info.Symbol.Name == "main" && info.Impl is null;
            var returnType = info.Syntax is FnDef { ReturnType: { } rt } ? ResolveTypeRef(rt, info.Module, generics)
                : isMain ? MeshType.Unit : _types.Fresh();
            info.MonoType = new FunType([.. paramTypes], returnType);
            info.Symbol.Params = [.. locals]; // before CheckImplSignature, which points at them
            if (info.Impl is not null)
            {
                CheckImplSignature(info, generics, implArgs);
            }
            if (info.Syntax is FnDef { WhereClause: { } where })
            {
                RequireBounds(info, where, generics, obligations);
            }
            info.Symbol.Scheme = TypeScheme.Mono(info.MonoType);
            // Every function runs in some process and may receive from its mailbox (as in Erlang);
            // a call unifies the callee's mailbox type with the caller's (see FunctionBodyChecker).
            info.Symbol.MailboxType = _types.Fresh();
            info.InProgress = true;
        }

        _group = group;
        foreach (var info in group)
        {
            var body = new FunctionBodyChecker(this, info, obligations, declaredGenerics[info]);
            info.Symbol.Body = body.CheckBody();
        }
        CheckMatches();
        var settledFirst = SettleProjections();
        // Lets used at one type become monomorphic again; unused ones bring back their requirements.
        SettleLetSchemes(obligations);
        // Those unifications may settle projections that were still open: try them all again.
        _projections.AddRange(settledFirst);
        var openProjections = SettleProjections();

        foreach (var info in group.Where(g => g.Impl is { Projections.Count: > 0 }))
        {
            LearnProjectionConstraints(info.Impl!, implArgsOf[info]);
        }

        // A group that never touches its mailbox does not depend on the caller's message type.
        if (!group.Any(g => g.UsesMailbox))
        {
            foreach (var info in group.Where(g => g.Symbol.Kind == FunctionKind.Function && g.Service is null))
            {
                _types.Unify(info.Symbol.MailboxType!, MeshType.Unit);
            }
        }

        // Defaulting: variables that only live inside bodies get a concrete type now.
        var signatureVars = new HashSet<int>();
        foreach (var info in group)
        {
            _types.FreeVariables(info.MonoType!, signatureVars);
            if (info.Symbol.MailboxType is { } mailbox)
            {
                _types.FreeVariables(mailbox, signatureVars);
            }
        }
        var keptProjections = KeepSignatureProjections(openProjections, signatureVars);
        foreach (var obligation in obligations)
        {
            if (_types.Shallow(obligation.Type) is TypeVar v && !signatureVars.Contains(v.Id))
            {
                _types.Unify(v, Trait.IsArithmetic(obligation.Trait) || obligation.Trait == Trait.Ord || obligation.Trait == Trait.Number ? MeshType.Int
                    : obligation.Trait == Trait.Concat ? MeshType.String
                    : MeshType.Unit);
            }
        }

        SettleLetSchemes(obligations, signatureVars);
        _letSchemes.Clear();
        _valueRestricted.Clear();
        _group = [];

        // Generalisation: the remaining signature variables become the group's type parameters.
        var typeParams = new List<TypeParam>();
        // Variables inside struct and sum type definitions (a bare `Pid` field) belong to the
        // definition, not to this function: they stay shared, never generalised.
        var definitionVars = new HashSet<int>();
        foreach (var def in _typeDefs.Values)
        {
            foreach (var field in def.Fields.Concat(def.Variants.SelectMany(v => v.Fields)))
            {
                _types.FreeVariables(field.Type, definitionVars);
            }
        }
        foreach (var id in signatureVars.Order())
        {
            if (_types.Shallow(new TypeVar(id)) is TypeVar free && !definitionVars.Contains(free.Id))
            {
                var param = new TypeParam(typeParams.Count, ParamName(typeParams.Count));
                typeParams.Add(param);
                _types.Unify(free, param);
            }
        }
        var bounds = new List<TypeBound>();
        foreach (var obligation in obligations)
        {
            if (_unknownSelfCalls.Contains((obligation.Source, obligation.Span)))
            {
                continue;
            }
            switch (_types.Resolve(obligation.Type))
            {
                case TypeParam p:
                    if (!bounds.Contains(new TypeBound(p.Index, obligation.Trait)))
                    {
                        bounds.Add(new TypeBound(p.Index, obligation.Trait));
                    }
                    break;
                case TypeCon con when obligation.DecodesInto && _types.HasFreeVariables(con):
                    ReportUndecidedDecodeTarget(obligation, con);
                    break;
                case TypeCon con when !ImproveByOnlyImpl(obligation, con):
                    break;
                case TypeCon con:
                    RequireProjectionConstraints(obligation, con, keptProjections);
                    if (!Satisfies(obligation.Trait, con, bounds, obligation.TraitArgs))
                    {
                        ReportUnsatisfied(obligation, con);
                    }
                    break;
                case var other when other is not TypeVar:
                    ReportUnsatisfied(obligation, other);
                    break;
            }
        }
        var projections = SchemeProjections(keptProjections);
        foreach (var info in group)
        {
            info.Symbol.Scheme = new TypeScheme([.. typeParams], [.. bounds], _types.Resolve(info.MonoType!)) { Projections = projections };
            if (info.Symbol.MailboxType is { } mailbox)
            {
                info.Symbol.MailboxType = _types.Resolve(mailbox);
            }
            if (info.Symbol.Terminate is { } terminate)
            {
                terminate.Scheme = new TypeScheme([.. typeParams], [.. bounds],
                    new FunType([.. ((FunType)info.Symbol.Scheme.Body).Params], MeshType.Unit)) { Projections = projections };
                terminate.MailboxType = info.Symbol.MailboxType;
            }
            info.InProgress = false;
            info.Checked = true;
        }
        CheckServiceSignatures(group);
    }

    /// <summary>A <c>case</c> or <c>receive</c> whose arms are analysed once its group's types are known.</summary>
    private sealed record MatchCheck(SourceText Source, TextSpan Span, ImmutableArray<TArm> Arms, MeshType Subject, bool MustBeExhaustive);

    private readonly List<MatchCheck> _matchChecks = [];

    private static bool ContainsError(TPattern pattern) => pattern switch
    {
        TErrorPattern => true,
        TAsPattern a => ContainsError(a.Pattern),
        TOrPattern o => o.Alternatives.Any(ContainsError),
        TTuplePattern t => t.Elements.Any(ContainsError),
        TConstructorPattern c => c.Fields.Any(ContainsError),
        TStructPattern s => s.Fields.Any(ContainsError),
        TConsPattern c => ContainsError(c.Head) || ContainsError(c.Tail),
        TListPattern l => l.Elements.Any(ContainsError),
        _ => false,
    };

    private static bool MentionsErrorType(MeshType type) => type switch
    {
        TypeCon { Name: MeshType.ErrorName } => true,
        TypeCon c => c.Args.Any(MentionsErrorType),
        FunType f => f.Params.Any(MentionsErrorType) || MentionsErrorType(f.Return),
        _ => false,
    };

    private void CheckMatches()
    {
        var analysis = new Exhaustiveness(_types, DefinitionOf);
        foreach (var check in _matchChecks)
        {
            if (MentionsErrorType(_types.Resolve(check.Subject)))
            {
                continue; // what is matched comes from an error already reported: its arms cannot be judged
            }
            foreach (var index in analysis.RedundantArms(check.Arms, check.Subject))
            {
                var arm = check.Arms[index];
                Error(DiagnosticCode.RedundantArm, "this arm can never match: the arms before it already cover every value it matches", check.Source,
                    arm.Pattern.Span, "unreachable", "remove it, or move it before the arm that covers it");
            }
            // A pattern that already failed to check would only produce follow-on noise.
            if (check.MustBeExhaustive && !check.Arms.Any(a => ContainsError(a.Pattern)) && analysis.FindMissing(check.Arms, check.Subject) is { } missing)
            {
                var firstLine = check.Source.GetPosition(check.Span.Start).Line;
                var lineEnd = check.Source.GetLineStart(firstLine) + check.Source.GetLineText(firstLine).Length;
                var span = TextSpan.FromBounds(check.Span.Start, Math.Max(check.Span.Start + 1, Math.Min(lineEnd, check.Span.End)));
                Error(DiagnosticCode.NonExhaustiveMatch, $"this `case` does not cover every value: missing `{missing}`", check.Source, span,
                    $"`{missing}` not covered", $"add an arm for `{missing}`, or `_ ->` for every other value");
            }
        }
        _matchChecks.Clear();
    }

    /// <summary>
    /// <c>Stack { items: [] }.size()</c> with only <c>impl Container for Stack&lt;Int&gt;</c>: a part of the
    /// type nothing else fixed is taken from the one impl that can apply (as Rust does), since the
    /// call must run some impl. With several candidates that is E0046. False when reported.
    /// </summary>
    private bool ImproveByOnlyImpl(Obligation obligation, TypeCon type)
    {
        if (Trait.Builtins.Contains(obligation.Trait) || obligation.Trait.IsInternal || !_types.HasFreeVariables(type)
            || FindImpl(obligation.Trait, type, obligation.TraitArgs, lenient: false) is not null)
        {
            return true;
        }
        var resolved = (TypeCon)_types.Resolve(type);
        var candidates = _impls.Where(i => i.Trait == obligation.Trait && TraitImpl.Match(i.SelfType, resolved, new MeshType?[i.TypeParams.Length], lenient: true)).ToList();
        if (candidates.Count == 1)
        {
            var impl = candidates[0];
            var fresh = impl.TypeParams.Select(_ => (MeshType)_types.Fresh()).ToList();
            _types.Unify(resolved, Substitution.Instantiate(impl.SelfType, fresh));
            return true;
        }
        if (candidates.Count > 1)
        {
            Error(DiagnosticCode.TypeNotInferred,
                $"cannot tell which impl of `{obligation.Trait.Name}` {obligation.What} uses: `{TypeFormatter.Format(resolved)}` could be {string.Join(" or ", candidates.Select(c => $"`{TypeFormatter.Format(c.SelfType)}`"))}",
                obligation.Source, obligation.Span, "type not fully known", $"annotate the value so its type is known, e.g. `let value :: {TypeFormatter.Format(candidates[0].SelfType)} = ...`");
            return false;
        }
        return true;
    }

    /// <summary>
    /// <c>Page.from_json(text)</c> where nothing says what <c>Page</c>'s parameter is: decoding
    /// needs the whole type (left open, its items would be decoded as nothing).
    /// </summary>
    private void ReportUndecidedDecodeTarget(Obligation obligation, TypeCon type)
    {
        var open = TypeFormatter.Format(type);
        var method = obligation.Trait == Trait.Row ? "from_row" : "from_json";
        var example = TypeFormatter.Format(ExampleInstance(type));
        var name = open.Split('<')[0];
        Error(DiagnosticCode.TypeNotInferred, $"cannot tell which type `{name}.{method}` builds: `{open}` is not fully known", obligation.Source, obligation.Span,
            "type parameter never fixed", $"say which with an annotation, e.g. `let result :: Result<{example}, String> = {name}.{method}(...)`, or use the result where its type is known");
    }

    /// <summary>The type with each unknown part shown as Int, for a hint.</summary>
    private MeshType ExampleInstance(MeshType type) => _types.Resolve(type) switch
    {
        TypeVar => MeshType.Int,
        TypeCon c => c with { Args = [.. c.Args.Select(ExampleInstance)] },
        var other => other,
    };

    private void ReportUnsatisfied(Obligation obligation, MeshType type)
    {
        var typeName = TypeFormatter.Format(type);
        string? hint = null;
        if (Trait.IsArithmetic(obligation.Trait) && typeName == "String")
        {
            hint = "use `<>` to join strings";
        }
        else if (obligation.Trait == Trait.Display)
        {
            hint = "add `deriving(Display)` to the type's definition, or `impl Display for ...`, or interpolate one of its fields";
        }
        else if (!obligation.Trait.IsInternal && type is TypeCon)
        {
            var args = obligation.TraitArgs.IsDefaultOrEmpty ? "" : $"<{string.Join(", ", obligation.TraitArgs.Select(a => TypeFormatter.Format(_types.Resolve(a))))}>";
            hint = $"add `impl {obligation.Trait.Name}{args} for {typeName} do ... end`";
        }
        if (obligation.Trait == Trait.Sendable)
        {
            Error(DiagnosticCode.SendTypeMismatch, $"{obligation.What}: a value containing a function ({typeName}) cannot be sent to another process",
                obligation.Source, obligation.Span, "contains a function", "send data instead, and decide what to do on the receiving side");
            return;
        }
        if (obligation.Trait == Trait.Supervisor)
        {
            // The obligation is on the pid's message type: show the pid.
            var pid = TypeFormatter.Format(MeshType.Pid(type));
            if (type is TypeCon { Name: "()" })
            {
                // Nothing fixed the message type (it defaulted to `()`): typically a pid from
                // Process.whereis, which can name any process.
                Error(DiagnosticCode.TraitNotSatisfied, $"{obligation.What}, but nothing says which supervisor this pid belongs to",
                    obligation.Source, obligation.Span, "a pid of unknown type",
                    "write the supervisor's name in its type, e.g. `let sup :: Pid<Team> = Process.whereis(\"team\")` for `supervisor Team`");
                return;
            }
            Error(DiagnosticCode.TraitNotSatisfied, $"{obligation.What}, but this is a {pid}", obligation.Source, obligation.Span,
                $"a {pid}", "pass the pid `spawn(SupervisorName)` returned (a supervisor defined with `supervisor Name do ... end`)");
            return;
        }
        if (obligation.Trait == Trait.Json)
        {
            Error(DiagnosticCode.TraitNotSatisfied, $"{typeName} cannot be converted to JSON", obligation.Source, obligation.Span,
                $"needed by {obligation.What}", WhyNotJson(type) ?? "only Int, Float, Bool, String, Json, List, Option, Map and types deriving Json convert to JSON");
            return;
        }
        if (obligation.Trait == Trait.Row)
        {
            Error(DiagnosticCode.TraitNotSatisfied, $"{typeName} cannot be built from a database row", obligation.Source, obligation.Span,
                $"needed by {obligation.What}", $"add `deriving(Row)` to the definition of {typeName}");
            return;
        }
        if (obligation.Trait.Module.Length > 0 || obligation.Trait == Trait.From || obligation.Trait == Trait.Into || obligation.Trait == Trait.Default)
        {
            // Interfaces read better as "X does not implement Y", with what needed it as the label.
            var args = obligation.TraitArgs.IsDefaultOrEmpty ? "" : $"<{string.Join(", ", obligation.TraitArgs.Select(a => TypeFormatter.Format(_types.Resolve(a))))}>";
            Error(DiagnosticCode.TraitNotSatisfied, $"{typeName} does not implement `{obligation.Trait.Name}{args}`", obligation.Source, obligation.Span,
                $"needed by {obligation.What}", hint);
            return;
        }
        Error(DiagnosticCode.TraitNotSatisfied, $"{obligation.What} is not defined for {typeName}", obligation.Source, obligation.Span,
            $"this is {Article(typeName)}", hint);
    }

    private static string ParamName(int index) => index < 26 ? ((char)('a' + index)).ToString() : $"t{index}";

    private int _nextLocalId;

    private int NextLocalId() => _nextLocalId++;

    private static IReadOnlyList<Param> GetParams(Item item) => item switch
    {
        FnDef fn => fn.Params,
        ActorDef actor => actor.Params,
        _ => [],
    };

    internal static string Article(string typeName)
        => typeName.Length > 0 && "AEIOU".Contains(typeName[0]) ? $"an {typeName}" : $"a {typeName}";

}
