using System.Collections.Immutable;
using System.Globalization;

namespace Mesh.Compiler.Semantics;

/// <summary>
/// Pattern-matrix analysis (after Maranget, "Warnings for pattern matching"): which values no arm
/// covers, and which arms can never match. Sum types, Bool and tuples are finite domains whose
/// missing constructors are reported; Int, Float and String literals are an infinite domain that,
/// as in upstream Mesh, need no catch-all (an unmatched value panics at run time), though missing
/// cases nested under a literal are still found.
/// </summary>
public sealed class Exhaustiveness(Substitution types, Func<TypeCon, TypeDefinition?> definitionOf)
{
    private abstract record Pat;

    private sealed record Wild : Pat
    {
        public static readonly Wild Instance = new();
    }

    /// <param name="FieldNames">A struct's (or a variant's) field names (shown as <c>Point { x: _, .. }</c>); empty for other constructors.</param>
    private sealed record Ctor(string Key, string Name, ImmutableArray<Pat> Args, ImmutableArray<string> FieldNames = default) : Pat;

    /// <summary>A constructor of a column's type: its key, display name and field types.</summary>
    private sealed record CtorInfo(string Key, string Name, ImmutableArray<MeshType> Fields, ImmutableArray<string> FieldNames = default);

    /// <summary>Struct fields (by key and index) some arm of the match being analysed tests: a missing case shows those and folds the rest into <c>..</c>.</summary>
    private readonly HashSet<(string Key, int Field)> _testedFields = [];

    /// <summary>Keys of the variants with named fields of a type some arm matches by field name (<c>Rect { w, .. }</c>).</summary>
    private readonly HashSet<string> _namedVariants = [];

    /// <summary>A value no arm matches, shown as a pattern (e.g. <c>Some(None)</c>), or null if every value is covered.</summary>
    public string? FindMissing(IEnumerable<TArm> arms, MeshType subject)
    {
        var rows = arms.Where(a => a.Guard is null).SelectMany(a => Expand(a.Pattern)).Select(p => ImmutableArray.Create(p)).ToList();
        _testedFields.Clear();
        _namedVariants.Clear();
        foreach (var arm in arms)
        {
            CollectTestedFields(arm.Pattern);
        }
        var missing = Missing(rows, [subject]);
        return missing is { } found ? Show(found[0]) : null;
    }

    /// <summary>Indices of arms that can never match because earlier unguarded arms cover them.</summary>
    public IEnumerable<int> RedundantArms(IReadOnlyList<TArm> arms, MeshType subject)
    {
        var rows = new List<ImmutableArray<Pat>>();
        for (var i = 0; i < arms.Count; i++)
        {
            var alternatives = Expand(arms[i].Pattern).ToList();
            if (alternatives.Count > 0 && !alternatives.Any(alt => Useful(rows, [alt], [subject])))
            {
                yield return i;
            }
            if (arms[i].Guard is null)
            {
                rows.AddRange(alternatives.Select(p => ImmutableArray.Create(p)));
            }
        }
    }

    // ---- patterns as constructor trees (or-patterns expanded) ----

    private IEnumerable<Pat> Expand(TPattern pattern)
    {
        switch (pattern)
        {
            case TWildcardPattern or TBindPattern:
                return [Wild.Instance];
            case TErrorPattern:
                return []; // matches nothing: already reported, and must not hide later arms
            case TAsPattern a:
                return Expand(a.Pattern);
            case TOrPattern o:
                return o.Alternatives.SelectMany(Expand);
            case TLiteralPattern l:
                var (key, name) = LiteralKey(l.Literal);
                return [new Ctor(key, name, [])];
            case TTuplePattern t:
                return Product(t.Elements).Select(args => (Pat)new Ctor("tuple", "", args));
            case TConstructorPattern c:
                return Product(c.Fields).Select(args => (Pat)new Ctor("variant:" + c.Variant.Name, c.Variant.Name, args));
            case TStructPattern s:
                // A struct has one constructor: like a tuple whose elements are named.
                return Product(s.Fields).Select(args => (Pat)new Ctor(StructKey(s.Definition), s.Definition.Name, args, [.. s.Definition.Fields.Select(f => f.Name)]));
            case TConsPattern cons:
                return Product([cons.Head, cons.Tail]).Select(args => (Pat)new Ctor("cons", "::", args));
            case TListPattern list:
                // `[a, b]` is `a :: b :: []`, so lists of other lengths stay uncovered.
                return Product(list.Elements).Select(args => args.Reverse().Aggregate((Pat)new Ctor("nil", "[]", []), (rest, item) => new Ctor("cons", "::", [item, rest])));
            default:
                return [Wild.Instance];
        }
    }

