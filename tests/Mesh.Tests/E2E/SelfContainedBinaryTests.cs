using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// Programs are single native executables: the runtime, .NET and libc are linked in statically (a
/// static, non-PIE executable, for start-up time), so the binary loads no shared library at all and
/// runs with an empty environment. <c>MESH_LINK=dynamic</c> gives a dynamically linked PIE instead.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public class SelfContainedBinaryTests
{
    private static readonly string[] Forbidden = ["meshrt", "coreclr", "System.", ".NET", "not found"];

    [Test]
    public void HelloExampleIsSelfContained()
    {
        using var temp = new TempDir("hello-static");
        var exe = Path.Combine(temp.Path, "hello");
        var build = Meshc.Run(RepoPaths.Root, "build", Path.Combine("examples", "hello"), "-o", exe);
        if (build.TimedOut || build.ExitCode != 0)
        {
            Assert.Fail(build.Describe("meshc build examples/hello"));
        }
        Assert.That(File.Exists(exe), Is.True, $"meshc build -o {exe} wrote nothing");

        Assert.That(ElfFile.IsStatic(exe), Is.True, "a program interpreter or dynamic section in " + exe);
        var ldd = ProcessRunner.Run("ldd", [exe], temp.Path, TimeSpan.FromSeconds(30));
        foreach (var word in Forbidden)
        {
            Assert.That(ldd.Stdout, Does.Not.Contain(word), $"ldd names `{word}`:\n{ldd.Stdout}");
        }

        var run = ProcessRunner.Run("/usr/bin/env", ["-i", exe], temp.Path, TimeSpan.FromSeconds(60), emptyEnvironment: true);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("env -i hello"));
        Assert.That(run.Stdout, Is.EqualTo("Hello, world!\n"), run.Describe("env -i hello"));
    }

    [Test]
    public void MeshLinkDynamicGivesADynamicallyLinkedProgramThatRuns()
    {
        using var temp = new TempDir("hello-dynamic");
        var exe = Path.Combine(temp.Path, "hello");
        var build = Meshc.RunWith(new Dictionary<string, string?> { ["MESH_LINK"] = "dynamic" }, RepoPaths.Root,
            "build", Path.Combine("examples", "hello"), "-o", exe);
        if (build.TimedOut || build.ExitCode != 0)
        {
            Assert.Fail(build.Describe("MESH_LINK=dynamic meshc build examples/hello"));
        }
        Assert.That(ElfFile.IsStatic(exe), Is.False, exe + " should need the dynamic loader");
        Assert.That(ElfFile.ElfType(exe), Is.EqualTo(3), "ET_DYN (PIE)");
        var ldd = ProcessRunner.Run("ldd", [exe], temp.Path, TimeSpan.FromSeconds(30));
        foreach (var word in Forbidden)
        {
            Assert.That(ldd.Stdout, Does.Not.Contain(word), $"ldd names `{word}`:\n{ldd.Stdout}");
        }
        var run = ProcessRunner.Run(exe, [], temp.Path, TimeSpan.FromSeconds(60));
        Assert.That(run.ExitCode, Is.Zero, run.Describe("hello (dynamic)"));
        Assert.That(run.Stdout, Is.EqualTo("Hello, world!\n"), run.Describe("hello (dynamic)"));
    }
}
