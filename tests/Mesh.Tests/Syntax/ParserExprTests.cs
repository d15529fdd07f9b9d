using Mesh.Compiler.Syntax;
using Mesh.Compiler.Syntax.Ast;
using static Mesh.Tests.Syntax.SyntaxTestHelpers;

namespace Mesh.Tests.Syntax;

[TestFixture]
public class ParserExprTests
{
    [Test]
    public void Literals()
    {
        Assert.That(Expr<IntLiteralExpr>("0x2A").Value, Is.EqualTo(42));
        Assert.That(Expr<FloatLiteralExpr>("2.5").Value, Is.EqualTo(2.5));
        Assert.That(Expr<BoolLiteralExpr>("true").Value, Is.True);
        Assert.That(Expr<BoolLiteralExpr>("false").Value, Is.False);
        Expr<NilLiteralExpr>("nil");
        Assert.That(Expr<AtomLiteralExpr>(":asc").Name, Is.EqualTo("asc"));
    }

    [Test]
    public void OverflowingIntegerHasNullValue()
    {
        var tree = ParseAny("fn main() = 99999999999999999999\n");
        Assert.That(Codes(tree), Is.EqualTo(new[] { Mesh.Compiler.Diagnostics.DiagnosticCode.IntegerLiteralTooLarge }));
        var fn = (FnDef)tree.File.Items.Single();
        Assert.That(((IntLiteralExpr)fn.ExprBody!).Value, Is.Null);
    }

    [Test]
    public void StringPartsAreCooked()
    {
        var s = Expr<StringExpr>("\"a\\tb ${x + 1} c\\n\"");
        Assert.That(s.Parts, Has.Count.EqualTo(3));
        Assert.That(((StringTextPart)s.Parts[0]).Text, Is.EqualTo("a\tb "));
        Assert.That(((StringInterpolationPart)s.Parts[1]).Expr, Is.InstanceOf<BinaryExpr>());
        Assert.That(((StringTextPart)s.Parts[2]).Text, Is.EqualTo(" c\n"));
        Assert.That(s.PlainValue, Is.Null);
        Assert.That(Expr<StringExpr>("\"plain\"").PlainValue, Is.EqualTo("plain"));
        Assert.That(Expr<StringExpr>("\"\"").Parts, Is.Empty);
    }

    [Test]
    public void NestedInterpolation()
    {
        var s = Expr<StringExpr>("\"outer ${f(\"inner ${g(%{1 => [2]})}\")} end\"");
        var call = (CallExpr)((StringInterpolationPart)s.Parts[1]).Expr!;
        var inner = (StringExpr)call.Args.Single().Value!;
        Assert.That(((StringInterpolationPart)inner.Parts[1]).Expr, Is.InstanceOf<CallExpr>());
    }

    [Test]
    public void TripleQuotedString()
    {
        var s = Expr<StringExpr>("\"\"\"\n  {\"a\": ${n}}\n\"\"\"");
        Assert.That(s.IsTripleQuoted, Is.True);
        Assert.That(((StringTextPart)s.Parts[0]).Text, Is.EqualTo("\n  {\"a\": "));
    }

    [TestCase("1 + 2 * 3", BinaryOp.Add)]
    [TestCase("1 * 2 + 3", BinaryOp.Add)]
    [TestCase("a or b and c", BinaryOp.Or)]
    [TestCase("a || b && c", BinaryOp.Or)]
    [TestCase("a == b and c != d", BinaryOp.And)]
    [TestCase("1 + 2 < 3 * 4", BinaryOp.Lt)]
    [TestCase("a <> b == c", BinaryOp.Eq)]
    [TestCase("0..n + 1", BinaryOp.Range)]
    [TestCase("xs ++ ys", BinaryOp.ListConcat)]
    [TestCase("x |> f(1) |> g", BinaryOp.Pipe)]
    [TestCase("a % b", BinaryOp.Mod)]
    [TestCase("a >= b", BinaryOp.GtEq)]
    [TestCase("a <= b", BinaryOp.LtEq)]
    [TestCase("a > b", BinaryOp.Gt)]
    [TestCase("a - b", BinaryOp.Sub)]
    [TestCase("a / b", BinaryOp.Div)]
    public void BinaryPrecedence(string text, BinaryOp root)
    {
        Assert.That(Expr<BinaryExpr>(text).Op, Is.EqualTo(root));
    }

