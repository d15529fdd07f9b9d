using Mesh.Compiler.Driver;
using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// meshc links with LLVM's lld when <c>lld-19</c> is installed (scripts/install-deps.sh installs it)
/// and falls back to GNU ld from <c>meshrt.link</c> otherwise, or when <c>MESH_LINKER=bfd</c>.
/// Both must give a program that behaves the same, including actor crashes and restarts.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class LinkerChoiceTests
{
    private const string Fixture = "supervisor_one_for_all";

    private static readonly string[] LinkFile =
        ["-Wl,--whole-archive", "/rt/libmeshrt.a", "-Wl,--no-whole-archive", "", "-gz=zlib", "-fuse-ld=bfd", "-lm", "-Wl,--gc-sections"];

    [Test]
    public void WithLldTheLinkFileSwitchesLinkerAndKeepsStartStopSections()
    {
        var args = Linker.Arguments(LinkFile, "/opt/llvm/bin");
        Assert.That(args, Is.EqualTo(new[]
        {
            "-Wl,--whole-archive", "/rt/libmeshrt.a", "-Wl,--no-whole-archive", "-gz=zlib",
            "-B/opt/llvm/bin", "-fuse-ld=lld", "-Wl,-z,nostart-stop-gc", "-lm", "-Wl,--gc-sections",
        }));
    }

    [Test]
    public void WithoutLldTheLinkFileIsReplayedAsWritten()
    {
        Assert.That(Linker.Arguments(LinkFile, null), Is.EqualTo(LinkFile.Where(a => a.Length > 0)));
    }

    [Test]
    public void DynamicLinkDropsOnlyTheStaticLine()
    {
        string[] withStatic = [.. LinkFile, Linker.StaticFlag];
        Assert.That(Linker.Arguments(withStatic, null), Does.Contain(Linker.StaticFlag));
        Assert.That(Linker.Arguments(withStatic, null, staticLink: false), Is.EqualTo(LinkFile.Where(a => a.Length > 0)));
    }

    [TestCase("bfd")]
    [TestCase("default")]
    public void ProgramLinkedWithEitherLinkerRuns(string linker)
    {
        var lldInstalled = File.Exists(Path.Combine(Linker.LlvmToolsDir, "ld.lld"));
        using var temp = new TempDir("linker-" + linker);
        var project = Fixtures.StageProject(temp, Fixtures.E2EDir, Fixture);
        var environment = new Dictionary<string, string?> { ["MESH_LINKER"] = linker == "bfd" ? "bfd" : null };
        var build = Meshc.RunWith(environment, temp.Path, "build", Fixture);
        if (build.ExitCode != 0 || build.TimedOut)
        {
            Assert.Fail(build.Describe($"MESH_LINKER={linker} meshc build {Fixture}"));
        }
        var exe = Path.Combine(project, Fixture);

        // The linker signs .comment; lld's line says which one ran.
        var comment = ProcessRunner.Run("readelf", ["-p", ".comment", exe], temp.Path, TimeSpan.FromSeconds(30));
        Assert.That(comment.ExitCode, Is.Zero, comment.Describe("readelf -p .comment"));
        var linkedByLld = comment.Stdout.Contains("LLD", StringComparison.Ordinal);
        Assert.That(linkedByLld, Is.EqualTo(linker != "bfd" && lldInstalled), comment.Stdout);

        var run = ProcessRunner.Run(exe, [], project, TimeSpan.FromSeconds(60));
        Assert.That(run.ExitCode, Is.Zero, run.Describe(Fixture));
        var expected = TextDiff.Normalize(File.ReadAllText(Path.Combine(Fixtures.E2EDir, Fixture + ".out")));
        Assert.That(TextDiff.Explain(expected, TextDiff.Normalize(run.Stdout)), Is.Null, run.Describe(Fixture));
    }
}
