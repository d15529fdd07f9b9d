using System.Diagnostics;

namespace Mesh.Compiler.Driver;

/// <summary>
/// Links a program's object file with the statically published runtime. The runtime's build
/// writes <c>meshrt.link</c> (one linker argument per line); we replay it after the object.
/// </summary>
public static class Linker
{
    public const string LinkFileName = "meshrt.link";

    /// <summary>
    /// The runtime directory: <c>$MESH_RUNTIME_DIR</c>, else <c>runtime/</c> beside the folder
    /// meshc runs from (the layout <c>artifacts/{meshc,runtime}</c>).
    /// </summary>
    public static string? FindRuntime()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MESH_RUNTIME_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return File.Exists(Path.Combine(fromEnv, LinkFileName)) ? Path.GetFullPath(fromEnv) : null;
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 5 && dir is not null; i++, dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "runtime"), Path.Combine(dir.FullName, "artifacts", "runtime") })
            {
                if (File.Exists(Path.Combine(candidate, LinkFileName)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>The folder of LLVM 19's own tools; <c>ld.lld</c> there comes with Debian's <c>lld-19</c>.</summary>
    public const string LlvmToolsDir = "/usr/lib/llvm-19/bin";

    /// <summary>The line of <c>meshrt.link</c> that makes the executable static (and non-PIE).</summary>
    public const string StaticFlag = "-static";

    /// <summary>
    /// The linker arguments after the object file: <c>meshrt.link</c> as written by the runtime's
    /// publish (GNU ld, "bfd"), switched to LLVM's lld when <paramref name="lldDir"/> holds
    /// <c>ld.lld</c>. lld links a program in about a third of bfd's time (bench/README.md).
    /// Without <paramref name="staticLink"/> the <c>-static</c> line is dropped: a dynamically
    /// linked PIE, which starts ~2.5 ms slower but could dlopen shared libraries.
    /// </summary>
    public static List<string> Arguments(IEnumerable<string> linkFileLines, string? lldDir, bool staticLink = true)
    {
        var args = new List<string>();
        foreach (var line in linkFileLines.Where(l => l.Length > 0))
        {
            if (!staticLink && line == StaticFlag)
            {
                continue;
            }
            if (lldDir is not null && line.StartsWith("-fuse-ld=", StringComparison.Ordinal))
            {
                // gcc finds ld.lld through -B. Under --gc-sections lld drops sections that only
                // __start_/__stop_ symbols refer to, unlike bfd; NativeAOT finds its module list
                // (__modules) that way, so keep them as bfd does.
                args.Add("-B" + lldDir);
                args.Add("-fuse-ld=lld");
                args.Add("-Wl,-z,nostart-stop-gc");
                continue;
            }
            args.Add(line);
        }
        return args;
    }

    /// <summary>Where lld is, or null to link with what <c>meshrt.link</c> names (also when <c>MESH_LINKER=bfd</c>).</summary>
    public static string? FindLld() =>
        Environment.GetEnvironmentVariable("MESH_LINKER") is not "bfd" && File.Exists(Path.Combine(LlvmToolsDir, "ld.lld")) ? LlvmToolsDir : null;

    /// <summary>False when <c>MESH_LINK=dynamic</c> asks for a dynamically linked executable.</summary>
    public static bool WantsStaticLink() => Environment.GetEnvironmentVariable("MESH_LINK") is not "dynamic";

    /// <summary>Runs the system C compiler as the linker; returns its error output on failure.</summary>
    public static string? Link(string objectFile, string output, string runtimeDir)
    {
        var args = new List<string> { objectFile };
        args.AddRange(Arguments(File.ReadAllLines(Path.Combine(runtimeDir, LinkFileName)), FindLld(), WantsStaticLink()));
        args.Add("-o");
        args.Add(output);
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("CC") is { Length: > 0 } cc ? cc : "cc")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start the C compiler");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            return (stdout + stderr.Result).Trim();
        }
        return null;
    }
}
