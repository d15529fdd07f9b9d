using System.Collections.Immutable;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

/// <summary>
/// A trait: an <c>interface</c> of the program or one the language defines (the ones operators,
/// interpolation, conversions and sending rely on). Method signatures are written in terms of
/// <see cref="TypeParam"/> 0 = <c>Self</c> and 1.. = the trait's own parameters (<c>From&lt;T&gt;</c>);
/// an associated type appears as the placeholder <see cref="AssociatedType"/>.
/// </summary>
public sealed class Trait(string module, string name, ImmutableArray<string> typeParams, string description)
{
    public string Module { get; } = module;

    public string Name { get; } = name;

    public string QualifiedName => Module.Length == 0 ? Name : $"{Module}.{Name}";

    public ImmutableArray<string> TypeParams { get; } = typeParams;

    /// <summary>What the trait provides, for messages ("calling `f` needs equality").</summary>
    public string Description { get; } = description;

    public Dictionary<string, TraitMethod> Methods { get; } = [];

    public List<string> AssociatedTypes { get; } = [];

    public bool IsPublic { get; set; } = true;

    public SourceText? Source { get; init; }

    public TextSpan Span { get; init; }

    /// <summary>Internal requirements (sending, concatenation) that no program can implement.</summary>
    public bool IsInternal { get; init; }

    public static MeshType Self => new TypeParam(0, "Self");

    /// <summary>The placeholder for <c>Self.Name</c> in a signature.</summary>
    public static TypeCon AssociatedType(string name) => new($"Self.{name}", []);

    public static bool IsAssociatedType(TypeCon type, out string name)
    {
        name = type.Name.StartsWith("Self.", StringComparison.Ordinal) ? type.Name[5..] : "";
        return name.Length > 0;
    }

    public override string ToString() => QualifiedName;

    // ---- the traits the language defines ----

    public static readonly Trait Eq = Builtin("Eq", "equality", ("eq", [Self, Self], MeshType.Bool));
    public static readonly Trait Ord = Builtin("Ord", "ordering", ("compare", [Self, Self], BuiltinTypes.Ordering.Apply([])));
    public static readonly Trait Display = Builtin("Display", "Display", ("to_string", [Self], MeshType.String));
    public static readonly Trait Debug = Builtin("Debug", "Debug", ("inspect", [Self], MeshType.String));
    public static readonly Trait Hash = Builtin("Hash", "hashing", ("hash", [Self], MeshType.Int));
    public static readonly Trait Default = Builtin("Default", "a default value", ("default", [], Self));
    public static readonly Trait Add = Operator("Add", "`+`", "add");
    public static readonly Trait Sub = Operator("Sub", "`-`", "sub");
    public static readonly Trait Mul = Operator("Mul", "`*`", "mul");
    public static readonly Trait Div = Operator("Div", "`/`", "div");
    public static readonly Trait Mod = Operator("Mod", "`%`", "mod");
    public static readonly Trait Neg = Unary("Neg", "unary `-`", "neg");
    public static readonly Trait Not = Unary("Not", "`not`", "not");
    public static readonly Trait From = MakeFrom();

    /// <summary><c>value.into()</c>: holds wherever the target has <c>From</c> of the value's type.</summary>
    public static readonly Trait Into = MakeInto();

    /// <summary><c>&lt;&gt;</c> and <c>++</c>: String or List.</summary>
    public static readonly Trait Concat = new("", "Concat", [], "concatenation") { IsInternal = true };

    /// <summary>Int or Float: what <c>Math.abs</c>, <c>Math.min</c> and <c>Math.max</c> take.</summary>
    public static readonly Trait Number = new("", "Number", [], "a number (Int or Float)") { IsInternal = true };

    /// <summary>
    /// The message type of a supervisor's pid (<c>Pid&lt;Name&gt;</c> from <c>spawn(Name)</c>): what the
    /// <c>Supervisor</c> functions take, so they cannot be given the pid of an ordinary actor.
    /// </summary>
    public static readonly Trait Supervisor = new("", "Supervisor", [], "a supervisor's pid") { IsInternal = true };

