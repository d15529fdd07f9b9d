using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Interfaces and impls: declaring them, resolving their signatures, turning impl methods into
// functions checked like any other, and deciding whether a type has a trait.
public sealed partial class TypeChecker
{
    private readonly Dictionary<(string Module, string Name), (Trait Trait, InterfaceDef Syntax, CheckedModule Module)> _traits = [];
    private readonly List<(ImplDef Syntax, CheckedModule Module)> _implSyntax = [];
    private readonly List<TraitImpl> _impls = [];

    /// <summary>Traits whose method is named <paramref name="method"/>: the program's, then the built-in ones.</summary>
    private List<Trait> TraitsWithMethod(string method)
        => [.. _traits.Values.Select(t => t.Trait).Concat(Trait.Builtins).Where(t => t.Methods.ContainsKey(method))];

    private void DeclareTrait(CheckedModule module, InterfaceDef syntax)
    {
        if (syntax.Name is not { } name)
        {
            return;
        }
        var span = syntax.NameToken?.Span ?? syntax.Span;
        if (_traits.ContainsKey((module.Name, name)) || Trait.Builtins.Any(b => b.Name == name))
        {
            Error(DiagnosticCode.DuplicateDefinition, $"interface `{name}` is defined more than once", module.Source, span, "defined again here",
                Trait.Builtins.FirstOrDefault(b => b.Name == name) is { } builtin
                    ? builtin.IsInternal ? $"`{name}` is one of the language's own interfaces; derive it with `deriving({name})`"
                        : $"`{name}` is one of the language's own interfaces; implement it with `impl {name} for ...`"
                    : null);
            return;
        }
        var trait = new Trait(module.Name, name, [.. syntax.GenericParams.Select(g => g.Name ?? "_")], $"interface `{name}`")
        {
            Source = module.Source,
            Span = span,
            IsPublic = syntax.IsPub,
        };
        _traits[(module.Name, name)] = (trait, syntax, module);
    }

    /// <summary>An interface name as seen from a module: its own, imported, any public one of that name, or a built-in.</summary>
    private Trait? LookupTrait(string module, string name)
    {
        if (name.Contains('.'))
        {
            var dot = name.LastIndexOf('.');
            return ResolveQualifier(module, name[..dot]) is { } target && _traits.TryGetValue((target, name[(dot + 1)..]), out var qualified)
                ? qualified.Trait
                : null;
        }
        if (_traits.TryGetValue((module, name), out var own))
        {
            return own.Trait;
        }
        var elsewhere = _traits.Values.Where(t => t.Trait.Name == name && t.Trait.IsPublic).ToList();
        if (elsewhere.Count == 1)
        {
            return elsewhere[0].Trait;
        }
        return Trait.Builtins.FirstOrDefault(b => b.Name == name);
    }

    private IEnumerable<string> VisibleTraitNames(string module)
        => _traits.Keys.Where(k => k.Module == module || _traits[k].Trait.IsPublic).Select(k => k.Name).Concat(Trait.Builtins.Select(b => b.Name));

    /// <summary>Method signatures of the module's interfaces, in terms of Self and the interface's parameters.</summary>
    private void DefineTraits(CheckedModule module)
    {
        foreach (var (trait, syntax, _) in _traits.Values.Where(t => t.Module == module).ToList())
        {
            var generics = new Dictionary<string, MeshType> { ["Self"] = Trait.Self };
            for (var i = 0; i < trait.TypeParams.Length; i++)
            {
                generics[trait.TypeParams[i]] = new TypeParam(i + 1, trait.TypeParams[i]);
            }
            foreach (var assoc in syntax.AssocTypes)
            {
                if (assoc.Name is not { } assocName)
                {
                    continue;
                }
                if (trait.AssociatedTypes.Contains(assocName))
                {
                    Error(DiagnosticCode.DuplicateDefinition, $"associated type `{assocName}` is declared twice in `{trait.Name}`", module.Source, assoc.Span);
                    continue;
                }
                trait.AssociatedTypes.Add(assocName);
                generics[$"Self.{assocName}"] = Trait.AssociatedType(assocName);
            }
            foreach (var method in syntax.Methods)
            {
                if (method.Name is not { } methodName)
                {
                    continue;
                }
                if (trait.Methods.ContainsKey(methodName))
                {
                    Error(DiagnosticCode.DuplicateDefinition, $"method `{methodName}` is declared twice in `{trait.Name}`", module.Source,
                        method.NameToken?.Span ?? method.Span);
                    continue;
                }
                var parameters = method.Params.Select(p => p.IsSelf && p.Type is null ? Trait.Self
                    : p.Type is { } t ? ResolveTypeRef(t, module, generics) : MeshType.Error).ToImmutableArray();
                var returns = method.ReturnType is { } r ? ResolveTypeRef(r, module, generics) : MeshType.Unit;
                var hasSelf = method.Params.Count > 0 && method.Params[0].IsSelf;
                trait.Methods[methodName] = new TraitMethod(methodName, new FunType(parameters, returns), hasSelf, method.HasBody ? method : null);
            }
        }
    }

    /// <summary>Resolves every impl and turns its methods (and inherited defaults) into functions.</summary>
    private void DefineImpls()
    {
        foreach (var (syntax, module) in _implSyntax)
        {
            DefineImpl(syntax, module);
        }
    }

