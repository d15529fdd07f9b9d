using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Struct and sum type definitions, type annotations, constructors and trait satisfaction.
public sealed partial class TypeChecker
{
    private readonly Dictionary<(string Module, string Name), TypeDefinition> _typeDefs = [];
    private readonly Dictionary<(string Module, string Name), (Item Syntax, CheckedModule Module)> _typeSyntax = [];
    private readonly Dictionary<(string Module, string Name), TypeAliasDef> _aliases = [];

    private static readonly string[] DerivableTraits = ["Eq", "Ord", "Display", "Debug", "Hash", "Json", "Row", "Schema"];

    private void DeclareType(CheckedModule module, Item item)
    {
        if (item.Name is not { } name)
        {
            return;
        }
        var span = item.NameToken?.Span ?? item.Span;
        if (_typeDefs.ContainsKey((module.Name, name)) || _aliases.ContainsKey((module.Name, name)) || BuiltinTypes.All.Any(b => b.Name == name))
        {
            Error(DiagnosticCode.DuplicateDefinition, $"type `{name}` is defined more than once", module.Source, span, "defined again here");
            return;
        }
        switch (item)
        {
            case TypeAliasDef alias:
                _aliases[(module.Name, name)] = alias;
                return;
            case StructDef s:
                _typeDefs[(module.Name, name)] = new TypeDefinition(module.Name, name, TypeDefinitionKind.Struct,
                    [.. s.GenericParams.Select(g => g.Name ?? "_")], module.Source, span) { IsPublic = item.IsPub };
                break;
            case SumTypeDef:
                _typeDefs[(module.Name, name)] = new TypeDefinition(module.Name, name, TypeDefinitionKind.Sum,
                    [.. ((SumTypeDef)item).GenericParams.Select(g => g.Name ?? "_")], module.Source, span) { IsPublic = item.IsPub };
                break;
            default:
                return;
        }
        _typeSyntax[(module.Name, name)] = (item, module);
    }

    /// <summary>Resolves field types once every module's type names are known.</summary>
    private void DefineTypes(CheckedModule module)
    {
        foreach (var ((moduleName, _), (syntax, _)) in _typeSyntax.Where(t => t.Key.Module == module.Name).ToList())
        {
            var def = _typeDefs[(moduleName, syntax.Name!)];
            var generics = new Dictionary<string, MeshType>();
            for (var i = 0; i < def.TypeParams.Length; i++)
            {
                if (!generics.TryAdd(def.TypeParams[i], new TypeParam(i, def.TypeParams[i])))
                {
                    Error(DiagnosticCode.DuplicateDefinition, $"type parameter `{def.TypeParams[i]}` is declared twice in `{def.Name}`", module.Source, def.Span,
                        hint: "give each type parameter its own name");
                }
            }
            DerivingClause? deriving = null;
            switch (syntax)
            {
                case StructDef s:
                    {
                        var fields = ImmutableArray.CreateBuilder<FieldDefinition>();
                        var seen = new HashSet<string>();
                        foreach (var field in s.Fields)
                        {
                            if (field.Name is not { } fieldName)
                            {
                                continue;
                            }
                            if (!seen.Add(fieldName))
                            {
                                Error(DiagnosticCode.DuplicateDefinition, $"field `{fieldName}` is declared twice in `{def.Name}`", module.Source, field.Span);
                                continue;
                            }
                            var type = field.Type is { } t ? ResolveTypeRef(t, module, generics) : _types.Fresh();
                            fields.Add(new FieldDefinition(fieldName, type));
                        }
                        def.Fields = fields.ToImmutable();
                        deriving = s.Deriving;
                        break;
                    }
                case SumTypeDef sum:
                    {
                        var variants = ImmutableArray.CreateBuilder<VariantDefinition>();
                        foreach (var variant in sum.Variants)
                        {
                            if (variant.Name is not { } variantName)
                            {
                                continue;
                            }
                            if (variants.Any(v => v.Name == variantName))
                            {
                                Error(DiagnosticCode.DuplicateDefinition, $"variant `{variantName}` is declared twice in `{def.Name}`", module.Source, variant.Span);
                                continue;
                            }
                            var fields = variant.Fields
                                .Select((f, i) => new FieldDefinition(f.Name ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                                    f.Type is { } t ? ResolveTypeRef(t, module, generics) : _types.Fresh()))
                                .ToImmutableArray();
                            variants.Add(new VariantDefinition(variantName, variants.Count, fields, variant.Fields.Any(f => f.Name is not null)));
                        }
                        def.Variants = variants.ToImmutable();
                        deriving = sum.Deriving;
                        break;
                    }
            }
            def.Derives = Derives(def, deriving, module);
            if (syntax is StructDef structDef)
            {
                DefineSchema(def, structDef, module);
            }
        }
    }

