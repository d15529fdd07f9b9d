using Mesh.Compiler.Text;

namespace Mesh.Compiler.Syntax.Ast;

public enum BinaryOp
{
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    And,
    Or,
    /// <summary><c>&lt;&gt;</c></summary>
    Concat,
    /// <summary><c>++</c></summary>
    ListConcat,
    /// <summary><c>::</c>, an element in front of a list</summary>
    Cons,
    /// <summary><c>..</c></summary>
    Range,
    /// <summary><c>|&gt;</c></summary>
    Pipe,
}

public enum UnaryOp
{
    /// <summary><c>-x</c></summary>
    Neg,
    /// <summary><c>not x</c> or <c>!x</c></summary>
    Not,
}

/// <summary>A statement in a block: <see cref="LetStmt"/>, <see cref="ExprStmt"/> or <see cref="ItemStmt"/>.</summary>
public abstract class Stmt : AstNode
{
    private protected Stmt(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public static Stmt? Cast(SyntaxNode node)
    {
        if (node.Kind == SyntaxKind.LetStmt)
        {
            return new LetStmt(node);
        }
        if (Item.Cast(node) is { } item)
        {
            return new ItemStmt(item);
        }
        return Expr.Cast(node) is { } e ? new ExprStmt(e) : null;
    }
}

/// <summary><c>let pattern [:: Type] = value</c>.</summary>
public sealed class LetStmt : Stmt
{
    public LetStmt(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Pattern => Before(SyntaxKind.Eq, Ast.Pattern.Cast);

    public TypeRef? Type => Before(SyntaxKind.Eq, TypeRef.Cast);

    public Expr? Value => After(SyntaxKind.Eq, Expr.Cast);
}

/// <summary>An expression used as a statement (shares its node with <see cref="Expr"/>).</summary>
public sealed class ExprStmt : Stmt
{
    public ExprStmt(Expr expr)
        : base(expr.Syntax) => Expr = expr;

    public Expr Expr { get; }
}

/// <summary>A definition nested in a block or module body.</summary>
public sealed class ItemStmt : Stmt
{
    public ItemStmt(Item item)
        : base(item.Syntax) => Item = item;

    public Item Item { get; }
}

public abstract class Expr : AstNode
{
    private protected Expr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public static Expr? Cast(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.IntLiteralExpr => new IntLiteralExpr(node),
        SyntaxKind.FloatLiteralExpr => new FloatLiteralExpr(node),
        SyntaxKind.BoolLiteralExpr => new BoolLiteralExpr(node),
        SyntaxKind.NilLiteralExpr => new NilLiteralExpr(node),
        SyntaxKind.AtomLiteralExpr => new AtomLiteralExpr(node),
        SyntaxKind.StringExpr => new StringExpr(node),
        SyntaxKind.NameExpr => new NameExpr(node),
        SyntaxKind.CallExpr => new CallExpr(node),
        SyntaxKind.BinaryExpr => new BinaryExpr(node),
        SyntaxKind.UnaryExpr => new UnaryExpr(node),
        SyntaxKind.ParenExpr => new ParenExpr(node),
        SyntaxKind.TupleExpr => new TupleExpr(node),
        SyntaxKind.ListExpr => new ListExpr(node),
        SyntaxKind.MapExpr => new MapExpr(node),
        SyntaxKind.StructLiteralExpr => new StructLiteralExpr(node),
        SyntaxKind.StructUpdateExpr => new StructUpdateExpr(node),
        SyntaxKind.FieldAccessExpr => new FieldAccessExpr(node),
        SyntaxKind.IndexExpr => new IndexExpr(node),
        SyntaxKind.TryExpr => new TryExpr(node),
        SyntaxKind.IfExpr => new IfExpr(node),
        SyntaxKind.CaseExpr => new CaseExpr(node),
        SyntaxKind.ReceiveExpr => new ReceiveExpr(node),
        SyntaxKind.BlockExpr => new BlockExpr(node),
        SyntaxKind.ReturnExpr => new ReturnExpr(node),
        SyntaxKind.ClosureExpr or SyntaxKind.TrailingClosure => new ClosureExpr(node),
        SyntaxKind.ForExpr => new ForExpr(node),
        SyntaxKind.WhileExpr => new WhileExpr(node),
        SyntaxKind.BreakExpr => new BreakExpr(node),
        SyntaxKind.ContinueExpr => new ContinueExpr(node),
        SyntaxKind.SpawnExpr => new SpawnExpr(node),
        SyntaxKind.SendExpr => new SendExpr(node),
        SyntaxKind.SelfExpr => new SelfExpr(node),
        SyntaxKind.LinkExpr => new LinkExpr(node),
        _ => null,
    };
}

// ---------------------------------------------------------------- literals

public sealed class IntLiteralExpr : Expr
{
    public IntLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? Token => FindToken(SyntaxKind.IntLiteral);