    /// <summary>Can be copied into another process: contains no functions.</summary>
    public static readonly Trait Sendable = new("", "Sendable", [], "sending") { IsInternal = true };

    /// <summary>
    /// Conversion to and from JSON text: <c>Json.encode(value)</c> and the static <c>T.from_json(text)</c>.
    /// Provided by <c>deriving(Json)</c> and by the encodable built-in types, never by an impl; a bound
    /// <c>where T: Json</c> may name it.
    /// </summary>
    public static readonly Trait Json = MakeJson();

    /// <summary>
    /// Building a struct from a database row: the static <c>T.from_row(Map&lt;String, String&gt;)</c>.
    /// Provided by <c>deriving(Row)</c> only.
    /// </summary>
    public static readonly Trait Row = MakeRow();

    /// <summary>Every trait a program can implement or name in a bound without defining it.</summary>
    /// <summary>
    /// <c>next(self) -> Option&lt;(Item, Self)&gt;</c>: the next item and the iterator over the rest.
    /// Iterators are values, so advancing one gives a new one (see docs/language-notes.md).
    /// </summary>
    public static readonly Trait Iterator = MakeIterator();

    /// <summary><c>iter(self) -> Self.Iter</c>, an Iterator over <c>Self.Item</c>: what <c>for x in value</c> walks.</summary>
    public static readonly Trait Iterable = MakeIterable();

    public static readonly ImmutableArray<Trait> Builtins = [Eq, Ord, Display, Debug, Hash, Default, Add, Sub, Mul, Div, Mod, Neg, Not, From, Into, Json, Row, Iterator, Iterable];

    /// <summary>The arithmetic operator traits: Int and Float implement all of them.</summary>
    public static bool IsArithmetic(Trait trait) => trait == Add || trait == Sub || trait == Mul || trait == Div || trait == Mod || trait == Neg;

    private static Trait Builtin(string name, string description, (string Name, ImmutableArray<MeshType> Params, MeshType Return) method)
    {
        var trait = new Trait("", name, [], description);
        trait.Methods[method.Name] = new TraitMethod(method.Name, new FunType(method.Params, method.Return), method.Params.Length > 0, null);
        return trait;
    }

    private static Trait Operator(string name, string description, string method)
    {
        var trait = new Trait("", name, [], description);
        trait.AssociatedTypes.Add("Output");
        trait.Methods[method] = new TraitMethod(method, new FunType([Self, Self], AssociatedType("Output")), true, null);
        return trait;
    }

    private static Trait Unary(string name, string description, string method)
    {
        var trait = new Trait("", name, [], description);
        trait.AssociatedTypes.Add("Output");
        trait.Methods[method] = new TraitMethod(method, new FunType([Self], AssociatedType("Output")), true, null);
        return trait;
    }

    private static Trait MakeIterator()
    {
        var trait = new Trait("", "Iterator", [], "iteration");
        trait.AssociatedTypes.Add("Item");
        var step = BuiltinTypes.Option.Apply([MeshType.Tuple([AssociatedType("Item"), Self])]);
        trait.Methods["next"] = new TraitMethod("next", new FunType([Self], step), true, null);
        return trait;
    }

    private static Trait MakeIterable()
    {
        var trait = new Trait("", "Iterable", [], "iteration with `for`");
        trait.AssociatedTypes.Add("Item");
        trait.AssociatedTypes.Add("Iter");
        trait.Methods["iter"] = new TraitMethod("iter", new FunType([Self], AssociatedType("Iter")), true, null);
        return trait;
    }

    private static Trait MakeInto()
    {
        var trait = new Trait("", "Into", ["T"], "conversion");
        trait.Methods["into"] = new TraitMethod("into", new FunType([Self], new TypeParam(1, "T")), true, null);
        return trait;
    }