    /// <summary>No clause derives Eq, Ord, Debug and Hash; a clause derives exactly what it names.</summary>
    private ImmutableHashSet<string> Derives(TypeDefinition def, DerivingClause? clause, CheckedModule module)
    {
        if (clause is null)
        {
            return ["Eq", "Ord", "Debug", "Hash"];
        }
        var result = ImmutableHashSet.CreateBuilder<string>();
        foreach (var token in clause.TraitTokens)
        {
            if (!DerivableTraits.Contains(token.Text))
            {
                var suggestion = NameSuggestions.Closest(token.Text, DerivableTraits);
                Error(DiagnosticCode.UnsupportedDerive, $"cannot derive `{token.Text}`", module.Source, token.Span, "not derivable",
                    suggestion is null ? $"derivable traits are {string.Join(", ", DerivableTraits)}" : $"did you mean `{suggestion}`?");
                continue;
            }
            if (token.Text is "Schema" or "Row" && def.Kind == TypeDefinitionKind.Sum)
            {
                Error(DiagnosticCode.UnsupportedDerive, $"cannot derive `{token.Text}` for the sum type `{def.Name}`", module.Source, token.Span, "structs only",
                    token.Text == "Schema" ? "Schema describes a database table, so only structs derive it" : "a database row becomes a struct, so only structs derive Row");
                continue;
            }
            result.Add(token.Text);
        }
        if (result.Contains("Ord") && !result.Contains("Eq"))
        {
            Error(DiagnosticCode.MissingDerivePrerequisite, $"deriving Ord for `{def.Name}` requires Eq", module.Source, clause.Span, "add Eq",
                "write `deriving(Eq, Ord)`");
        }
        return result.ToImmutable();
    }

    // ---- lookups as seen from a module ----

    private TypeDefinition? LookupType(string module, string name)
    {
        if (name.Contains('.'))
        {
            var dot = name.LastIndexOf('.');
            return ResolveQualifier(module, name[..dot]) is { } target && _typeDefs.TryGetValue((target, name[(dot + 1)..]), out var qualified) && qualified.IsPublic
                ? qualified
                : null;
        }
        foreach (var scopeName in LexicalScopes(module))
        {
            if (_typeDefs.TryGetValue((scopeName, name), out var own))
            {
                return own;
            }
            if (_scopes.TryGetValue(scopeName, out var scope) && scope.ImportedTypes.TryGetValue(name, out var imported))
            {
                return imported;
            }
        }
        return BuiltinTypes.All.FirstOrDefault(b => b.Name == name);
    }

    /// <summary>
    /// <c>Shapes.Circle</c>: the pub sum type of the module a qualifier names (as seen from <paramref name="module"/>)
    /// that has a variant <paramref name="name"/>, as Gleam qualifies constructors by module; null when none or several do.
    /// </summary>
    private TypeDefinition? ModuleQualifiedVariant(string module, string qualifier, string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || ResolveQualifier(module, qualifier) is not { } target)
        {
            return null;
        }
        var owners = _typeDefs.Values.Where(d => d.Module == target && d.IsPublic && d.Kind == TypeDefinitionKind.Sum && d.Variants.Any(v => v.Name == name)).ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>All constructors named <paramref name="name"/> visible in a module (more than one is ambiguous).</summary>
    private List<(TypeDefinition Def, VariantDefinition Variant)> LookupConstructors(string module, string name)
    {
        var found = new List<(TypeDefinition, VariantDefinition)>();
        var scopes = LexicalScopes(module).ToList();
        IEnumerable<TypeDefinition> visible = _typeDefs.Values.Where(d => scopes.Contains(d.Module));
        foreach (var scopeName in scopes)
        {
            if (_scopes.TryGetValue(scopeName, out var scope))
            {
                visible = visible.Concat(scope.ImportedTypes.Values);
            }
        }
        foreach (var def in visible.Where(d => d.Kind == TypeDefinitionKind.Sum).Distinct())
        {
            foreach (var variant in def.Variants.Where(v => v.Name == name))
            {
                found.Add((def, variant));
            }
        }
        // The program's own variants shadow the built-in ones (Some, Ok, Exit, Normal, ...).
        if (found.Count == 0)
        {
            foreach (var def in BuiltinTypes.All)
            {
                found.AddRange(def.Variants.Where(v => v.Name == name).Select(v => (def, v)));
            }
        }
        return found;
    }