    /// <summary>The value, or null when the literal is malformed or does not fit in 64 bits.</summary>
    public long? Value => Token is { } t && LiteralValues.TryParseInt(t.Text, out var v) ? v : null;
}

public sealed class FloatLiteralExpr : Expr
{
    public FloatLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? Token => FindToken(SyntaxKind.FloatLiteral);

    /// <summary>The value (0 for a malformed literal, which the lexer has reported).</summary>
    public double Value => Token is { } t && LiteralValues.TryParseFloat(t.Text, out var v) ? v : 0;
}

public sealed class BoolLiteralExpr : Expr
{
    public BoolLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public bool Value => HasToken(SyntaxKind.TrueKw);
}

public sealed class NilLiteralExpr : Expr
{
    public NilLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }
}

/// <summary><c>:name</c>.</summary>
public sealed class AtomLiteralExpr : Expr
{
    public AtomLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? Token => FindToken(SyntaxKind.AtomLiteral);

    /// <summary>The atom's name without the colon.</summary>
    public string Name => Token is { } t ? t.Text[1..] : "";
}

/// <summary>A string literal, possibly with <c>${…}</c> interpolations, <c>"…"</c> or <c>"""…"""</c>.</summary>
public sealed class StringExpr : Expr
{
    public StringExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public bool IsTripleQuoted => FindToken(SyntaxKind.StringStart)?.Text == "\"\"\"";

    public bool IsTerminated => HasToken(SyntaxKind.StringEnd);

    public IReadOnlyList<StringPart> Parts
    {
        get
        {
            var parts = new List<StringPart>();
            foreach (var c in Syntax.ChildrenWithTokens())
            {
                if (c is SyntaxToken { Kind: SyntaxKind.StringContent } t)
                {
                    parts.Add(new StringTextPart(t));
                }
                else if (c is SyntaxNode { Kind: SyntaxKind.StringInterpolation } n)
                {
                    parts.Add(new StringInterpolationPart(n));
                }
            }
            return parts;
        }
    }

    public bool HasInterpolation => Node(SyntaxKind.StringInterpolation) is not null;

    /// <summary>The cooked value when the string has no interpolation; otherwise null.</summary>
    public string? PlainValue => HasInterpolation ? null : string.Concat(Parts.OfType<StringTextPart>().Select(p => p.Text));
}

public abstract class StringPart
{
    public abstract TextSpan Span { get; }
}

/// <summary>Literal text of a string, with escapes processed.</summary>
public sealed class StringTextPart : StringPart
{
    public StringTextPart(SyntaxToken token) => Token = token;

    public SyntaxToken Token { get; }

    /// <summary>The cooked text (<c>\n</c>, <c>\t</c>, <c>\"</c>, … replaced).</summary>
    public string Text => LiteralValues.Unescape(Token.Text);

    public string RawText => Token.Text;

    public override TextSpan Span => Token.Span;
}

/// <summary><c>${expr}</c> inside a string.</summary>
public sealed class StringInterpolationPart : StringPart
{
    public StringInterpolationPart(SyntaxNode syntax) => Syntax = syntax;

    public SyntaxNode Syntax { get; }

    public Expr? Expr => Syntax.ChildNodes().Select(Ast.Expr.Cast).FirstOrDefault(e => e is not null);

    public override TextSpan Span => Syntax.Span;
}

// ---------------------------------------------------------------- names, calls, operators

/// <summary>A name (also <c>self</c> when not called as <c>self()</c>).</summary>
public sealed class NameExpr : Expr
{
    public NameExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public static new NameExpr? Cast(SyntaxNode node) => node.Kind == SyntaxKind.NameExpr ? new NameExpr(node) : null;

    public SyntaxToken? NameToken => Syntax.ChildTokens().FirstOrDefault();

    public string? Name => NameToken?.Text;
}

/// <summary><c>callee(args) [do |params| … end]</c>.</summary>
public sealed class CallExpr : Expr
{
    public CallExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Callee => First(Expr.Cast) is { } e && e.Syntax.Kind != SyntaxKind.TrailingClosure ? e : null;

    public IReadOnlyList<Arg> Args => ArgsOf(Node(SyntaxKind.ArgList));

