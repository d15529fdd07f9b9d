using System.Collections.Immutable;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Driver;

/// <summary>
/// The standard-library modules written in Mesh itself (stdlib/mesh/*.mpl, embedded in the
/// compiler). They are checked with every program like its own modules, every module sees them
/// without an import, and, as with any Mesh code, only the functions a program reaches are lowered.
/// </summary>
public static class StandardLibrary
{
    /// <summary>The path library sources carry in diagnostics and panic locations.</summary>
    public const string PathPrefix = "<stdlib>/";

    private static readonly Lazy<ImmutableArray<ModuleFile>> LoadedModules = new(Load);

    public static ImmutableArray<ModuleFile> Modules => LoadedModules.Value;

    public static bool IsLibrarySource(SourceText source) => source.Path.StartsWith(PathPrefix, StringComparison.Ordinal);

    private static ImmutableArray<ModuleFile> Load()
    {
        var assembly = typeof(StandardLibrary).Assembly;
        var modules = ImmutableArray.CreateBuilder<ModuleFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("stdlib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var fileName = name["stdlib/".Length..];
            modules.Add(new ModuleFile(Project.ModuleNameOf(fileName), new SourceText(PathPrefix + fileName, reader.ReadToEnd()), IsEntry: false) { IsLibrary = true });
        }
        return modules.ToImmutable();
    }
}