    private IEnumerable<string> VisibleTypeNames(string module)
        => _typeDefs.Keys.Where(k => k.Module == module).Select(k => k.Name)
            .Concat(_aliases.Keys.Where(k => k.Module == module).Select(k => k.Name))
            .Concat(_scopes.TryGetValue(module, out var scope) ? scope.ImportedTypes.Keys : [])
            .Concat(["Int", "Float", "Bool", "String", "Atom", "Pid", "List", "Map", "Set", "Range", "Queue", "Json"]).Concat(BuiltinTypes.All.Select(b => b.Name));

    private readonly HashSet<(string, string)> _resolvingAliases = [];

    /// <summary>Type annotations → types. Unknown names are errors with a suggestion.</summary>
    private MeshType ResolveTypeRef(TypeRef typeRef, CheckedModule module, IReadOnlyDictionary<string, MeshType> generics)
    {
        var source = module.Source;
        switch (typeRef)
        {
            case NamedTypeRef named:
                {
                    var name = named.Name ?? "";
                    var args = named.Args.Select(a => ResolveTypeRef(a, module, generics)).ToImmutableArray();
                    if (generics.TryGetValue(name, out var generic) && args.Length == 0)
                    {
                        return generic;
                    }
                    switch (name)
                    {
                        case "Int" or "Float" or "Bool" or "String" or "Atom" when args.Length == 0:
                            return new TypeCon(name, []);
                        case "Pid" when args.Length <= 1:
                            return MeshType.Pid(args.Length == 1 ? args[0] : _types.Fresh());
                        case "List" when args.Length == 1:
                            return MeshType.List(args[0]);
                        case "Map" when args.Length == 2:
                        case "Set" or "Queue" when args.Length == 1:
                        case "Range" when args.Length == 0:
                            return new TypeCon(name, args);
                        case "Map" or "Set" or "Queue" or "Range":
                            {
                                var wanted = name switch { "Map" => 2, "Range" => 0, _ => 1 };
                                Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{name}`", wanted, "type argument", args.Length), source, typeRef.Span,
                                    hint: name switch { "Map" => "write `Map<K, V>`", "Range" => "write `Range`", _ => $"write `{name}<T>`" });
                                return MeshType.Error;
                            }
                        // `ListIterator` (what `Iter.from` returns, in upstream's words) is `Iter<T>`; written
                        // bare, as in `type Iter = ListIterator`, the item type is inferred.
                        case "ListIterator" when args.Length <= 1 && _typeDefs.TryGetValue(("Iter", "Iter"), out var iter):
                            return iter.Apply([args.Length == 1 ? args[0] : _types.Fresh()]);
                        case MeshType.ChildSpecName when args.Length == 1:
                            return new TypeCon(MeshType.ChildSpecName, args);
                        case "Json" when args.Length == 0:
                            return MeshType.Json;
                        case "Json":
                            Error(DiagnosticCode.ArityMismatch, ArityMessage("`Json`", 0, "type argument", args.Length), source, typeRef.Span, hint: "write `Json`");
                            return MeshType.Error;
                    }
                    if (_aliases.TryGetValue((module.Name, name), out var alias) && alias.Type is { } aliased)
                    {
                        if (!_resolvingAliases.Add((module.Name, name)))
                        {
                            Error(DiagnosticCode.InfiniteType, $"type alias `{name}` refers to itself", source, typeRef.Span);
                            return MeshType.Error;
                        }
                        // `type Pair<T> = (T, T)`: the alias's parameters stand for the arguments given.
                        var parameters = alias.GenericParams.Select(g => g.Name ?? "_").ToList();
                        if (args.Length != parameters.Count)
                        {
                            Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{name}`", parameters.Count, "type argument", args.Length), source, typeRef.Span);
                            _resolvingAliases.Remove((module.Name, name));
                            return MeshType.Error;
                        }
                        var aliasGenerics = new Dictionary<string, MeshType>(generics);
                        for (var i = 0; i < parameters.Count; i++)
                        {
                            aliasGenerics[parameters[i]] = args[i];
                        }
                        var resolved = ResolveTypeRef(aliased, module, aliasGenerics);
                        _resolvingAliases.Remove((module.Name, name));
                        return resolved;
                    }
                    if (LookupType(module.Name, name) is { } def)
                    {
                        if (args.Length != def.TypeParams.Length)
                        {
                            Error(DiagnosticCode.ArityMismatch,
                                ArityMessage($"`{def.Name}`", def.TypeParams.Length, "type argument", args.Length),
                                source, typeRef.Span);
                            return def.Apply([.. def.TypeParams.Select(_ => (MeshType)_types.Fresh())]);
                        }
                        return def.Apply(args);
                    }
                    if (args.Length == 0 && ResolveService(module.Name, name) is { } service)
                    {
                        return service.Symbol.Type; // Pid<Counter>
                    }
                    if (args.Length == 0 && ResolveFunction(module.Name, name) is { Symbol.Kind: FunctionKind.Supervisor } supervisor)
                    {
                        // `Pid<Team>`: a supervisor's name is the message type of its pids (one no value has)
                        return SupervisorMailbox(supervisor.Symbol);
                    }
                    if (args.Length == 0 && ReportUnknownAssociatedType(name, generics, source, typeRef.Span))
                    {
                        return MeshType.Error;
                    }
                    var suggestion = NameSuggestions.Closest(name, VisibleTypeNames(module.Name).Concat(generics.Keys));
                    // A short capitalised name is almost always a type parameter nobody declared (`fn push(s :: Stack<T>)`).
                    // So is a lower-case one: Gleam (and Mesh's own library signatures) write type variables `t`, `a`.
                    var looksLikeParameter = args.Length == 0 && (name.Length <= 2 && char.IsUpper(name[0]) || char.IsLower(name[0]));
                    Error(DiagnosticCode.UnboundName, $"unknown type `{name}`", source, typeRef.Span, "not a type in scope",
                        suggestion is not null ? $"did you mean `{suggestion}`?"
                        : looksLikeParameter ? $"type parameters are declared after the name: `fn f<{name}>(x :: {name})`, `struct S<{name}> do`"
                        : null);
                    return MeshType.Error;
                }
            case TupleTypeRef tuple when tuple.Elements.Count == 0:
                return MeshType.Unit;
            case TupleTypeRef tuple when tuple.Elements.Count == 1:
                return ResolveTypeRef(tuple.Elements[0], module, generics);
            case TupleTypeRef tuple:
                return MeshType.Tuple([.. tuple.Elements.Select(e => ResolveTypeRef(e, module, generics))]);
            case FunTypeRef fun:
                return new FunType([.. fun.Params.Select(p => ResolveTypeRef(p, module, generics))],
                    fun.Return is { } r ? ResolveTypeRef(r, module, generics) : MeshType.Unit);
            case OptionTypeRef option:
                return BuiltinTypes.Option.Apply([option.Inner is { } inner ? ResolveTypeRef(inner, module, generics) : _types.Fresh()]);
            case ResultTypeRef result:
                return BuiltinTypes.Result.Apply([
                    result.Ok is { } ok ? ResolveTypeRef(ok, module, generics) : _types.Fresh(),
                    result.Err is { } err ? ResolveTypeRef(err, module, generics) : _types.Fresh(),
                ]);
            default:
                return MeshType.Error;
        }
    }

    /// <summary>The definition behind a (resolved) type constructor, if it is a struct or sum type.</summary>
    internal TypeDefinition? DefinitionOf(TypeCon type)
    {
        if (!type.Name.Contains('.'))
        {
            return BuiltinTypes.All.FirstOrDefault(b => b.TypeName == type.Name);
        }
        var dot = type.Name.LastIndexOf('.');
        return dot > 0 && _typeDefs.TryGetValue((type.Name[..dot], type.Name[(dot + 1)..]), out var def) ? def : null;
    }
}