    /// <summary>A <c>do … end</c> block after the arguments; upstream passes it as the last argument.</summary>
    public ClosureExpr? TrailingClosure => Node(SyntaxKind.TrailingClosure) is { } t ? new ClosureExpr(t) : null;
}

/// <summary>One argument, positional or keyword (<c>name: value</c>).</summary>
public sealed class Arg : AstNode
{
    public Arg(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => HasToken(SyntaxKind.Colon) ? Syntax.ChildTokens().FirstOrDefault() : null;

    /// <summary>The keyword, for <c>name: value</c> arguments.</summary>
    public string? Name => NameToken?.Text;

    public Expr? Value => First(Expr.Cast);
}

public sealed class BinaryExpr : Expr
{
    public BinaryExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Lhs => Syntax.ChildNodes().FirstOrDefault() is { } n ? Expr.Cast(n) : null;

    public SyntaxToken? OpToken => Syntax.ChildTokens().FirstOrDefault();

    public Expr? Rhs => OpToken is not null ? After(OpToken.Kind, Expr.Cast) : null;

    public BinaryOp Op => OpToken?.Kind switch
    {
        SyntaxKind.Plus => BinaryOp.Add,
        SyntaxKind.Minus => BinaryOp.Sub,
        SyntaxKind.Star => BinaryOp.Mul,
        SyntaxKind.Slash => BinaryOp.Div,
        SyntaxKind.Percent => BinaryOp.Mod,
        SyntaxKind.EqEq => BinaryOp.Eq,
        SyntaxKind.BangEq => BinaryOp.NotEq,
        SyntaxKind.Lt => BinaryOp.Lt,
        SyntaxKind.Gt => BinaryOp.Gt,
        SyntaxKind.LtEq => BinaryOp.LtEq,
        SyntaxKind.GtEq => BinaryOp.GtEq,
        SyntaxKind.AndKw or SyntaxKind.AmpAmp => BinaryOp.And,
        SyntaxKind.OrKw or SyntaxKind.PipePipe => BinaryOp.Or,
        SyntaxKind.LtGt => BinaryOp.Concat,
        SyntaxKind.PlusPlus => BinaryOp.ListConcat,
        SyntaxKind.ColonColon => BinaryOp.Cons,
        SyntaxKind.DotDot => BinaryOp.Range,
        SyntaxKind.PipeGt => BinaryOp.Pipe,
        _ => BinaryOp.Add,
    };
}

public sealed class UnaryExpr : Expr
{
    public UnaryExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? OpToken => Syntax.ChildTokens().FirstOrDefault();

    public UnaryOp Op => OpToken?.Kind == SyntaxKind.Minus ? UnaryOp.Neg : UnaryOp.Not;

    public Expr? Operand => First(Expr.Cast);
}

public sealed class ParenExpr : Expr
{
    public ParenExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Inner => First(Expr.Cast);
}

/// <summary><c>(a, b, …)</c>; with no elements it is the unit value <c>()</c>.</summary>
public sealed class TupleExpr : Expr
{
    public TupleExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Expr> Elements => All(Expr.Cast);

    public bool IsUnit => Elements.Count == 0;
}

public sealed class ListExpr : Expr
{
    public ListExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Expr> Elements => All(Expr.Cast);
}

/// <summary><c>%{k => v, …}</c>.</summary>
public sealed class MapExpr : Expr
{
    public MapExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<MapEntry> Entries => Nodes(SyntaxKind.MapEntry).Select(n => new MapEntry(n)).ToList();
}

public sealed class MapEntry : AstNode
{
    public MapEntry(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Key => Before(SyntaxKind.FatArrow, Expr.Cast);

    public Expr? Value => After(SyntaxKind.FatArrow, Expr.Cast);
}

/// <summary><c>Name { a: 1, b: 2 }</c> (also <c>Mod.Name { … }</c>).</summary>
public sealed class StructLiteralExpr : Expr
{
    public StructLiteralExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>The type name as an expression (<see cref="NameExpr"/> or a <see cref="FieldAccessExpr"/> chain).</summary>
    public Expr? TypeName => First(Expr.Cast);

    /// <summary>The type name as written, e.g. <c>Point</c> or <c>Geo.Point</c>.</summary>
    public string? TypeNameText => TypeName switch
    {
        NameExpr n => n.Name,
        FieldAccessExpr f => f.TryGetPath() is { } p ? string.Join('.', p) : null,
        _ => null,
    };

