using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// Programs are single native executables: the runtime and .NET are linked in statically, so the binary
/// loads no Mesh or .NET shared library and runs with an empty environment.
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

        var ldd = ProcessRunner.Run("ldd", [exe], temp.Path, TimeSpan.FromSeconds(30));
        foreach (var word in Forbidden)
        {
            Assert.That(ldd.Stdout, Does.Not.Contain(word), $"ldd names `{word}`:\n{ldd.Stdout}");
        }

        var run = ProcessRunner.Run("/usr/bin/env", ["-i", exe], temp.Path, TimeSpan.FromSeconds(60), emptyEnvironment: true);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("env -i hello"));
        Assert.That(run.Stdout, Is.EqualTo("Hello, world!\n"), run.Describe("env -i hello"));
    }
}