    private void DefineImpl(ImplDef syntax, CheckedModule module)
    {
        var source = module.Source;
        if (syntax.TraitName is not { } traitName || syntax.ForType is not { } forType)
        {
            return;
        }
        var nameSpan = syntax.TraitPath?.Span ?? syntax.Span;
        if (LookupTrait(module.Name, traitName) is not { } trait)
        {
            var suggestion = NameSuggestions.Closest(traitName, VisibleTraitNames(module.Name));
            Error(DiagnosticCode.UnboundName, $"unknown interface `{traitName}`", source, nameSpan, "not an interface in scope",
                suggestion is null ? "define it with `interface Name do ... end`" : $"did you mean `{suggestion}`?");
            return;
        }

        // Names in the type's arguments that are not types are the impl's own parameters:
        // `impl Display for Box<T>` is an impl for every Box.
        var typeParams = new List<string>();
        CollectImplParams(forType, module, typeParams, head: true);
        var generics = new Dictionary<string, MeshType>();
        for (var i = 0; i < typeParams.Count; i++)
        {
            generics[typeParams[i]] = new TypeParam(i, typeParams[i]);
        }
        var selfType = ResolveTypeRef(forType, module, generics);
        if (selfType is TypeCon { Name: MeshType.ErrorName })
        {
            return;
        }
        var impl = new TraitImpl(trait, module.Name, source, syntax.ForType?.Span ?? syntax.Span)
        {
            TypeParams = [.. typeParams],
            SelfType = selfType,
            TraitArgs = [.. syntax.TraitArgs.Select(a => ResolveTypeRef(a, module, generics))],
        };
        if (impl.TraitArgs.Length != trait.TypeParams.Length)
        {
            Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{trait.Name}`", trait.TypeParams.Length, "type argument", impl.TraitArgs.Length),
                source, nameSpan, hint: trait.TypeParams.Length > 0 ? $"write `impl {trait.Name}<{string.Join(", ", trait.TypeParams)}> for ...`" : null);
            return;
        }
        if (trait.IsInternal || trait == Trait.Into)
        {
            Error(DiagnosticCode.UnboundName, $"`{trait.Name}` cannot be implemented directly", source, nameSpan, "not implementable",
                trait == Trait.Into ? "implement `From` on the target type instead; `into` follows from it"
                    : trait == Trait.Json || trait == Trait.Row ? $"derive it instead: `end deriving({trait.Name})` after the type's definition" : null);
            return;
        }
        if (_impls.FirstOrDefault(other => other.Trait == trait && Overlaps(other, impl)) is { } existing)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCode.DuplicateImpl,
                $"`{trait.Name}` is implemented twice for {TypeFormatter.Format(selfType)}", source, impl.Span, "second impl here",
                "keep one impl; a type implements an interface once")
            {
                SecondaryLabels = [new DiagnosticLabel(existing.Source, existing.Span, "first impl here")],
            });
            return;
        }

        foreach (var bound in syntax.WhereClause?.Bounds ?? [])
        {
            var index = bound.TypeParam is { } p ? typeParams.IndexOf(p) : -1;
            if (index < 0)
            {
                Error(DiagnosticCode.UnboundName, $"`{bound.TypeParam}` is not a type parameter of this impl", source, bound.Span, "unknown",
                    "bounds name the impl's type parameters, e.g. `impl Display for Box<T> where T: Display`");
                continue;
            }
            foreach (var boundTrait in ResolveBoundTraits(bound, module))
            {
                impl.Bounds.Add((index, boundTrait));
            }
        }

        AddImplProjections(impl, generics);

        // Associated types: exactly the interface's.
        var assocGenerics = new Dictionary<string, MeshType>(generics) { ["Self"] = selfType };
        foreach (var assoc in syntax.AssocTypes)
        {
            if (assoc.Name is not { } assocName)
            {
                continue;
            }
            if (!trait.AssociatedTypes.Contains(assocName))
            {
                Error(DiagnosticCode.ExtraAssociatedType, $"`{trait.Name}` has no associated type `{assocName}`", source, assoc.Span, "not in the interface",
                    trait.AssociatedTypes.Count == 0 ? $"remove it: `{trait.Name}` declares no associated types"
                        : $"`{trait.Name}` declares {string.Join(", ", trait.AssociatedTypes.Select(a => $"`{a}`"))}");
                continue;
            }
            impl.AssociatedTypes[assocName] = assoc.Type is { } t ? ResolveTypeRef(t, module, assocGenerics) : MeshType.Error;
        }
        foreach (var missing in trait.AssociatedTypes.Where(a => !impl.AssociatedTypes.ContainsKey(a)))
        {
            if (Trait.IsArithmetic(trait) || trait == Trait.Not)
            {
                // The operator traits' Output defaults to the type itself.
                impl.AssociatedTypes[missing] = selfType;
                continue;
            }
            Error(DiagnosticCode.MissingAssociatedType, $"this impl of `{trait.Name}` does not say what `{missing}` is", source, nameSpan,
                $"`type {missing}` missing", $"add `type {missing} = SomeType` inside the impl");
        }

        var selfName = TypeFormatter.Format(selfType);
        var argsText = impl.TraitArgs.Length == 0 ? "" : $"<{string.Join(",", impl.TraitArgs.Select(TypeFormatter.Format))}>";
        foreach (var method in syntax.Methods)
        {
            if (method.Name is not { } methodName)
            {
                continue;
            }
            var methodSpan = method.NameToken?.Span ?? method.Span;
            if (!trait.Methods.TryGetValue(methodName, out var traitMethod))
            {
                var suggestion = NameSuggestions.Closest(methodName, trait.Methods.Keys);
                Error(DiagnosticCode.NoSuchMethod, $"`{methodName}` is not a method of `{trait.Name}`", source, methodSpan, "not in the interface",
                    suggestion is null ? $"`{trait.Name}` has {string.Join(", ", trait.Methods.Keys.Select(m => $"`{m}`"))}" : $"did you mean `{suggestion}`?");
                continue;
            }
            if (impl.Methods.ContainsKey(methodName))
            {
                Error(DiagnosticCode.DuplicateDefinition, $"`{methodName}` is defined twice in this impl", source, methodSpan, "defined again here");
                continue;
            }
            AddImplMethod(impl, traitMethod, method, module, $"{selfName}.{trait.Name}{argsText}.{methodName}", methodSpan);
        }
        foreach (var (methodName, traitMethod) in trait.Methods.Where(m => !impl.Methods.ContainsKey(m.Key)))
        {
            if (traitMethod.Default is { } fallback && _traits.TryGetValue((trait.Module, trait.Name), out var owner))
            {
                // The interface's default body, checked with Self = this impl's type.
                AddImplMethod(impl, traitMethod, fallback, owner.Module, $"{selfName}.{trait.Name}{argsText}.{methodName}", impl.Span);
                continue;
            }
            var shape = string.Join(", ", traitMethod.Signature.Params.Select((p, i) => i == 0 && traitMethod.HasSelf ? "self" : TypeFormatter.Format(p)));
            Error(DiagnosticCode.MissingTraitMethod, $"this impl of `{trait.Name}` for {selfName} is missing `{methodName}`", source, nameSpan,
                $"`{methodName}` not implemented", $"add `fn {methodName}({shape}) -> {TypeFormatter.Format(traitMethod.Signature.Return)} do ... end`");
        }
        _impls.Add(impl);
    }

    /// <summary>
    /// <c>I.Item</c> inside an impl whose <c>where</c> clause bounds I by an interface declaring
    /// <c>Item</c>: a further impl parameter, set from I's argument wherever the impl is used
    /// (<see cref="TraitImpl.Projections"/>). A name two bounds of I declare stays out (E0042 where used).
    /// </summary>
    private void AddImplProjections(TraitImpl impl, Dictionary<string, MeshType> generics)
    {
        var names = impl.TypeParams.ToList();
        var found = new Dictionary<string, (int Param, Trait Trait)>();
        var ambiguous = new HashSet<string>();
        foreach (var (param, trait) in impl.Bounds)
        {
            foreach (var assoc in trait.AssociatedTypes)
            {
                var key = $"{impl.TypeParams[param]}.{assoc}";
                if (!found.TryAdd(key, (param, trait)) && found[key].Trait != trait)
                {
                    ambiguous.Add(key);
                }
            }
        }
        foreach (var (key, (param, trait)) in found.Where(f => !ambiguous.Contains(f.Key)))
        {
            var index = names.Count;
            names.Add(key);
            generics[key] = new TypeParam(index, key);
            impl.Projections.Add((index, param, trait, key[(key.IndexOf('.') + 1)..]));
        }
        impl.TypeParams = [.. names];
        _ambiguousAssociatedTypes.UnionWith(ambiguous);
    }

    private void AddImplMethod(TraitImpl impl, TraitMethod traitMethod, FnDef syntax, CheckedModule module, string name, TextSpan span)
    {
        var symbol = new FunctionSymbol(module.Name, name, FunctionKind.Function, module.Source, span) { IsPublic = true };
        var info = new FunctionInfo(symbol, module, syntax) { Impl = impl, TraitMethod = traitMethod };
        _functions.Add(info);
        impl.Methods[traitMethod.Name] = symbol;
    }

    /// <summary>Two impls of one trait overlap when some type matches both (with the same trait arguments).</summary>
    private static bool Overlaps(TraitImpl a, TraitImpl b)
    {
        var bindings = new MeshType?[a.TypeParams.Length];
        if (!TraitImpl.Match(a.SelfType, b.SelfType, bindings) && !TraitImpl.Match(b.SelfType, a.SelfType, new MeshType?[b.TypeParams.Length]))
        {
            return false;
        }
        return a.TraitArgs.SequenceEqual(b.TraitArgs);
    }

    private void CollectImplParams(TypeRef typeRef, CheckedModule module, List<string> into, bool head)
    {
        switch (typeRef)
        {
            case NamedTypeRef named:
                if (!head && named.Args.Count == 0 && named.Name is { } name && !name.Contains('.') && !IsTypeName(module, name) && !into.Contains(name))
                {
                    into.Add(name);
                }
                foreach (var arg in named.Args)
                {
                    CollectImplParams(arg, module, into, head: false);
                }
                break;
            case TupleTypeRef tuple:
                foreach (var element in tuple.Elements)
                {
                    CollectImplParams(element, module, into, head: false);
                }
                break;
        }
    }

    private bool IsTypeName(CheckedModule module, string name)
        => name is "Int" or "Float" or "Bool" or "String" or "Pid" or "List" or "Map" or "Set" or "Range" or "Queue" or "Atom" or "Json"
            || _aliases.ContainsKey((module.Name, name)) || LookupType(module.Name, name) is not null;

    private IEnumerable<Trait> ResolveBoundTraits(TraitBound bound, CheckedModule module)
    {
        foreach (var traitRef in bound.Traits)
        {
            if (traitRef is NamedTypeRef { Name: { } name } && LookupTrait(module.Name, name) is { } trait)
            {
                yield return trait;
                continue;
            }
            var suggestion = NameSuggestions.Closest((traitRef as NamedTypeRef)?.Name ?? "", VisibleTraitNames(module.Name));
            Error(DiagnosticCode.UnboundName, $"unknown interface `{(traitRef as NamedTypeRef)?.Name ?? traitRef.Syntax.ToString().Trim()}`", module.Source, traitRef.Span,
                "not an interface in scope", suggestion is null ? null : $"did you mean `{suggestion}`?");
        }
    }

    /// <summary>
    /// Prepares an impl method's signature for its group: <c>Self</c>, the impl's parameters and
    /// associated types become names the method's annotations can use.
    /// </summary>
    private static void AddImplGenerics(TraitImpl impl, Dictionary<string, MeshType> generics, ImmutableArray<MeshType> implArgs)
    {
        for (var i = 0; i < impl.TypeParams.Length; i++)
        {
            generics.TryAdd(impl.TypeParams[i], implArgs[i]);
        }
        generics["Self"] = Substitution.Instantiate(impl.SelfType, implArgs);
        foreach (var (name, type) in impl.AssociatedTypes)
        {
            generics[$"Self.{name}"] = Substitution.Instantiate(type, implArgs);
        }
    }

    /// <summary>The interface's signature for an impl method, compared with the method as written (E0008).</summary>
    private void CheckImplSignature(FunctionInfo info, IReadOnlyDictionary<string, MeshType> generics, ImmutableArray<MeshType> implArgs)
    {
        var impl = info.Impl!;
        var method = info.TraitMethod!;
        var self = generics["Self"];
        var expected = (FunType)SubstituteAssociated(
            Substitution.Instantiate(method.Signature, [self, .. impl.TraitArgs.Select(a => Substitution.Instantiate(a, implArgs))]),
            name => generics.TryGetValue($"Self.{name}", out var bound) ? bound : MeshType.Error);
        var actual = info.MonoType!;
        var source = info.Module.Source;
        var span = info.Symbol.Span;
        if (expected.Params.Length != actual.Params.Length)
        {
            Error(DiagnosticCode.TraitMethodSignatureMismatch,
                $"`{method.Name}` takes {expected.Params.Length} parameter{(expected.Params.Length == 1 ? "" : "s")} in `{impl.Trait.Name}`, but {actual.Params.Length} here",
                source, span, "different parameters", $"the interface declares `{method.Name}` as {TypeFormatter.Format(Resolve(expected))}");
            return;
        }
        for (var i = 0; i < expected.Params.Length; i++)
        {
            if (_types.Unify(expected.Params[i], actual.Params[i]) != Substitution.UnifyResult.Ok)
            {
                Error(DiagnosticCode.TraitMethodSignatureMismatch,
                    $"parameter {i + 1} of `{method.Name}` must be {TypeFormatter.Format(Resolve(expected.Params[i]))} to match `{impl.Trait.Name}`, not {TypeFormatter.Format(Resolve(actual.Params[i]))}",
                    source, info.Symbol.Params[i].Span, "wrong type", $"the interface declares `{method.Name}` as {TypeFormatter.Format(Resolve(expected))}");
                return;
            }
        }
        if (_types.Unify(expected.Return, actual.Return) != Substitution.UnifyResult.Ok)
        {
            Error(DiagnosticCode.TraitMethodSignatureMismatch,
                $"`{method.Name}` must return {TypeFormatter.Format(Resolve(expected.Return))} to match `{impl.Trait.Name}`, not {TypeFormatter.Format(Resolve(actual.Return))}",
                source, span, "wrong result type", $"the interface declares `{method.Name}` as {TypeFormatter.Format(Resolve(expected))}");
        }
    }

    private MeshType Resolve(MeshType type) => _types.Resolve(type);

    /// <summary><c>where T: Display</c> on a function: obligations on T that generalisation turns into bounds.</summary>
    private void RequireBounds(FunctionInfo info, WhereClause where, Dictionary<string, MeshType> generics, List<Obligation> obligations)
    {
        foreach (var bound in where.Bounds)
        {
            if (bound.TypeParam is not { } name || !generics.TryGetValue(name, out var type))
            {
                Error(DiagnosticCode.UnboundName, $"`{bound.TypeParam}` is not a type parameter of `{info.Symbol.Name}`", info.Module.Source, bound.Span, "unknown",
                    $"declare it first: `fn {info.Symbol.Name}<{bound.TypeParam}>(...)`");
                continue;
            }
            foreach (var trait in ResolveBoundTraits(bound, info.Module))
            {
                obligations.Add(new Obligation(type, trait, info.Module.Source, bound.Span, $"the bound `{name}: {trait.Name}`"));
            }
        }
    }

    /// <summary>
    /// <c>I.Item</c> for each associated type of the interfaces a <c>where</c> clause gives a type
    /// parameter: the projection, settled per instantiation (unknown interfaces are reported by
    /// <see cref="RequireBounds"/>). A name two of the bounds declare is left out (ambiguous).
    /// </summary>
    private void AddAssociatedTypeNames(WhereClause where, CheckedModule module, Dictionary<string, MeshType> generics)
    {
        var ambiguous = new HashSet<string>();
        foreach (var bound in where.Bounds)
        {
            if (bound.TypeParam is not { } name || !generics.TryGetValue(name, out var param) || name.Contains('.'))
            {
                continue;
            }
            foreach (var traitRef in bound.Traits)
            {
                if (traitRef is not NamedTypeRef { Name: { } traitName } || LookupTrait(module.Name, traitName) is not { } trait)
                {
                    continue;
                }
                foreach (var assoc in trait.AssociatedTypes)
                {
                    var key = $"{name}.{assoc}";
                    if (ambiguous.Contains(key) || !generics.TryAdd(key, Project(trait, param, [], assoc, module.Source, bound.Span)))
                    {
                        ambiguous.Add(key);
                        generics.Remove(key);
                    }
                }
            }
        }
        _ambiguousAssociatedTypes.UnionWith(ambiguous);
    }

    /// <summary><c>I.Item</c> names that two bounds of their parameter declare (E0042 where written).</summary>
    private readonly HashSet<string> _ambiguousAssociatedTypes = [];

    /// <summary>
    /// E0042 for <c>I.Name</c> where I is a type parameter without a bound declaring <c>Name</c>.
    /// False when the name's prefix is not a type parameter (then it is some other unknown type).
    /// </summary>
    private bool ReportUnknownAssociatedType(string name, IReadOnlyDictionary<string, MeshType> generics, SourceText source, TextSpan span)
    {
        var dot = name.IndexOf('.');
        if (dot <= 0 || !generics.ContainsKey(name[..dot]))
        {
            return false;
        }
        var param = name[..dot];
        var assoc = name[(dot + 1)..];
        var known = generics.Keys.Where(k => k.StartsWith(param + ".", StringComparison.Ordinal)).Select(k => $"`{k}`").ToList();
        if (_ambiguousAssociatedTypes.Contains(name))
        {
            Error(DiagnosticCode.UnresolvedAssociatedType, $"`{name}` is ambiguous: more than one bound of `{param}` declares `{assoc}`", source, span,
                "ambiguous", $"keep one of the bounds that declare `{assoc}` on `{param}`");
            return true;
        }
        Error(DiagnosticCode.UnresolvedAssociatedType,
            known.Count == 0 ? $"`{param}` has no associated type `{assoc}`: its bounds declare none"
                : $"`{param}` has no associated type `{assoc}`", source, span, "not an associated type of its bounds",
            known.Count == 0 ? $"bound the parameter by an interface that declares it: `where {param}: Iterator` gives `{param}.Item`"
                : $"its bounds give {string.Join(", ", known)}");
        return true;
    }

    /// <summary>Replaces <c>Self.Name</c> placeholders.</summary>
    internal static MeshType SubstituteAssociated(MeshType type, Func<string, MeshType> binding) => type switch
    {
        TypeCon c when Trait.IsAssociatedType(c, out var name) => binding(name),
        TypeCon c when c.Args.Length > 0 => c with { Args = [.. c.Args.Select(a => SubstituteAssociated(a, binding))] },
        FunType f => new FunType([.. f.Params.Select(p => SubstituteAssociated(p, binding))], SubstituteAssociated(f.Return, binding)),
        _ => type,
    };

    /// <summary>The impl of a trait for a type (and trait arguments), if the program has one.</summary>
    internal TraitImpl? FindImpl(Trait trait, TypeCon type, ImmutableArray<MeshType> traitArgs, bool lenient)
    {
        var resolved = (TypeCon)_types.Resolve(type);
        var args = traitArgs.IsDefaultOrEmpty ? traitArgs : [.. traitArgs.Select(_types.Resolve)];
        return TraitImpl.Find(_impls, trait, resolved, args, lenient);
    }

    // ---- associated type projections ----

    /// <summary><c>Self.Item</c> of a trait at a use whose Self type was not known yet; settled at the end of the group.</summary>
    private sealed record PendingProjection(Trait Trait, MeshType Self, ImmutableArray<MeshType> TraitArgs, string Name, TypeVar Result, SourceText Source, TextSpan Span);

    private readonly List<PendingProjection> _projections = [];

    /// <summary>The type an associated type stands for, now if Self is known, else a variable settled later.</summary>
    private MeshType Project(Trait trait, MeshType self, ImmutableArray<MeshType> traitArgs, string name, SourceText source, TextSpan span)
    {
        if (TryProject(trait, self, traitArgs, name) is { } known)
        {
            return known;
        }
        if (_types.Shallow(self) is TypeCon)
        {
            // No impl: the obligation reports it; meanwhile an operator keeps the type, anything
            // else becomes the error type so nothing downstream complains again.
            return Trait.IsArithmetic(trait) || trait == Trait.Not ? self : MeshType.Error;
        }
        // `I.Item` asked for twice (an annotation and `it.next()`) is one type.
        if (_projections.FirstOrDefault(p => SameProjection(p, trait, self, traitArgs, name)) is { } existing)
        {
            return existing.Result;
        }
        var result = _types.Fresh();
        _projections.Add(new PendingProjection(trait, self, traitArgs, name, result, source, span));
        return result;
    }

    private bool SameProjection(PendingProjection projection, Trait trait, MeshType self, ImmutableArray<MeshType> traitArgs, string name)
        => projection.Trait == trait && projection.Name == name
            && _types.Shallow(projection.Self) is TypeVar a && _types.Shallow(self) is TypeVar b && a.Id == b.Id
            && (traitArgs.IsDefaultOrEmpty ? projection.TraitArgs.IsDefaultOrEmpty
                : !projection.TraitArgs.IsDefaultOrEmpty && traitArgs.Select(_types.Resolve).SequenceEqual(projection.TraitArgs.Select(_types.Resolve)));

    private MeshType? TryProject(Trait trait, MeshType self, ImmutableArray<MeshType> traitArgs, string name)
    {
        switch (_types.Shallow(self))
        {
            case TypeCon { Name: "Int" or "Float" or MeshType.ErrorName } primitive when Trait.IsArithmetic(trait):
                return primitive;
            case TypeCon con when FindImpl(trait, con, traitArgs, lenient: true) is { } impl && impl.AssociatedTypes.TryGetValue(name, out var bound):
                {
                    var bindings = new MeshType?[impl.TypeParams.Length];
                    impl.MatchForArguments(_types.Resolve(con), bindings);
                    return Substitution.Instantiate(bound, ImplArgs(impl, bindings));
                }
            default:
                return null;
        }
    }

    /// <summary>An impl's arguments from matched bindings: fresh variables for the unbound, projections for <c>I.Item</c>.</summary>
    private ImmutableArray<MeshType> ImplArgs(TraitImpl impl, MeshType?[] bindings)
    {
        var args = impl.CompleteBindings(bindings, _types.Fresh, (trait, self, name) => Project(trait, self, [], name, impl.Source, impl.Span));
        foreach (var (index, required) in impl.ProjectionConstraints)
        {
            // Lenient here (inference): a conflict is reported where the impl is required (RequireProjectionConstraints).
            _types.Unify(args[index], Substitution.Instantiate(required, args));
        }
        return args;
    }

    /// <summary>
    /// After an impl method's body is checked: what it made of each <c>I.Item</c>, when that is
    /// written in the impl's own parameters (see <see cref="TraitImpl.ProjectionConstraints"/>).
    /// </summary>
    private void LearnProjectionConstraints(TraitImpl impl, ImmutableArray<MeshType> implArgs)
    {
        var written = new Dictionary<int, int>();
        var projected = impl.Projections.Select(p => p.Index).ToHashSet();
        for (var i = 0; i < implArgs.Length; i++)
        {
            if (!projected.Contains(i) && _types.Shallow(implArgs[i]) is TypeVar v)
            {
                written.TryAdd(v.Id, i);
            }
        }
        foreach (var (index, _, _, _) in impl.Projections)
        {
            var resolved = _types.Resolve(implArgs[index]);
            if (impl.ProjectionConstraints.ContainsKey(index) || InImplTerms(resolved, written) is not { } required)
            {
                continue;
            }
            impl.ProjectionConstraints[index] = required;
        }
    }

    /// <summary>A type with the variables of an impl's parameters replaced by those parameters; null if it has others.</summary>
    private static MeshType? InImplTerms(MeshType type, IReadOnlyDictionary<int, int> written)
    {
        switch (type)
        {
            case TypeVar v:
                return written.TryGetValue(v.Id, out var index) ? new TypeParam(index, $"T{index}") : null;
            case TypeCon c:
                var args = new List<MeshType>();
                foreach (var arg in c.Args)
                {
                    if (InImplTerms(arg, written) is not { } inTerms)
                    {
                        return null;
                    }
                    args.Add(inTerms);
                }
                return c with { Args = [.. args] };
            case FunType f:
                var parameters = new List<MeshType>();
                foreach (var p in f.Params.Append(f.Return))
                {
                    if (InImplTerms(p, written) is not { } inTerms)
                    {
                        return null;
                    }
                    parameters.Add(inTerms);
                }
                return new FunType([.. parameters.Take(f.Params.Length)], parameters[^1]);
            default:
                return null;
        }
    }

    /// <summary>
    /// A use of an impl whose methods require something of <c>I.Item</c>: the type used must meet
    /// it (<c>Below</c> compares its items with an Int, so a Below over Strings is an error here).
    /// </summary>
    /// <remarks>
    /// The use may be inside a generic function (the impl's own methods: <c>self.next()</c> in
    /// <c>impl Iterator for Windows&lt;I&gt;</c>), where the bound parameter is already one of the
    /// group's type parameters: its <c>I.Item</c> is then the group's own projection when it has
    /// one, and otherwise cannot be known here (the scheme's users are checked at their calls):
    /// no pending projection is left behind for a later group to report as E0042.
    /// </remarks>
    private void RequireProjectionConstraints(Obligation obligation, TypeCon type, List<PendingProjection> groupProjections)
    {
        if (FindImpl(obligation.Trait, type, obligation.TraitArgs, lenient: true) is not { ProjectionConstraints.Count: > 0 } impl)
        {
            return;
        }
        var bindings = new MeshType?[impl.TypeParams.Length];
        impl.MatchForArguments(_types.Resolve(type), bindings);
        var args = impl.CompleteBindings(bindings, _types.Fresh, (trait, self, name) =>
            _types.Resolve(self) is TypeParam param
                ? groupProjections.FirstOrDefault(p => p.Trait == trait && p.Name == name && p.TraitArgs.IsDefaultOrEmpty && _types.Resolve(p.Self).Equals(param))?.Result ?? _types.Fresh()
                : Project(trait, self, [], name, obligation.Source, obligation.Span));
        foreach (var (index, required) in impl.ProjectionConstraints)
        {
            var (_, param, trait, name) = impl.Projections.First(p => p.Index == index);
            var needed = Substitution.Instantiate(required, args);
            var actual = _types.Resolve(args[index]);
            if (_types.Unify(args[index], needed) != Substitution.UnifyResult.Ok)
            {
                var inner = TypeFormatter.Format(_types.Resolve(args[param]));
                Error(DiagnosticCode.TypeMismatch,
                    $"type mismatch: the `{name}` of {inner} is {TypeFormatter.Format(actual)}, but `impl {trait.Name} for {TypeFormatter.Format(impl.SelfType)}` needs {TypeFormatter.Format(_types.Resolve(needed))}",
                    obligation.Source, obligation.Span, $"{TypeFormatter.Format(type)} used as {obligation.Trait.Name} here",
                    $"the impl's methods use `{impl.TypeParams[param]}.{name}` as {TypeFormatter.Format(_types.Resolve(needed))}");
            }
        }
    }

    /// <summary>Calls whose Self type stayed unknown (reported as E0042), by source and span.</summary>
    private readonly HashSet<(SourceText, TextSpan)> _unknownSelfCalls = [];

    /// <summary>
    /// Settles the group's projections; an operator on a still-generic type yields that type.
    /// Returns those whose Self is still a variable: the caller keeps the ones of its signature's
    /// type parameters in the scheme (<see cref="ReportUnresolvedProjection"/> for the others).
    /// </summary>
    private List<PendingProjection> SettleProjections()
    {
        var progress = true;
        while (progress && _projections.Count > 0)
        {
            progress = false;
            foreach (var projection in _projections.ToList())
            {
                if (TryProject(projection.Trait, projection.Self, projection.TraitArgs, projection.Name) is { } type)
                {
                    var expected = _types.Resolve(projection.Result);
                    if (_types.Unify(projection.Result, type) != Substitution.UnifyResult.Ok)
                    {
                        // `total(Iter.from(["a"]))` where total adds up `I.Item`s as Ints.
                        var self = TypeFormatter.Format(_types.Resolve(projection.Self));
                        Error(DiagnosticCode.TypeMismatch,
                            $"type mismatch: the `{projection.Name}` of {self} is {TypeFormatter.Format(_types.Resolve(type))}, but {TypeFormatter.Format(expected)} is needed here",
                            projection.Source, projection.Span, $"{self}'s `{projection.Name}`",
                            $"`{projection.Name}` is fixed by the `impl {projection.Trait.Name} for {self}`");
                    }
                    _projections.Remove(projection);
                    progress = true;
                }
            }
        }
        var open = new List<PendingProjection>();
        foreach (var projection in _projections)
        {
            if (Trait.IsArithmetic(projection.Trait) || projection.Trait == Trait.Not)
            {
                _types.Unify(projection.Result, projection.Self);
                continue;
            }
            if (_types.Shallow(projection.Self) is TypeCon)
            {
                continue; // the missing impl is reported by the obligation
            }
            // Two variables unified after their projections were made: one associated type.
            if (open.FirstOrDefault(p => SameProjection(p, projection.Trait, projection.Self, projection.TraitArgs, projection.Name)) is { } same)
            {
                _types.Unify(same.Result, projection.Result);
                continue;
            }
            open.Add(projection);
        }
        _projections.Clear();
        return open;
    }

    private void ReportUnresolvedProjection(PendingProjection projection)
    {
        Error(DiagnosticCode.UnresolvedAssociatedType,
            $"cannot tell what `{projection.Name}` of `{projection.Trait.Name}` is here: the type it belongs to is not known", projection.Source, projection.Span,
            "type unknown here", $"say which type it is: annotate the value, or call through the type (`Type.method(...)`)");
        _types.Unify(projection.Result, MeshType.Error);
        // The unknown Self is this error's cause; its missing impl is not reported as well.
        _unknownSelfCalls.Add((projection.Source, projection.Span));
    }

    /// <summary>
    /// Splits the group's open projections: those of a signature variable stay (and their results
    /// join the signature, so <c>I.Iter</c> of a loop is generalised too); the others are E0042.
    /// </summary>
    private List<PendingProjection> KeepSignatureProjections(List<PendingProjection> open, HashSet<int> signatureVars)
    {
        var kept = new List<PendingProjection>();
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var projection in open.Except(kept).ToList())
            {
                if (_types.Shallow(projection.Self) is TypeVar v && signatureVars.Contains(v.Id))
                {
                    kept.Add(projection);
                    _types.FreeVariables(projection.Result, signatureVars);
                    grew = true;
                }
            }
        }
        foreach (var projection in open.Except(kept))
        {
            ReportUnresolvedProjection(projection);
        }
        return kept;
    }

    /// <summary>The kept projections in terms of the scheme's parameters.</summary>
    private ImmutableArray<SchemeProjection> SchemeProjections(List<PendingProjection> kept)
    {
        var result = ImmutableArray.CreateBuilder<SchemeProjection>();
        foreach (var projection in kept)
        {
            if (_types.Resolve(projection.Self) is not TypeParam self)
            {
                ReportUnresolvedProjection(projection);
                continue;
            }
            result.Add(new SchemeProjection(projection.Trait, self.Index,
                projection.TraitArgs.IsDefaultOrEmpty ? [] : [.. projection.TraitArgs.Select(_types.Resolve)], projection.Name, _types.Resolve(projection.Result)));
        }
        return result.ToImmutable();
    }

    // ---- trait satisfaction ----

    private readonly HashSet<(Trait, TypeCon)> _satisfying = [];

    /// <summary>
    /// Whether a concrete type has a trait. Compound types need it of their components;
    /// components that are still generic become bounds of the function being generalised.
    /// </summary>
    private bool Satisfies(Trait trait, TypeCon type, List<TypeBound> bounds, ImmutableArray<MeshType> traitArgs = default)
    {
        // A recursive type (Tree containing Tree) has the trait if everything else in it does.
        if (!_satisfying.Add((trait, type)))
        {
            return true;
        }
        try
        {
            return SatisfiesOnce(trait, type, bounds, traitArgs);
        }
        finally
        {
            _satisfying.Remove((trait, type));
        }
    }

    private bool SatisfiesOnce(Trait trait, TypeCon type, List<TypeBound> bounds, ImmutableArray<MeshType> traitArgs)
    {
        bool Holds(Trait needed, MeshType component)
        {
            switch (_types.Resolve(component))
            {
                case TypeCon con:
                    return Satisfies(needed, con, bounds);
                case TypeParam p:
                    if (!bounds.Contains(new TypeBound(p.Index, needed)))
                    {
                        bounds.Add(new TypeBound(p.Index, needed));
                    }
                    return true;
                case FunType:
                    return false;
                default:
                    return true;
            }
        }

        bool Components(IEnumerable<MeshType> components) => components.All(c => Holds(trait, c));

        if (type.Name == MeshType.ErrorName)
        {
            return true;
        }
        if (trait == Trait.Supervisor)
        {
            return _supervisorMailboxes.Contains(type.Name);
        }
        if (trait == Trait.Sendable)
        {
            // Data of any kind can be copied; only functions cannot (a child spec holds one).
            if (type.Name == MeshType.ChildSpecName)
            {
                return false;
            }
            var parts = type.Name is MeshType.TupleName or "List" or "Map" or "Set" or "Queue" ? type.Args
                : DefinitionOf(type) is { } data
                    ? (data.Kind == TypeDefinitionKind.Struct ? data.Fields.Select(f => f.Type) : data.Variants.SelectMany(v => v.Fields).Select(f => f.Type))
                        .Select(t => Substitution.Instantiate(t, type.Args))
                    : [];
            return Components(parts);
        }

        if (trait == Trait.Into)
        {
            // Into is never implemented directly: `a.into()` is `T.from(a)`.
            return traitArgs.IsDefaultOrEmpty || _types.Resolve(traitArgs[0]) is not TypeCon target || Satisfies(Trait.From, target, bounds, [type]);
        }

        if (trait == Trait.Json)
        {
            return JsonConvertible(type, Components);
        }
        if (trait == Trait.Row)
        {
            // The fields were checked at the definition (E0039).
            return DefinitionOf(type) is { Kind: TypeDefinitionKind.Struct } rowType && rowType.Derives.Contains(Trait.Row.Name);
        }

        // The program's impl comes first; its where-bounds must hold for this type.
        if (FindImpl(trait, type, traitArgs, lenient: true) is { } impl)
        {
            var bindings = new MeshType?[impl.TypeParams.Length];
            TraitImpl.Match(impl.SelfType, _types.Resolve(type), bindings, lenient: true);
            return impl.Bounds.All(b => bindings[b.Param] is not { } bound || Holds(b.Trait, bound));
        }

        var isStructural = trait == Trait.Eq || trait == Trait.Ord || trait == Trait.Display || trait == Trait.Debug || trait == Trait.Hash;
        switch (type.Name)
        {
            case "Int" or "Float":
                return isStructural || Trait.IsArithmetic(trait) || trait == Trait.Default || trait == Trait.Number
                    || (trait == Trait.From && type.Name == "Float" && FromArgIs(traitArgs, "Int"));
            case "Json":
                return isStructural && trait != Trait.Ord;
            case "String":
                return isStructural || trait == Trait.Concat || trait == Trait.Default
                    || (trait == Trait.From && FromArgIs(traitArgs, "Int", "Float", "Bool"));
            case "Bool":
                return (isStructural && trait != Trait.Ord) || trait == Trait.Default || trait == Trait.Not;
            case "Atom":
                return isStructural;
            case "()" or "Pid":
                return isStructural && trait != Trait.Ord;
            case "List":
                return trait == Trait.Concat || (isStructural && Components(type.Args));
            case MeshType.TupleName:
                return isStructural && Components(type.Args);
            case "Map" or "Set" or "Queue":
                // Compared as sets of entries (in any order; a queue in order), shown as %{k => v}, #{x} and
                // Queue[x], by Debug with the items' Debug (`%{"a" => 1}`, as Elixir's inspect).
                return (trait == Trait.Eq || trait == Trait.Display || trait == Trait.Debug) && Components(type.Args);
            case "Range":
                return trait == Trait.Eq || trait == Trait.Display || trait == Trait.Debug;
        }
        if (trait == Trait.Display && DefinitionOf(type) is { } shown && !shown.Derives.Contains(Trait.Display.Name))
        {
            // As upstream, a type without Display is shown by its Debug form (`Point { x: 1 }`).
            return Holds(Trait.Debug, type);
        }
        if (!isStructural || DefinitionOf(type) is not { } def || !def.Derives.Contains(trait.Name))
        {
            return false;
        }
        var fieldTypes = def.Kind == TypeDefinitionKind.Struct
            ? def.Fields.Select(f => f.Type)
            : def.Variants.SelectMany(v => v.Fields).Select(f => f.Type);
        return Components(fieldTypes.Select(t => Substitution.Instantiate(t, type.Args)));
    }

    /// <summary>The built-in conversions: <c>Float.from(Int)</c>, <c>String.from(Int | Float | Bool)</c>.</summary>
    private bool FromArgIs(ImmutableArray<MeshType> traitArgs, params string[] names)
        => !traitArgs.IsDefaultOrEmpty && _types.Resolve(traitArgs[0]) switch
        {
            TypeCon c => names.Contains(c.Name),
            TypeVar => true,
            _ => false,
        };
}
