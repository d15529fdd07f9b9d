using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Syntax.Ast;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    // Loops, break/continue and the `?` operator.
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>How many loops enclose the current expression (reset inside each closure).</summary>
        private int _loopDepth;

        private TExpr InferFor(ForExpr forExpr)
        {
            TExpr? list = null, start = null, end = null;
            MeshType element;
            if (forExpr.Iterable is BinaryExpr { Op: BinaryOp.Range } range)
            {
                start = Infer(range.Lhs);
                end = Infer(range.Rhs);
                Unify(MeshType.Int, start.Type, start.Span, "the start of a range");
                Unify(MeshType.Int, end.Type, end.Span, "the end of a range");
                element = MeshType.Int;
            }
            else
            {
                list = Infer(forExpr.Iterable);
                if (Types.Shallow(list.Type) is TypeCon { Name: "Map" or "Set" or "Range" or "Queue" } collection)
                {
                    return InferCollectionFor(forExpr, list, collection);
                }
                if (Types.Shallow(list.Type) is TypeCon { Name: not "List" } walked && _checker.DefinitionOf(walked) is not null)
                {
                    return InferIteratorFor(forExpr, list, walked);
                }
                if (Types.Shallow(list.Type) is TypeVar generic && (HasBound(generic, Trait.Iterator) || HasBound(generic, Trait.Iterable)))
                {
                    // `for x in it` where `I: Iterator` (or Iterable): walked through the bound.
                    return InferIteratorFor(forExpr, list, generic);
                }
                element = Types.Fresh();
                if (Types.Shallow(list.Type) is TypeCon { Name: not "List" } other && _checker.DefinitionOf(other) is null)
                {
                    return Unsupported($"`for` over {TypeFormatter.Format(Types.Resolve(list.Type))}", forExpr.Iterable?.Span ?? forExpr.Span);
                }
                Unify(MeshType.List(element), list.Type, list.Span, "the collection of a `for` loop");
            }
            return InferForBody(forExpr, list, start, end, element);
        }

        /// <summary>The loop pattern, filter and body over items of type <paramref name="element"/>.</summary>
        private TExpr InferForBody(ForExpr forExpr, TExpr? list, TExpr? start, TExpr? end, MeshType element)
        {
            PushScope();
            var pattern = InferPattern(forExpr.Pattern, element);
            TExpr? filter = null;
            if (forExpr.Filter is { } f)
            {
                filter = Infer(f);
                Unify(MeshType.Bool, filter.Type, filter.Span, "a `for` filter");
            }
            _loopDepth++;
            var body = Infer(forExpr.Body);
            _loopDepth--;
            PopScope();
            return new TFor(pattern, list, start, end, filter, body, element, MeshType.List(body.Type), forExpr.Span);
        }

        /// <summary>Whether a type variable is required to have a trait (a `where` bound, or an earlier use).</summary>
        private bool HasBound(TypeVar variable, Trait trait)
            => _obligations.Any(o => o.Trait == trait && Types.Shallow(o.Type) is TypeVar v && v.Id == variable.Id)
                || (_info.Impl is { } impl && impl.Bounds.Any(b => b.Trait == trait && b.Param < impl.TypeParams.Length
                    && _generics.TryGetValue(impl.TypeParams[b.Param], out var bounded) && Types.Shallow(bounded) is TypeVar v && v.Id == variable.Id));

        /// <summary>
        /// <c>for x in value</c> over a type implementing Iterator, or Iterable (whose <c>iter</c> gives
        /// the Iterator); or over a type parameter bounded by one of them.
        /// </summary>
        private TExpr InferIteratorFor(ForExpr forExpr, TExpr source, MeshType type)
        {
            var span = source.Span;
            var iterator = source;
            var isIterator = type is TypeVar variable ? HasBound(variable, Trait.Iterator) : _checker.Satisfies(Trait.Iterator, (TypeCon)type, []);
            if (!isIterator)
            {
                if (type is TypeCon con && !_checker.Satisfies(Trait.Iterable, con, []))
                {
                    var name = TypeFormatter.Format(Types.Resolve(type));
                    _checker.Error(DiagnosticCode.TraitNotSatisfied, $"`for` cannot walk {Article(name)}", Source, span,
                        "not a collection, Iterator or Iterable",
                        $"implement `Iterable` for {name} (`fn iter(self)` returning an Iterator, such as `Iter.from(list)`), or `Iterator` (`fn next(self)`)");
                    InferForBody(forExpr, null, null, null, Types.Fresh());
                    return new TError(MeshType.List(Types.Fresh()), forExpr.Span);
                }
                iterator = TraitCall(Trait.Iterable, "iter", source, [], span);
            }
            var state = NewLocal("$iterator", iterator.Type, span);
            var next = TraitCall(Trait.Iterator, "next", new TLocalRef(state, span), [], span);
            var element = Types.Fresh();
            Unify(BuiltinTypes.Option.Apply([MeshType.Tuple([element, iterator.Type])]), next.Type, span, "the items of a `for` loop");
            if (iterator != source)
            {
                Unify(_checker.Project(Trait.Iterable, type, [], "Item", Source, span), element, span,
                    "the items of the iterator, which must be the Iterable's `Item`");
            }
            var loop = InferForBody(forExpr, null, null, null, element);
            return loop is TFor walk ? walk with { Iterator = new TForIterator(state, iterator, next) } : loop;
        }

        private TExpr InferWhile(WhileExpr whileExpr)
        {
            var condition = Infer(whileExpr.Condition);
            Unify(MeshType.Bool, condition.Type, condition.Span, "a `while` condition");
            _loopDepth++;
            var body = Infer(whileExpr.Body);
            _loopDepth--;
            return new TWhile(condition, body, whileExpr.Span);
        }

        private TExpr InferLoopJump(Expr expr)
        {
            var isBreak = expr is BreakExpr;
            var word = isBreak ? "break" : "continue";
            if (_loopDepth == 0)
            {
                var inClosure = _closures.Count > 0 && _closures[^1].EnclosingLoopDepth > 0;
                _checker.Error(isBreak ? DiagnosticCode.BreakOutsideLoop : DiagnosticCode.ContinueOutsideLoop,
                    inClosure ? $"`{word}` cannot leave a closure to reach the loop around it" : $"`{word}` outside of a loop",
                    Source, expr.Span, inClosure ? "inside a closure" : "not in a loop",
                    $"`{word}` only works directly inside `for` or `while`");
                return new TError(MeshType.Unit, expr.Span);
            }
            return isBreak ? new TBreak(expr.Span) : new TContinue(expr.Span);
        }

        private TExpr InferTry(TryExpr tryExpr)
        {
            var operand = Infer(tryExpr.Operand);
            var payload = Types.Fresh();
            var returnType = Types.Shallow(ReturnType);
            switch (Types.Shallow(operand.Type))
            {
                case TypeCon { Name: "Result" } result:
                    if (returnType is TypeCon { Name: not "Result" } || returnType is FunType)
                    {
                        return NotResultFunction(tryExpr, "Result");
                    }
                    Unify(payload, result.Args[0], tryExpr.Span);
                    // A different error type is converted with the function's `impl From<E1> for E2`.
                    if (Types.Resolve(ReturnType) is TypeCon { Name: "Result" } declared && declared.Args[1] is TypeCon target
                        && Types.Resolve(result.Args[1]) is TypeCon source && !source.Equals(target) && source.Name != MeshType.ErrorName && target.Name != MeshType.ErrorName)
                    {
                        _obligations.Add(new Obligation(target, Trait.From, Source, tryExpr.Span,
                            $"`?`, to convert the error {TypeFormatter.Format(source)} into {TypeFormatter.Format(target)}") { TraitArgs = [source] });
                        return new TTry(operand, payload, tryExpr.Span) { ConvertErrorTo = target };
                    }
                    Unify(ReturnType, BuiltinTypes.Result.Apply([Types.Fresh(), result.Args[1]]), tryExpr.Span,
                        "the error type of `?` (it returns the error from this function)");
                    break;
                case TypeCon { Name: "Option" } option:
                    if (returnType is TypeCon { Name: not "Option" } || returnType is FunType)
                    {
                        return NotResultFunction(tryExpr, "Option");
                    }
                    Unify(ReturnType, BuiltinTypes.Option.Apply([Types.Fresh()]), tryExpr.Span, "`?` (it returns None from this function)");
                    Unify(payload, option.Args[0], tryExpr.Span);
                    break;
                case TypeVar:
                    _checker.Error(DiagnosticCode.TryOnNonResult, "cannot use `?` here: the type of this value is not known yet", Source, operand.Span,
                        "type unknown here", "annotate it as a Result (`T!E`) or an Option (`T?`)");
                    return new TError(payload, tryExpr.Span);
                default:
                    _checker.Error(DiagnosticCode.TryOnNonResult, $"`?` needs a Result or an Option, but this is {Article(TypeFormatter.Format(Types.Resolve(operand.Type)))}",
                        Source, operand.Span, "not a Result or Option", "`?` unwraps Ok(v)/Some(v) and returns Err/None early");
                    return new TError(payload, tryExpr.Span);
            }
            return new TTry(operand, payload, tryExpr.Span);
        }

        private TExpr NotResultFunction(TryExpr tryExpr, string kind)
        {
            _checker.Error(DiagnosticCode.TryInNonResultFunction,
                $"`?` on {(kind == "Result" ? "a Result" : "an Option")} needs the enclosing function to return {(kind == "Result" ? "a Result" : "an Option")}, but it returns {TypeFormatter.Format(Types.Resolve(ReturnType))}",
                Source, tryExpr.Span, "early return here", $"change the return type to {(kind == "Result" ? "`T!E`" : "`T?`")}, or handle the value with `case`");
            return new TError(MeshType.Error, tryExpr.Span);
        }
    }
}