    private static Trait MakeJson()
    {
        var trait = new Trait("", "Json", [], "JSON conversion") { IsInternal = true };
        var result = BuiltinTypes.Result.Apply([Self, MeshType.String]);
        trait.Methods["from_json"] = new TraitMethod("from_json", new FunType([MeshType.String], result), false, null);
        return trait;
    }

    private static Trait MakeRow()
    {
        var trait = new Trait("", "Row", [], "building from a database row") { IsInternal = true };
        var row = new TypeCon("Map", [MeshType.String, MeshType.String]);
        trait.Methods["from_row"] = new TraitMethod("from_row", new FunType([row], BuiltinTypes.Result.Apply([Self, MeshType.String])), false, null);
        return trait;
    }

    private static Trait MakeFrom()
    {
        var trait = new Trait("", "From", ["T"], "conversion");
        trait.Methods["from"] = new TraitMethod("from", new FunType([new TypeParam(1, "T")], Self), false, null);
        return trait;
    }
}

/// <summary>A method of a trait. <see cref="Default"/> is the body an impl inherits when it leaves the method out.</summary>
public sealed record TraitMethod(string Name, FunType Signature, bool HasSelf, FnDef? Default);

/// <summary>
/// <c>impl Trait&lt;Args&gt; for SelfType</c>. Types are written in terms of the impl's own type
/// parameters (<see cref="TypeParam"/> i = <see cref="TypeParams"/>[i]).
/// </summary>
public sealed class TraitImpl(Trait trait, string module, SourceText source, TextSpan span)
{
    public Trait Trait { get; } = trait;

    public string Module { get; } = module;

    public SourceText Source { get; } = source;

    public TextSpan Span { get; } = span;

    public ImmutableArray<string> TypeParams { get; set; } = [];

    public MeshType SelfType { get; set; } = MeshType.Error;

    public ImmutableArray<MeshType> TraitArgs { get; set; } = [];

    public Dictionary<string, MeshType> AssociatedTypes { get; } = [];

    /// <summary><c>where T: Display</c>: the impl applies only when these hold.</summary>
    public List<(int Param, Trait Trait)> Bounds { get; } = [];

    /// <summary>
    /// <c>I.Item</c> for a parameter I bounded by an interface declaring <c>Item</c>
    /// (<c>impl Iterator for Mapped&lt;I&gt; where I: Iterator</c>): a further parameter at
    /// <c>Index</c> (after the written ones) that no type binds: it is that associated type of
    /// whatever <c>Param</c> is bound to, found by <see cref="CompleteBindings"/>.
    /// </summary>
    public List<(int Index, int Param, Trait Trait, string Name)> Projections { get; } = [];

    /// <summary>
    /// What the impl's methods require of a projection parameter, in terms of the impl's parameters
    /// (<c>x &lt; self.limit</c> makes <c>I.Item</c> an Int; calling <c>self.f(x)</c> makes it the
    /// closure's argument type A): learnt when the methods are checked, required at each use of the impl.
    /// </summary>
    public Dictionary<int, MeshType> ProjectionConstraints { get; } = [];

    /// <summary>
    /// Arguments for every parameter from what matching bound: the unbound written ones from
    /// <paramref name="unbound"/>, projection parameters from <paramref name="project"/> (trait,
    /// the bound parameter's argument, the associated type's name).
    /// </summary>
    public ImmutableArray<MeshType> CompleteBindings(MeshType?[] bindings, Func<MeshType> unbound, Func<Trait, MeshType, string, MeshType> project)
    {
        var args = new MeshType[TypeParams.Length];
        var projected = Projections.Select(p => p.Index).ToHashSet();
        for (var i = 0; i < args.Length; i++)
        {
            if (!projected.Contains(i))
            {
                args[i] = bindings[i] ?? unbound();
            }
        }
        foreach (var (index, param, trait, name) in Projections)
        {
            args[index] = project(trait, args[param], name);
        }
        return [.. args];
    }

    /// <summary>The function implementing each method (the impl's own, or the trait's default).</summary>
    public Dictionary<string, FunctionSymbol> Methods { get; } = [];