    [Test]
    public void LeftAssociativity()
    {
        var e = Expr<BinaryExpr>("a - b - c");
        Assert.That(e.Lhs, Is.InstanceOf<BinaryExpr>());
        Assert.That(e.Rhs, Is.InstanceOf<NameExpr>());
        Assert.That(e.OpToken!.Text, Is.EqualTo("-"));
        var mul = Expr<BinaryExpr>("1 + 2 * 3");
        Assert.That(((BinaryExpr)mul.Rhs!).Op, Is.EqualTo(BinaryOp.Mul));
    }

    [Test]
    public void UnaryOperators()
    {
        var neg = Expr<UnaryExpr>("-x.abs()");
        Assert.That(neg.Op, Is.EqualTo(UnaryOp.Neg));
        Assert.That(neg.Operand, Is.InstanceOf<CallExpr>());
        Assert.That(Expr<UnaryExpr>("not done").Op, Is.EqualTo(UnaryOp.Not));
        Assert.That(Expr<UnaryExpr>("!done").Op, Is.EqualTo(UnaryOp.Not));
        var b = Expr<BinaryExpr>("-a * b");
        Assert.That(b.Lhs, Is.InstanceOf<UnaryExpr>());
    }

    [Test]
    public void CallsWithKeywordArgsAndTrailingClosure()
    {
        var call = Expr<CallExpr>("greet(\"x\", name: \"A\", loud: true)");
        Assert.That(((NameExpr)call.Callee!).Name, Is.EqualTo("greet"));
        Assert.That(call.Args.Select(a => a.Name), Is.EqualTo(new string?[] { null, "name", "loud" }));
        var trailing = Expr<CallExpr>("each(xs) do |x, i|\n    println(x)\n  end");
        var closure = trailing.TrailingClosure!;
        Assert.That(closure.IsTrailing, Is.True);
        Assert.That(closure.Clauses.Single().Params.Select(p => p.Name), Is.EqualTo(new[] { "x", "i" }));
        Assert.That(closure.Clauses.Single().Body!.Statements, Has.Count.EqualTo(1));
        Assert.That(Expr<CallExpr>("f()").Args, Is.Empty);
    }

    [Test]
    public void MultiLineArgumentsIgnoreNewlines()
    {
        var call = Expr<CallExpr>("f(\n    1,\n    2,\n  )");
        Assert.That(call.Args, Has.Count.EqualTo(2));
    }

    [Test]
    public void FieldAccessMethodCallsAndPaths()
    {
        var call = Expr<CallExpr>("p.name.to_string().length()");
        var callee = (FieldAccessExpr)call.Callee!;
        Assert.That(callee.FieldName, Is.EqualTo("length"));
        var path = Expr<CallExpr>("Math.Vector.dot(a, b)");
        Assert.That(((FieldAccessExpr)path.Callee!).TryGetPath(), Is.EqualTo(new[] { "Math", "Vector", "dot" }));
        var kw = Expr<CallExpr>("Node.spawn(n, worker)");
        Assert.That(((FieldAccessExpr)kw.Callee!).FieldName, Is.EqualTo("spawn"));
        Assert.That(((FieldAccessExpr)Expr<CallExpr>("Process.monitor(p)").Callee!).FieldName, Is.EqualTo("monitor"));
    }

