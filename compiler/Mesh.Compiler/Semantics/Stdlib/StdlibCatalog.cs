using System.Collections.Frozen;

namespace Mesh.Compiler.Semantics.Stdlib;

/// <summary>
/// One standard-library function as the compiler sees it: its Mesh-visible module and name, its
/// type written in Mesh type syntax (lower-case single letters are type variables), and the C-ABI
/// symbol of its implementation in <c>stdlib/</c> (compiled into the runtime library).
/// </summary>
public sealed record StdlibFunction(string Module, string Name, string Signature, string Symbol)
{
    private FunType? _type;

    /// <summary>The parsed signature; type variables are <see cref="TypeParam"/>s numbered by first use.</summary>
    public FunType Type => _type ??= StdlibSignature.Parse(Signature);

    public int TypeParamCount => StdlibSignature.CountParams(Type);

    public string QualifiedName => $"{Module}.{Name}";
}

/// <summary>
/// The table of standard-library functions that compiled code can call. Adding a function is one
/// row here plus its <c>[UnmanagedCallersOnly(EntryPoint = ...)]</c> implementation in <c>stdlib/</c>;
/// the type checker, MIR lowering and code generation need no other change.
/// </summary>
public static class StdlibCatalog
{
    private static readonly StdlibFunction[] Functions =
    [
        // String
        new("String", "length", "(String) -> Int", "mesh_string_length"),
    ];

    private static readonly FrozenDictionary<(string Module, string Name), StdlibFunction> ByName =
        Functions.ToFrozenDictionary(f => (f.Module, f.Name));

    public static IEnumerable<StdlibFunction> All => Functions;

    public static StdlibFunction? Find(string module, string name) => ByName.GetValueOrDefault((module, name));

    /// <summary>Every function is also reachable as a snake_case global: <c>string_length</c> is <c>String.length</c>.</summary>
    private static readonly FrozenDictionary<string, StdlibFunction> ByFlatAlias =
        Functions.GroupBy(f => $"{ToSnake(f.Module)}_{f.Name}").ToFrozenDictionary(g => g.Key, g => g.First());

    public static StdlibFunction? FindFlatAlias(string name) => ByFlatAlias.GetValueOrDefault(name);

    private static string ToSnake(string module)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < module.Length; i++)
        {
            if (char.IsUpper(module[i]) && i > 0 && !char.IsUpper(module[i - 1]))
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(module[i]));
        }
        return sb.ToString();
    }

    public static IEnumerable<string> NamesIn(string module) => Functions.Where(f => f.Module == module).Select(f => f.Name);

    public static bool HasModule(string module) => Functions.Any(f => f.Module == module);
}
