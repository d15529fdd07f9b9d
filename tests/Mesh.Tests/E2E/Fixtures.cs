using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>Finds fixture files under <c>tests/</c>; every fixture becomes one NUnit test case named after it.</summary>
public static class Fixtures
{
    public static string E2EDir => Path.Combine(RepoPaths.Tests, "e2e");

    public static string CompileFailDir => Path.Combine(RepoPaths.Tests, "compile_fail");

    public static string GoldenDir => Path.Combine(RepoPaths.Tests, "golden");

    /// <summary>
    /// Run fixtures: <c>e2e/NAME.mpl</c> or a project folder <c>e2e/NAME/</c> (with <c>main.mpl</c>),
    /// each with <c>e2e/NAME.out</c> beside it.
    /// </summary>
    public static IEnumerable<TestCaseData> E2ECases() => ProgramsIn(E2EDir);

    /// <summary>Compile-fail fixtures: <c>compile_fail/NAME.mpl</c> or a project folder <c>compile_fail/NAME/</c>.</summary>
    public static IEnumerable<TestCaseData> CompileFailCases() => ProgramsIn(CompileFailDir);

    /// <summary>The main file of a fixture: <c>NAME.mpl</c>, or <c>NAME/main.mpl</c> for a project folder.</summary>
    public static string MainFile(string fixtureDir, string name)
    {
        var file = Path.Combine(fixtureDir, name + ".mpl");
        return File.Exists(file) ? file : Path.Combine(fixtureDir, name, "main.mpl");
    }

    private static IEnumerable<TestCaseData> ProgramsIn(string fixtureDir)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(fixtureDir))
        {
            foreach (var file in Directory.GetFiles(fixtureDir, "*.mpl"))
            {
                names.Add(Path.GetFileNameWithoutExtension(file));
            }
            foreach (var dir in Directory.GetDirectories(fixtureDir))
            {
                if (File.Exists(Path.Combine(dir, "main.mpl")))
                {
                    names.Add(Path.GetFileName(dir));
                }
            }
        }
        return names.Select(n => new TestCaseData(n).SetName(n));
    }

    public static IEnumerable<TestCaseData> GoldenCases() => FilesIn(GoldenDir);

    private static IEnumerable<TestCaseData> FilesIn(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.mpl")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .Order(StringComparer.Ordinal)
                .Select(n => new TestCaseData(n).SetName(n))
            : [];

    /// <summary>
    /// Copies fixture source into a fresh project folder <c>TEMP/NAME/</c>: a single file becomes
    /// <c>main.mpl</c>, a folder is copied as it is. Returns the project folder.
    /// </summary>
    public static string StageProject(TempDir temp, string fixtureDir, string name)
    {
        var project = Path.Combine(temp.Path, name);
        var folder = Path.Combine(fixtureDir, name);
        var file = folder + ".mpl";
        if (File.Exists(file))
        {
            Directory.CreateDirectory(project);
            File.Copy(file, Path.Combine(project, "main.mpl"));
        }
        else if (Directory.Exists(folder))
        {
            TempDir.CopyTree(folder, project);
        }
        else
        {
            Assert.Fail($"fixture {name}: neither {file} nor {folder}/ exists");
        }
        return project;
    }
}