    [Test]
    public void IndexAndTry()
    {
        var idx = Expr<IndexExpr>("xs[i + 1]");
        Assert.That(idx.Target, Is.InstanceOf<NameExpr>());
        Assert.That(idx.Index, Is.InstanceOf<BinaryExpr>());
        // Indexes chain; a list after a comma is an element, not an index.
        Assert.That(Expr<IndexExpr>("grid[1][0]").Target, Is.InstanceOf<IndexExpr>());
        var listArg = Expr<ListExpr>("[xs, [1]]");
        Assert.That(listArg.Elements, Has.Count.EqualTo(2));
        var t = Expr<TryExpr>("parse(s)?");
        Assert.That(t.Operand, Is.InstanceOf<CallExpr>());
        var chained = Expr<CallExpr>("a()?.b()");
        Assert.That(((FieldAccessExpr)chained.Callee!).Target, Is.InstanceOf<TryExpr>());
    }

    [Test]
    public void TuplesParensUnitListsAndMaps()
    {
        Assert.That(Expr<TupleExpr>("()").IsUnit, Is.True);
        Assert.That(Expr<TupleExpr>("(1, \"a\", x)").Elements, Has.Count.EqualTo(3));
        Assert.That(Expr<ParenExpr>("(1 + 2)").Inner, Is.InstanceOf<BinaryExpr>());
        Assert.That(Expr<ListExpr>("[1, 2, 3,]").Elements, Has.Count.EqualTo(3));
        Assert.That(Expr<ListExpr>("[]").Elements, Is.Empty);
        Assert.That(Expr<ListExpr>("[[1], [2, 3]]").Elements[1], Is.InstanceOf<ListExpr>());
        var map = Expr<MapExpr>("%{\"a\" => 1, \"b\" => 2}");
        Assert.That(map.Entries.Select(e => ((StringExpr)e.Key!).PlainValue), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(((IntLiteralExpr)map.Entries[1].Value!).Value, Is.EqualTo(2));
        Assert.That(Expr<MapExpr>("%{}").Entries, Is.Empty);
    }

    [Test]
    public void StructLiteralsAndUpdates()
    {
        var lit = Expr<StructLiteralExpr>("Point { x: 1, y: 2 }");
        Assert.That(lit.TypeNameText, Is.EqualTo("Point"));
        Assert.That(lit.Fields.Select(f => f.Name), Is.EqualTo(new[] { "x", "y" }));
        var multi = Expr<StructLiteralExpr>("Geo.Point {\n    x: 1\n    y: Inner { z: 3 }\n  }");
        Assert.That(multi.TypeNameText, Is.EqualTo("Geo.Point"));
        Assert.That(multi.Fields[1].Value, Is.InstanceOf<StructLiteralExpr>());
        var upd = Expr<StructUpdateExpr>("%{p | x: 10, y: p.y + 1}");
        Assert.That(upd.Base, Is.InstanceOf<NameExpr>());
        Assert.That(upd.Fields.Select(f => f.Name), Is.EqualTo(new[] { "x", "y" }));
    }

    [Test]
    public void IfElseIfElse()
    {
        var e = Expr<IfExpr>("if a do\n    1\n  else if b do\n    2\n  else\n    3\n  end");
        Assert.That(e.Condition, Is.InstanceOf<NameExpr>());
        Assert.That(e.Then!.Tail, Is.InstanceOf<IntLiteralExpr>());
        var elif = (IfExpr)e.Else!;
        Assert.That(((BlockExpr)elif.Else!).Tail, Is.InstanceOf<IntLiteralExpr>());
        Assert.That(Expr<IfExpr>("if x > 0 do y end").Else, Is.Null);
    }

    [Test]
    public void ConditionCallIsNotATrailingClosure()
    {
        var e = Expr<IfExpr>("if is_ok(x) do\n    1\n  end");
        Assert.That(e.Condition, Is.InstanceOf<CallExpr>());
        Assert.That(((CallExpr)e.Condition!).TrailingClosure, Is.Null);
        var w = Expr<WhileExpr>("while check(n) do\n    n\n  end");
        Assert.That(w.Condition, Is.InstanceOf<CallExpr>());
    }

    [Test]
    public void CaseAndMatch()
    {
        var c = Expr<CaseExpr>("case x do\n    0 -> \"zero\"\n    n when n < 0 -> \"neg\"\n    Some(v) | Ok(v) -> v\n    _ ->\n      \"other\"\n  end");
        Assert.That(c.Scrutinee, Is.InstanceOf<NameExpr>());
        Assert.That(c.Arms, Has.Count.EqualTo(4));
        Assert.That(c.Arms[1].Guard, Is.InstanceOf<BinaryExpr>());
        Assert.That(c.Arms[2].Pattern, Is.InstanceOf<OrPattern>());
        Assert.That(c.Arms[3].Body, Is.InstanceOf<StringExpr>());
        Assert.That(Expr<CaseExpr>("match f(x) do\n    _ -> 1\n  end").Scrutinee, Is.InstanceOf<CallExpr>());
    }

    [Test]
    public void ReceiveWithAfter()
    {
        var r = Expr<ReceiveExpr>("receive do\n    (:ping, from) -> send(from, :pong)\n    msg when is_big(msg) -> 1\n    after 1000 -> :timeout\n  end");
        Assert.That(r.Arms, Has.Count.EqualTo(2));
        Assert.That(r.Arms[0].Pattern, Is.InstanceOf<TuplePattern>());
        Assert.That(r.Arms[0].Body, Is.InstanceOf<SendExpr>());
        Assert.That(((IntLiteralExpr)r.AfterTimeout!).Value, Is.EqualTo(1000));
        Assert.That(r.AfterBody, Is.InstanceOf<AtomLiteralExpr>());
    }

    [TestCase("fn(x :: Int) -> x + 1 end", 1)]
    [TestCase("fn x -> x end", 1)]
    [TestCase("fn x, y -> x + y end", 2)]
    [TestCase("fn -> 42 end", 0)]
    [TestCase("fn x do\n    let y = x\n    y\n  end", 1)]
    [TestCase("fn(x) do x end", 1)]
    [TestCase("fn do 1 end", 0)]
    public void ClosureForms(string text, int paramCount)
    {
        var fn = Item<FnDef>("fn main() do\n  let f = " + text + "\n  f\nend");
        var c = (ClosureExpr)((LetStmt)fn.Body!.Statements[0]).Value!;
        Assert.That(c.Clauses, Has.Count.EqualTo(1));
        Assert.That(c.Clauses[0].Params, Has.Count.EqualTo(paramCount));
        Assert.That(c.Clauses[0].Body, Is.Not.Null);
        Assert.That(c.Clauses[0].Body!.Tail, Is.Not.Null);
    }

    [Test]
    public void MultiClauseClosure()
    {
        var c = Expr<ClosureExpr>("fn 0 -> \"zero\" | n when n < 0 -> \"neg\" | (a, b) -> \"pair\" end");
        Assert.That(c.Clauses, Has.Count.EqualTo(3));
        Assert.That(c.Clauses[0].Params.Single().Pattern, Is.InstanceOf<LiteralPattern>());
        Assert.That(c.Clauses[1].Guard, Is.InstanceOf<BinaryExpr>());
        Assert.That(c.Clauses[2].Params, Has.Count.EqualTo(2));
    }

    [Test]
    public void ClosureInsideArgumentsWithMultiLineBody()
    {
        var call = Expr<CallExpr>("List.map(xs, fn x do\n    let y = x * 2\n    y + 1\n  end)");
        var c = (ClosureExpr)call.Args[1].Value!;
        Assert.That(c.Clauses[0].Body!.Statements, Has.Count.EqualTo(2));
        var arrow = Expr<CallExpr>("reduce(xs, 0, fn acc, x ->\n    acc + x\n  end)");
        Assert.That(((ClosureExpr)arrow.Args[2].Value!).Clauses[0].Body!.Statements, Has.Count.EqualTo(1));
    }

    [Test]
    public void ForWhileBreakContinue()
    {
        var f = Expr<ForExpr>("for x in xs when x > 1 do\n    if x == 3 do\n      continue\n    end\n    x\n  end");
        Assert.That(((IdentPattern)f.Pattern!).Name, Is.EqualTo("x"));
        Assert.That(f.Iterable, Is.InstanceOf<NameExpr>());
        Assert.That(f.Filter, Is.InstanceOf<BinaryExpr>());
        Assert.That(f.Body!.Statements, Has.Count.EqualTo(2));
        var m = Expr<ForExpr>("for {k, v} in m do\n    v\n  end");
        Assert.That(((TuplePattern)m.Pattern!).IsBraced, Is.True);
        var r = Expr<ForExpr>("for i in 0..10 do i end");
        Assert.That(((BinaryExpr)r.Iterable!).Op, Is.EqualTo(BinaryOp.Range));
        var w = Expr<WhileExpr>("while i < 10 do\n    break\n  end");
        Assert.That(((ExprStmt)w.Body!.Statements[0]).Expr, Is.InstanceOf<BreakExpr>());
    }

    [Test]
    public void LetAndReturn()
    {
        var fn = Item<FnDef>("fn f(x) do\n  let y :: Int = x\n  let (a, b) = pair\n  let _ = ignore()\n  if y < 0 do\n    return\n  end\n  return y + 1\nend");
        var stmts = fn.Body!.Statements;
        var let0 = (LetStmt)stmts[0];
        Assert.That(((IdentPattern)let0.Pattern!).Name, Is.EqualTo("y"));
        Assert.That(((NamedTypeRef)let0.Type!).Name, Is.EqualTo("Int"));
        Assert.That(let0.Value, Is.InstanceOf<NameExpr>());
        Assert.That(((LetStmt)stmts[1]).Pattern, Is.InstanceOf<TuplePattern>());
        Assert.That(((LetStmt)stmts[2]).Pattern, Is.InstanceOf<WildcardPattern>());
        var ifExpr = (IfExpr)((ExprStmt)stmts[3]).Expr;
        Assert.That(((ReturnExpr)ifExpr.Then!.Tail!).Value, Is.Null);
        Assert.That(((ReturnExpr)((ExprStmt)stmts[4]).Expr).Value, Is.InstanceOf<BinaryExpr>());
    }

    [Test]
    public void ActorPrimitives()
    {
        var spawn = Expr<SpawnExpr>("spawn(worker, 1, \"a\")");
        Assert.That(spawn.Args, Has.Count.EqualTo(3));
        var send = Expr<SendExpr>("send(pid, {1})".Replace("{1}", "(:msg, 1)"));
        Assert.That(send.Target, Is.InstanceOf<NameExpr>());
        Assert.That(send.Message, Is.InstanceOf<TupleExpr>());
        Expr<SelfExpr>("self()");
        Assert.That(Expr<LinkExpr>("link(p)").Target, Is.InstanceOf<NameExpr>());
        Assert.That(((NameExpr)Expr<FieldAccessExpr>("self.x").Target!).Name, Is.EqualTo("self"));
    }

    [Test]
    public void PipeContinuationLines()
    {
        var fn = Item<FnDef>("fn f(xs) do\n  xs\n  |> List.map(fn x -> x * 2 end)\n  # comment between\n\n  |> List.sum()\n  done()\nend");
        var stmts = fn.Body!.Statements;
        Assert.That(stmts, Has.Count.EqualTo(2));
        var pipe = (BinaryExpr)((ExprStmt)stmts[0]).Expr;
        Assert.That(pipe.Op, Is.EqualTo(BinaryOp.Pipe));
        Assert.That(((BinaryExpr)pipe.Lhs!).Op, Is.EqualTo(BinaryOp.Pipe));
    }

    [Test]
    public void NewlinesSeparateStatements()
    {
        var fn = Item<FnDef>("fn f() do\n  a\n  -b\n  (c)\n  [d]\nend");
        Assert.That(fn.Body!.Statements, Has.Count.EqualTo(4));
        var fn2 = Item<FnDef>("fn f() do a; b; c end");
        Assert.That(fn2.Body!.Statements, Has.Count.EqualTo(3));
    }

    [Test]
    public void OperatorAtLineEndContinues()
    {
        var e = Expr<BinaryExpr>("\"a\" <>\n    \"b\"");
        Assert.That(e.Op, Is.EqualTo(BinaryOp.Concat));
    }
}
