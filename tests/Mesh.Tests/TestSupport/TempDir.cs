namespace Mesh.Tests.TestSupport;

/// <summary>
/// A fresh directory under the system temp folder, deleted on dispose unless the test failed and
/// <c>MESH_KEEP_TEMP=1</c> is set (then its path is written to the test output).
/// </summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string hint = "t")
    {
        var safe = new string(hint.Select(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' ? c : '_').ToArray());
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mesh-tests", $"{safe}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed;
        if (failed && System.Environment.GetEnvironmentVariable("MESH_KEEP_TEMP") == "1")
        {
            TestContext.Out.WriteLine($"kept {Path}");
            return;
        }
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Copies a directory tree (skipping files named like the directory, i.e. stale executables).</summary>
    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        var staleExe = System.IO.Path.GetFileName(from.TrimEnd('/'));
        foreach (var file in Directory.GetFiles(from))
        {
            var name = System.IO.Path.GetFileName(file);
            if (name == staleExe || name.EndsWith(".o", StringComparison.Ordinal))
            {
                continue;
            }
            File.Copy(file, System.IO.Path.Combine(to, name));
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyTree(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }
}
