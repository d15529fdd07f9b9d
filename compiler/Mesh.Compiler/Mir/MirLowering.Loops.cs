using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// for/while loops, break/continue, and `?`.
public sealed partial class MirLowering
{
    private sealed partial class FunctionLowering
    {
        /// <summary>Where break and continue go in the loops being lowered (innermost on top).</summary>
        private readonly Stack<(int Break, int Continue)> _loops = new();

        private MirOperand LowerTry(TTry tryExpr)
        {
            var value = LowerExpr(tryExpr.Operand);
            var tag = LoadSlot(value, 0, MirType.Int);
            var isOk = EmitBinary(MirBinaryOp.IntEq, tag, new IntConst(0), MirType.Bool, tryExpr.Span);
            var ok = _b.NewBlock();
            var fail = _b.NewBlock();
            _b.Terminate(new BranchTerm(isOk, ok, fail));
            // Err(e) and None have the same layout whatever the payload type, so the value itself
            // is what the function returns.
            _b.SwitchTo(fail);
            if (tryExpr.ConvertErrorTo is { } target && Concrete(tryExpr.Operand.Type) is TypeCon { Args: [_, var source] })
            {
                // Err(e) becomes Err(Target.from(e)).
                var to = Concrete(target);
                var impl = _owner._program.FindImpl(Trait.From, (TypeCon)to, [source])!;
                var converted = CallImplMethod(impl, "from", new FunType([source], to), [LoadSlot(value, 1, MapType(source))]);
                _b.Terminate(new ReturnTerm(Alloc([new IntConst(1), converted])));
            }
            else
            {
                _b.Terminate(new ReturnTerm(value));
            }
            _b.SwitchTo(ok);
            return LoadSlot(value, 1, MapType(tryExpr.Type));
        }

        private MirOperand LowerFor(TFor loop)
        {
            if (loop.Iterator is { } walk)
            {
                return LowerIteratorFor(loop, walk);
            }
            MirOperand? list = null, start = null;
            MirOperand count;
            if (loop.List is { } source)
            {
                list = LowerExpr(source);
                count = LoadSlot(list, 0, MirType.Int);
            }
            else
            {
                start = LowerExpr(loop.RangeStart!);
                var end = LowerExpr(loop.RangeEnd!);
                var span = _b.NewLocal("range_length", MirType.Int);
                _b.Emit(new BinaryInst(span, MirBinaryOp.IntSub, end, start, loop.Span));
                var negative = EmitBinary(MirBinaryOp.IntLt, new LocalOperand(span), new IntConst(0), MirType.Bool, loop.Span);
                var clamp = _b.NewBlock();
                var counted = _b.NewBlock();
                _b.Terminate(new BranchTerm(negative, clamp, counted));
                _b.SwitchTo(clamp);
                _b.Emit(new AssignInst(span, new IntConst(0)));
                _b.Terminate(new GotoTerm(counted));
                _b.SwitchTo(counted);
                count = new LocalOperand(span);
            }
            var output = EmitRuntime(RuntimeFunctions.ListAlloc, count);
            var kept = _b.NewLocal("kept", MirType.Int);
            _b.Emit(new AssignInst(kept, new IntConst(0)));
            var index = _b.NewLocal("i", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            var header = _b.NewBlock();
            var body = _b.NewBlock();
            var next = _b.NewBlock();
            var exit = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));

            _b.SwitchTo(header);
            var more = EmitBinary(MirBinaryOp.IntLt, new LocalOperand(index), count, MirType.Bool, loop.Span);
            _b.Terminate(new BranchTerm(more, body, exit));

            _b.SwitchTo(body);
            EmitRuntime(RuntimeFunctions.ReductionTick);
            var item = list is not null
                ? ListItem(list, new LocalOperand(index), loop.ElementType)
                : EmitBinary(MirBinaryOp.IntAdd, start!, new LocalOperand(index), MirType.Int, loop.Span);
            var value = LowerForBody(loop, item, next, exit);
            _b.Emit(new StoreSlotAtInst(output, new LocalOperand(kept), ListItemsOffset, value));
            _b.Emit(new BinaryInst(kept, MirBinaryOp.IntAdd, new LocalOperand(kept), new IntConst(1), loop.Span));
            _b.Terminate(new GotoTerm(next));

