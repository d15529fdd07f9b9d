using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mesh.Tests.Runtime;

/// <summary>
/// Builds the C programs in runtime/tests (they stand in for compiled Mesh code)
/// against the published runtime (artifacts/runtime, produced by
/// `dotnet publish runtime/Mesh.Runtime/Mesh.Runtime.csproj -c Release -r linux-x64 -o artifacts/runtime`)
/// and runs them.
/// </summary>
internal static class RuntimeHarness
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> s_built = new();
    private static readonly Lazy<string> s_root = new(FindRepoRoot);
    private static readonly Lazy<string> s_outDir = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "mesh-runtime-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        return dir;
    });

    public static string RepoRoot => s_root.Value;
    public static string RuntimeDir => Path.Combine(RepoRoot, "artifacts", "runtime");
    public static string LinkFile => Path.Combine(RuntimeDir, "meshrt.link");

    /// <summary>The folder holding Mesh.sln, above the test assembly (or else above the working directory or $MESH_REPO_ROOT).</summary>
    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("MESH_REPO_ROOT") })
        {
            if (string.IsNullOrEmpty(start)) continue;
            var dir = new DirectoryInfo(start);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Mesh.sln"))) dir = dir.Parent;
            if (dir != null) return dir.FullName;
        }
        throw new InvalidOperationException("Mesh.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Skips (or, with MESH_REQUIRE_RUNTIME=1, fails) when the runtime has not been published.</summary>
    public static void RequireRuntime()
    {
        if (File.Exists(LinkFile)) return;
        var msg = $"{LinkFile} is missing: run `dotnet publish runtime/Mesh.Runtime/Mesh.Runtime.csproj -c Release -r linux-x64 -o artifacts/runtime` first";
        if (Environment.GetEnvironmentVariable("MESH_REQUIRE_RUNTIME") == "1") Assert.Fail(msg);
        Assert.Ignore(msg);
    }

    /// <summary>Compiles and links runtime/tests/{name}.c once per test run; returns the executable.</summary>
    public static string Build(string name)
    {
        RequireRuntime();
        return s_built.GetOrAdd(name, n => new Lazy<string>(() => Compile(n))).Value;
    }

    private static string Compile(string name)
    {
        var src = Path.Combine(RepoRoot, "runtime", "tests", name + ".c");
        var exe = Path.Combine(s_outDir.Value, name);
        var args = new List<string> { "-O2", "-Wall", "-I" + Path.Combine(RepoRoot, "runtime", "tests"), src };
        args.AddRange(File.ReadAllLines(LinkFile).Select(l => l.Trim()).Where(l => l.Length > 0));
        args.Add("-o");
        args.Add(exe);
        var r = Exec("gcc", args, null, TimeSpan.FromMinutes(2));
        if (r.ExitCode != 0) Assert.Fail($"building {name} failed:\n{r.Stdout}\n{r.Stderr}");
        return exe;
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(string name, IEnumerable<string>? args = null, IDictionary<string, string>? env = null, int timeoutSeconds = 60)
    {
        var exe = Build(name);
        return Exec(exe, args ?? [], env, TimeSpan.FromSeconds(timeoutSeconds));
    }

    public static Result Exec(string file, IEnumerable<string> args, IDictionary<string, string>? env, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env != null) foreach (var (k, v) in env) psi.Environment[k] = v;
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish within {timeout.TotalSeconds} s");
        }
        p.WaitForExit();
        sw.Stop();
        return new Result(p.ExitCode, stdout.Result, stderr.Result, sw.Elapsed);
    }
}
