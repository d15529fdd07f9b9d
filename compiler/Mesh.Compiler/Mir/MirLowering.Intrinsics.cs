using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// Standard-library functions that take closures, generated inline as MIR loops. Doing this in
// generated code (not in the runtime) means the closures run as ordinary Mesh code: they may
// block, yield or panic like any other Mesh code.
public sealed partial class MirLowering
{
    private sealed partial class FunctionLowering
    {
        private MirOperand LowerIntrinsic(TStdlibCall call, MirOperand[] args)
        {
            if (call.Function.Symbol.StartsWith("@job_", StringComparison.Ordinal))
            {
                return LowerJob(call, args);
            }
            if (call.Function.Module is "Map" or "Set" or "Range" or "Tuple" or "Queue")
            {
                return LowerCollectionIntrinsic(call, args);
            }
            switch (call.Function.Symbol)
            {
                case "@timer_send_after":
                    {
                        var msg = EmitRuntime(RuntimeFunctions.MsgNew);
                        EncodeValue(msg, args[2], Concrete(call.Args[2].Type));
                        EmitRuntime(RuntimeFunctions.TimerSendAfter, args[0], args[1], msg);
                        return UnitConst.Instance;
                    }
                case "@math_abs" or "@math_min" or "@math_max":
                    {
                        var isFloat = Concrete(call.Args[0].Type) is TypeCon { Name: "Float" };
                        var function = call.Function.Symbol switch
                        {
                            "@math_abs" => isFloat ? RuntimeFunctions.MathAbsFloat : RuntimeFunctions.MathAbsInt,
                            "@math_min" => isFloat ? RuntimeFunctions.MathMinFloat : RuntimeFunctions.MathMinInt,
                            _ => isFloat ? RuntimeFunctions.MathMaxFloat : RuntimeFunctions.MathMaxInt,
                        };
                        return EmitRuntime(function, args);
                    }
                case "@json_encode":
                    return LowerJsonEncode(args[0], Concrete(call.Args[0].Type), call.Span);
                case "@process_exit":
                    {
                        // The reason's tag is the runtime's reason kind; slot 1 is its text when it has one.
                        var reasonKind = LoadSlot(args[1], 0, MirType.Int);
                        var text = _b.NewLocal("reason_text", MirType.String);
                        _b.Emit(new AssignInst(text, new StringConst("")));
                        var hasText = EmitBinary(MirBinaryOp.IntEq, reasonKind, new IntConst(1), MirType.Bool, default);
                        var isCustom = EmitBinary(MirBinaryOp.IntEq, reasonKind, new IntConst(4), MirType.Bool, default);
                        var withText = _b.NewBlock();
                        var checkCustom = _b.NewBlock();
                        var send = _b.NewBlock();
                        _b.Terminate(new BranchTerm(hasText, withText, checkCustom));
                        _b.SwitchTo(checkCustom);
                        _b.Terminate(new BranchTerm(isCustom, withText, send));
                        _b.SwitchTo(withText);
                        _b.Emit(new AssignInst(text, LoadSlot(args[1], 1, MirType.String)));
                        _b.Terminate(new GotoTerm(send));
                        _b.SwitchTo(send);
                        EmitRuntime(RuntimeFunctions.ActorExit, args[0], reasonKind, new LocalOperand(text));
                        return UnitConst.Instance;
                    }
            }
            var list = args[0];
            var element = ((TypeCon)Concrete(call.Args[0].Type)).Args[0];
            var length = LoadSlot(list, 0, MirType.Int);
            switch (call.Function.Symbol)
            {
                case "@list_map":
                    {
                        var resultElement = ((TypeCon)Concrete(call.Type)).Args[0];
                        var output = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        ForEachIndex(length, i =>
                        {
                            var mapped = CallClosure(args[1], MapType(resultElement), ListItem(list, i, element));
                            _b.Emit(new StoreSlotAtInst(output, i, ListItemsOffset, mapped));
                        });
                        return output;
                    }
                case "@list_flat_map":
                    {
                        // Each item's list, then all of them in order.
                        var lists = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        ForEachIndex(length, i =>
                        {
                            var mapped = CallClosure(args[1], MirType.Object, ListItem(list, i, element));
                            _b.Emit(new StoreSlotAtInst(lists, i, ListItemsOffset, mapped));
                        });
                        return EmitRuntime(RuntimeFunctions.ListFlatten, lists);
                    }
                case "@list_filter":
                    {
                        var output = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        var kept = _b.NewLocal("kept", MirType.Int);
                        _b.Emit(new AssignInst(kept, new IntConst(0)));
                        ForEachIndex(length, i =>
                        {
                            var item = ListItem(list, i, element);
                            var keep = CallClosure(args[1], MirType.Bool, item);
                            var store = _b.NewBlock();
                            var next = _b.NewBlock();
                            _b.Terminate(new BranchTerm(keep, store, next));
                            _b.SwitchTo(store);
                            _b.Emit(new StoreSlotAtInst(output, new LocalOperand(kept), ListItemsOffset, item));
                            _b.Emit(new BinaryInst(kept, MirBinaryOp.IntAdd, new LocalOperand(kept), new IntConst(1), call.Span));
                            _b.Terminate(new GotoTerm(next));
                            _b.SwitchTo(next);
                        });
                        // The list is still private to us: shrink its length to what was kept.
                        _b.Emit(new StoreSlotAtInst(output, new IntConst(0), 0, new LocalOperand(kept)));
                        return output;
                    }
                case "@list_reduce":
                    {
                        var accumulatorType = MapType(call.Type);
                        var accumulator = _b.NewLocal("acc", accumulatorType);
                        _b.Emit(new AssignInst(accumulator, args[1]));
                        ForEachIndex(length, i =>
                            _b.Emit(new AssignInst(accumulator, CallClosure(args[2], accumulatorType, new LocalOperand(accumulator), ListItem(list, i, element)))));
                        return accumulatorType == MirType.Unit ? UnitConst.Instance : new LocalOperand(accumulator);
                    }
                case "@list_each":
                    {
                        var callee = (FunType)Concrete(call.Args[1].Type);
                        ForEachIndex(length, i => CallClosure(args[1], MapType(callee.Return), ListItem(list, i, element)));
                        return UnitConst.Instance;
                    }
                case "@list_any" or "@list_all":
                    {
                        // any: stop at the first true; all: stop at the first false.
                        var any = call.Function.Symbol == "@list_any";
                        var result = _b.NewLocal(any ? "any" : "all", MirType.Bool);
                        _b.Emit(new AssignInst(result, new BoolConst(!any)));
                        SearchList(list, length, element, item => Truth(CallClosure(args[1], MirType.Bool, item), negate: !any),
                            _ => _b.Emit(new AssignInst(result, new BoolConst(any))));
                        return new LocalOperand(result);
                    }
                case "@list_find":
                    {
                        var result = _b.NewLocal("found", MirType.Object);
                        _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Option.Variants[1].Tag)])));
                        SearchList(list, length, element, item => CallClosure(args[1], MirType.Bool, item),
                            item => _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Option.Variants[0].Tag), item]))));
                        return new LocalOperand(result);
                    }
                case "@list_contains":
                    {
                        var found = _b.NewLocal("contains", MirType.Bool);
                        _b.Emit(new AssignInst(found, new BoolConst(false)));
                        SearchList(list, length, element, item => EqualValues(item, args[1], element),
                            _ => _b.Emit(new AssignInst(found, new BoolConst(true))));
                        return new LocalOperand(found);
                    }
                case "@list_sort":
                    return LowerMergeSort(list, length, element, args[1], returnsOrdering: false);
                case "@list_sort_ordering":
                    return LowerMergeSort(list, length, element, args[1], returnsOrdering: true);
                default:
                    throw new InvalidOperationException($"unknown intrinsic {call.Function.Symbol}");
            }
        }

        /// <summary>
        /// A stable bottom-up merge sort (O(n log n)) with the comparator closure: runs of width
        /// 1, 2, 4, ... are merged from one private buffer into another, which are then swapped.
        /// </summary>
        private MirOperand LowerMergeSort(MirOperand list, MirOperand length, MeshType element, MirOperand compare, bool returnsOrdering)
        {
            MirOperand Local(string name, MirType t, MirOperand init)
            {
                var l = _b.NewLocal(name, t);
                _b.Emit(new AssignInst(l, init));
                return new LocalOperand(l);
            }
            void Set(MirOperand local, MirOperand value) => _b.Emit(new AssignInst(((LocalOperand)local).Local, value));
            MirOperand Add(MirOperand a, MirOperand b) => EmitBinary(MirBinaryOp.IntAdd, a, b, MirType.Int, default);
            MirOperand Min(MirOperand a, MirOperand b)
            {
                var r = Local("min", MirType.Int, a);
                var less = EmitBinary(MirBinaryOp.IntLt, b, a, MirType.Bool, default);
                var take = _b.NewBlock();
                var done = _b.NewBlock();
                _b.Terminate(new BranchTerm(less, take, done));
                _b.SwitchTo(take);
                Set(r, b);
                _b.Terminate(new GotoTerm(done));
                _b.SwitchTo(done);
                return r;
            }
            void While(Func<MirOperand> condition, Action body) => EmitWhile(condition, (_, _) => body());

            var source = Local("sort_src", MirType.Object, EmitRuntime(RuntimeFunctions.ListAlloc, length));
            var target = Local("sort_dst", MirType.Object, EmitRuntime(RuntimeFunctions.ListAlloc, length));
            ForEachIndex(length, i => _b.Emit(new StoreSlotAtInst(source, i, ListItemsOffset, ListItem(list, i, element))));
            var width = Local("width", MirType.Int, new IntConst(1));
            While(() => EmitBinary(MirBinaryOp.IntLt, width, length, MirType.Bool, default), () =>
            {
                var start = Local("start", MirType.Int, new IntConst(0));
                While(() => EmitBinary(MirBinaryOp.IntLt, start, length, MirType.Bool, default), () =>
                {
                    var mid = Min(Add(start, width), length);
                    var end = Min(Add(mid, width), length);
                    var left = Local("left", MirType.Int, start);
                    var right = Local("right", MirType.Int, mid);
                    var k = Local("k", MirType.Int, start);
                    While(() => EmitBinary(MirBinaryOp.IntLt, k, end, MirType.Bool, default), () =>
                    {
                        // Take from the left run unless it is empty, or the right item is strictly smaller (stability).
                        var takeLeft = _b.NewBlock();
                        var takeRight = _b.NewBlock();
                        var checkRight = _b.NewBlock();
                        var compareItems = _b.NewBlock();
                        var next = _b.NewBlock();
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, left, mid, MirType.Bool, default), checkRight, takeRight));
                        _b.SwitchTo(checkRight);
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, right, end, MirType.Bool, default), compareItems, takeLeft));
                        _b.SwitchTo(compareItems);
                        var leftItem = ListItem(source, left, element);
                        var rightItem = ListItem(source, right, element);
                        // The left item goes first unless it compares greater (stability): `<= 0`, or the Less/Equal variants.
                        var leftFirst = returnsOrdering
                            ? EmitBinary(MirBinaryOp.IntLe, LoadSlot(CallClosure(compare, MirType.Object, leftItem, rightItem), 0, MirType.Int),
                                new IntConst(BuiltinTypes.Ordering.Variants[1].Tag), MirType.Bool, default)
                            : EmitBinary(MirBinaryOp.IntLe, CallClosure(compare, MirType.Int, leftItem, rightItem), new IntConst(0), MirType.Bool, default);
                        _b.Terminate(new BranchTerm(leftFirst, takeLeft, takeRight));
                        _b.SwitchTo(takeLeft);
                        _b.Emit(new StoreSlotAtInst(target, k, ListItemsOffset, ListItem(source, left, element)));
                        Set(left, Add(left, new IntConst(1)));
                        _b.Terminate(new GotoTerm(next));
                        _b.SwitchTo(takeRight);
                        _b.Emit(new StoreSlotAtInst(target, k, ListItemsOffset, ListItem(source, right, element)));
                        Set(right, Add(right, new IntConst(1)));
                        _b.Terminate(new GotoTerm(next));
                        _b.SwitchTo(next);
                        Set(k, Add(k, new IntConst(1)));
                    });
                    Set(start, end);
                });
                var swap = Local("swap", MirType.Object, source);
                Set(source, target);
                Set(target, swap);
                Set(width, Add(width, width));
            });
            return source;
        }

        private MirOperand CallClosure(MirOperand closure, MirType returns, params MirOperand[] args)
        {
            var target = returns == MirType.Unit ? null : Temp(returns);
            _b.Emit(new CallClosureInst(target, closure, [.. args], returns));
            return target is null ? UnitConst.Instance : new LocalOperand(target);
        }

        /// <summary>
        /// Runs <paramref name="test"/> on each item until it yields true, then runs
        /// <paramref name="onHit"/> with that item and stops.
        /// </summary>
        private void SearchList(MirOperand list, MirOperand length, MeshType element, Func<MirOperand, MirOperand> test, Action<MirOperand> onHit)
        {
            var index = _b.NewLocal("i", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            EmitWhile(() => EmitBinary(MirBinaryOp.IntLt, new LocalOperand(index), length, MirType.Bool, default), (exit, _) =>
            {
                var item = ListItem(list, new LocalOperand(index), element);
                var hit = _b.NewBlock();
                var next = _b.NewBlock();
                _b.Terminate(new BranchTerm(test(item), hit, next));
                _b.SwitchTo(hit);
                onHit(item);
                _b.Terminate(new GotoTerm(exit));
                _b.SwitchTo(next);
                _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), default));
            });
        }

        private MirOperand Truth(MirOperand value, bool negate) => negate ? Not(value) : value;
    }
}
