using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.Tests.TestSupport;

namespace Mesh.Tests.E2E;

/// <summary>
/// <c>tests/compile_fail</c>: programs that must be rejected (a file, or a project folder whose <c>main.mpl</c>
/// holds the expectations and the errors). Comment lines in the fixture say what to expect:
/// <c># expect-error: E0001</c> once per error, in order of appearance (the number of reported errors must
/// match), <c># expect-text: words</c> for text that must appear in stderr, and <c># expect-no-text: words</c>
/// for text that must not (a follow-on error's wording). The checker's internal error type (<c>{error}</c>)
/// must never reach the user.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public partial class CompileFailTests
{
    public static IEnumerable<TestCaseData> Cases() => Fixtures.CompileFailCases();

    [GeneratedRegex(@"^#\s*expect-error:\s*([EW]\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectErrorLine();

    [GeneratedRegex(@"^#\s*expect-text:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectTextLine();

    [GeneratedRegex(@"^#\s*expect-no-text:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectNoTextLine();

    [GeneratedRegex(@"^(error|warning)\[([EW]\d{4})\]: ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticHeader();

    [GeneratedRegex(@"^\s*--> (\S+):(\d+):(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex LocationLine();

    [TestCaseSource(nameof(Cases))]
    public void Rejects(string name)
    {
        var source = File.ReadAllText(Fixtures.MainFile(Fixtures.CompileFailDir, name));
        var expectedCodes = ExpectErrorLine().Matches(source).Select(m => m.Groups[1].Value).ToList();
        var expectedTexts = ExpectTextLine().Matches(source).Select(m => m.Groups[1].Value).ToList();
        var forbiddenTexts = ExpectNoTextLine().Matches(source).Select(m => m.Groups[1].Value).Append("{error}").ToList();
        Assert.That(expectedCodes, Is.Not.Empty, $"{name}.mpl has no `# expect-error: E....` line");

        using var temp = new TempDir(name);
        Fixtures.StageProject(temp, Fixtures.CompileFailDir, name);

        // Human-readable diagnostics.
        var build = Meshc.Build(temp.Path, name);
        var problems = new List<string>();
        if (build.TimedOut || build.ExitCode != 1)
        {
            problems.Add($"meshc build exited with {(build.TimedOut ? "a timeout" : build.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}, expected 1");
        }
        var blocks = SplitDiagnostics(build.Stderr);
        var errorBlocks = blocks.Where(b => b.Severity == "error").ToList();
        var actualCodes = errorBlocks.Select(b => b.Code).ToList();
        if (!actualCodes.SequenceEqual(expectedCodes))
        {
            problems.Add($"error codes [{string.Join(", ", actualCodes)}], expected [{string.Join(", ", expectedCodes)}]");
        }
        foreach (var block in errorBlocks)
        {
            var location = LocationLine().Match(block.Text);
            if (!location.Success)
            {
                problems.Add($"error {block.Code} has no `--> file:line:col` line");
            }
            else if (!location.Groups[1].Value.EndsWith("main.mpl", StringComparison.Ordinal))
            {
                problems.Add($"error {block.Code} points at {location.Groups[1].Value}, expected main.mpl");
            }
        }
        foreach (var text in expectedTexts)
        {
            if (!build.Stderr.Contains(text, StringComparison.Ordinal))
            {
                problems.Add($"stderr lacks \"{text}\"");
            }
        }
        foreach (var text in forbiddenTexts)
        {
            if (build.Stderr.Contains(text, StringComparison.Ordinal))
            {
                problems.Add($"stderr contains \"{text}\", which it must not");
            }
        }
        if (build.Stderr.Contains("   at ", StringComparison.Ordinal) || build.Stderr.Contains("Exception", StringComparison.Ordinal))
        {
            problems.Add("stderr looks like it contains a .NET exception or stack trace");
        }
        if (File.Exists(Path.Combine(temp.Path, name, name)))
        {
            problems.Add("an executable was written although compilation failed");
        }
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n", problems) + "\n\n" + build.Describe($"meshc build {name}"));
        }

        // The same diagnostics as JSON lines.
        var json = Meshc.Build(temp.Path, name, "--json");
        if (json.TimedOut || json.ExitCode != 1)
        {
            problems.Add($"meshc build --json exited with {json.ExitCode}, expected 1");
        }
        var jsonCodes = new List<string>();
        foreach (var line in json.Stderr.Split('\n').Where(l => l.Trim().Length > 0))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"--json line is not an object: {line}");
                    continue;
                }
                foreach (var field in new[] { "code", "severity", "message", "file", "line", "column", "spans", "hint" })
                {
                    if (!root.TryGetProperty(field, out _))
                    {
                        problems.Add($"--json object lacks \"{field}\": {line}");
                    }
                }
                if (root.TryGetProperty("severity", out var sev) && sev.ValueKind == JsonValueKind.String && sev.GetString() == "error")
                {
                    jsonCodes.Add(root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString()! : "?");
                    if (!root.TryGetProperty("line", out var l) || l.ValueKind != JsonValueKind.Number
                        || !root.TryGetProperty("column", out var c) || c.ValueKind != JsonValueKind.Number)
                    {
                        problems.Add($"--json error without numeric line/column: {line}");
                    }
                }
            }
            catch (JsonException e)
            {
                problems.Add($"--json stderr line is not JSON ({e.Message}): {line}");
            }
        }
        if (!jsonCodes.SequenceEqual(expectedCodes))
        {
            problems.Add($"--json error codes [{string.Join(", ", jsonCodes)}], expected [{string.Join(", ", expectedCodes)}]");
        }
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join("\n", problems) + "\n\n" + json.Describe($"meshc build {name} --json"));
        }
    }

    private sealed record Block(string Severity, string Code, string Text);

    private static List<Block> SplitDiagnostics(string stderr)
    {
        var headers = DiagnosticHeader().Matches(stderr);
        var blocks = new List<Block>();
        for (var i = 0; i < headers.Count; i++)
        {
            var start = headers[i].Index;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : stderr.Length;
            blocks.Add(new Block(headers[i].Groups[1].Value, headers[i].Groups[2].Value, stderr[start..end]));
        }
        return blocks;
    }
}
