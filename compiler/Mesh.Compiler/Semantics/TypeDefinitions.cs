using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public enum TypeDefinitionKind
{
    Struct,
    Sum,
}

/// <summary>A field of a struct or a variant; its type is written in terms of the definition's <see cref="TypeParam"/>s.</summary>
public sealed record FieldDefinition(string Name, MeshType Type);

/// <summary>A variant of a sum type. <see cref="Tag"/> is its index, stored in slot 0 of every value.</summary>
public sealed record VariantDefinition(string Name, int Tag, ImmutableArray<FieldDefinition> Fields, bool HasNamedFields);

/// <summary>
/// A struct or sum type. Values are heap objects of 8-byte slots: a struct's fields in order; a
/// sum type's tag followed by the variant's fields.
/// </summary>
public sealed class TypeDefinition(string module, string name, TypeDefinitionKind kind, ImmutableArray<string> typeParams, SourceText? source, TextSpan span)
{
    public string Module { get; } = module;

    public string Name { get; } = name;

    /// <summary>The name types of this definition carry (<see cref="TypeCon.Name"/>): <c>Module.Name</c>, or just the name for built-ins.</summary>
    public string TypeName => Module.Length == 0 ? Name : $"{Module}.{Name}";

    public TypeDefinitionKind Kind { get; } = kind;

    public ImmutableArray<string> TypeParams { get; } = typeParams;

    public SourceText? Source { get; } = source;

    public TextSpan Span { get; } = span;

    public bool IsPublic { get; set; }

    public ImmutableArray<FieldDefinition> Fields { get; set; } = [];

    public ImmutableArray<VariantDefinition> Variants { get; set; } = [];

    /// <summary>Traits from <c>deriving(...)</c>, or the defaults (Eq, Ord, Debug, Hash) when there is no clause.</summary>
    public ImmutableHashSet<string> Derives { get; set; } = [];

    /// <summary>Table metadata of a struct deriving Schema (TypeChecker.Schema.cs); null otherwise.</summary>
    public SchemaInfo? Schema { get; set; }

    /// <summary>The type of a value of this definition applied to <paramref name="args"/>.</summary>
    public TypeCon Apply(ImmutableArray<MeshType> args) => new(TypeName, args);

    public override string ToString() => TypeName;
}

/// <summary>The definitions every program has: Option, Result, Ordering and the process-signal types.</summary>
public static class BuiltinTypes
{
    public static readonly TypeDefinition Option = MakeOption();
    public static readonly TypeDefinition Result = MakeResult();

    /// <summary>Why a process ended. Tags equal the runtime's reason kinds (runtime/README.md, "ABI").</summary>
    public static readonly TypeDefinition ExitReason = MakeExitReason();

    /// <summary>
    /// What the runtime itself puts in a mailbox: <c>Exit(pid, reason)</c> from a link (when trapping
    /// exits) and <c>Down(ref, pid, reason)</c> from a monitor. Receive arms with these patterns
    /// match system messages; the others match the actor's own messages.
    /// </summary>
    public static readonly TypeDefinition SystemMessage = MakeSystemMessage();

    /// <summary><c>Less | Equal | Greater</c>: what <c>compare</c> returns.</summary>
    public static readonly TypeDefinition Ordering = MakeOrdering();

    public static IEnumerable<TypeDefinition> All => [Option, Result, ExitReason, SystemMessage, Ordering];

    private static TypeDefinition MakeOrdering()
    {
        var def = new TypeDefinition("", "Ordering", TypeDefinitionKind.Sum, [], null, default) { IsPublic = true };
        def.Variants = [new("Less", 0, [], false), new("Equal", 1, [], false), new("Greater", 2, [], false)];
        def.Derives = ["Eq", "Ord", "Debug", "Hash", "Display"];
        return def;
    }

    private static TypeDefinition MakeExitReason()
    {
        var def = new TypeDefinition("", "ExitReason", TypeDefinitionKind.Sum, [], null, default) { IsPublic = true };
        var text = new FieldDefinition("0", MeshType.String);
        def.Variants =
        [
            new("Normal", 0, [], false), new("Panic", 1, [text], false), new("Killed", 2, [], false), new("Shutdown", 3, [], false),
            new("Custom", 4, [text], false), new("Noproc", 5, [], false), new("Noconnection", 6, [], false),
        ];
        def.Derives = ["Eq", "Ord", "Debug", "Hash", "Display"];
        return def;
    }

    private static TypeDefinition MakeSystemMessage()
    {
        var def = new TypeDefinition("", "SystemMessage", TypeDefinitionKind.Sum, ["M"], null, default) { IsPublic = true };
        var pid = new FieldDefinition("pid", MeshType.Pid(new TypeParam(0, "M")));
        var reason = new FieldDefinition("reason", ExitReason.Apply([]));
        def.Variants = [new("Exit", 0, [pid, reason], false), new("Down", 1, [new("ref", MeshType.Int), pid, reason], false)];
        def.Derives = ["Eq", "Debug", "Display"];
        return def;
    }

    private static TypeDefinition MakeOption()
    {
        var def = new TypeDefinition("", "Option", TypeDefinitionKind.Sum, ["T"], null, default) { IsPublic = true };
        def.Variants = [new("Some", 0, [new("0", new TypeParam(0, "T"))], false), new("None", 1, [], false)];
        def.Derives = ["Eq", "Ord", "Debug", "Hash", "Display"];
        return def;
    }

    private static TypeDefinition MakeResult()
    {
        var def = new TypeDefinition("", "Result", TypeDefinitionKind.Sum, ["T", "E"], null, default) { IsPublic = true };
        def.Variants = [new("Ok", 0, [new("0", new TypeParam(0, "T"))], false), new("Err", 1, [new("0", new TypeParam(1, "E"))], false)];
        def.Derives = ["Eq", "Ord", "Debug", "Hash", "Display"];
        return def;
    }
}
