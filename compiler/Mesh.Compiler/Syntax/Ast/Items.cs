namespace Mesh.Compiler.Syntax.Ast;

/// <summary>The root: a whole <c>.mpl</c> file.</summary>
public sealed class SourceFile : AstNode
{
    public SourceFile(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>Top-level items in order (functions, types, actors, imports, …).</summary>
    public IEnumerable<Item> Items
    {
        get
        {
            foreach (var n in Syntax.ChildNodes())
            {
                if (Item.Cast(n) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>Top-level statements that are not items (<c>let</c>, expressions). Valid syntax, rejected later.</summary>
    public IEnumerable<Stmt> Statements
    {
        get
        {
            foreach (var n in Syntax.ChildNodes())
            {
                if (Item.Cast(n) is null && Stmt.Cast(n) is { } s)
                {
                    yield return s;
                }
            }
        }
    }
}

/// <summary>A top-level (or nested) definition.</summary>
public abstract class Item : AstNode
{
    private protected Item(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>True when preceded by <c>pub</c>.</summary>
    public bool IsPub => Node(SyntaxKind.Visibility) is not null;

    /// <summary>The defining name token, where the item has one.</summary>
    public virtual SyntaxToken? NameToken => FirstIdent();

    public string? Name => NameToken?.Text;

    public static Item? Cast(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.FnDef => new FnDef(node),
        SyntaxKind.StructDef => new StructDef(node),
        SyntaxKind.SumTypeDef => new SumTypeDef(node),
        SyntaxKind.TypeAliasDef => new TypeAliasDef(node),
        SyntaxKind.InterfaceDef => new InterfaceDef(node),
        SyntaxKind.ImplDef => new ImplDef(node),
        SyntaxKind.ActorDef => new ActorDef(node),
        SyntaxKind.ServiceDef => new ServiceDef(node),
        SyntaxKind.SupervisorDef => new SupervisorDef(node),
        SyntaxKind.ImportDecl => new ImportDecl(node),
        SyntaxKind.FromImportDecl => new FromImportDecl(node),
        SyntaxKind.ModuleDef => new ModuleDef(node),
        _ => null,
    };
}

/// <summary><c>[pub] fn name&lt;T&gt;(params) -&gt; R [where …] [when guard] do … end</c> or <c>= expr</c>. Also interface method signatures (no body).</summary>
public sealed class FnDef : Item
{
    public FnDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary><c>fn</c> or <c>def</c>.</summary>
    public SyntaxToken? Keyword => FindToken(SyntaxKind.FnKw) ?? FindToken(SyntaxKind.DefKw);

    public IReadOnlyList<GenericParam> GenericParams => GenericParamsOf(Node(SyntaxKind.GenericParamList));

    public IReadOnlyList<Param> Params => ParamsOf(Node(SyntaxKind.ParamList));

    /// <summary>False for <c>fn main do … end</c> written without parentheses.</summary>
    public bool HasParamList => Node(SyntaxKind.ParamList) is not null;

    public TypeRef? ReturnType => After(SyntaxKind.Arrow, TypeRef.Cast);

    public WhereClause? WhereClause => Node(SyntaxKind.WhereClause) is { } n ? new WhereClause(n) : null;

    public Expr? Guard => Node(SyntaxKind.GuardClause) is { } g ? g.ChildNodes().Select(Expr.Cast).FirstOrDefault(e => e is not null) : null;

    /// <summary>The <c>do … end</c> body.</summary>
    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;

    /// <summary>The body of <c>fn f(x) = expr</c>.</summary>
    public Expr? ExprBody => After(SyntaxKind.Eq, Expr.Cast);

    public bool HasBody => Body is not null || HasToken(SyntaxKind.Eq);
}

/// <summary>A parameter: a pattern (a plain name for ordinary functions) with an optional <c>:: Type</c>.</summary>
public sealed class Param : AstNode
{
    public Param(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public Pattern? Pattern => First(Ast.Pattern.Cast);

    /// <summary>The name when the pattern is a plain identifier (or <c>self</c>).</summary>
    public SyntaxToken? NameToken => Pattern is IdentPattern ip ? ip.NameToken : null;

    public string? Name => NameToken?.Text;

    public bool IsSelf => NameToken?.Kind == SyntaxKind.SelfKw;

    public TypeRef? Type => After(SyntaxKind.ColonColon, TypeRef.Cast);
}

/// <summary>A type parameter <c>T</c> (optionally <c>T: Bound</c>).</summary>
public sealed class GenericParam : AstNode
{
    public GenericParam(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => FindToken(SyntaxKind.Ident);

    public string? Name => NameToken?.Text;

    public IReadOnlyList<TypeRef> Bounds => All(TypeRef.Cast);
}

/// <summary><c>where T: Trait, U: A + B</c>.</summary>
public sealed class WhereClause : AstNode
{
    public WhereClause(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<TraitBound> Bounds => Nodes(SyntaxKind.TraitBound).Select(n => new TraitBound(n)).ToList();
}

public sealed class TraitBound : AstNode
{
    public TraitBound(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? TypeParamToken => FindToken(SyntaxKind.Ident);

    public string? TypeParam => TypeParamToken?.Text;

    public IReadOnlyList<TypeRef> Traits => All(TypeRef.Cast);
}

/// <summary>A dotted name such as <c>Math.Vector</c>.</summary>
public sealed class PathSyntax : AstNode
{
    public PathSyntax(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<SyntaxToken> SegmentTokens => Syntax.ChildTokens().Where(t => t.Kind == SyntaxKind.Ident).ToList();

    public IReadOnlyList<string> Segments => SegmentTokens.Select(t => t.Text).ToList();

    public string Text => string.Join('.', Segments);
}

/// <summary><c>struct Name&lt;T&gt; do field :: Type … end [deriving(...)]</c>.</summary>
public sealed class StructDef : Item
{
    public StructDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<GenericParam> GenericParams => GenericParamsOf(Node(SyntaxKind.GenericParamList));

    public IReadOnlyList<StructField> Fields => Nodes(SyntaxKind.StructField).Select(n => new StructField(n)).ToList();

    /// <summary>Contextual body options: <c>table "x"</c>, <c>primary_key :id</c>, <c>timestamps true</c>, <c>belongs_to :a, T</c>, …</summary>
    public IReadOnlyList<StructOption> Options => Nodes(SyntaxKind.StructOption).Select(n => new StructOption(n)).ToList();

    public DerivingClause? Deriving => Node(SyntaxKind.DerivingClause) is { } d ? new DerivingClause(d) : null;
}

public sealed class StructField : AstNode
{
    public StructField(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => FindToken(SyntaxKind.Ident);

    public string? Name => NameToken?.Text;

    public TypeRef? Type => First(TypeRef.Cast);
}

/// <summary>A line such as <c>belongs_to :org, Org</c> inside a struct body.</summary>
public sealed class StructOption : AstNode
{
    public StructOption(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? KeyToken => FindToken(SyntaxKind.Ident);

    public string? Key => KeyToken?.Text;

    public IReadOnlyList<Expr> Values => All(Expr.Cast);
}

/// <summary><c>deriving(Eq, Display)</c>.</summary>
public sealed class DerivingClause : AstNode
{
    public DerivingClause(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>The trait name tokens (the first identifier, <c>deriving</c> itself, is excluded).</summary>
    public IReadOnlyList<SyntaxToken> TraitTokens => Syntax.ChildTokens().Where(t => t.Kind == SyntaxKind.Ident).Skip(1).ToList();

    public IReadOnlyList<string> TraitNames => TraitTokens.Select(t => t.Text).ToList();
}

/// <summary><c>type Name&lt;T&gt; do Variant … end [deriving(...)]</c>.</summary>
public sealed class SumTypeDef : Item
{
    public SumTypeDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<GenericParam> GenericParams => GenericParamsOf(Node(SyntaxKind.GenericParamList));

    public IReadOnlyList<VariantDef> Variants => Nodes(SyntaxKind.VariantDef).Select(n => new VariantDef(n)).ToList();

    public DerivingClause? Deriving => Node(SyntaxKind.DerivingClause) is { } d ? new DerivingClause(d) : null;
}

/// <summary>A variant: <c>Red</c>, <c>Circle(Float)</c> or <c>Rect(w :: Float, h :: Float)</c>.</summary>
public sealed class VariantDef : AstNode
{
    public VariantDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => FindToken(SyntaxKind.Ident);

    public string? Name => NameToken?.Text;

    /// <summary>True for <c>Name(...)</c>, even when empty.</summary>
    public bool HasParens => HasToken(SyntaxKind.LParen);

    public IReadOnlyList<VariantField> Fields
        => Syntax.ChildNodes().Where(n => n.Kind == SyntaxKind.VariantField || TypeRef.Cast(n) is not null).Select(n => new VariantField(n)).ToList();
}

/// <summary>A variant field: named (<c>w :: Float</c>) or positional (just a type).</summary>
public sealed class VariantField : AstNode
{
    public VariantField(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => Syntax.Kind == SyntaxKind.VariantField ? FindToken(SyntaxKind.Ident) : null;

    public string? Name => NameToken?.Text;

    public TypeRef? Type => Syntax.Kind == SyntaxKind.VariantField ? First(TypeRef.Cast) : TypeRef.Cast(Syntax);
}

/// <summary><c>type Name&lt;T&gt; = Type</c>.</summary>
public sealed class TypeAliasDef : Item
{
    public TypeAliasDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<GenericParam> GenericParams => GenericParamsOf(Node(SyntaxKind.GenericParamList));

    public TypeRef? Type => After(SyntaxKind.Eq, TypeRef.Cast);
}

/// <summary><c>interface Name&lt;T&gt; do fn m(self) -&gt; R [do default end] … type Item … end</c>.</summary>
public sealed class InterfaceDef : Item
{
    public InterfaceDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<GenericParam> GenericParams => GenericParamsOf(Node(SyntaxKind.GenericParamList));

    public IReadOnlyList<FnDef> Methods => Nodes(SyntaxKind.FnDef).Select(n => new FnDef(n)).ToList();

    public IReadOnlyList<AssocTypeDef> AssocTypes => Nodes(SyntaxKind.AssocTypeDef).Select(n => new AssocTypeDef(n)).ToList();
}

/// <summary><c>type Item</c> in an interface, <c>type Item = Int</c> in an impl.</summary>
public sealed class AssocTypeDef : AstNode
{
    public AssocTypeDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? NameToken => FindToken(SyntaxKind.Ident);

    public string? Name => NameToken?.Text;

    public TypeRef? Type => After(SyntaxKind.Eq, TypeRef.Cast);
}

/// <summary><c>impl Trait&lt;Args&gt; for Type [where …] do … end</c>.</summary>
public sealed class ImplDef : Item
{
    public ImplDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public PathSyntax? TraitPath => Node(SyntaxKind.Path) is { } p ? new PathSyntax(p) : null;

    public override SyntaxToken? NameToken => TraitPath?.SegmentTokens.LastOrDefault();

    /// <summary>The interface name as written (possibly dotted).</summary>
    public string? TraitName => TraitPath?.Text;

    public IReadOnlyList<TypeRef> TraitArgs
        => Node(SyntaxKind.GenericArgList) is { } g ? g.ChildNodes().Select(TypeRef.Cast).OfType<TypeRef>().ToList() : [];

    public TypeRef? ForType => After(SyntaxKind.ForKw, TypeRef.Cast);

    public WhereClause? WhereClause => Node(SyntaxKind.WhereClause) is { } n ? new WhereClause(n) : null;

    public IReadOnlyList<FnDef> Methods => Nodes(SyntaxKind.FnDef).Select(n => new FnDef(n)).ToList();

    public IReadOnlyList<AssocTypeDef> AssocTypes => Nodes(SyntaxKind.AssocTypeDef).Select(n => new AssocTypeDef(n)).ToList();
}

/// <summary><c>actor name(params) do body [terminate do … end] end</c>.</summary>
public sealed class ActorDef : Item
{
    public ActorDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public IReadOnlyList<Param> Params => ParamsOf(Node(SyntaxKind.ParamList));

    /// <summary>The body's statements (the terminate clause is not among them).</summary>
    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;

    public BlockExpr? TerminateBody
        => Node(SyntaxKind.BlockExpr)?.ChildNode(SyntaxKind.TerminateClause)?.ChildNode(SyntaxKind.BlockExpr) is { } t ? new BlockExpr(t) : null;
}

/// <summary><c>service Name do fn init(…) … call Op(p :: T) :: R do |state| … end  cast Op(…) do |state| … end end</c>.</summary>
public sealed class ServiceDef : Item
{
    public ServiceDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>Plain functions in the body (<c>init</c> and helpers).</summary>
    public IReadOnlyList<FnDef> Functions => Nodes(SyntaxKind.FnDef).Select(n => new FnDef(n)).ToList();

    public FnDef? Init => Functions.FirstOrDefault(f => f.Name == "init");

    /// <summary>Call and cast handlers in order.</summary>
    public IReadOnlyList<ServiceHandler> Handlers
        => Syntax.ChildNodes().Where(n => n.Kind is SyntaxKind.CallHandler or SyntaxKind.CastHandler).Select(n => new ServiceHandler(n)).ToList();

    public IReadOnlyList<ServiceHandler> CallHandlers => Handlers.Where(h => h.IsCall).ToList();

    public IReadOnlyList<ServiceHandler> CastHandlers => Handlers.Where(h => !h.IsCall).ToList();
}

/// <summary><c>call Name(params) :: Reply do |state| … end</c> or <c>cast Name(params) do |state| … end</c>.</summary>
public sealed class ServiceHandler : AstNode
{
    public ServiceHandler(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public bool IsCall => Syntax.Kind == SyntaxKind.CallHandler;

    public SyntaxToken? NameToken => FindToken(SyntaxKind.Ident);

    public string? Name => NameToken?.Text;

    /// <summary>The message parameters (between parentheses).</summary>
    public IReadOnlyList<Param> Params
        => ParamsOf(Nodes(SyntaxKind.ParamList).FirstOrDefault(p => p.ChildToken(SyntaxKind.LParen) is not null));

    public TypeRef? ReplyType => First(TypeRef.Cast);

    /// <summary>The <c>|state|</c> parameter.</summary>
    public Param? StateParam
        => ParamsOf(Nodes(SyntaxKind.ParamList).FirstOrDefault(p => p.ChildToken(SyntaxKind.Bar) is not null)).FirstOrDefault();

    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;
}

/// <summary><c>supervisor Name do strategy: one_for_one … child id do start: fn -&gt; … end … end end</c>.</summary>
public sealed class SupervisorDef : Item
{
    public SupervisorDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary><c>strategy:</c>, <c>max_restarts:</c>, <c>max_seconds:</c> and any other <c>key: value</c> lines.</summary>
    public IReadOnlyList<SupervisorOption> Options => Nodes(SyntaxKind.SupervisorOption).Select(n => new SupervisorOption(n)).ToList();

    public IReadOnlyList<ChildSpec> Children => Nodes(SyntaxKind.ChildSpec).Select(n => new ChildSpec(n)).ToList();

    public SupervisorOption? Option(string key) => Options.FirstOrDefault(o => o.Key == key);
}

/// <summary><c>key: value</c> in a supervisor or child spec.</summary>
public sealed class SupervisorOption : AstNode
{
    public SupervisorOption(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public SyntaxToken? KeyToken => FindToken(SyntaxKind.Ident);

    public string? Key => KeyToken?.Text;

    public Expr? Value => First(Expr.Cast);

    /// <summary>The value when it is a bare name or atom (<c>one_for_one</c>, <c>permanent</c>, <c>brutal_kill</c>).</summary>
    public string? ValueName => Value switch
    {
        NameExpr n => n.Name,
        AtomLiteralExpr a => a.Name,
        _ => null,
    };
}

/// <summary><c>child id do start: … restart: … shutdown: … end</c>.</summary>
public sealed class ChildSpec : AstNode
{
    public ChildSpec(SyntaxNode syntax)
        : base(syntax)
    {
    }

    /// <summary>The child's id (the identifier after <c>child</c>).</summary>
    public SyntaxToken? NameToken => Syntax.ChildTokens().Where(t => t.Kind == SyntaxKind.Ident).Skip(1).FirstOrDefault();

    public string? Name => NameToken?.Text;

    public IReadOnlyList<SupervisorOption> Options => Nodes(SyntaxKind.SupervisorOption).Select(n => new SupervisorOption(n)).ToList();

    public SupervisorOption? Option(string key) => Options.FirstOrDefault(o => o.Key == key);
}

/// <summary><c>import A.B</c>.</summary>
public sealed class ImportDecl : Item
{
    public ImportDecl(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public PathSyntax? Path => Node(SyntaxKind.Path) is { } p ? new PathSyntax(p) : null;

    /// <summary>The last segment: the qualifier the import brings into scope.</summary>
    public override SyntaxToken? NameToken => Path?.SegmentTokens.LastOrDefault();

    public string? ModuleName => Path?.Text;
}

/// <summary><c>from A.B import x, y</c>.</summary>
public sealed class FromImportDecl : Item
{
    public FromImportDecl(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public PathSyntax? Path => Node(SyntaxKind.Path) is { } p ? new PathSyntax(p) : null;

    public override SyntaxToken? NameToken => Path?.SegmentTokens.LastOrDefault();

    public string? ModuleName => Path?.Text;

    public IReadOnlyList<SyntaxToken> NameTokens
        => Node(SyntaxKind.ImportList)?.ChildTokens().Where(t => t.Kind == SyntaxKind.Ident).ToList() ?? [];

    public IReadOnlyList<string> Names => NameTokens.Select(t => t.Text).ToList();
}

/// <summary><c>module Name do items end</c> (parsed; upstream ignores it semantically).</summary>
public sealed class ModuleDef : Item
{
    public ModuleDef(SyntaxNode syntax)
        : base(syntax)
    {
    }

    public PathSyntax? Path => Node(SyntaxKind.Path) is { } p ? new PathSyntax(p) : null;

    public override SyntaxToken? NameToken => Path?.SegmentTokens.LastOrDefault();

    public string? FullName => Path?.Text;

    public BlockExpr? Body => Node(SyntaxKind.BlockExpr) is { } b ? new BlockExpr(b) : null;

    public IEnumerable<Item> Items => Body?.Statements.OfType<ItemStmt>().Select(s => s.Item) ?? [];
}
