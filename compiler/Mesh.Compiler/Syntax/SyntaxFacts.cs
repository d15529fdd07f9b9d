using System.Collections.Frozen;

namespace Mesh.Compiler.Syntax;

/// <summary>Classification of <see cref="SyntaxKind"/> values and the keyword table.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> Keywords = new Dictionary<string, SyntaxKind>
    {
        ["actor"] = SyntaxKind.ActorKw,
        ["after"] = SyntaxKind.AfterKw,
        ["alias"] = SyntaxKind.AliasKw,
        ["and"] = SyntaxKind.AndKw,
        ["break"] = SyntaxKind.BreakKw,
        ["call"] = SyntaxKind.CallKw,
        ["case"] = SyntaxKind.CaseKw,
        ["cast"] = SyntaxKind.CastKw,
        ["cond"] = SyntaxKind.CondKw,
        ["continue"] = SyntaxKind.ContinueKw,
        ["def"] = SyntaxKind.DefKw,
        ["do"] = SyntaxKind.DoKw,
        ["else"] = SyntaxKind.ElseKw,
        ["end"] = SyntaxKind.EndKw,
        ["false"] = SyntaxKind.FalseKw,
        ["fn"] = SyntaxKind.FnKw,
        ["for"] = SyntaxKind.ForKw,
        ["if"] = SyntaxKind.IfKw,
        ["impl"] = SyntaxKind.ImplKw,
        ["import"] = SyntaxKind.ImportKw,
        ["in"] = SyntaxKind.InKw,
        ["interface"] = SyntaxKind.InterfaceKw,
        ["let"] = SyntaxKind.LetKw,
        ["link"] = SyntaxKind.LinkKw,
        ["match"] = SyntaxKind.MatchKw,
        ["module"] = SyntaxKind.ModuleKw,
        ["monitor"] = SyntaxKind.MonitorKw,
        ["nil"] = SyntaxKind.NilKw,
        ["not"] = SyntaxKind.NotKw,
        ["or"] = SyntaxKind.OrKw,
        ["pub"] = SyntaxKind.PubKw,
        ["receive"] = SyntaxKind.ReceiveKw,
        ["return"] = SyntaxKind.ReturnKw,
        ["self"] = SyntaxKind.SelfKw,
        ["send"] = SyntaxKind.SendKw,
        ["service"] = SyntaxKind.ServiceKw,
        ["spawn"] = SyntaxKind.SpawnKw,
        ["struct"] = SyntaxKind.StructKw,
        ["supervisor"] = SyntaxKind.SupervisorKw,
        ["terminate"] = SyntaxKind.TerminateKw,
        ["trait"] = SyntaxKind.TraitKw,
        ["trap"] = SyntaxKind.TrapKw,
        ["true"] = SyntaxKind.TrueKw,
        ["type"] = SyntaxKind.TypeKw,
        ["when"] = SyntaxKind.WhenKw,
        ["where"] = SyntaxKind.WhereKw,
        ["while"] = SyntaxKind.WhileKw,
        ["with"] = SyntaxKind.WithKw,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<SyntaxKind, string> KeywordTexts =
        Keywords.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    /// <summary>All keyword spellings, reserved ones included.</summary>
    public static IEnumerable<string> KeywordTextsInOrder => Keywords.Keys.Order(StringComparer.Ordinal);

    public static SyntaxKind KeywordKind(string text) => Keywords.TryGetValue(text, out var k) ? k : SyntaxKind.Ident;

    public static SyntaxKind KeywordKind(ReadOnlySpan<char> text)
        => Keywords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var k) ? k : SyntaxKind.Ident;

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.ActorKw && kind <= SyntaxKind.WithKw;

    /// <summary>Keywords with no syntax yet (<c>alias cond trait trap with</c>).</summary>
    public static bool IsReservedKeyword(SyntaxKind kind)
        => kind is SyntaxKind.AliasKw or SyntaxKind.CondKw or SyntaxKind.TraitKw or SyntaxKind.TrapKw or SyntaxKind.WithKw;

    public static bool IsToken(SyntaxKind kind) => kind > SyntaxKind.None && kind < SyntaxKind.SourceFile;

    public static bool IsNode(SyntaxKind kind) => kind >= SyntaxKind.SourceFile;

    /// <summary>Whitespace and comments. Newlines are trivia only where the parser says so.</summary>
    public static bool IsTrivia(SyntaxKind kind)
        => kind is SyntaxKind.Whitespace or SyntaxKind.LineComment or SyntaxKind.DocComment
            or SyntaxKind.ModuleDocComment or SyntaxKind.BlockComment;

    public static bool IsComment(SyntaxKind kind)
        => kind is SyntaxKind.LineComment or SyntaxKind.DocComment or SyntaxKind.ModuleDocComment or SyntaxKind.BlockComment;

    /// <summary>The fixed text of a keyword or punctuation kind, or null for kinds with variable text.</summary>
    public static string? GetText(SyntaxKind kind)
    {
        if (KeywordTexts.TryGetValue(kind, out var kw))
        {
            return kw;
        }
        return kind switch
        {
            SyntaxKind.PipeGt => "|>",
            SyntaxKind.PipePipe => "||",
            SyntaxKind.AmpAmp => "&&",
            SyntaxKind.EqEq => "==",
            SyntaxKind.BangEq => "!=",
            SyntaxKind.Lt => "<",
            SyntaxKind.Gt => ">",
            SyntaxKind.LtEq => "<=",
            SyntaxKind.GtEq => ">=",
            SyntaxKind.DotDot => "..",
            SyntaxKind.LtGt => "<>",
            SyntaxKind.PlusPlus => "++",
            SyntaxKind.Plus => "+",
            SyntaxKind.Minus => "-",
            SyntaxKind.Star => "*",
            SyntaxKind.Slash => "/",
            SyntaxKind.Percent => "%",
            SyntaxKind.Bang => "!",
            SyntaxKind.Eq => "=",
            SyntaxKind.Arrow => "->",
            SyntaxKind.FatArrow => "=>",
            SyntaxKind.ColonColon => "::",
            SyntaxKind.Colon => ":",
            SyntaxKind.Comma => ",",
            SyntaxKind.Dot => ".",
            SyntaxKind.Question => "?",
            SyntaxKind.Bar => "|",
            SyntaxKind.Semicolon => ";",
            SyntaxKind.LParen => "(",
            SyntaxKind.RParen => ")",
            SyntaxKind.LBracket => "[",
            SyntaxKind.RBracket => "]",
            SyntaxKind.LBrace => "{",
            SyntaxKind.RBrace => "}",
            SyntaxKind.PercentLBrace => "%{",
            SyntaxKind.InterpolationStart => "${",
            SyntaxKind.InterpolationEnd => "}",
            _ => null,
        };
    }

    /// <summary>How a kind is named in a diagnostic: <c>'end'</c>, <c>an identifier</c>, <c>end of file</c>.</summary>
    public static string Describe(SyntaxKind kind)
    {
        if (GetText(kind) is { } text)
        {
            return $"'{text}'";
        }
        return kind switch
        {
            SyntaxKind.EndOfFile => "end of file",
            SyntaxKind.Newline => "a newline",
            SyntaxKind.Ident => "an identifier",
            SyntaxKind.IntLiteral => "an integer literal",
            SyntaxKind.FloatLiteral => "a float literal",
            SyntaxKind.AtomLiteral => "an atom",
            SyntaxKind.StringStart => "a string",
            SyntaxKind.StringContent => "string text",
            SyntaxKind.StringEnd => "the end of a string",
            SyntaxKind.BadToken => "an invalid character",
            _ => kind.ToString(),
        };
    }

    public static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentContinue(char c) => char.IsLetterOrDigit(c) || c == '_';
}