            _b.SwitchTo(next);
            _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), loop.Span));
            _b.Terminate(new GotoTerm(header));

            // The list is still private to this function: its length is what was collected.
            _b.SwitchTo(exit);
            _b.Emit(new StoreSlotAtInst(output, new IntConst(0), 0, new LocalOperand(kept)));
            return output;
        }

        /// <summary>
        /// A <c>for</c> over an Iterator: call <c>next</c> on the state until it gives None, collecting the
        /// body's values into a list that doubles its room when full (the length is unknown up front).
        /// </summary>
        private MirOperand LowerIteratorFor(TFor loop, TForIterator walk)
        {
            var state = _b.NewLocal("iterator", MapType(walk.State.Type));
            _b.Emit(new AssignInst(state, Coerce(LowerExpr(walk.Start), state.Type)));
            _locals[walk.State.Id] = state;
            var output = _b.NewLocal("collected", MirType.Object);
            _b.Emit(new AssignInst(output, EmitRuntime(RuntimeFunctions.ListAlloc, new IntConst(8))));
            var kept = _b.NewLocal("kept", MirType.Int);
            _b.Emit(new AssignInst(kept, new IntConst(0)));
            var header = _b.NewBlock();
            var body = _b.NewBlock();
            var exit = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));

            _b.SwitchTo(header);
            EmitRuntime(RuntimeFunctions.ReductionTick);
            var step = LowerExpr(walk.Next);
            var tag = LoadSlot(step, 0, MirType.Int);
            var isSome = EmitBinary(MirBinaryOp.IntEq, tag, new IntConst(SomeTag), MirType.Bool, loop.Span);
            _b.Terminate(new BranchTerm(isSome, body, exit));

            _b.SwitchTo(body);
            var pair = LoadSlot(step, 1, MirType.Object);
            var item = LoadSlot(pair, 0, MapType(loop.ElementType));
            _b.Emit(new AssignInst(state, LoadSlot(pair, 1, state.Type)));
            var value = LowerForBody(loop, item, header, exit);
            // under construction the list's length is its room (mesh_list_grow); the count is stored at the end
            var capacity = LoadSlot(new LocalOperand(output), 0, MirType.Int);
            var full = EmitBinary(MirBinaryOp.IntEq, new LocalOperand(kept), capacity, MirType.Bool, loop.Span);
            var grow = _b.NewBlock();
            var store = _b.NewBlock();
            _b.Terminate(new BranchTerm(full, grow, store));
            _b.SwitchTo(grow);
            _b.Emit(new AssignInst(output, EmitRuntime(RuntimeFunctions.ListGrow, new LocalOperand(output))));
            _b.Terminate(new GotoTerm(store));
            _b.SwitchTo(store);
            _b.Emit(new StoreSlotAtInst(new LocalOperand(output), new LocalOperand(kept), ListItemsOffset, value));
            _b.Emit(new BinaryInst(kept, MirBinaryOp.IntAdd, new LocalOperand(kept), new IntConst(1), loop.Span));
            _b.Terminate(new GotoTerm(header));

            _b.SwitchTo(exit);
            _b.Emit(new StoreSlotAtInst(new LocalOperand(output), new IntConst(0), 0, new LocalOperand(kept)));
            return new LocalOperand(output);
        }

        /// <summary>
        /// Binds the loop pattern to <paramref name="item"/> and runs the filter and the body; an item that
        /// does not match or is filtered out, and <c>continue</c>, go to <paramref name="skip"/>; <c>break</c> to <paramref name="exit"/>.
        /// </summary>
        private MirOperand LowerForBody(TFor loop, MirOperand item, int skip, int exit)
        {
            TestPattern(loop.Pattern, item, skip);
            if (loop.Filter is not null)
            {
                var accepted = LowerExpr(loop.Filter);
                var pass = _b.NewBlock();
                _b.Terminate(new BranchTerm(accepted, pass, skip));
                _b.SwitchTo(pass);
            }
            _loops.Push((exit, skip));
            var value = LowerExpr(loop.Body);
            _loops.Pop();
            return value;
        }

        /// <summary>Option's layout: the tag of <c>Some</c>, whose payload is slot 1.</summary>
        private static readonly int SomeTag = BuiltinTypes.Option.Variants.First(v => v.Name == "Some").Tag;

        private MirOperand LowerWhile(TWhile loop)
        {
            EmitWhile(() => LowerExpr(loop.Condition), (exit, header) =>
            {
                _loops.Push((exit, header));
                LowerExpr(loop.Body);
                _loops.Pop();
            });
            return UnitConst.Instance;
        }
    }
}
