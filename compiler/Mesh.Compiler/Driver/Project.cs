using System.Collections.Immutable;
using System.Text;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Driver;

/// <summary>One source file of a project and the module name its path gives it.</summary>
public sealed record ModuleFile(string ModuleName, SourceText Source, bool IsEntry)
{
    /// <summary>A standard-library module written in Mesh (<see cref="StandardLibrary"/>).</summary>
    public bool IsLibrary { get; init; }
}

/// <summary>
/// A Mesh project on disk: every <c>.mpl</c> file under the root (dot-entries skipped);
/// <c>main.mpl</c> at the root is the entry module <c>Main</c>; other files are named by their
/// path, each segment in PascalCase (<c>math/vector_ops.mpl</c> → <c>Math.VectorOps</c>).
/// </summary>
public sealed record Project(string Root, string Name, ImmutableArray<ModuleFile> Files)
{
    public static (Project? Project, ImmutableArray<Diagnostic> Diagnostics) Load(string root)
    {
        root = Path.GetFullPath(root);
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        if (!Directory.Exists(root))
        {
            return (null, [Diagnostic.Error(DiagnosticCode.MissingEntryFile, $"project directory '{root}' does not exist", null, default)]);
        }
        var entryPath = Path.Combine(root, "main.mpl");
        if (!File.Exists(entryPath))
        {
            return (null, [Diagnostic.Error(DiagnosticCode.MissingEntryFile, $"no main.mpl in '{root}'", null, default,
                hint: "a Mesh project is a directory whose main.mpl defines `fn main()`")]);
        }
        var files = ImmutableArray.CreateBuilder<ModuleFile>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var path in EnumerateSources(root).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path);
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (IOException e)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.CannotReadFile, $"cannot read {relative}: {e.Message}", null, default));
                continue;
            }
            var isEntry = relative == "main.mpl";
            files.Add(new ModuleFile(isEntry ? "Main" : ModuleNameOf(relative), new SourceText(relative, text), isEntry));
        }
        // The entry module first keeps diagnostics and output in a stable, natural order.
        var ordered = files.OrderBy(f => f.IsEntry ? 0 : 1).ThenBy(f => f.Source.Path, StringComparer.Ordinal).ToImmutableArray();
        return (new Project(root, name, ordered), diagnostics.ToImmutable());
    }

    private static IEnumerable<string> EnumerateSources(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*.mpl"))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                yield return file;
            }
        }
        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            if (Path.GetFileName(sub).StartsWith('.'))
            {
                continue;
            }
            foreach (var file in EnumerateSources(sub))
            {
                yield return file;
            }
        }
    }

    public static string ModuleNameOf(string relativePath)
    {
        var withoutExtension = Path.ChangeExtension(relativePath, null)!;
        var segments = withoutExtension.Split(Path.DirectorySeparatorChar, '/');
        return string.Join('.', segments.Select(PascalCase));
    }

    private static string PascalCase(string snake)
    {
        var sb = new StringBuilder();
        foreach (var part in snake.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }
        return sb.ToString();
    }
}
