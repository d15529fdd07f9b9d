using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

// Let-polymorphism (Hindley–Milner with the value restriction): `let id = fn x -> x end` gets the
// type `forall a. Fun(a) -> a` when its value is a syntactic value, and each use of `id` takes fresh
// types. Only variables that nothing else in scope can reach are generalised, so what a closure
// captures keeps one type. Once the enclosing group is checked, a let used at one type only (or
// never) becomes monomorphic again, exactly as it was typed before; the others are lowered once per
// distinct instantiation (MirLowering: TLocalInstance).
public sealed partial class TypeChecker
{
    /// <summary>A generalised let of the group being checked, with what each of its uses must repeat.</summary>
    private sealed class LetScheme(LocalSymbol local, List<Obligation> obligations, List<PendingProjection> projections)
    {
        public LocalSymbol Local { get; } = local;

        /// <summary>Trait requirements on the generalised variables, required again of each use's types.</summary>
        public List<Obligation> Obligations { get; } = obligations;

        /// <summary>Associated types (an operator's Output) of generalised types, projected again at each use.</summary>
        public List<PendingProjection> Projections { get; } = projections;

        /// <summary>The types each use instantiated the variables with.</summary>
        public List<ImmutableArray<MeshType>> Instances { get; } = [];
    }

    private readonly Dictionary<LocalSymbol, LetScheme> _letSchemes = [];

    /// <summary>Lets that would have been generalised but for the value restriction (their value is a call): a hint for mismatches.</summary>
    private readonly HashSet<LocalSymbol> _valueRestricted = [];

    /// <summary>The recursive group being inferred: its signatures are part of every let's environment.</summary>
    private List<FunctionInfo> _group = [];

    /// <summary>Type variables of struct and sum type definitions (a bare <c>Pid</c> field): shared, never generalised.</summary>
    private HashSet<int> DefinitionVariables()
    {
        var variables = new HashSet<int>();
        foreach (var def in _typeDefs.Values)
        {
            foreach (var field in def.Fields.Concat(def.Variants.SelectMany(v => v.Fields)))
            {
                _types.FreeVariables(field.Type, variables);
            }
        }
        return variables;
    }

    private static MeshType ReplaceVariables(MeshType type, IReadOnlyDictionary<int, MeshType> replacements) => type switch
    {
        TypeVar v => replacements.TryGetValue(v.Id, out var replacement) ? replacement : v,
        TypeCon c when c.Args.Length > 0 => c with { Args = [.. c.Args.Select(a => ReplaceVariables(a, replacements))] },
        FunType f => new FunType([.. f.Params.Select(p => ReplaceVariables(p, replacements))], ReplaceVariables(f.Return, replacements)),
        _ => type,
    };

    private bool Mentions(MeshType type, HashSet<int> variables)
    {
        var free = new HashSet<int>();
        _types.FreeVariables(type, free);
        return free.Overlaps(variables);
    }

    private bool Mentions(Obligation obligation, HashSet<int> variables)
        => Mentions(obligation.Type, variables) || !obligation.TraitArgs.IsDefaultOrEmpty && obligation.TraitArgs.Any(a => Mentions(a, variables));

    private bool Mentions(PendingProjection projection, HashSet<int> variables)
        => Mentions(projection.Self, variables) || Mentions(projection.Result, variables)
            || !projection.TraitArgs.IsDefaultOrEmpty && projection.TraitArgs.Any(a => Mentions(a, variables));