    private IEnumerable<ImmutableArray<Pat>> Product(ImmutableArray<TPattern> parts)
    {
        IEnumerable<ImmutableArray<Pat>> acc = [[]];
        foreach (var part in parts)
        {
            var options = Expand(part).ToList();
            acc = acc.SelectMany(prefix => options.Select(o => prefix.Add(o)));
        }
        return acc;
    }

    private static (string Key, string Name) LiteralKey(TExpr literal) => literal switch
    {
        TBoolLiteral b => (b.Value ? "true" : "false", b.Value ? "true" : "false"),
        TIntLiteral i => ("int:" + i.Value.ToString(CultureInfo.InvariantCulture), i.Value.ToString(CultureInfo.InvariantCulture)),
        TFloatLiteral f => ("float:" + f.Value.ToString("R", CultureInfo.InvariantCulture), f.Value.ToString("R", CultureInfo.InvariantCulture)),
        TStringLiteral s => ("string:" + s.Value, "\"" + s.Value + "\""),
        TAtomLiteral a => ("atom:" + a.Name, ":" + a.Name),
        TUnitLiteral => ("unit", "()"),
        _ => ("?", "?"),
    };

    // ---- the domain of a column ----

    /// <summary>All constructors of a type when it has finitely many; null for Int, String, unknown types.</summary>
    private List<CtorInfo>? Domain(MeshType type)
    {
        switch (types.Resolve(type))
        {
            case TypeCon { Name: "Bool" }:
                return [new("true", "true", []), new("false", "false", [])];
            case TypeCon { Name: "()" }:
                return [new("unit", "()", [])];
            case TypeCon { Name: MeshType.TupleName } tuple:
                return [new("tuple", "", tuple.Args)];
            case TypeCon { Name: "List" } list:
                return [new("nil", "[]", []), new("cons", "::", [list.Args[0], list])];
            case TypeCon con when definitionOf(con) is { Kind: TypeDefinitionKind.Struct } def:
                return [new(StructKey(def), def.Name, [.. def.Fields.Select(f => Substitution.Instantiate(f.Type, con.Args))], [.. def.Fields.Select(f => f.Name)])];
            case TypeCon con when definitionOf(con) is { Kind: TypeDefinitionKind.Sum } def:
                return [.. def.Variants.Select(v => new CtorInfo("variant:" + v.Name, v.Name,
                    [.. v.Fields.Select(f => Substitution.Instantiate(f.Type, con.Args))], v.HasNamedFields ? [.. v.Fields.Select(f => f.Name)] : default))];
            default:
                return null;
        }
    }

    private static IEnumerable<string> HeadKeys(List<ImmutableArray<Pat>> rows)
        => rows.Select(r => r[0]).OfType<Ctor>().Select(c => c.Key).Distinct();

    /// <summary>Rows whose first pattern is (or accepts) the constructor, with its fields spliced in.</summary>
    private static List<ImmutableArray<Pat>> Specialize(List<ImmutableArray<Pat>> rows, string key, int arity)
    {
        var result = new List<ImmutableArray<Pat>>();
        foreach (var row in rows)
        {
            switch (row[0])
            {
                case Ctor c when c.Key == key && c.Args.Length == arity:
                    result.Add([.. c.Args, .. row.Skip(1)]);
                    break;
                case Wild:
                    result.Add([.. Enumerable.Repeat<Pat>(Wild.Instance, arity), .. row.Skip(1)]);
                    break;
            }
        }
        return result;
    }

    private static List<ImmutableArray<Pat>> Default(List<ImmutableArray<Pat>> rows)
        => [.. rows.Where(r => r[0] is Wild).Select(r => ImmutableArray.CreateRange(r.Skip(1)))];

    private ImmutableArray<Pat>? Missing(List<ImmutableArray<Pat>> rows, ImmutableArray<MeshType> columns)
    {
        if (columns.Length == 0)
        {
            return rows.Count == 0 ? [] : null;
        }
        var rest = columns.RemoveAt(0);
        var domain = Domain(columns[0]);
        var present = HeadKeys(rows).ToHashSet();
        if (domain is not null && domain.All(c => present.Contains(c.Key)))
        {
            foreach (var ctor in domain)
            {
                if (Missing(Specialize(rows, ctor.Key, ctor.Fields.Length), [.. ctor.Fields, .. rest]) is { } sub)
                {
                    return [new Ctor(ctor.Key, ctor.Name, [.. sub.Take(ctor.Fields.Length)], ctor.FieldNames), .. sub.Skip(ctor.Fields.Length)];
                }
            }
            return null;
        }
        if (domain is null)
        {
            // Literal columns: look for missing values under each literal that is present…
            foreach (var row in rows)
            {
                if (row[0] is Ctor c && Missing(Specialize(rows, c.Key, 0), rest) is { } sub)
                {
                    return [c, .. sub];
                }
            }
            // …but other literal values need no arm of their own.
            var defaults = Default(rows);
            if (defaults.Count == 0)
            {
                return null;
            }
            return Missing(defaults, rest) is { } tail ? [Wild.Instance, .. tail] : null;
        }
        if (Missing(Default(rows), rest) is not { } remainder)
        {
            return null;
        }
        var absent = domain.First(c => !present.Contains(c.Key));
        return [new Ctor(absent.Key, absent.Name, [.. Enumerable.Repeat<Pat>(Wild.Instance, absent.Fields.Length)], absent.FieldNames), .. remainder];
    }

