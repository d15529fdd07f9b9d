using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// <c>tests/golden</c>: codegen snapshots. For each <c>NAME.mpl</c> the stdout of
/// <c>meshc build --emit mir --opt 0</c> and <c>--emit llvm --opt 0</c> must equal <c>NAME.mir</c> and <c>NAME.ll</c>.
/// With <c>MESH_UPDATE_GOLDEN=1</c> (<c>make golden</c>) the files are rewritten instead; a golden file
/// that does not exist yet is written and the test fails until it has been reviewed and committed.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class GoldenTests
{
    public static bool Updating => Environment.GetEnvironmentVariable("MESH_UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Cases() => Fixtures.GoldenCases();

    [TestCaseSource(nameof(Cases))]
    public void Snapshot(string name)
    {
        using var temp = new TempDir(name);
        Fixtures.StageProject(temp, Fixtures.GoldenDir, name);
        var problems = new List<string>();
        var created = new List<string>();
        foreach (var (emit, extension) in new[] { ("mir", ".mir"), ("llvm", ".ll") })
        {
            // --opt 0 pins our own code generation, not LLVM's optimiser.
            var result = Meshc.Build(temp.Path, name, "--emit", emit, "--opt", "0");
            if (result.TimedOut || result.ExitCode != 0)
            {
                problems.Add(result.Describe($"meshc build {name} --emit {emit}"));
                continue;
            }
            // Paths are relative because meshc runs inside the temporary folder; scrub it anyway.
            var actual = TextDiff.Normalize(result.Stdout).Replace(temp.Path, "$TMP", StringComparison.Ordinal);
            if (actual.Trim().Length == 0)
            {
                problems.Add(result.Describe($"meshc build {name} --emit {emit} printed nothing on stdout; no golden file written."));
                continue;
            }
            var golden = Path.Combine(Fixtures.GoldenDir, name + extension);
            if (Updating || !File.Exists(golden))
            {
                var existed = File.Exists(golden);
                File.WriteAllText(golden, actual);
                if (!existed && !Updating)
                {
                    created.Add(golden);
                }
                continue;
            }
            var expected = TextDiff.Normalize(File.ReadAllText(golden));
            if (TextDiff.Explain(expected, actual) is { } diff)
            {
                problems.Add($"{name}{extension} differs from `meshc build --emit {emit}` (run `make golden` and review the diff if the change is intended): {diff}");
            }
        }
        foreach (var file in created)
        {
            problems.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: golden file created; review and commit it");
        }
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n", problems));
        }
    }
}
