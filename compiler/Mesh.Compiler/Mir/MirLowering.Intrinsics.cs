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
            switch (call.Function.Symbol)
            {
                case "@timer_send_after":
                    {
                        var msg = EmitRuntime(RuntimeFunctions.MsgNew);
                        EncodeValue(msg, args[2], Concrete(call.Args[2].Type));
                        EmitRuntime(RuntimeFunctions.TimerSendAfter, args[0], args[1], msg);
                        return UnitConst.Instance;
                    }
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
                        SearchList(list, length, element, args[1], (item, found) =>
                        {
                            _b.Emit(new AssignInst(result, new BoolConst(any)));
                        }, negate: !any);
                        return new LocalOperand(result);
                    }
                case "@list_find":
                    {
                        var result = _b.NewLocal("found", MirType.Object);
                        _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Option.Variants[1].Tag)])));
                        SearchList(list, length, element, args[1], (item, found) =>
                        {
                            _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Option.Variants[0].Tag), item])));
                        }, negate: false);
                        return new LocalOperand(result);
                    }
                default:
                    throw new InvalidOperationException($"unknown intrinsic {call.Function.Symbol}");
            }
        }

        private MirOperand CallClosure(MirOperand closure, MirType returns, params MirOperand[] args)
        {
            var target = returns == MirType.Unit ? null : Temp(returns);
            _b.Emit(new CallClosureInst(target, closure, [.. args], returns));
            return target is null ? UnitConst.Instance : new LocalOperand(target);
        }

        /// <summary>
        /// Calls the predicate on each item until it returns true (or false, when
        /// <paramref name="negate"/>), then runs <paramref name="onHit"/> with that item and stops.
        /// </summary>
        private void SearchList(MirOperand list, MirOperand length, MeshType element, MirOperand predicate, Action<MirOperand, int> onHit, bool negate)
        {
            var index = _b.NewLocal("i", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            var header = _b.NewBlock();
            var body = _b.NewBlock();
            var hit = _b.NewBlock();
            var next = _b.NewBlock();
            var exit = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(header);
            var more = EmitBinary(MirBinaryOp.IntLt, new LocalOperand(index), length, MirType.Bool, default);
            _b.Terminate(new BranchTerm(more, body, exit));
            _b.SwitchTo(body);
            EmitRuntime(RuntimeFunctions.ReductionTick);
            var item = ListItem(list, new LocalOperand(index), element);
            var answer = CallClosure(predicate, MirType.Bool, item);
            _b.Terminate(negate ? new BranchTerm(answer, next, hit) : new BranchTerm(answer, hit, next));
            _b.SwitchTo(hit);
            onHit(item, exit);
            _b.Terminate(new GotoTerm(exit));
            _b.SwitchTo(next);
            _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), default));
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(exit);
        }
    }
}