    public IReadOnlyList<FieldInit> Fields => Nodes(SyntaxKind.StructLiteralField).Select(n => new FieldInit(n)).ToList();
}

/// <summary><c>%{base | f: v, …}</c>.</summary>
public sealed class StructUpdateExpr : Expr
{
    public StructUpdateExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Base => First(Expr.Cast);

    public IReadOnlyList<FieldInit> Fields => Nodes(SyntaxKind.StructLiteralField).Select(n => new FieldInit(n)).ToList();
}

/// <summary><c>name: value</c> in a struct literal or update.</summary>
public sealed class FieldInit : AstNode
{
    public FieldInit(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => Syntax.ChildTokens().FirstOrDefault();

    public string? Name => NameToken?.Text;

    public Expr? Value => First(Expr.Cast);
}

/// <summary><c>target.field</c>: field access, method call target (<c>v.m(…)</c>) or qualified name (<c>Mod.f</c>).</summary>
public sealed class FieldAccessExpr : Expr
{
    public FieldAccessExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Target => First(Expr.Cast);

    public SyntaxToken? FieldToken => Syntax.ChildTokens().Where(t => t.Kind != SyntaxKind.Dot).FirstOrDefault();

    public string? FieldName => FieldToken?.Text;

    /// <summary>For chains of plain names (<c>A.B.c</c>) the segments; null when the target is not a name chain.</summary>
    public IReadOnlyList<string>? TryGetPath()
    {
        var segments = new List<string>();
        Expr? e = this;
        while (e is FieldAccessExpr f)
        {
            if (f.FieldName is not { } name)
            {
                return null;
            }
            segments.Add(name);
            e = f.Target;
        }
        if (e is not NameExpr { Name: { } root })
        {
            return null;
        }
        segments.Add(root);
        segments.Reverse();
        return segments;
    }
}

/// <summary><c>target[index]</c>.</summary>
public sealed class IndexExpr : Expr
{
    public IndexExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Target => Before(SyntaxKind.LBracket, Expr.Cast);

    public Expr? Index => After(SyntaxKind.LBracket, Expr.Cast);
}

/// <summary>Postfix <c>expr?</c>.</summary>
public sealed class TryExpr : Expr
{
    public TryExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Operand => First(Expr.Cast);
}

// ---------------------------------------------------------------- control flow

/// <summary><c>if cond do … [else …] end</c>; <see cref="Else"/> is a <see cref="BlockExpr"/> or, for <c>else if</c>, an <see cref="IfExpr"/>.</summary>
public sealed class IfExpr : Expr
{
    public IfExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Condition => Before(SyntaxKind.DoKw, Expr.Cast) is { Kind: not SyntaxKind.BlockExpr } c ? c : null;

    public BlockExpr? Then => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;

    public Expr? Else => Node(SyntaxKind.ElseBranch) is { } e
        ? e.ChildNodes().Where(n => n.Kind is SyntaxKind.BlockExpr or SyntaxKind.IfExpr).Select(Expr.Cast).FirstOrDefault()
        : null;
}

/// <summary><c>case subject do arms end</c> (also spelled <c>match</c>).</summary>
public sealed class CaseExpr : Expr
{
    public CaseExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Scrutinee => Before(SyntaxKind.DoKw, Expr.Cast);

    public IReadOnlyList<MatchArm> Arms => Nodes(SyntaxKind.MatchArm).Select(n => new MatchArm(n)).ToList();
}

/// <summary><c>pattern [when guard] -&gt; body</c>.</summary>
public sealed class MatchArm : AstNode
{
    public MatchArm(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Pattern => First(Ast.Pattern.Cast);

    public Expr? Guard => Node(SyntaxKind.GuardClause) is { } g ? g.ChildNodes().Select(Expr.Cast).FirstOrDefault(e => e is not null) : null;

    public Expr? Body => After(SyntaxKind.Arrow, Expr.Cast);
}

/// <summary><c>receive do arms [after ms -&gt; expr] end</c>.</summary>
public sealed class ReceiveExpr : Expr
{
    public ReceiveExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<MatchArm> Arms => Nodes(SyntaxKind.MatchArm).Select(n => new MatchArm(n)).ToList();

    /// <summary><c>receive()</c>: takes the next message of any kind, without arms.</summary>
    public bool IsBare => HasToken(SyntaxKind.LParen);

    private SyntaxNode? After => Node(SyntaxKind.AfterClause);

    public bool HasAfter => After is not null;

    public Expr? AfterTimeout => After?.ChildNodes().Select(Expr.Cast).FirstOrDefault(e => e is not null);

    public Expr? AfterBody => After is { } a ? new AfterView(a).Body : null;