    public override string ToString() => $"impl {Trait.Name} for {TypeFormatter.Format(SelfType)}";

    /// <summary>The impl of <paramref name="trait"/> that applies to a type and trait arguments (unknown arguments match any).</summary>
    public static TraitImpl? Find(IEnumerable<TraitImpl> impls, Trait trait, TypeCon type, ImmutableArray<MeshType> traitArgs, bool lenient = false)
    {
        foreach (var impl in impls)
        {
            if (impl.Trait != trait)
            {
                continue;
            }
            var bindings = new MeshType?[impl.TypeParams.Length];
            if (!Match(impl.SelfType, type, bindings, lenient))
            {
                continue;
            }
            var argsMatch = true;
            for (var i = 0; !traitArgs.IsDefaultOrEmpty && i < traitArgs.Length && i < impl.TraitArgs.Length; i++)
            {
                argsMatch &= Match(impl.TraitArgs[i], traitArgs[i], bindings, lenient);
            }
            if (argsMatch)
            {
                return impl;
            }
        }
        return null;
    }

    /// <summary>
    /// Lenient matching of <see cref="SelfType"/> against a type still being inferred, for building
    /// the impl's arguments. A parameter whose associated types are projected (I of <c>where I:
    /// Iterator</c>) is bound even to a type variable: <c>I.Item</c> must be the Item of that very
    /// variable (inside the impl, <c>Windows { … }.next()</c> has the method's own I), not of a fresh
    /// one that nothing ever settles. Other parameters left unknown get fresh variables, as before.
    /// </summary>
    public void MatchForArguments(MeshType type, MeshType?[] bindings)
    {
        Match(SelfType, type, bindings, lenient: true);
        if (Projections.Count > 0)
        {
            BindProjectedVariables(SelfType, type, bindings, Projections.Select(p => p.Param).ToHashSet());
        }
    }

    private static void BindProjectedVariables(MeshType pattern, MeshType type, MeshType?[] bindings, HashSet<int> projected)
    {
        switch (pattern)
        {
            case TypeParam p when p.Index < bindings.Length && projected.Contains(p.Index) && bindings[p.Index] is null && type is TypeVar:
                bindings[p.Index] = type;
                break;
            case TypeCon pc when type is TypeCon tc && pc.Name == tc.Name && pc.Args.Length == tc.Args.Length:
                for (var i = 0; i < pc.Args.Length; i++)
                {
                    BindProjectedVariables(pc.Args[i], tc.Args[i], bindings, projected);
                }
                break;
        }
    }

    /// <summary>
    /// One-way matching of an impl's pattern type against a type: binds the impl's parameters.
    /// Inference variables in <paramref name="type"/> match only themselves.
    /// </summary>
    public static bool Match(MeshType pattern, MeshType type, MeshType?[] bindings, bool lenient = false)
    {
        if (lenient && type is TypeVar)
        {
            // Not known yet: it may still turn out to match.
            return true;
        }
        switch (pattern)
        {
            case TypeParam p when p.Index < bindings.Length:
                if (bindings[p.Index] is { } bound)
                {
                    return bound.Equals(type);
                }
                bindings[p.Index] = type;
                return true;
            case TypeCon pc when type is TypeCon tc:
                if (pc.Name != tc.Name || pc.Args.Length != tc.Args.Length)
                {
                    return false;
                }
                for (var i = 0; i < pc.Args.Length; i++)
                {
                    if (!Match(pc.Args[i], tc.Args[i], bindings, lenient))
                    {
                        return false;
                    }
                }
                return true;
            case FunType pf when type is FunType tf:
                if (pf.Params.Length != tf.Params.Length)
                {
                    return false;
                }
                for (var i = 0; i < pf.Params.Length; i++)
                {
                    if (!Match(pf.Params[i], tf.Params[i], bindings, lenient))
                    {
                        return false;
                    }
                }
                return Match(pf.Return, tf.Return, bindings, lenient);
            default:
                return pattern.Equals(type);
        }
    }
}
