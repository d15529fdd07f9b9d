using System.Collections.Immutable;

namespace Mesh.Compiler.Semantics;

/// <summary>
/// A Mesh type as the checker sees it. Type variables are solved by <see cref="Substitution"/>;
/// after checking, <see cref="Substitution.Resolve"/> gives the final type.
/// </summary>
public abstract record MeshType
{
    public static readonly MeshType Int = new TypeCon("Int", []);
    public static readonly MeshType Float = new TypeCon("Float", []);
    public static readonly MeshType Bool = new TypeCon("Bool", []);
    public static readonly MeshType String = new TypeCon("String", []);
    public static readonly MeshType Unit = new TypeCon("()", []);

    /// <summary><c>:name</c> literals: names compared by their text, distinct from String.</summary>
    public static readonly MeshType Atom = new TypeCon("Atom", []);

    /// <summary>The opaque JSON document type of <c>JSON.parse</c> (held as its compact JSON text).</summary>
    public static readonly MeshType Json = new TypeCon("Json", []);

    /// <summary>The type of something already reported as an error: unifies with anything, so one mistake gives one diagnostic.</summary>
    public static readonly MeshType Error = new TypeCon(ErrorName, []);

    public const string ErrorName = "{error}";

    public static MeshType Pid(MeshType message) => new TypeCon("Pid", [message]);

    /// <summary>Tuples are the type constructor <c>Tuple</c> applied to their element types.</summary>
    public static MeshType Tuple(ImmutableArray<MeshType> elements) => new TypeCon(TupleName, elements);

    public const string TupleName = "Tuple";

    public static MeshType List(MeshType element) => new TypeCon("List", [element]);

    /// <summary>The lazy iterator type, defined in Mesh by the standard library's Iter module.</summary>
    public const string IterName = "Iter.Iter";

    /// <summary>What <c>Supervisor.child</c> builds: an opaque value holding a start function (never sent).</summary>
    public const string ChildSpecName = "Supervisor.ChildSpec";
}

/// <summary>A named type applied to arguments: <c>Int</c>, <c>Pid&lt;String&gt;</c>, <c>List&lt;T&gt;</c>.</summary>
public sealed record TypeCon(string Name, ImmutableArray<MeshType> Args) : MeshType
{
    public bool Equals(TypeCon? other) => other is not null && Name == other.Name && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => Args.Aggregate(Name.GetHashCode(), HashCode.Combine);
}

public sealed record FunType(ImmutableArray<MeshType> Params, MeshType Return) : MeshType
{
    public bool Equals(FunType? other) => other is not null && Return.Equals(other.Return) && Params.SequenceEqual(other.Params);

    public override int GetHashCode() => Params.Aggregate(Return.GetHashCode(), HashCode.Combine);
}

/// <summary>An inference variable; unique by id.</summary>
public sealed record TypeVar(int Id) : MeshType;

/// <summary>A quantified variable in a <see cref="TypeScheme"/>, replaced by a fresh variable at each use.</summary>
public sealed record TypeParam(int Index, string Name) : MeshType;

public sealed record TypeBound(int ParamIndex, Trait Trait);

/// <summary>
/// In a scheme, "<see cref="Result"/> is the associated type <see cref="Name"/> of the parameter
/// <see cref="SelfParam"/>'s <see cref="Trait"/> impl" (<c>I.Item</c> of <c>where I: Iterator</c>):
/// each use settles it from the impl of the type given for that parameter.
/// </summary>
public sealed record SchemeProjection(Trait Trait, int SelfParam, ImmutableArray<MeshType> TraitArgs, string Name, MeshType Result);

/// <summary>A polymorphic type: <c>forall params. bounds => body</c>.</summary>
public sealed record TypeScheme(ImmutableArray<TypeParam> Params, ImmutableArray<TypeBound> Bounds, MeshType Body)
{
    /// <summary>Associated types of the parameters (<c>I.Item</c>), settled at each instantiation.</summary>
    public ImmutableArray<SchemeProjection> Projections { get; init; } = [];

    public static TypeScheme Mono(MeshType type) => new([], [], type);

    public bool IsGeneric => Params.Length > 0;
}

public static class TypeFormatter
{
    public static string Format(MeshType type) => type switch
    {
        TypeCon { Name: "()" } => "()",
        TypeCon { Name: MeshType.TupleName } t => $"({string.Join(", ", t.Args.Select(Format))})",
        TypeCon c when c.Name.StartsWith("Main.", StringComparison.Ordinal) => FormatCon(c.Name[5..], c.Args),
        // The standard library's Iter module (stdlib/mesh/iter.mpl) defines the type Iter.
        TypeCon { Name: MeshType.IterName } c => FormatCon("Iter", c.Args),
        TypeCon { Args.Length: 0 } c => c.Name,
        TypeCon c => FormatCon(c.Name, c.Args),
        FunType f => $"Fun({string.Join(", ", f.Params.Select(Format))}) -> {Format(f.Return)}",
        TypeVar => "_",
        TypeParam p => p.Name,
        _ => type.ToString(),
    };

    private static string FormatCon(string name, ImmutableArray<MeshType> args)
        => args.Length == 0 ? name : $"{name}<{string.Join(", ", args.Select(Format))}>";
}