    /// <summary>
    /// Decides, once the group's bodies are checked, which generalised lets stay polymorphic. A let
    /// never used, or used at one type only, is made monomorphic (its variables take that type), so
    /// its code is what it was before let-polymorphism. With <paramref name="signatureVariables"/>
    /// (after defaulting) uses that differ only in variables nothing constrains are merged too: those
    /// carry no data. The group's signature variables are not among them (they become type parameters).
    /// </summary>
    private void SettleLetSchemes(List<Obligation> obligations, HashSet<int>? signatureVariables = null)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            // Variables of lets still polymorphic: another let's single use that mentions them is
            // inside that let's value, so it cannot decide the outer let's type yet.
            var open = new HashSet<int>(_letSchemes.Values.Where(s => s.Local.Generic is not null).SelectMany(s => s.Local.Generic!.Variables));
            foreach (var scheme in _letSchemes.Values)
            {
                if (scheme.Local.Generic is not { } generic)
                {
                    continue;
                }
                if (scheme.Instances.Count == 0)
                {
                    // Never used: typed as before, its requirements defaulted with the function's.
                    obligations.AddRange(scheme.Obligations);
                    _projections.AddRange(scheme.Projections);
                    scheme.Local.Generic = null;
                    changed = true;
                    continue;
                }
                var first = scheme.Instances[0].Select(_types.Resolve).ToImmutableArray();
                var foreign = new HashSet<int>(open.Except(generic.Variables));
                if (first.Any(t => Mentions(t, foreign))
                    || !scheme.Instances.Skip(1).All(instance => SameInstance(first, instance, signatureVariables is null ? null : [.. foreign, .. signatureVariables])))
                {
                    continue;
                }
                // Every use takes the one type, as if the let had never been generalised: an
                // unconstrained variable of a merged use must not stay unit where the value is Int.
                foreach (var instance in scheme.Instances)
                {
                    for (var i = 0; i < generic.Variables.Length; i++)
                    {
                        _types.Unify(new TypeVar(generic.Variables[i]), instance[i]);
                    }
                }
                scheme.Local.Generic = null;
                changed = true;
            }
        }
    }

    /// <param name="lenientExcept">When set, unbound variables (except these) match anything: they are lowered as unit.</param>
    private bool SameInstance(ImmutableArray<MeshType> first, ImmutableArray<MeshType> other, HashSet<int>? lenientExcept)
    {
        for (var i = 0; i < first.Length; i++)
        {
            if (!SameType(first[i], _types.Resolve(other[i]), lenientExcept))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SameType(MeshType a, MeshType b, HashSet<int>? lenientExcept)
    {
        if (lenientExcept is not null && (a is TypeVar va && !lenientExcept.Contains(va.Id) || b is TypeVar vb && !lenientExcept.Contains(vb.Id)))
        {
            return true;
        }
        return (a, b) switch
        {
            (TypeCon ca, TypeCon cb) => ca.Name == cb.Name && ca.Args.Length == cb.Args.Length
                && ca.Args.Zip(cb.Args).All(p => SameType(p.First, p.Second, lenientExcept)),
            (FunType fa, FunType fb) => fa.Params.Length == fb.Params.Length && SameType(fa.Return, fb.Return, lenientExcept)
                && fa.Params.Zip(fb.Params).All(p => SameType(p.First, p.Second, lenientExcept)),
            _ => a.Equals(b),
        };
    }

    private sealed partial class FunctionBodyChecker
    {
        /// <summary>The value of a <c>let</c> being checked: which enclosing locals it reads.</summary>
        private sealed record LetValueFrame(int BaseScope, List<LocalSymbol> Captures);

        private readonly List<LetValueFrame> _letValues = [];

        /// <summary>
        /// The value restriction: only values whose evaluation does nothing but build the value are
        /// generalised (evaluating them once per use is then the same as evaluating them once).
        /// Calls (<c>make_adder(1)</c>) are not: they stay monomorphic.
        /// </summary>
        private static bool IsSyntacticValue(TExpr value) => value switch
        {
            TClosure or TFunctionValue or TLocalInstance => true,
            TIntLiteral or TFloatLiteral or TBoolLiteral or TStringLiteral or TUnitLiteral or TAtomLiteral => true,
            TList list => list.Elements.All(IsSyntacticValue),
            TTuple tuple => tuple.Elements.All(IsSyntacticValue),
            TConstruct construct => construct.Fields.All(IsSyntacticValue),
            TProjection projection => IsSyntacticValue(projection.Value),
            _ => false,
        };

        /// <summary>
        /// Type variables the rest of the function can still constrain: those are never generalised.
        /// <paramref name="being"/> is the local being generalised, already declared when it comes from a pattern.
        /// </summary>
        private HashSet<int> EnvironmentVariables(LocalSymbol being)
        {
            var env = _checker.DefinitionVariables();
            foreach (var scope in _scopes)
            {
                foreach (var local in scope.Values)
                {
                    if (local == being)
                    {
                        continue;
                    }
                    if (local.Generic is { } generic)
                    {
                        var own = new HashSet<int>();
                        Types.FreeVariables(local.Type, own);
                        own.ExceptWith(generic.Variables);
                        env.UnionWith(own);
                    }
                    else
                    {
                        Types.FreeVariables(local.Type, env);
                    }
                }
            }
            foreach (var function in _checker._group.Append(_info))
            {
                if (function.MonoType is { } mono)
                {
                    Types.FreeVariables(mono, env);
                }
                if (function.Symbol.MailboxType is { } mailbox)
                {
                    Types.FreeVariables(mailbox, env);
                }
            }
            foreach (var type in _generics.Values)
            {
                Types.FreeVariables(type, env);
            }
            foreach (var closure in _closures)
            {
                Types.FreeVariables(closure.Return, env);
            }
            return env;
        }

        /// <summary>Generalises a let's value if it is a syntactic value with variables nothing else can reach.</summary>
        private void Generalise(LocalSymbol local, TExpr value, List<LocalSymbol> captures)
        {
            if (local.Name == "_")
            {
                return;
            }
            var variables = new HashSet<int>();
            Types.FreeVariables(value.Type, variables);
            if (variables.Count == 0)
            {
                return;
            }
            var env = EnvironmentVariables(local);
            variables.ExceptWith(env);
            if (variables.Count == 0)
            {
                return;
            }
            if (!IsSyntacticValue(value))
            {
                _checker._valueRestricted.Add(local);
                return;
            }
            // An operator's Output (or another associated type) of a generalised type is settled per
            // use, so the variables on both sides of such a projection are generalised together.
            var projections = new List<PendingProjection>();
            var grew = true;
            while (grew)
            {
                grew = false;
                foreach (var projection in _checker._projections)
                {
                    if (!projections.Contains(projection) && _checker.Mentions(projection, variables))
                    {
                        projections.Add(projection);
                        var more = new HashSet<int>();
                        Types.FreeVariables(projection.Self, more);
                        Types.FreeVariables(projection.Result, more);
                        foreach (var arg in projection.TraitArgs.IsDefault ? [] : projection.TraitArgs)
                        {
                            Types.FreeVariables(arg, more);
                        }
                        more.ExceptWith(env);
                        grew |= more.Any(variables.Add);
                    }
                }
            }
            var obligations = _obligations.Where(o => _checker.Mentions(o, variables)).ToList();
            _obligations.RemoveAll(obligations.Contains);
            _checker._projections.RemoveAll(projections.Contains);
            local.Generic = new LocalGeneric([.. variables.Order()], value, [.. captures]);
            _checker._letSchemes[local] = new LetScheme(local, obligations, projections);
        }

        /// <summary>A use of a local: a polymorphic one is instantiated with fresh types, its requirements repeated for them.</summary>
        private TExpr LocalReference(LocalSymbol local, TextSpan span)
        {
            if (local.Generic is not { } generic || !_checker._letSchemes.TryGetValue(local, out var scheme))
            {
                return new TLocalRef(local, span);
            }
            var fresh = generic.Variables.ToDictionary(v => v, _ => (MeshType)Types.Fresh());
            MeshType Instantiate(MeshType type) => ReplaceVariables(Types.Resolve(type), fresh);
            foreach (var obligation in scheme.Obligations)
            {
                _obligations.Add(new Obligation(Instantiate(obligation.Type), obligation.Trait, Source, span, $"{obligation.What} in `{local.Name}`")
                {
                    TraitArgs = obligation.TraitArgs.IsDefaultOrEmpty ? obligation.TraitArgs : [.. obligation.TraitArgs.Select(Instantiate)],
                });
            }
            foreach (var projection in scheme.Projections)
            {
                var traitArgs = projection.TraitArgs.IsDefaultOrEmpty ? projection.TraitArgs : [.. projection.TraitArgs.Select(Instantiate)];
                var projected = _checker.Project(projection.Trait, Instantiate(projection.Self), traitArgs, projection.Name, projection.Source, projection.Span);
                Types.Unify(Instantiate(projection.Result), projected);
            }
            var typeArgs = generic.Variables.Select(v => fresh[v]).ToImmutableArray();
            scheme.Instances.Add(typeArgs);
            return new TLocalInstance(local, typeArgs, Instantiate(local.Type), span);
        }
    }
}
