namespace Mesh.Tests.TestSupport;

/// <summary>Well-known locations inside the repository, found by walking up from the test assembly.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Mesh.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    public static string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>The published compiler, a NativeAOT executable (<c>make build</c> writes it).</summary>
    public static string Meshc => Path.Combine(Artifacts, "meshc", "meshc");

    public static string RuntimeDir => Path.Combine(Artifacts, "runtime");

    public static string Tests => Path.Combine(Root, "tests");

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        var starts = new[] { TestContext.CurrentContext.TestDirectory, AppContext.BaseDirectory, Directory.GetCurrentDirectory() };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Mesh.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"could not find Mesh.sln above {starts[0]}");
    }
}
