using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using static Mesh.Tests.Syntax.SyntaxTestHelpers;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class ParserItemTests
{
    [Test]
    public void FunctionWithEverything()
    {
        var fn = Item<FnDef>("pub fn largest<T>(xs :: List<T>, fallback :: T) -> T where T: Ord do\n  fallback\nend\n");
        Assert.That(fn.IsPub, Is.True);
        Assert.That(fn.Name, Is.EqualTo("largest"));
        Assert.That(fn.NameToken!.Span.Start, Is.EqualTo(7));
        Assert.That(fn.GenericParams.Select(g => g.Name), Is.EqualTo(new[] { "T" }));
        Assert.That(fn.Params.Select(p => p.Name), Is.EqualTo(new[] { "xs", "fallback" }));
        var listType = (NamedTypeRef)fn.Params[0].Type!;
        Assert.That(listType.Name, Is.EqualTo("List"));
        Assert.That(((NamedTypeRef)listType.Args.Single()).Name, Is.EqualTo("T"));
        Assert.That(((NamedTypeRef)fn.ReturnType!).Name, Is.EqualTo("T"));
        Assert.That(fn.WhereClause!.Bounds.Single().TypeParam, Is.EqualTo("T"));
        Assert.That(((NamedTypeRef)fn.WhereClause.Bounds.Single().Traits.Single()).Name, Is.EqualTo("Ord"));
        Assert.That(fn.Body!.Tail, Is.InstanceOf<NameExpr>());
        Assert.That(fn.ExprBody, Is.Null);
        Assert.That(fn.Guard, Is.Null);
    }

    [Test]
    public void DefIsASynonymAndParamsAreOptional()
    {
        var fn = Item<FnDef>("def main do\n  1\nend");
        Assert.That(fn.Name, Is.EqualTo("main"));
        Assert.That(fn.Keyword!.Kind, Is.EqualTo(SyntaxKind.DefKw));
        Assert.That(fn.HasParamList, Is.False);
        Assert.That(fn.Params, Is.Empty);
    }

    [Test]
    public void ExpressionBodyAndGuard()
    {
        var items = Items("fn abs(n) when n < 0 = -n\nfn abs(n) = n\n");
        var first = (FnDef)items[0];
        Assert.That(first.Guard, Is.InstanceOf<BinaryExpr>());
        Assert.That(first.ExprBody, Is.InstanceOf<UnaryExpr>());
        Assert.That(first.Body, Is.Null);
        Assert.That(first.HasBody, Is.True);
        Assert.That(((FnDef)items[1]).ExprBody, Is.InstanceOf<NameExpr>());
    }

    [Test]
    public void MultiClausePatternParams()
    {
        var items = Items("fn fib(0) = 0\nfn fib(-1) = 1\nfn f(\"x\", true, nil, _, Some(v), Shape.Circle(r), (a, b)) = a\n");
        var p0 = ((FnDef)items[0]).Params.Single();
        Assert.That(p0.Pattern, Is.InstanceOf<LiteralPattern>());
        Assert.That(p0.Name, Is.Null);
        var neg = (LiteralPattern)((FnDef)items[1]).Params.Single().Pattern!;
        Assert.That(neg.IsNegative, Is.True);
        Assert.That(neg.IntValue, Is.EqualTo(-1));
        var ps = ((FnDef)items[2]).Params.Select(p => p.Pattern!.GetType()).ToList();
        Assert.That(ps, Is.EqualTo(new[]
        {
            typeof(LiteralPattern), typeof(LiteralPattern), typeof(LiteralPattern), typeof(WildcardPattern),
            typeof(ConstructorPattern), typeof(ConstructorPattern), typeof(TuplePattern),
        }));
    }

    [Test]
    public void SelfParameter()
    {
        var fn = Item<FnDef>("fn to_string(self) -> String do\n  \"p\"\nend");
        Assert.That(fn.Params.Single().IsSelf, Is.True);
        Assert.That(fn.Params.Single().Name, Is.EqualTo("self"));
    }

    [Test]
    public void StructWithDerivingAndOptions()
    {
        var s = Item<StructDef>("pub struct User<T> do\n  table \"users\"\n  primary_key :uuid\n  timestamps true\n  belongs_to :org, Org\n  name :: String\n  tags :: List<T>\n  age :: Int?\nend deriving(Eq, Display, Json)\n");
        Assert.That(s.IsPub, Is.True);
        Assert.That(s.Name, Is.EqualTo("User"));
        Assert.That(s.GenericParams.Single().Name, Is.EqualTo("T"));
        Assert.That(s.Fields.Select(f => f.Name), Is.EqualTo(new[] { "name", "tags", "age" }));
        Assert.That(s.Fields[2].Type, Is.InstanceOf<OptionTypeRef>());
        Assert.That(s.Options.Select(o => o.Key), Is.EqualTo(new[] { "table", "primary_key", "timestamps", "belongs_to" }));
        Assert.That(((StringExpr)s.Options[0].Values.Single()).PlainValue, Is.EqualTo("users"));
        Assert.That(s.Options[3].Values.Select(v => v.GetType()), Is.EqualTo(new[] { typeof(AtomLiteralExpr), typeof(NameExpr) }));
        Assert.That(s.Deriving!.TraitNames, Is.EqualTo(new[] { "Eq", "Display", "Json" }));
    }

    [Test]
    public void StructWithoutDeriving()
    {
        var s = Item<StructDef>("struct P do\n  x :: Int\nend");
        Assert.That(s.Deriving, Is.Null);
        Assert.That(Item<StructDef>("struct E do\nend deriving()").Deriving!.TraitNames, Is.Empty);
    }

    [Test]
    public void SumTypeVariants()
    {
        var t = Item<SumTypeDef>("type Shape<T> do\n  Circle(Float)\n  Rect(w :: Float, h :: Float)\n  Empty\nend deriving(Eq)");
        Assert.That(t.Name, Is.EqualTo("Shape"));
        Assert.That(t.GenericParams.Single().Name, Is.EqualTo("T"));
        Assert.That(t.Variants.Select(v => v.Name), Is.EqualTo(new[] { "Circle", "Rect", "Empty" }));
        Assert.That(t.Variants[0].Fields.Single().Name, Is.Null);
        Assert.That(((NamedTypeRef)t.Variants[0].Fields.Single().Type!).Name, Is.EqualTo("Float"));
        Assert.That(t.Variants[1].Fields.Select(f => f.Name), Is.EqualTo(new[] { "w", "h" }));
        Assert.That(t.Variants[2].Fields, Is.Empty);
        Assert.That(t.Variants[2].HasParens, Is.False);
        Assert.That(t.Deriving!.TraitNames, Is.EqualTo(new[] { "Eq" }));
    }

    [Test]
    public void TypeAliases()
    {
        var a = Item<TypeAliasDef>("type Mapper = Fun(Int) -> String");
        Assert.That(a.Name, Is.EqualTo("Mapper"));
        var fun = (FunTypeRef)a.Type!;
        Assert.That(fun.Params, Has.Count.EqualTo(1));
        Assert.That(((NamedTypeRef)fun.Return!).Name, Is.EqualTo("String"));
        var g = Item<TypeAliasDef>("pub type Pair<A, B> = (A, B)");
        Assert.That(g.IsPub, Is.True);
        Assert.That(g.GenericParams.Select(p => p.Name), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(((TupleTypeRef)g.Type!).Elements, Has.Count.EqualTo(2));
    }

    [Test]
    public void InterfaceWithDefaultsAndAssociatedTypes()
    {
        var i = Item<InterfaceDef>("interface Container<T> do\n  type Item\n  fn get(self, i :: Int) -> T\n  fn size(self) -> Int do\n    0\n  end\nend");
        Assert.That(i.Name, Is.EqualTo("Container"));
        Assert.That(i.AssocTypes.Single().Name, Is.EqualTo("Item"));
        Assert.That(i.AssocTypes.Single().Type, Is.Null);
        Assert.That(i.Methods.Select(m => m.Name), Is.EqualTo(new[] { "get", "size" }));
        Assert.That(i.Methods[0].HasBody, Is.False);
        Assert.That(i.Methods[1].Body, Is.Not.Null);
    }

    [Test]
    public void ImplWithArgsWhereAndAssocBinding()
    {
        var impl = Item<ImplDef>("impl From<Int> for Wrapper where T: Display do\n  type Output = Int\n  fn from(n :: Int) -> Wrapper do\n    Wrapper { v: n }\n  end\nend");
        Assert.That(impl.TraitName, Is.EqualTo("From"));
        Assert.That(((NamedTypeRef)impl.TraitArgs.Single()).Name, Is.EqualTo("Int"));
        Assert.That(((NamedTypeRef)impl.ForType!).Name, Is.EqualTo("Wrapper"));
        Assert.That(impl.WhereClause, Is.Not.Null);
        Assert.That(impl.AssocTypes.Single().Name, Is.EqualTo("Output"));
        Assert.That(((NamedTypeRef)impl.AssocTypes.Single().Type!).Name, Is.EqualTo("Int"));
        Assert.That(impl.Methods.Single().Name, Is.EqualTo("from"));
        var generic = Item<ImplDef>("impl Display for List<Int> do\nend");
        Assert.That(((NamedTypeRef)generic.ForType!).Args, Has.Count.EqualTo(1));
    }

    [Test]
    public void ActorWithTerminate()
    {
        var a = Item<ActorDef>("actor counter(n :: Int) do\n  receive do\n    :inc -> counter(n + 1)\n  end\n  terminate do\n    println(\"bye\")\n  end\nend");
        Assert.That(a.Name, Is.EqualTo("counter"));
        Assert.That(a.Params.Single().Name, Is.EqualTo("n"));
        Assert.That(a.Body!.Statements.Single(), Is.InstanceOf<ExprStmt>());
        Assert.That(((ExprStmt)a.Body.Statements[0]).Expr, Is.InstanceOf<ReceiveExpr>());
        Assert.That(a.TerminateBody!.Statements, Has.Count.EqualTo(1));
    }

    [Test]
    public void Service()
    {
        var s = Item<ServiceDef>("service Store do\n  fn init(start :: Int) -> Int do\n    start\n  end\n\n  call Get() :: Int do |state|\n    (state, state)\n  end\n\n  call Set(v :: Int) :: Int do |_state|\n    (v, v)\n  end\n\n  cast Clear() do |_|\n    0\n  end\nend");
        Assert.That(s.Name, Is.EqualTo("Store"));
        Assert.That(s.Init!.Params.Single().Name, Is.EqualTo("start"));
        Assert.That(s.Handlers.Select(h => (h.IsCall, h.Name)), Is.EqualTo(new[] { (true, "Get"), (true, "Set"), (false, "Clear") }));
        var set = s.CallHandlers[1];
        Assert.That(set.Params.Single().Name, Is.EqualTo("v"));
        Assert.That(((NamedTypeRef)set.ReplyType!).Name, Is.EqualTo("Int"));
        Assert.That(set.StateParam!.Name, Is.EqualTo("_state"));
        Assert.That(set.Body!.Tail, Is.InstanceOf<TupleExpr>());
        Assert.That(s.CastHandlers.Single().StateParam!.Pattern, Is.InstanceOf<WildcardPattern>());
        Assert.That(s.CastHandlers.Single().ReplyType, Is.Null);
    }

    [Test]
    public void Supervisor()
    {
        var s = Item<SupervisorDef>("supervisor WorkerSup do\n  strategy: one_for_one\n  max_restarts: 3\n  max_seconds: 5\n\n  child w1 do\n    start: fn -> spawn(worker) end\n    restart: permanent\n    shutdown: 5000\n  end\nend");
        Assert.That(s.Name, Is.EqualTo("WorkerSup"));
        Assert.That(s.Option("strategy")!.ValueName, Is.EqualTo("one_for_one"));
        Assert.That(((IntLiteralExpr)s.Option("max_restarts")!.Value!).Value, Is.EqualTo(3));
        var child = s.Children.Single();
        Assert.That(child.Name, Is.EqualTo("w1"));
        Assert.That(child.Option("start")!.Value, Is.InstanceOf<ClosureExpr>());
        Assert.That(child.Option("restart")!.ValueName, Is.EqualTo("permanent"));
        Assert.That(((IntLiteralExpr)child.Option("shutdown")!.Value!).Value, Is.EqualTo(5000));
    }

    [Test]
    public void Imports()
    {
        var items = Items("import Math.Vector\nfrom Services.Store import Store, helper\nimport String\n");
        var imp = (ImportDecl)items[0];
        Assert.That(imp.ModuleName, Is.EqualTo("Math.Vector"));
        Assert.That(imp.Name, Is.EqualTo("Vector"));
        var from = (FromImportDecl)items[1];
        Assert.That(from.ModuleName, Is.EqualTo("Services.Store"));
        Assert.That(from.Names, Is.EqualTo(new[] { "Store", "helper" }));
        Assert.That(((ImportDecl)items[2]).ModuleName, Is.EqualTo("String"));
    }

    [Test]
    public void FromAsAVariableIsNotAnImport()
    {
        var fn = Item<FnDef>("fn f(from) do\n  from + 1\nend");
        Assert.That(fn.Params.Single().Name, Is.EqualTo("from"));
    }

    [Test]
    public void ModuleBlock()
    {
        var m = Item<ModuleDef>("module Geometry do\n  pub fn area(r) = r * r\n  struct P do\n    x :: Int\n  end\nend");
        Assert.That(m.Name, Is.EqualTo("Geometry"));
        Assert.That(m.Items.Select(i => i.Name), Is.EqualTo(new[] { "area", "P" }));
    }

    [Test]
    public void NestedFunctionInABlockIsAnItemStatement()
    {
        var fn = Item<FnDef>("fn outer() do\n  fn inner(x) = x\n  inner(1)\nend");
        Assert.That(fn.Body!.Statements[0], Is.InstanceOf<ItemStmt>());
        Assert.That(((ItemStmt)fn.Body.Statements[0]).Item.Name, Is.EqualTo("inner"));
    }

    [Test]
    public void CommentsAndBlankLinesBetweenItems()
    {
        var items = Items("##! module docs\n\n# a comment\n## doc for f\nfn f() = 1 # trailing\n\n#= block\n comment =#\n\nfn g() = 2;fn h() = 3\n");
        Assert.That(items.Select(i => i.Name), Is.EqualTo(new[] { "f", "g", "h" }));
    }

    [Test]
    public void TopLevelStatementsAreKeptSeparately()
    {
        var file = Parse("let x = 1\nfn main() = x\n").File;
        Assert.That(file.Items.Single().Name, Is.EqualTo("main"));
        Assert.That(file.Statements.Single(), Is.InstanceOf<LetStmt>());
    }
}
