using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using static Mesh.Tests.Syntax.SyntaxTestHelpers;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class RecoveryTests
{
    private static (DiagnosticCode Code, int Line)[] Report(SyntaxTree tree)
        => tree.Diagnostics.Select(d => (d.Code, Line(tree, d))).ToArray();

    [Test]
    public void ThreeIndependentErrorsGiveThreeDiagnostics()
    {
        var tree = ParseAny("""
            fn a() do
              let x = (1 +
            end

            fn b() do
              foo(1, 2
              bar()
            end

            fn c() do
              let = 5
            end
            """);
        Assert.That(Report(tree), Is.EqualTo(new[]
        {
            (DiagnosticCode.ExpectedExpression, 2),
            (DiagnosticCode.UnclosedDelimiter, 6),
            (DiagnosticCode.ExpectedPattern, 11),
        }));
        // All three functions are still there for later phases.
        Assert.That(tree.File.Items.Select(i => i.Name), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void ThreeErrorsOfOtherKinds()
    {
        var tree = ParseAny("""
            struct P do
              x :: Int
              y Int
            end

            fn f(x) do
              case x do
                1 => 2
                _ -> 3
              end
            end

            fn g() do
              foo(1 2)
              ok()
            end
            """);
        Assert.That(Report(tree), Is.EqualTo(new[]
        {
            (DiagnosticCode.ExpectedToken, 3),
            (DiagnosticCode.ExpectedToken, 8),
            (DiagnosticCode.ExpectedToken, 14),
        }));
        Assert.That(tree.Diagnostics[1].Hint, Does.Contain("->"));
    }

    [Test]
    public void MissingEndBeforeNextFunction()
    {
        var tree = ParseAny("fn a() do\n  println(\"a\")\n\nfn b() do\n  1\nend\n");
        var d = tree.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo(DiagnosticCode.ExpectedToken));
        Assert.That(d.Message, Is.EqualTo("expected 'end' to close this function body, found 'fn'"));
        Assert.That(Line(tree, d), Is.EqualTo(2));
        Assert.That(d.SecondaryLabels.Single().Message, Does.Contain("opened"));
        Assert.That(tree.File.Items.Select(i => i.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void MissingEndOfNestedIfReportsOnce()
    {
        var tree = ParseAny("fn a() do\n  if x do\n    1\n\nfn b() = 2\n");
        Assert.That(tree.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(tree.Diagnostics[0].Message, Does.Contain("'end'").And.Contain("found 'fn'"));
    }

    [Test]
    public void MissingDoStillMatchesEnd()
    {
        var tree = ParseAny("fn a()\n  1\nend\nfn b() = 2\n");
        Assert.That(Report(tree), Is.EqualTo(new[] { (DiagnosticCode.ExpectedToken, 1) }));
        Assert.That(tree.File.Items.Select(i => i.Name), Is.EqualTo(new[] { "a", "b" }));
        var tree2 = ParseAny("fn a() do\n  if x > 1\n    2\n  end\nend\n");
        Assert.That(tree2.Diagnostics.Single().Message, Does.StartWith("expected 'do' after the 'if' condition"));
    }

    [Test]
    public void UnterminatedStringDoesNotSwallowTheFile()
    {
        var tree = ParseAny("fn a() do\n  let s = \"oops\n  s\nend\n\nfn b() = \"fine\"\n");
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.UnterminatedString }));
        Assert.That(tree.File.Items.Select(i => i.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void BadCharacterGivesOneDiagnostic()
    {
        var tree = ParseAny("fn a() do\n  let x = @\n  x\nend\n");
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.UnexpectedCharacter }));
    }

    [Test]
    public void StrayTokensAtTopLevel()
    {
        var tree = ParseAny("end\n)\nfn ok() = 1\n");
        Assert.That(Report(tree), Is.EqualTo(new[] { (DiagnosticCode.ExpectedItem, 1), (DiagnosticCode.ExpectedItem, 2) }));
        Assert.That(tree.File.Items.Single().Name, Is.EqualTo("ok"));
        Assert.That(tree.Root.DescendantNodes().Count(n => n.Kind == SyntaxKind.Error), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void StrayClosersInsideABlock()
    {
        var tree = ParseAny("fn a() do\n  bar())\n  ]\n  ok()\nend\n");
        Assert.That(Report(tree), Is.EqualTo(new[] { (DiagnosticCode.UnexpectedToken, 2), (DiagnosticCode.ExpectedExpression, 3) }));
        var fn = (FnDef)tree.File.Items.Single();
        Assert.That(fn.Body!.Statements.OfType<ExprStmt>().Count(), Is.EqualTo(2));
    }

    [Test]
    public void MissingExpressionAfterOperatorPointsAtTheLineEnd()
    {
        var tree = ParseAny("fn c(x) do\n  x ++\nend\n");
        var d = tree.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo(DiagnosticCode.ExpectedExpression));
        Assert.That(tree.Source.GetPosition(d.Span.Start), Is.EqualTo(new Mesh.Compiler.Text.LinePosition(2, 7)));
    }

    [Test]
    public void AtomQuirkGetsAHint()
    {
        var tree = ParseAny("fn f() = Point { x:y }\n");
        Assert.That(tree.Diagnostics.Single().Hint, Does.Contain("space"));
    }

    [Test]
    public void ReservedKeywords()
    {
        var tree = ParseAny("fn f() do\n  trait\nend\n");
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.ReservedKeyword }));
    }

    [Test]
    public void KeywordAsFunctionName()
    {
        var tree = ParseAny("fn after(x) = x\nfn ok() = 1\n");
        Assert.That(tree.Diagnostics.Single().Hint, Does.Contain("keyword"));
        Assert.That(tree.File.Items.Count(), Is.EqualTo(2));
    }

    [Test]
    public void GlobImportIsRejected()
    {
        var tree = ParseAny("from Math import *\n");
        Assert.That(tree.Diagnostics.Single().Message, Does.Contain("glob"));
    }

    [Test]
    public void InterpolationInPatternIsRejected()
    {
        var tree = ParseAny("fn f(x) do\n  case x do\n    \"a${b}\" -> 1\n  end\nend\n");
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.ExpectedPattern }));
    }

    [Test]
    public void MissingFieldTypeAndDuplicateTerminate()
    {
        var tree = ParseAny("actor w() do\n  1\n  terminate do\n  end\n  terminate do\n  end\nend\n");
        Assert.That(Report(tree), Is.EqualTo(new[] { (DiagnosticCode.UnexpectedToken, 5) }));
    }

    // ------------------------------------------------------------------ depth guard

    [Test]
    public void HundredThousandOpenParens()
    {
        var text = "fn main() do\n  let x = " + new string('(', 100_000) + "\nend\n";
        var tree = ParseAny(text);
        Assert.That(Codes(tree), Does.Contain(DiagnosticCode.NestingTooDeep));
        Assert.That(tree.Diagnostics, Has.Length.LessThanOrEqualTo(2));
    }

    [Test]
    public void DeeplyNestedIfs()
    {
        var sb = new System.Text.StringBuilder("fn main() do\n");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("if x do\n");
        }
        sb.Append("1\n");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("end\n");
        }
        sb.Append("end\nfn later() = 1 +\n");
        var tree = ParseAny(sb.ToString());
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.NestingTooDeep, DiagnosticCode.ExpectedExpression }));
        Assert.That(tree.File.Items.Select(i => i.Name), Is.EqualTo(new[] { "main", "later" }));
    }

    [TestCase("-")]
    [TestCase("not ")]
    [TestCase("[")]
    [TestCase("%{1 => ")]
    [TestCase("fn -> ")]
    [TestCase("\"${")]
    public void DeepPrefixNesting(string prefix)
    {
        var text = "fn main() = " + string.Concat(Enumerable.Repeat(prefix, 20_000)) + "1\n";
        var tree = ParseAny(text);
        Assert.That(Codes(tree), Does.Contain(DiagnosticCode.NestingTooDeep));
    }

    [Test]
    public void DeepPatternsAndTypes()
    {
        var pat = "fn f(" + new string('(', 5000) + "x" + new string(')', 5000) + ") = 1\n";
        Assert.That(Codes(ParseAny(pat)), Does.Contain(DiagnosticCode.NestingTooDeep));
        var type = "fn f(x :: " + string.Concat(Enumerable.Repeat("List<", 5000)) + "Int" + new string('>', 5000) + ") = 1\n";
        Assert.That(Codes(ParseAny(type)), Does.Contain(DiagnosticCode.NestingTooDeep));
        var cons = "fn f(x) do\n  case x do\n    " + string.Concat(Enumerable.Repeat("a :: ", 5000)) + "t -> 1\n  end\nend\n";
        Assert.That(Codes(ParseAny(cons)), Does.Contain(DiagnosticCode.NestingTooDeep));
    }

    [Test]
    public void VeryLongOperatorChain()
    {
        var text = "fn main() = 1" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + "\n";
        var tree = ParseAny(text);
        Assert.That(Codes(tree), Is.EqualTo(new[] { DiagnosticCode.NestingTooDeep }));
        Assert.That(tree.Dump(), Is.Not.Empty);
    }

    [Test]
    public void ModerateNestingIsFine()
    {
        var text = "fn main() = " + new string('(', 150) + "1" + new string(')', 150) + "\n";
        Parse(text);
    }
}
