using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax;
using Mesh.Compiler.Text;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class LexerTests
{
    private static List<(SyntaxKind Kind, string Text)> Lex(string text, DiagnosticBag? bag = null)
    {
        var tokens = Lexer.LexText(text, bag).ToList();
        Assert.That(string.Concat(tokens.Select(t => t.Text)), Is.EqualTo(text), "tokens cover the input");
        Assert.That(tokens[^1].Kind, Is.EqualTo(SyntaxKind.EndOfFile));
        return tokens;
    }

    /// <summary>Significant tokens only (no whitespace, comments or end of file).</summary>
    private static List<(SyntaxKind Kind, string Text)> Sig(string text, DiagnosticBag? bag = null)
        => Lex(text, bag).Where(t => !SyntaxFacts.IsTrivia(t.Kind) && t.Kind != SyntaxKind.EndOfFile).ToList();

    private static List<SyntaxKind> Kinds(string text) => Sig(text).Select(t => t.Kind).ToList();

    [Test]
    public void EveryKeywordLexesAsAKeyword()
    {
        var words = "actor after and case call cast def do else end false fn for if impl import in interface let link match monitor nil not or pub receive return self send service spawn struct supervisor terminate true type when where while break continue alias cond trait trap with module";
        foreach (var w in words.Split(' '))
        {
            var kind = Kinds(w).Single();
            Assert.That(SyntaxFacts.IsKeyword(kind), Is.True, w);
            Assert.That(SyntaxFacts.GetText(kind), Is.EqualTo(w));
        }
        Assert.That(SyntaxFacts.IsReservedKeyword(SyntaxKind.TraitKw), Is.True);
    }

    [Test]
    public void ContextualWordsStayIdentifiers()
    {
        foreach (var w in new[] { "from", "as", "deriving", "Fun", "strategy", "child", "table", "belongs_to", "_", "_x", "x1", "Ünïcode" })
        {
            Assert.That(Kinds(w), Is.EqualTo(new[] { SyntaxKind.Ident }), w);
        }
    }

    [Test]
    public void AllOperatorsAndPunctuation()
    {
        var text = "|> || && == != < > <= >= .. <> ++ + - * / % ! -> => = :: : , . ? | ( ) [ ] { } %{ ;";
        var expected = new[]
        {
            SyntaxKind.PipeGt, SyntaxKind.PipePipe, SyntaxKind.AmpAmp, SyntaxKind.EqEq, SyntaxKind.BangEq, SyntaxKind.Lt, SyntaxKind.Gt,
            SyntaxKind.LtEq, SyntaxKind.GtEq, SyntaxKind.DotDot, SyntaxKind.LtGt, SyntaxKind.PlusPlus, SyntaxKind.Plus, SyntaxKind.Minus,
            SyntaxKind.Star, SyntaxKind.Slash, SyntaxKind.Percent, SyntaxKind.Bang, SyntaxKind.Arrow, SyntaxKind.FatArrow, SyntaxKind.Eq,
            SyntaxKind.ColonColon, SyntaxKind.Colon, SyntaxKind.Comma, SyntaxKind.Dot, SyntaxKind.Question, SyntaxKind.Bar,
            SyntaxKind.LParen, SyntaxKind.RParen, SyntaxKind.LBracket, SyntaxKind.RBracket, SyntaxKind.LBrace, SyntaxKind.RBrace,
            SyntaxKind.PercentLBrace, SyntaxKind.Semicolon,
        };
        Assert.That(Kinds(text), Is.EqualTo(expected));
        foreach (var k in expected)
        {
            Assert.That(SyntaxFacts.GetText(k), Is.Not.Null, k.ToString());
        }
    }

    [TestCase("42", 42L)]
    [TestCase("1_000_000", 1_000_000L)]
    [TestCase("0x1F", 31L)]
    [TestCase("0XfF_fF", 65535L)]
    [TestCase("0b1010", 10L)]
    [TestCase("0o755", 493L)]
    [TestCase("9223372036854775807", long.MaxValue)]
    [TestCase("0xFFFFFFFFFFFFFFFF", -1L)]
    public void IntegerLiterals(string text, long value)
    {
        var bag = new DiagnosticBag();
        var t = Sig(text, bag).Single();
        Assert.That(t.Kind, Is.EqualTo(SyntaxKind.IntLiteral));
        Assert.That(bag.Count, Is.Zero);
        Assert.That(LiteralValues.TryParseInt(text, out var v), Is.True);
        Assert.That(v, Is.EqualTo(value));
    }

    [TestCase("3.14", 3.14)]
    [TestCase("1e10", 1e10)]
    [TestCase("2.5E-3", 2.5e-3)]
    [TestCase("6.02e+23", 6.02e23)]
    [TestCase("1_000.5", 1000.5)]
    public void FloatLiterals(string text, double value)
    {
        var bag = new DiagnosticBag();
        var t = Sig(text, bag).Single();
        Assert.That(t.Kind, Is.EqualTo(SyntaxKind.FloatLiteral));
        Assert.That(bag.Count, Is.Zero);
        Assert.That(LiteralValues.TryParseFloat(text, out var v), Is.True);
        Assert.That(v, Is.EqualTo(value).Within(1e-9 * Math.Abs(value)));
    }

    [Test]
    public void RangeIsNotAFloat()
    {
        Assert.That(Kinds("1..5"), Is.EqualTo(new[] { SyntaxKind.IntLiteral, SyntaxKind.DotDot, SyntaxKind.IntLiteral }));
        Assert.That(Kinds("1.x"), Is.EqualTo(new[] { SyntaxKind.IntLiteral, SyntaxKind.Dot, SyntaxKind.Ident }));
        Assert.That(Kinds("42.to_string()"), Is.EqualTo(new[] { SyntaxKind.IntLiteral, SyntaxKind.Dot, SyntaxKind.Ident, SyntaxKind.LParen, SyntaxKind.RParen }));
    }

    [TestCase("99999999999999999999", DiagnosticCode.IntegerLiteralTooLarge)]
    [TestCase("9223372036854775808", DiagnosticCode.IntegerLiteralTooLarge)]
    [TestCase("0x1_0000_0000_0000_0000", DiagnosticCode.IntegerLiteralTooLarge)]
    [TestCase("0x", DiagnosticCode.InvalidNumberLiteral)]
    [TestCase("0b102", DiagnosticCode.InvalidNumberLiteral)]
    [TestCase("12abc", DiagnosticCode.InvalidNumberLiteral)]
    [TestCase("1e", DiagnosticCode.InvalidNumberLiteral)]
    public void BadNumbersReportAndContinue(string text, DiagnosticCode code)
    {
        var bag = new DiagnosticBag();
        Lex(text + " + 1", bag);
        Assert.That(bag.ToImmutable().Select(d => d.Code), Is.EqualTo(new[] { code }));
        Assert.That(bag.ToImmutable()[0].Span.Start, Is.EqualTo(0));
    }

    [Test]
    public void SimpleStringWithEscapes()
    {
        var tokens = Sig("\"a\\n\\\"b\\\\\"");
        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[] { SyntaxKind.StringStart, SyntaxKind.StringContent, SyntaxKind.StringEnd }));
        Assert.That(LiteralValues.Unescape(tokens[1].Text), Is.EqualTo("a\n\"b\\"));
        Assert.That(LiteralValues.Unescape("\\t\\r\\0\\$\\q"), Is.EqualTo("\t\r\0$q"));
    }

    [Test]
    public void EmptyString()
    {
        Assert.That(Kinds("\"\""), Is.EqualTo(new[] { SyntaxKind.StringStart, SyntaxKind.StringEnd }));
    }

    [Test]
    public void InterpolationWithNestedBracesAndStrings()
    {
        var text = "\"a ${f(%{\"k\" => \"${x}\"})} b ${ {1} } c\"";
        var kinds = Kinds(text);
        Assert.That(kinds, Is.EqualTo(new[]
        {
            SyntaxKind.StringStart, SyntaxKind.StringContent,
            SyntaxKind.InterpolationStart, SyntaxKind.Ident, SyntaxKind.LParen, SyntaxKind.PercentLBrace,
            SyntaxKind.StringStart, SyntaxKind.StringContent, SyntaxKind.StringEnd, SyntaxKind.FatArrow,
            SyntaxKind.StringStart, SyntaxKind.InterpolationStart, SyntaxKind.Ident, SyntaxKind.InterpolationEnd, SyntaxKind.StringEnd,
            SyntaxKind.RBrace, SyntaxKind.RParen, SyntaxKind.InterpolationEnd,
            SyntaxKind.StringContent,
            SyntaxKind.InterpolationStart, SyntaxKind.LBrace, SyntaxKind.IntLiteral, SyntaxKind.RBrace, SyntaxKind.InterpolationEnd,
            SyntaxKind.StringContent, SyntaxKind.StringEnd,
        }));
    }

    [Test]
    public void EscapedDollarDoesNotInterpolate()
    {
        Assert.That(Kinds("\"cost: \\${x} $5\""), Is.EqualTo(new[] { SyntaxKind.StringStart, SyntaxKind.StringContent, SyntaxKind.StringEnd }));
    }

    [Test]
    public void TripleQuotedStringsSpanLinesAndInterpolate()
    {
        var text = "\"\"\"line 1\n  \"quoted\" and \"\" two\n${name}\n\"\"\"";
        var tokens = Sig(text);
        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[]
        {
            SyntaxKind.StringStart, SyntaxKind.StringContent, SyntaxKind.InterpolationStart, SyntaxKind.Ident,
            SyntaxKind.InterpolationEnd, SyntaxKind.StringContent, SyntaxKind.StringEnd,
        }));
        Assert.That(tokens[0].Text, Is.EqualTo("\"\"\""));
        Assert.That(tokens[1].Text, Is.EqualTo("line 1\n  \"quoted\" and \"\" two\n"));
    }

    [Test]
    public void UnterminatedStringReportsOnceAndKeepsText()
    {
        var bag = new DiagnosticBag();
        var tokens = Lex("let s = \"abc\nlet t = 1", bag);
        Assert.That(bag.ToImmutable().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCode.UnterminatedString }));
        Assert.That(bag.ToImmutable()[0].Span.Start, Is.EqualTo(8));
        Assert.That(tokens.Count(t => t.Kind == SyntaxKind.StringStart), Is.EqualTo(1));
    }

    [Test]
    public void UnterminatedInterpolation()
    {
        var bag = new DiagnosticBag();
        Lex("\"a ${x + ", bag);
        Assert.That(bag.ToImmutable().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCode.UnterminatedInterpolation }));
    }

    [Test]
    public void Atoms()
    {
        Assert.That(Sig(":name :_x :ok2"), Has.All.Matches<(SyntaxKind Kind, string Text)>(t => t.Kind == SyntaxKind.AtomLiteral));
        Assert.That(Kinds("x :: Int"), Is.EqualTo(new[] { SyntaxKind.Ident, SyntaxKind.ColonColon, SyntaxKind.Ident }));
        Assert.That(Kinds("a: 1"), Is.EqualTo(new[] { SyntaxKind.Ident, SyntaxKind.Colon, SyntaxKind.IntLiteral }));
        // Upstream quirk kept: a colon directly followed by a lower-case letter is an atom.
        Assert.That(Kinds("x:y"), Is.EqualTo(new[] { SyntaxKind.Ident, SyntaxKind.AtomLiteral }));
        Assert.That(Kinds(":Upper"), Is.EqualTo(new[] { SyntaxKind.Colon, SyntaxKind.Ident }));
    }

    [Test]
    public void Comments()
    {
        var tokens = Lex("# line\n## doc\n##! module doc\n#= block #= nested =# still =# x");
        var kinds = tokens.Where(t => t.Kind is not (SyntaxKind.Whitespace or SyntaxKind.EndOfFile)).Select(t => t.Kind).ToList();
        Assert.That(kinds, Is.EqualTo(new[]
        {
            SyntaxKind.LineComment, SyntaxKind.Newline, SyntaxKind.DocComment, SyntaxKind.Newline,
            SyntaxKind.ModuleDocComment, SyntaxKind.Newline, SyntaxKind.BlockComment, SyntaxKind.Ident,
        }));
        Assert.That(tokens.Single(t => t.Kind == SyntaxKind.BlockComment).Text, Is.EqualTo("#= block #= nested =# still =#"));
    }

    [Test]
    public void UnterminatedNestedBlockComment()
    {
        var bag = new DiagnosticBag();
        var tokens = Lex("#= a #= b =# c\nfn", bag);
        Assert.That(bag.ToImmutable().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCode.UnterminatedBlockComment }));
        Assert.That(tokens[0].Kind, Is.EqualTo(SyntaxKind.BlockComment));
    }

    [Test]
    public void NewlinesAreTokensIncludingCrLf()
    {
        var tokens = Lex("a\r\nb\rc\n");
        Assert.That(tokens.Where(t => t.Kind == SyntaxKind.Newline).Select(t => t.Text), Is.EqualTo(new[] { "\r\n", "\r", "\n" }));
    }

    [Test]
    public void BadCharactersBecomeOneTokenAndOneDiagnostic()
    {
        var bag = new DiagnosticBag();
        var tokens = Lex("let x = @@ $ 1 & 2 😀", bag);
        Assert.That(tokens.Count(t => t.Kind == SyntaxKind.BadToken), Is.EqualTo(4));
        Assert.That(bag.ToImmutable().Select(d => d.Code), Has.All.EqualTo(DiagnosticCode.UnexpectedCharacter));
        Assert.That(bag.Count, Is.EqualTo(4));
        Assert.That(bag.ToImmutable()[2].Hint, Does.Contain("&&"));
    }

    [Test]
    public void SpansAreAccurate()
    {
        var source = new SourceText("t", "fn  add(x)");
        var tokens = Lexer.Lex(source, new DiagnosticBag());
        Assert.That(tokens[0], Is.EqualTo(new LexToken(SyntaxKind.FnKw, 0, 2)));
        Assert.That(tokens[1], Is.EqualTo(new LexToken(SyntaxKind.Whitespace, 2, 2)));
        Assert.That(tokens[2], Is.EqualTo(new LexToken(SyntaxKind.Ident, 4, 3)));
        Assert.That(tokens[^1], Is.EqualTo(new LexToken(SyntaxKind.EndOfFile, 10, 0)));
    }

    [Test]
    public void EmptyInputIsJustEndOfFile()
    {
        Assert.That(Lex("").Select(t => t.Kind), Is.EqualTo(new[] { SyntaxKind.EndOfFile }));
    }
}
