using Mesh.Compiler.Codegen;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Driver;
using Mesh.Compiler.Llvm;
using Mesh.Compiler.Text;
using Mesh.Tests.TestSupport;

namespace Mesh.Tests.Compiler;

/// <summary>
/// Bad input must get diagnostics, never a compiler crash: every fixture program, mutated in
/// many seeded ways, goes through the whole front end (parse → check → MIR) in process.
/// The long version of this run lives in bench/; this fixed-seed slice runs in every test run.
/// </summary>
[TestFixture]
public class FrontEndRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "fn", "do", "end", "(", ")", "[", "]", "{", "}", "%{", "->", "=>", "|>", "::", ":", ",", ".", "..", "\"", "${", "#=",
        "case", "receive", "after", "if", "else", "let", "=", "spawn(", "send(", "self()", "actor", "struct", "type", "when",
        "\n", " ", "1", "-", "0x", "1.5e", "x", "Foo", ":atom", "?", "!", "not", "and", "return", "_", "|", "<>", "%",
    ];

    private static IEnumerable<string> Sources()
    {
        foreach (var dir in new[] { "e2e", "compile_fail", "golden" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Tests, dir), "*.mpl", SearchOption.AllDirectories).Order())
            {
                yield return file;
            }
        }
    }

    [Test]
    public void MutatedFixturesNeverCrashTheFrontEnd()
    {
        // MESH_FUZZ_ITERATIONS / MESH_FUZZ_SEED run a longer or different campaign locally.
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MESH_FUZZ_ITERATIONS"), out var n) ? n : 150;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("MESH_FUZZ_SEED"), out var seed) ? seed : 20261129);
        var runs = 0;
        var compiled = 0;
        using var context = new LlvmContext();
        using var target = LlvmTargetMachine.CreateHost(0);
        foreach (var path in Sources())
        {
            var text = File.ReadAllText(path);
            for (var i = 0; i < iterations; i++)
            {
                var mutated = Mutate(text, random);
                var file = new ModuleFile("Main", new SourceText("main.mpl", mutated), IsEntry: true);
                try
                {
                    var (program, diagnostics) = MeshCompiler.FrontEnd([file]);
                    if (program is null)
                    {
                        Assert.That(diagnostics.Any(d => d.Severity == Severity.Error), Is.True,
                            $"rejected without an error diagnostic:\n{mutated}");
                    }
                    else
                    {
                        // Whatever the checker accepts must lower to IR that LLVM's verifier accepts.
                        using var module = LlvmCodegen.Generate(program, context, target, "fuzz");
                        compiled++;
                    }
                    foreach (var d in diagnostics)
                    {
                        // Rendering must cope with every span a phase produces.
                        DiagnosticRenderer.Render(d);
                        DiagnosticRenderer.RenderJson(d);
                    }
                }
                catch (Exception e) when (e is not AssertionException)
                {
                    Assert.Fail($"front end crashed on a mutation of {Path.GetFileName(path)}: {e}\n--- input ---\n{mutated}");
                }
                runs++;
            }
        }
        Assert.That(runs, Is.GreaterThan(500));
        Assert.That(compiled, Is.GreaterThan(runs / 20), "too few mutations got past the checker to exercise code generation");
    }

    private static readonly string[] Replacements = ["1", "-2", "2.5", "\"s\"", "true", "()", "main", "self()", "x", "y", "n", "println", "spawn"];

    /// <summary>Swaps one word or number for another word of the file or a literal: mostly still parses, so it exercises the checker.</summary>
    private static string ReplaceWord(string text, Random random)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text, @"\b[A-Za-z_][A-Za-z0-9_]*\b|\b\d+(\.\d+)?\b");
        if (words.Count == 0)
        {
            return text;
        }
        var target = words[random.Next(words.Count)];
        var replacement = random.Next(2) == 0 ? words[random.Next(words.Count)].Value : Replacements[random.Next(Replacements.Length)];
        return text[..target.Index] + replacement + text[(target.Index + target.Length)..];
    }

    private static string Mutate(string text, Random random)
    {
        var result = text;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && result.Length > 0; e++)
        {
            var at = random.Next(result.Length);
            switch (random.Next(7))
            {
                case 5 or 6:
                    result = ReplaceWord(result, random);
                    break;
                case 0:
                    result = result[..at]; // truncation
                    break;
                case 1:
                    result = result.Remove(at, Math.Min(random.Next(1, 12), result.Length - at));
                    break;
                case 2:
                    result = result.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 3:
                    {
                        var lines = result.Split('\n').ToList();
                        var line = random.Next(lines.Count);
                        lines.Insert(random.Next(lines.Count), lines[line]);
                        result = string.Join('\n', lines);
                        break;
                    }
                default:
                    {
                        var other = random.Next(result.Length);
                        var chars = result.ToCharArray();
                        (chars[at], chars[other]) = (chars[other], chars[at]);
                        result = new string(chars);
                        break;
                    }
            }
        }
        return result;
    }
}