    private bool Useful(List<ImmutableArray<Pat>> rows, ImmutableArray<Pat> vector, ImmutableArray<MeshType> columns)
    {
        if (vector.Length == 0)
        {
            return rows.Count == 0;
        }
        var rest = columns.RemoveAt(0);
        var domain = Domain(columns[0]);
        if (vector[0] is Ctor c)
        {
            var fields = domain?.FirstOrDefault(d => d.Key == c.Key)?.Fields ?? [.. c.Args.Select(_ => (MeshType)MeshType.Unit)];
            return Useful(Specialize(rows, c.Key, c.Args.Length), [.. c.Args, .. vector.Skip(1)], [.. fields, .. rest]);
        }
        var present = HeadKeys(rows).ToHashSet();
        if (domain is not null && domain.All(d => present.Contains(d.Key)))
        {
            return domain.Any(d => Useful(Specialize(rows, d.Key, d.Fields.Length),
                [.. Enumerable.Repeat<Pat>(Wild.Instance, d.Fields.Length), .. vector.Skip(1)], [.. d.Fields, .. rest]));
        }
        return Useful(Default(rows), [.. vector.Skip(1)], rest);
    }

    /// <summary>The items of a cons chain that ends in <c>[]</c> (shown as a list literal), else null.</summary>
    private static List<Pat>? ListItems(Ctor cons)
    {
        var items = new List<Pat>();
        Pat rest = cons;
        while (rest is Ctor { Key: "cons" } c)
        {
            items.Add(c.Args[0]);
            rest = c.Args[1];
        }
        return rest is Ctor { Key: "nil" } ? items : null;
    }

    private static string StructKey(TypeDefinition def) => "struct:" + def.TypeName;

    private void CollectTestedFields(TPattern pattern)
    {
        if (pattern is TStructPattern s)
        {
            for (var i = 0; i < s.Fields.Length; i++)
            {
                if (s.Fields[i] is not (TWildcardPattern or TBindPattern))
                {
                    _testedFields.Add((StructKey(s.Definition), i));
                }
            }
        }
        if (pattern is TConstructorPattern { ByName: true } named)
        {
            // The match names this type's variants' fields: its missing cases name them too.
            _namedVariants.UnionWith(named.Definition.Variants.Where(v => v.HasNamedFields).Select(v => "variant:" + v.Name));
            for (var i = 0; i < named.Fields.Length; i++)
            {
                if (named.Fields[i] is not (TWildcardPattern or TBindPattern))
                {
                    _testedFields.Add(("variant:" + named.Variant.Name, i));
                }
            }
        }
        foreach (var inner in PatternFacts.Subpatterns(pattern))
        {
            CollectTestedFields(inner);
        }
    }

    /// <summary>
    /// <c>Point { x: _, .. }</c>: the fields that are not wildcards or that some arm tests, the others
    /// folded into <c>..</c> (all fields shown when none are left out).
    /// </summary>
    private string ShowStruct(Ctor s)
    {
        var shown = new List<string>();
        for (var i = 0; i < s.Args.Length && i < s.FieldNames.Length; i++)
        {
            if (s.Args[i] is not Wild || _testedFields.Contains((s.Key, i)))
            {
                shown.Add($"{s.FieldNames[i]}: {Show(s.Args[i])}");
            }
        }
        if (shown.Count < s.Args.Length)
        {
            shown.Add("..");
        }
        return shown.Count == 0 ? $"{s.Name} {{}}" : $"{s.Name} {{ {string.Join(", ", shown)} }}";
    }

    private string Show(Pat pat) => pat switch
    {
        Wild => "_",
        Ctor { FieldNames.IsDefault: false } s when s.Key.StartsWith("struct:", StringComparison.Ordinal) || _namedVariants.Contains(s.Key) => ShowStruct(s),
        Ctor { Key: "tuple" } t => $"({string.Join(", ", t.Args.Select(Show))})",
        Ctor { Key: "cons" } c when ListItems(c) is { } items => $"[{string.Join(", ", items.Select(Show))}]",
        Ctor { Key: "cons" } c => $"{Show(c.Args[0])} :: {Show(c.Args[1])}",
        Ctor c when c.Args.Length > 0 => $"{c.Name}({string.Join(", ", c.Args.Select(Show))})",
        Ctor c => c.Name,
        _ => "_",
    };
}
