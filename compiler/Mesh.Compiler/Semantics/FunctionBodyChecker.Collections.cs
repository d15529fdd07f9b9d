using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Semantics.Stdlib;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    // Map literals, keyword arguments, ranges, `for` over maps, sets, queues and range values, and
    // the Tuple functions. They all become calls of library functions (StdlibCatalog), so MIR
    // lowering sees no new kind of expression.
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>The bounds of a range value, for `for` loops; not callable by programs.</summary>
        private static readonly StdlibFunction RangeStart = new("Range", "start", "(Range) -> Int", "@range_start");

        private static readonly StdlibFunction RangeEnd = new("Range", "end", "(Range) -> Int", "@range_end");

        private static StdlibFunction Library(string module, string name) => StdlibCatalog.Find(module, name)!;

        /// <summary><c>%{k1 => v1, k2 => v2}</c> is <c>Map.put(Map.put(Map.new(), k1, v1), k2, v2)</c>.</summary>
        private TExpr InferMapLiteral(MapExpr map)
        {
            var key = Types.Fresh();
            var value = Types.Fresh();
            var entries = new List<(TExpr Key, TExpr Value, TextSpan Span)>();
            foreach (var entry in map.Entries)
            {
                var k = Infer(entry.Key);
                Unify(key, k.Type, k.Span, entries.Count == 0 ? null : "this map key (all keys must have the same type)");
                var v = Infer(entry.Value);
                Unify(value, v.Type, v.Span, entries.Count == 0 ? null : "this map value (all values must have the same type)");
                entries.Add((k, v, entry.Span));
            }
            if (entries.Count > 0)
            {
                Require(key, Trait.Eq, map.Span, "equality of map keys");
            }
            return BuildMap(entries, new TypeCon("Map", [key, value]), map.Span);
        }

        private static TExpr BuildMap(List<(TExpr Key, TExpr Value, TextSpan Span)> entries, MeshType type, TextSpan span)
        {
            TExpr result = new TStdlibCall(Library("Map", "new"), [], type, span);
            foreach (var (key, value, entrySpan) in entries)
            {
                result = new TStdlibCall(Library("Map", "put"), [result, key, value], type, entrySpan);
            }
            return result with { Span = span };
        }

        /// <summary>Trailing <c>name: value</c> arguments: one <c>Map&lt;String, V&gt;</c>.</summary>
        private TExpr InferKeywordArgs(KeywordArgsExpr keywords)
        {
            var value = Types.Fresh();
            var entries = new List<(TExpr Key, TExpr Value, TextSpan Span)>();
            foreach (var arg in keywords.Args)
            {
                var v = Infer(arg.Value);
                Unify(value, v.Type, v.Span, entries.Count == 0 ? null : $"keyword argument `{arg.Name}` (keyword arguments form one Map<String, V>, so their values must have the same type)");
                entries.Add((new TStringLiteral(arg.Name ?? "", arg.NameToken?.Span ?? arg.Span), v, arg.Span));
            }
            var last = keywords.Args[^1].Span;
            return BuildMap(entries, new TypeCon("Map", [MeshType.String, value]), TextSpan.FromBounds(keywords.Span.Start, last.End));
        }

        private void PositionalAfterKeyword(Arg arg, Arg firstKeyword)
        {
            _checker.Error(DiagnosticCode.PositionalAfterKeywordArgument,
                $"a positional argument cannot follow keyword arguments (`{firstKeyword.Name}:` comes before it)", Source, arg.Span,
                "positional argument after keyword arguments",
                "keyword arguments are collected into the last argument: put positional arguments first, or give this one a name");
        }

        /// <summary><c>a..b</c>: the half-open range of Ints from a to b (empty when b &lt;= a).</summary>
        private TExpr MakeRange(TExpr start, TExpr end, TextSpan span)
        {
            Unify(MeshType.Int, start.Type, start.Span, "the start of a range");
            Unify(MeshType.Int, end.Type, end.Span, "the end of a range");
            return new TStdlibCall(Library("Range", "new"), [start, end], new TypeCon("Range", []), span);
        }

        /// <summary>
        /// <c>for</c> over a Map (items are <c>{key, value}</c> tuples), a Set or a Queue iterates over
        /// their items as a list in order; over a Range value it counts like a literal range.
        /// </summary>
        private TExpr InferCollectionFor(ForExpr forExpr, TExpr iterable, TypeCon collection)
        {
            switch (collection.Name)
            {
                case "Range":
                    {
                        var range = NewLocal("$range", iterable.Type, iterable.Span);
                        var rangeRef = new TLocalRef(range, iterable.Span);
                        var start = new TStdlibCall(RangeStart, [rangeRef], MeshType.Int, iterable.Span);
                        var end = new TStdlibCall(RangeEnd, [rangeRef], MeshType.Int, iterable.Span);
                        var loop = InferForBody(forExpr, null, start, end, MeshType.Int);
                        return new TBlock([new TLet(range, iterable, iterable.Span)], loop, loop.Type, forExpr.Span);
                    }
                case "Map":
                    {
                        var item = MeshType.Tuple([collection.Args[0], collection.Args[1]]);
                        var list = new TStdlibCall(Library("Map", "to_list"), [iterable], MeshType.List(item), iterable.Span);
                        return InferForBody(forExpr, list, null, null, item);
                    }
                default:
                    {
                        var item = collection.Args[0];
                        var list = new TStdlibCall(Library(collection.Name, "to_list"), [iterable], MeshType.List(item), iterable.Span);
                        return InferForBody(forExpr, list, null, null, item);
                    }
            }
        }

        /// <summary>
        /// Tuple.first/second/nth/size on a tuple of any size (the catalog's signatures are those of
        /// pairs, used when the tuple's type is not known yet). nth with a literal index gives that
        /// element's type; with a computed one the elements must share a type (checked at run time).
        /// </summary>
        private TExpr CheckTupleCall(StdlibFunction function, ImmutableArray<TExpr> checkedArgs, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var expected = function.Type.Params.Length;
            if (checkedArgs.Length + argSyntax.Count != expected)
            {
                _checker.Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{function.QualifiedName}`", expected, "argument", checkedArgs.Length + argSyntax.Count), Source, span);
                foreach (var arg in argSyntax)
                {
                    Infer(arg);
                }
                return new TError(MeshType.Error, span);
            }
            var args = checkedArgs.AddRange(argSyntax.Select(Infer));
            if (Types.Shallow(args[0].Type) is not TypeCon { Name: MeshType.TupleName } tuple)
            {
                if (Types.Shallow(args[0].Type) is TypeVar)
                {
                    // Not known yet: take the pair signature.
                    var fresh = Enumerable.Range(0, function.TypeParamCount).Select(_ => (MeshType)Types.Fresh()).ToArray();
                    var type = (FunType)Substitution.Instantiate(function.Type, fresh);
                    for (var i = 0; i < args.Length; i++)
                    {
                        Unify(type.Params[i], args[i].Type, args[i].Span, $"argument {i + 1} of `{function.QualifiedName}`");
                    }
                    return new TStdlibCall(function, args, type.Return, span);
                }
                Unify(MeshType.Tuple([Types.Fresh(), Types.Fresh()]), args[0].Type, args[0].Span, $"argument 1 of `{function.QualifiedName}`");
                return new TError(MeshType.Error, span);
            }
            var elements = tuple.Args;
            switch (function.Name)
            {
                case "first":
                    return new TStdlibCall(function, args, elements[0], span);
                case "second":
                    return new TStdlibCall(function, args, elements[1], span);
                case "size":
                    return new TStdlibCall(function, args, MeshType.Int, span);
                default:
                    {
                        Unify(MeshType.Int, args[1].Type, args[1].Span, "the index of `Tuple.nth`");
                        if (args[1] is TIntLiteral { Value: var index })
                        {
                            if (index < 0 || index >= elements.Length)
                            {
                                _checker.Error(DiagnosticCode.TypeMismatch, $"index {index} is out of range for a tuple of {elements.Length} elements", Source, args[1].Span,
                                    "no such element", $"the indices of this tuple are 0 to {elements.Length - 1}");
                                return new TError(MeshType.Error, span);
                            }
                            return new TStdlibCall(function, args, elements[(int)index], span);
                        }
                        foreach (var element in elements.Skip(1))
                        {
                            Unify(elements[0], element, args[0].Span, "the elements of a tuple indexed by a computed `Tuple.nth` index (they must share one type)");
                        }
                        return new TStdlibCall(function, args, elements[0], span);
                    }
            }
        }

        /// <summary><c>m[k]</c>: the value at a key, a panic where it is written when the key is missing.</summary>
        private static readonly StdlibFunction MapIndex = new("Map", "get", "(Map<k, v>, k) -> v where k: Eq", "@map_index");

        /// <summary>
        /// Postfix index: <c>xs[i]</c> on a List is <c>List.get(xs, i)</c>, <c>m[k]</c> on a Map the
        /// value at k (both panic at the index when there is none); a value of unknown type is taken
        /// to be a List, as <c>for</c> does.
        /// </summary>
        private TExpr InferIndex(IndexExpr index)
        {
            var target = index.Target is { } targetSyntax ? Infer(targetSyntax) : new TError(MeshType.Error, index.Span);
            IReadOnlyList<Expr> key = index.Index is { } keySyntax ? [keySyntax] : [];
            if (key.Count == 0)
            {
                return new TError(MeshType.Error, index.Span); // the parser reported the missing index
            }
            switch (Types.Shallow(target.Type))
            {
                case TypeCon { Name: "Map" }:
                    return CheckStdlibCall(MapIndex, [target], key, index.Span);
                case TypeCon { Name: "List" } or TypeVar:
                    return CheckStdlibCall(StdlibCatalog.Find("List", "get")!, [target], key, index.Span);
                case TypeCon { Name: MeshType.ErrorName }:
                    Infer(key[0]);
                    return new TError(MeshType.Error, index.Span);
                default:
                    {
                        var typeName = TypeFormatter.Format(Types.Resolve(target.Type));
                        Infer(key[0]);
                        _checker.Error(DiagnosticCode.TypeMismatch, $"cannot index a value of type {typeName}: `[...]` works on a List or a Map", Source, index.Span,
                            $"this is {Article(typeName)}", Types.Shallow(target.Type) switch
                            {
                                TypeCon { Name: MeshType.TupleName } => "use `Tuple.nth(t, i)` or a pattern (`let (a, b) = t`) for a tuple",
                                TypeCon { Name: "String" } => "use `String.slice(s, start, end)` for part of a string",
                                TypeCon { Name: "Set" } => "use `Set.contains(s, x)` to test membership",
                                _ => "`xs[i]` is `List.get(xs, i)` and `m[k]` is the value of a Map at key k",
                            });
                        return new TError(MeshType.Error, index.Span);
                    }
            }
        }
    }
}
