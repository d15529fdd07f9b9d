using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// <c>tests/e2e</c>: compile each fixture with <c>meshc build</c>, run the executable and compare its
/// stdout with <c>NAME.out</c> exactly. The exit status must be 0 unless <c>NAME.exit</c> holds another
/// number; every line of an optional <c>NAME.stderr</c> must occur in stderr. An optional <c>NAME.stdin</c>
/// is the program's standard input (otherwise it is empty and closed).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class RunFixtureTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static IEnumerable<TestCaseData> Cases() => Fixtures.E2ECases();

    [TestCaseSource(nameof(Cases))]
    public void Run(string name)
    {
        var dir = Fixtures.E2EDir;
        var outFile = Path.Combine(dir, name + ".out");
        Assert.That(File.Exists(outFile), Is.True, $"missing expected-output file {outFile}");
        var expectedStdout = TextDiff.Normalize(File.ReadAllText(outFile));
        var exitFile = Path.Combine(dir, name + ".exit");
        var expectedExit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var stderrFile = Path.Combine(dir, name + ".stderr");
        var expectedStderr = File.Exists(stderrFile)
            ? File.ReadAllLines(stderrFile).Where(l => l.Length > 0).ToList()
            : [];

        using var temp = new TempDir(name);
        var project = Fixtures.StageProject(temp, dir, name);
        var build = Meshc.Build(temp.Path, name);
        if (build.ExitCode != 0 || build.TimedOut)
        {
            Assert.Fail(build.Describe($"meshc build {name}"));
        }
        var exe = Path.Combine(project, name);
        Assert.That(File.Exists(exe), Is.True, $"meshc build succeeded but wrote no {exe}\n{build.Describe("meshc build")}");

        var stdinFile = Path.Combine(dir, name + ".stdin");
        var stdin = File.Exists(stdinFile) ? File.ReadAllText(stdinFile) : null;
        var run = ProcessRunner.Run(exe, [], project, RunTimeout, standardInput: stdin);
        var problems = new List<string>();
        if (run.TimedOut)
        {
            problems.Add($"the program did not finish within {RunTimeout.TotalSeconds} s");
        }
        else if (run.ExitCode != expectedExit)
        {
            problems.Add($"exit status {run.ExitCode}, expected {expectedExit}");
        }
        if (TextDiff.Explain(expectedStdout, TextDiff.Normalize(run.Stdout)) is { } diff)
        {
            problems.Add("stdout differs from " + name + ".out: " + diff);
        }
        foreach (var line in expectedStderr)
        {
            if (!run.Stderr.Contains(line, StringComparison.Ordinal))
            {
                problems.Add($"stderr lacks \"{line}\"");
            }
        }
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n", problems) + "\n\n" + run.Describe(name));
        }
    }
}
