using Mesh.Compiler.Syntax.Ast;
using static Mesh.Tests.Syntax.SyntaxTestHelpers;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class PatternAndTypeTests
{
    private static Pattern Pat(string pattern)
    {
        var c = Expr<CaseExpr>("case x do\n    " + pattern + " -> 0\n  end");
        return c.Arms.Single().Pattern!;
    }

    private static TypeRef Ty(string type) => Item<FnDef>("fn f(x :: " + type + ") = x").Params.Single().Type!;

    [Test]
    public void SimplePatterns()
    {
        Assert.That(Pat("_"), Is.InstanceOf<WildcardPattern>());
        Assert.That(((IdentPattern)Pat("value")).Name, Is.EqualTo("value"));
        Assert.That(((LiteralPattern)Pat("-3")).IntValue, Is.EqualTo(-3));
        Assert.That(((LiteralPattern)Pat("-2.5")).FloatValue, Is.EqualTo(-2.5));
        Assert.That(((StringExpr)((LiteralPattern)Pat("\"hi\"")).Literal!).PlainValue, Is.EqualTo("hi"));
        Assert.That(((LiteralPattern)Pat("true")).Literal, Is.InstanceOf<BoolLiteralExpr>());
        Assert.That(((LiteralPattern)Pat("nil")).Literal, Is.InstanceOf<NilLiteralExpr>());
        Assert.That(((LiteralPattern)Pat(":ok")).Literal, Is.InstanceOf<AtomLiteralExpr>());
        Assert.That(((TuplePattern)Pat("()")).Elements, Is.Empty);
        Assert.That(((ParenPattern)Pat("(a)")).Inner, Is.InstanceOf<IdentPattern>());
    }

    [Test]
    public void ConstructorPatterns()
    {
        var some = (ConstructorPattern)Pat("Some((a, _))");
        Assert.That(some.Name, Is.EqualTo("Some"));
        Assert.That(some.Qualifier, Is.Null);
        Assert.That(some.Args.Single(), Is.InstanceOf<TuplePattern>());
        var q = (ConstructorPattern)Pat("Shape.Circle(r)");
        Assert.That(q.Path, Is.EqualTo(new[] { "Shape", "Circle" }));
        Assert.That(q.Qualifier, Is.EqualTo("Shape"));
        var bare = (ConstructorPattern)Pat("None");
        Assert.That(bare.HasArgs, Is.False);
        Assert.That(bare.Args, Is.Empty);
    }

    [Test]
    public void OrAsAndConsPatterns()
    {
        var or = (OrPattern)Pat("Red | Green | Blue");
        Assert.That(or.Alternatives, Has.Count.EqualTo(3));
        var asp = (AsPattern)Pat("Some(v) as whole");
        Assert.That(asp.Name, Is.EqualTo("whole"));
        Assert.That(asp.Pattern, Is.InstanceOf<ConstructorPattern>());
        var cons = (ConsPattern)Pat("h :: m :: rest");
        Assert.That(((IdentPattern)cons.Head!).Name, Is.EqualTo("h"));
        Assert.That(cons.Tail, Is.InstanceOf<ConsPattern>());
        var grouped = (AsPattern)Pat("(1 | 2) as n");
        Assert.That(((ParenPattern)grouped.Pattern!).Inner, Is.InstanceOf<OrPattern>());
    }

    [Test]
    public void StructPatterns()
    {
        var point = (StructPattern)Pat("Point { x: 0, y }");
        Assert.That(point.TypeName, Is.EqualTo("Point"));
        Assert.That(point.HasRest, Is.False);
        Assert.That(point.Fields.Select(f => f.Name), Is.EqualTo(new[] { "x", "y" }));
        Assert.That(point.Fields[0].Pattern, Is.InstanceOf<LiteralPattern>());
        Assert.That(point.Fields[1].IsShorthand, Is.True);
        Assert.That(point.Fields[1].Pattern, Is.Null);
        var rest = (StructPattern)Pat("Geo.Point { x: Some(a) | None, .. }");
        Assert.That(rest.TypeName, Is.EqualTo("Geo.Point"));
        Assert.That(rest.HasRest, Is.True);
        Assert.That(rest.Fields.Single().Pattern, Is.InstanceOf<OrPattern>());
        var generic = (StructPattern)Pat("Box<Int> { value: Box { .. } }");
        Assert.That(((NamedTypeRef)generic.TypeArgs.Single()).Name, Is.EqualTo("Int"));
        Assert.That(((StructPattern)generic.Fields.Single().Pattern!).Fields, Is.Empty);
        var nested = (TuplePattern)Pat("(Point { x, .. }, [P {\n  a,\n  b\n}])");
        Assert.That(nested.Elements[0], Is.InstanceOf<StructPattern>());
        var asPattern = (AsPattern)Pat("Point { .. } as p");
        Assert.That(asPattern.Pattern, Is.InstanceOf<StructPattern>());
        // A constructor without a brace is still a constructor.
        Assert.That(Pat("Point"), Is.InstanceOf<ConstructorPattern>());
    }

    [Test]
    public void StructPatternRestMustBeLast()
    {
        var tree = Mesh.Compiler.Syntax.SyntaxTree.Parse(new Mesh.Compiler.Text.SourceText("t.mpl", "fn main() do\n  let P { .., x } = p\nend\n"));
        Assert.That(Codes(tree), Does.Contain(Mesh.Compiler.Diagnostics.DiagnosticCode.ExpectedToken));
        Assert.That(tree.Root.ToFullString(), Is.EqualTo("fn main() do\n  let P { .., x } = p\nend\n"));
    }

    [Test]
    public void Types()
    {
        Assert.That(((NamedTypeRef)Ty("Int")).Name, Is.EqualTo("Int"));
        var map = (NamedTypeRef)Ty("Map<String, List<Int>>");
        Assert.That(map.Args.Select(a => ((NamedTypeRef)a).Name), Is.EqualTo(new[] { "String", "List" }));
        Assert.That(((NamedTypeRef)Ty("Geo.Point")).Segments, Is.EqualTo(new[] { "Geo", "Point" }));
        Assert.That(((NamedTypeRef)Ty("Self.Item")).Name, Is.EqualTo("Self.Item"));
        Assert.That(((TupleTypeRef)Ty("(Int, String)")).Elements, Has.Count.EqualTo(2));
        Assert.That(((TupleTypeRef)Ty("()")).Elements, Is.Empty);
        var fun = (FunTypeRef)Ty("Fun(Int, String) -> Bool");
        Assert.That(fun.Params, Has.Count.EqualTo(2));
        Assert.That(((NamedTypeRef)fun.Return!).Name, Is.EqualTo("Bool"));
        Assert.That(((FunTypeRef)Ty("Fun() -> Int")).Params, Is.Empty);
        Assert.That(((NamedTypeRef)((OptionTypeRef)Ty("Int?")).Inner!).Name, Is.EqualTo("Int"));
        var res = (ResultTypeRef)Ty("Int!String");
        Assert.That(((NamedTypeRef)res.Ok!).Name, Is.EqualTo("Int"));
        Assert.That(((NamedTypeRef)res.Err!).Name, Is.EqualTo("String"));
        Assert.That(((NamedTypeRef)((NamedTypeRef)Ty("Pid<Msg>")).Args.Single()).Name, Is.EqualTo("Msg"));
        Assert.That(((NamedTypeRef)Ty("Pid")).Args, Is.Empty);
    }
}