    private sealed class AfterView(SyntaxNode node) : AstNode(node)
    {
        public Expr? Body => After(SyntaxKind.Arrow, Expr.Cast);
    }
}

/// <summary>The statements of a <c>do … end</c> body; its value is its last <see cref="ExprStmt"/>.</summary>
public sealed class BlockExpr : Expr
{
    public BlockExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Stmt> Statements => All(Stmt.Cast);

    /// <summary>The final expression, when the last statement is an expression.</summary>
    public Expr? Tail => Statements.Count > 0 && Statements[^1] is ExprStmt e ? e.Expr : null;
}

/// <summary><c>return [expr]</c>.</summary>
public sealed class ReturnExpr : Expr
{
    public ReturnExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Value => First(Expr.Cast);
}

/// <summary>
/// A closure: <c>fn x -&gt; e end</c>, <c>fn(x :: Int) do … end</c>, <c>fn 0 -&gt; a | n -&gt; b end</c>, … or the
/// trailing <c>do |x| … end</c> of a call (<see cref="IsTrailing"/>).
/// </summary>
public sealed class ClosureExpr : Expr
{
    public ClosureExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public bool IsTrailing => Syntax.Kind == SyntaxKind.TrailingClosure;

    public IReadOnlyList<ClosureClause> Clauses => IsTrailing
        ? [new ClosureClause(Syntax)]
        : Nodes(SyntaxKind.ClosureClause).Select(n => new ClosureClause(n)).ToList();
}

public sealed class ClosureClause : AstNode
{
    public ClosureClause(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Param> Params => ParamsOf(Node(SyntaxKind.ParamList));

    public Expr? Guard => Node(SyntaxKind.GuardClause) is { } g ? g.ChildNodes().Select(Expr.Cast).FirstOrDefault(e => e is not null) : null;

    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;
}

/// <summary><c>for pattern in iterable [when filter] do … end</c>.</summary>
public sealed class ForExpr : Expr
{
    public ForExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Pattern => First(Ast.Pattern.Cast);

    public Expr? Iterable => After(SyntaxKind.InKw, Expr.Cast) is { Kind: not SyntaxKind.BlockExpr } e ? e : null;

    public Expr? Filter => Node(SyntaxKind.GuardClause) is { } g ? g.ChildNodes().Select(Expr.Cast).FirstOrDefault(e => e is not null) : null;

    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;
}

public sealed class WhileExpr : Expr
{
    public WhileExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Expr? Condition => First(Expr.Cast) is { Kind: not SyntaxKind.BlockExpr } c ? c : null;

    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;
}

public sealed class BreakExpr : Expr
{
    public BreakExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }
}

public sealed class ContinueExpr : Expr
{
    public ContinueExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }
}

// ---------------------------------------------------------------- concurrency

/// <summary><c>spawn(actor, args…)</c>.</summary>
public sealed class SpawnExpr : Expr
{
    public SpawnExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Arg> Args => ArgsOf(Node(SyntaxKind.ArgList));

    /// <summary>The call in <c>spawn worker(a, b)</c> (no parentheses after <c>spawn</c>); null in <c>spawn(worker, a, b)</c>.</summary>
    public Expr? Call => Node(SyntaxKind.ArgList) is null ? First(Expr.Cast) : null;
}

/// <summary><c>send(pid, message)</c>.</summary>
public sealed class SendExpr : Expr
{
    public SendExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Arg> Args => ArgsOf(Node(SyntaxKind.ArgList));

    public Expr? Target => Args.Count > 0 ? Args[0].Value : null;

    public Expr? Message => Args.Count > 1 ? Args[1].Value : null;
}

/// <summary><c>self()</c>.</summary>
public sealed class SelfExpr : Expr
{
    public SelfExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }
}

/// <summary><c>link(pid)</c>.</summary>
public sealed class LinkExpr : Expr
{
    public LinkExpr(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Arg> Args => ArgsOf(Node(SyntaxKind.ArgList));

    public Expr? Target => Args.Count > 0 ? Args[0].Value : null;
}

/// <summary>
/// The trailing keyword arguments of a call (<c>f(1, name: "A", age: 3)</c>) as the one argument
/// they stand for, a <c>Map&lt;String, V&gt;</c>. Made by the type checker from the call's
/// <see cref="Arg"/>s; its span is the first keyword argument's.
/// </summary>
public sealed class KeywordArgsExpr : Expr
{
    public KeywordArgsExpr(IReadOnlyList<Arg> args)
        : base(args[0].Syntax) => Args = args;

    public IReadOnlyList<Arg> Args { get; }
}
