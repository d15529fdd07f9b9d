using System.Diagnostics;
using System.Text;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using static Mesh.Tests.Syntax.SyntaxTestHelpers;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class RoundTripAndFuzzTests
{
    [Test]
    public void SampleProgramParsesCleanly()
    {
        var tree = Parse(SamplePrograms.Inventory);
        var names = tree.File.Items.Select(i => i.GetType().Name + ":" + i.Name).ToList();
        Assert.That(names, Is.EqualTo(new[]
        {
            "ImportDecl:Stats", "FromImportDecl:Items", "StructDef:Entry", "StructDef:Row", "SumTypeDef:Level",
            "TypeAliasDef:Handler", "TypeAliasDef:Lookup", "InterfaceDef:Describe", "ImplDef:Describe",
            "FnDef:level", "FnDef:level", "FnDef:level", "FnDef:classify", "FnDef:totals", "FnDef:describe_all",
            "FnDef:parse_all", "ActorDef:counter", "ServiceDef:Cache", "SupervisorDef:Root", "ModuleDef:Helpers", "FnDef:main",
        }));
        var main = tree.File.Items.OfType<FnDef>().Last();
        Assert.That(main.IsPub, Is.True);
        Assert.That(main.Body!.Statements, Has.Count.EqualTo(12));
        var totals = tree.File.Items.OfType<FnDef>().Single(f => f.Name == "totals");
        Assert.That(totals.Body!.Statements, Has.Count.EqualTo(1), "pipe continuation lines join the first statement");
    }

    [Test]
    public void DumpShowsKindsSpansAndText()
    {
        var tree = Parse("fn f() = 1\n");
        var dump = tree.Dump();
        Assert.That(dump, Does.StartWith("SourceFile@0..11\n  FnDef@0..10\n    FnKw@0..2 \"fn\"\n"));
        Assert.That(dump, Does.Contain("IntLiteralExpr@9..10\n      IntLiteral@9..10 \"1\""));
        Assert.That(tree.Dump(includeTrivia: true), Does.Contain("Whitespace@2..3 \" \""));
    }

    [Test]
    public void EveryPrefixRoundTripsWithoutThrowing()
    {
        foreach (var program in SamplePrograms.All)
        {
            for (var len = 0; len <= program.Length; len++)
            {
                ParseAny(program[..len]);
            }
        }
    }

    [Test]
    public void EverySuffixRoundTripsWithoutThrowing()
    {
        var program = SamplePrograms.Inventory;
        for (var start = 0; start < program.Length; start += 3)
        {
            ParseAny(program[start..]);
        }
    }

    [Test]
    public void TokenLevelMutationsNeverThrow()
    {
        var pieces = new[]
        {
            "(", ")", "[", "]", "{", "}", "%{", "do", "end", "fn", "|", "->", "=>", "\"", "\"\"\"", "${", "#=", "=#", "#", "\n",
            "::", ":", ",", "else", "if", "case", "receive", "after", "when", "let", "=", "|>", "?", "!", ".", "..", "0x", "1e", "'", "@", "\\",
        };
        var rng = new Random(12345);
        var program = SamplePrograms.Inventory;
        for (var iteration = 0; iteration < 600; iteration++)
        {
            var sb = new StringBuilder(program);
            var edits = rng.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var pos = rng.Next(sb.Length + 1);
                switch (rng.Next(3))
                {
                    case 0:
                        sb.Insert(pos, pieces[rng.Next(pieces.Length)]);
                        break;
                    case 1:
                        sb.Remove(pos, Math.Min(rng.Next(1, 12), sb.Length - pos));
                        break;
                    default:
                        var other = rng.Next(sb.Length + 1);
                        var (a, b) = (Math.Min(pos, other), Math.Max(pos, other));
                        var chunk = sb.ToString(a, Math.Min(b - a, 40));
                        sb.Insert(rng.Next(sb.Length + 1), chunk);
                        break;
                }
            }
            ParseAny(sb.ToString());
        }
    }

    [Test]
    public void RandomGarbageNeverThrows()
    {
        const string alphabet = "abcXYZ_019 \t\n\r(){}[]%$#=!<>|&+-*/.:;,?\"'\\@~`^😀é";
        var rng = new Random(777);
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var len = rng.Next(0, 300);
            var sb = new StringBuilder(len);
            for (var i = 0; i < len; i++)
            {
                sb.Append(alphabet[rng.Next(alphabet.Length)]);
            }
            ParseAny(sb.ToString());
        }
        var bytes = new byte[4096];
        rng.NextBytes(bytes);
        ParseAny(Encoding.Latin1.GetString(bytes));
        ParseAny("\0\0\0");
        ParseAny("\uD800 lone surrogate \uDC00");
    }

    [Test]
    public void ParsingIsFastOnALargeFile()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length == 0 || sb.ToString().Count(c => c == '\n') < 5000)
        {
            sb.Append(SamplePrograms.Inventory.Replace("pub fn main()", $"pub fn main{i++}()"));
            sb.Append('\n');
        }
        var text = sb.ToString();
        for (var warm = 0; warm < 3; warm++)
        {
            SyntaxTree.Parse(text);
        }
        var sw = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(text);
        sw.Stop();
        TestContext.Out.WriteLine($"{text.Count(c => c == '\n')} lines parsed in {sw.Elapsed.TotalMilliseconds:F1} ms");
        Assert.That(tree.Diagnostics, Is.Empty);
        Assert.That(tree.Root.ToFullString(), Is.EqualTo(text));
        // The target is well under 100 ms; the bound is generous for slow CI machines.
        Assert.That(sw.ElapsedMilliseconds, Is.LessThan(1000));
    }
}
