using System.Collections.Immutable;
using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// Heap data (tuples, structs, sum types) and the per-type helpers generated for it:
// Display, equality, ordering, and message encoding/decoding.
public sealed partial class MirLowering
{
    private enum HelperKind
    {
        Display,
        Debug,
        Equal,
        Compare,
        Encode,
        Decode,
    }

    /// <summary>The name of a generated helper for a concrete type, generating it on first request.</summary>
    private string RequestHelper(HelperKind kind, MeshType type)
    {
        var name = $"${kind.ToString().ToLowerInvariant()}<{TypeFormatter.Format(type)}>";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = FunctionLowering.BuildHelper(this, kind, type, name));
        }
        return name;
    }

    private sealed partial class FunctionLowering
    {
        public static MirFunction BuildHelper(MirLowering owner, HelperKind kind, MeshType type, string name)
        {
            var returns = kind switch
            {
                HelperKind.Display or HelperKind.Debug => MirType.String,
                HelperKind.Equal => MirType.Bool,
                HelperKind.Compare => MirType.Int,
                HelperKind.Encode => MirType.Unit,
                _ => MirType.Object,
            };
            var lowering = new FunctionLowering(owner, null, [], new MirFunctionBuilder(name, MirFunctionKind.Normal, returns));
            var b = lowering._b;
            MirOperand result;
            switch (kind)
            {
                case HelperKind.Display:
                    result = lowering.BuildDisplay(new LocalOperand(b.AddParam("value", MirType.Object)), type);
                    break;
                case HelperKind.Debug:
                    result = lowering.BuildDebug(new LocalOperand(b.AddParam("value", MirType.Object)), type);
                    break;
                case HelperKind.Equal:
                    {
                        var left = new LocalOperand(b.AddParam("a", MirType.Object));
                        var right = new LocalOperand(b.AddParam("b", MirType.Object));
                        result = lowering.BuildEqual(left, right, type);
                        break;
                    }
                case HelperKind.Compare:
                    {
                        var left = new LocalOperand(b.AddParam("a", MirType.Object));
                        var right = new LocalOperand(b.AddParam("b", MirType.Object));
                        result = lowering.BuildCompare(left, right, type);
                        break;
                    }
                case HelperKind.Encode:
                    {
                        var msg = new LocalOperand(b.AddParam("msg", MirType.Ptr));
                        lowering.BuildEncode(msg, new LocalOperand(b.AddParam("value", MirType.Object)), type);
                        result = UnitConst.Instance;
                        break;
                    }
                default:
                    result = lowering.BuildDecode(new LocalOperand(b.AddParam("reader", MirType.Ptr)), type);
                    break;
            }
            b.Terminate(new ReturnTerm(result));
            return b.Finish();
        }

        private MirOperand LowerStdlibCall(TStdlibCall call)
        {
            var args = call.Args.Select(a => LowerExpr(a)).ToArray();
            if (call.Function.Symbol.StartsWith('@'))
            {
                return LowerIntrinsic(call, args);
            }
            if (call.Function.Module == "Supervisor")
            {
                // the runtime refuses a request to a process of another supervisor definition
                args = [.. args, SupervisorDefinitionOf(call.Args[0])];
            }
            var expected = MapType(call.Type);
            var function = _owner.RuntimeFunctionFor(call.Function, [.. args.Select(a => a.Type)], expected);
            for (var i = 0; i < args.Length; i++)
            {
                if (function.Params[i] == MirType.Slot && args[i].Type != MirType.Slot)
                {
                    var slot = Temp(MirType.Slot);
                    _b.Emit(new ToSlotInst(slot, args[i]));
                    args[i] = new LocalOperand(slot);
                }
            }
            var result = EmitRuntimeAt(call.Function.MayPanic ? call.Span : null, function, args);
            if (function.Returns == MirType.Slot && expected != MirType.Slot)
            {
                if (expected == MirType.Unit)
                {
                    return UnitConst.Instance;
                }
                var value = Temp(expected);
                _b.Emit(new FromSlotInst(value, result));
                return new LocalOperand(value);
            }
            return result;
        }

        /// <summary>
        /// A loop: the header evaluates <paramref name="condition"/>; while it holds the body runs
        /// (after a preemption tick) and jumps back. The body gets the exit and header blocks (the
        /// targets of break and continue). Emission continues after the loop.
        /// </summary>
        private void EmitWhile(Func<MirOperand> condition, Action<int, int> body)
        {
            var header = _b.NewBlock();
            var loop = _b.NewBlock();
            var exit = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(header);
            _b.Terminate(new BranchTerm(condition(), loop, exit));
            _b.SwitchTo(loop);
            EmitRuntime(RuntimeFunctions.ReductionTick);
            body(exit, header);
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(exit);
        }

        /// <summary>Emits <paramref name="body"/> once per index 0..count-1 (a counted loop in MIR).</summary>
        private void ForEachIndex(MirOperand count, Action<MirOperand> body)
        {
            var index = _b.NewLocal("i", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            EmitWhile(() => EmitBinary(MirBinaryOp.IntLt, new LocalOperand(index), count, MirType.Bool, default), (_, _) =>
            {
                body(new LocalOperand(index));
                _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), default));
            });
        }

        // A list is { len, items, ... } (runtime/native/mesh_list.h): readers go through the items
        // pointer, since a list may be a view of a shared buffer (List.append, ++, tails). Lists
        // fresh from mesh_list_alloc are flat, their items right after the header: generated code
        // fills those at slot ListItemsOffset + i before anyone else sees them.
        private const int ListItemsOffset = 2;
        private const int ListItemsPointerSlot = 1;

        private MirOperand ListItem(MirOperand list, MirOperand index, MeshType elementType)
        {
            var type = MapType(elementType);
            if (type == MirType.Unit)
            {
                return UnitConst.Instance;
            }
            var items = LoadSlot(list, ListItemsPointerSlot, MirType.Object);
            var t = Temp(type);
            _b.Emit(new LoadSlotAtInst(t, items, index, 0));
            return new LocalOperand(t);
        }

        /// <summary>A flat list of the given items (a literal).</summary>
        private MirOperand BuildList(IReadOnlyList<MirOperand> items)
        {
            var list = EmitRuntime(RuntimeFunctions.ListAlloc, new IntConst(items.Count));
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Type != MirType.Unit)
                {
                    _b.Emit(new StoreSlotAtInst(list, new IntConst(i), ListItemsOffset, items[i]));
                }
            }
            return list;
        }

        // ---- building blocks ----

        private MirOperand Alloc(ImmutableArray<MirOperand> slots)
        {
            var t = Temp(MirType.Object);
            _b.Emit(new AllocInst(t, slots));
            return new LocalOperand(t);
        }

        private MirOperand LoadSlot(MirOperand obj, int index, MirType type)
        {
            if (type == MirType.Unit)
            {
                return UnitConst.Instance;
            }
            var t = Temp(type);
            _b.Emit(new LoadSlotInst(t, obj, index));
            return new LocalOperand(t);
        }

        /// <summary>Binds a pattern variable; or-pattern alternatives share one local.</summary>
        private void Bind(LocalSymbol symbol, MirOperand value)
        {
            if (!_locals.TryGetValue(symbol.Id, out var local))
            {
                local = _b.NewLocal(symbol.Name, value.Type);
                _locals[symbol.Id] = local;
            }
            _b.Emit(new AssignInst(local, value));
        }

        private MirOperand Call(string function, MirType returns, params MirOperand[] args)
        {
            if (returns == MirType.Unit)
            {
                _b.Emit(new CallInst(null, function, [.. args]));
                return UnitConst.Instance;
            }
            var t = Temp(returns);
            _b.Emit(new CallInst(t, function, [.. args]));
            return new LocalOperand(t);
        }

        private MirOperand Concat(MirOperand left, MirOperand right) => EmitRuntime(RuntimeFunctions.StringConcat, left, right);

        /// <summary>Up to four String, Int or Float parts as one string, numbers displayed by the runtime.</summary>
        private MirOperand ConcatMixed(List<MirOperand> parts)
        {
            long kinds = 0;
            var words = new MirOperand[4];
            for (int i = 0; i < 4; i++)
            {
                if (i >= parts.Count)
                {
                    words[i] = ToSlot(new IntConst(0));
                    continue;
                }
                var part = parts[i];
                kinds |= (part.Type == MirType.String ? 1L : part.Type == MirType.Int ? 2L : 3L) << (2 * i);
                words[i] = ToSlot(part);
            }
            return EmitRuntime(RuntimeFunctions.StringConcatMixed, new IntConst(kinds), words[0], words[1], words[2], words[3]);
        }

        /// <summary>
        /// The parts concatenated in order with as few runtime calls as possible (up to four parts per call):
        /// each call makes one string, without intermediate copies, and appends in place to a first part
        /// that allows it (runtime/Mesh.Runtime/Memory/MeshString.cs).
        /// </summary>
        private MirOperand ConcatAll(IReadOnlyList<MirOperand> parts)
        {
            if (parts.Count == 0) return new StringConst("");
            var acc = parts[0];
            for (int next = 1; next < parts.Count;)
            {
                int take = Math.Min(3, parts.Count - next);
                acc = take switch
                {
                    1 => EmitRuntime(RuntimeFunctions.StringConcat, acc, parts[next]),
                    2 => EmitRuntime(RuntimeFunctions.StringConcat3, acc, parts[next], parts[next + 1]),
                    _ => EmitRuntime(RuntimeFunctions.StringConcat4, acc, parts[next], parts[next + 1], parts[next + 2]),
                };
                next += take;
            }
            return acc;
        }

        /// <summary>The slot types of a tuple or struct, or of one variant, for a concrete type.</summary>
        private ImmutableArray<MeshType> FieldTypes(TypeCon type, VariantDefinition? variant = null)
        {
            if (type.Name == MeshType.TupleName)
            {
                return type.Args;
            }
            var def = _owner._program.DefinitionOf(type)!;
            var fields = variant?.Fields ?? def.Fields;
            return [.. fields.Select(f => Substitution.Instantiate(f.Type, type.Args))];
        }

        /// <summary>
        /// Emits one block per variant of a sum value (switching on its tag) and joins them;
        /// <paramref name="perVariant"/> fills each block and returns the value it contributes.
        /// </summary>
        private MirOperand SwitchOnVariant(MirOperand tag, TypeDefinition def, MirType resultType, Func<VariantDefinition, MirOperand> perVariant)
        {
            var result = resultType == MirType.Unit ? null : Temp(resultType);
            var join = _b.NewBlock();
            var origin = _b.CurrentBlock;
            var cases = new List<(long, int)>();
            foreach (var variant in def.Variants)
            {
                var block = _b.NewBlock();
                cases.Add((variant.Tag, block));
                _b.SwitchTo(block);
                var value = perVariant(variant);
                if (result is not null)
                {
                    _b.Emit(new AssignInst(result, value));
                }
                _b.Terminate(new GotoTerm(join));
            }
            var invalid = _b.NewBlock();
            _b.SwitchTo(invalid);
            _b.Terminate(UnreachableTerm.Instance);
            _b.SwitchTo(origin);
            _b.Terminate(new SwitchTerm(tag, [.. cases], invalid));
            _b.SwitchTo(join);
            return result is null ? UnitConst.Instance : new LocalOperand(result);
        }

        // ---- Display ----

        /// <summary>A value's text as string interpolation shows it (section C of the language reference).</summary>
        private MirOperand DisplayValue(MirOperand value, MeshType type)
        {
            var t = value.Type;
            if (t == MirType.String)
            {
                return value;
            }
            if (t == MirType.Int)
            {
                return EmitRuntime(RuntimeFunctions.IntToString, value);
            }
            if (t == MirType.Float)
            {
                return EmitRuntime(RuntimeFunctions.FloatToString, value);
            }
            if (t == MirType.Bool)
            {
                return EmitRuntime(RuntimeFunctions.BoolToString, value);
            }
            if (t == MirType.Pid)
            {
                var digits = EmitRuntime(RuntimeFunctions.IntToString, value);
                return Concat(Concat(new StringConst("#PID<"), digits), new StringConst(">"));
            }
            if (t == MirType.Object)
            {
                return Call(_owner.RequestHelper(HelperKind.Display, type), MirType.String, value);
            }
            return new StringConst("()");
        }

        private MirOperand DisplayFields(MirOperand obj, ImmutableArray<MeshType> types, int firstSlot, string open, string close)
            => FieldsText(obj, types, firstSlot, _ => "", open, close, DisplayValue);

        /// <summary><c>open label0 v0, label1 v1 close</c>, each value shown by <paramref name="format"/> (Display or Debug).</summary>
        private MirOperand FieldsText(MirOperand obj, ImmutableArray<MeshType> types, int firstSlot, Func<int, string> label, string open, string close,
            Func<MirOperand, MeshType, MirOperand> format)
        {
            MirOperand text = new StringConst(open);
            for (var i = 0; i < types.Length; i++)
            {
                text = Concat(text, new StringConst((i > 0 ? ", " : "") + label(i)));
                text = Concat(text, format(LoadSlot(obj, firstSlot + i, MapType(types[i])), types[i]));
            }
            return Concat(text, new StringConst(close));
        }

        /// <summary><c>[e0, e1]</c>, each item shown by <paramref name="format"/> (Display or Debug).</summary>
        private MirOperand ListText(MirOperand list, MeshType element, Func<MirOperand, MeshType, MirOperand> format)
        {
            var text = Temp(MirType.String);
            _b.Emit(new AssignInst(text, new StringConst("[")));
            ForEachIndex(LoadSlot(list, 0, MirType.Int), i =>
            {
                var first = EmitBinary(MirBinaryOp.IntEq, i, new IntConst(0), MirType.Bool, default);
                var separator = _b.NewBlock();
                var item = _b.NewBlock();
                _b.Terminate(new BranchTerm(first, item, separator));
                _b.SwitchTo(separator);
                _b.Emit(new AssignInst(text, Concat(new LocalOperand(text), new StringConst(", "))));
                _b.Terminate(new GotoTerm(item));
                _b.SwitchTo(item);
                _b.Emit(new AssignInst(text, Concat(new LocalOperand(text), format(ListItem(list, i, element), element))));
            });
            return Concat(new LocalOperand(text), new StringConst("]"));
        }

        private MirOperand BuildDisplay(MirOperand value, MeshType type)
        {
            if (TryUserDisplay(value, type) is { } custom)
            {
                return custom;
            }
            var con = (TypeCon)type;
            if (CollectionDisplay(value, con) is { } collection)
            {
                return collection;
            }
            if (con.Name == MeshType.TupleName)
            {
                return DisplayFields(value, con.Args, 0, "(", ")");
            }
            if (con.Name == "List")
            {
                return ListText(value, con.Args[0], DisplayValue);
            }
            var def = _owner._program.DefinitionOf(con)!;
            if (!def.Derives.Contains(Trait.Display.Name))
            {
                // No Display of its own (the checker made sure it has Debug): shown as Debug shows it.
                return Call(_owner.RequestHelper(HelperKind.Debug, type), MirType.String, value);
            }
            if (def.Kind == TypeDefinitionKind.Struct)
            {
                return DisplayFields(value, FieldTypes(con), 0, def.Name + "(", ")");
            }
            var tag = LoadSlot(value, 0, MirType.Int);
            return SwitchOnVariant(tag, def, MirType.String, variant => variant.Fields.Length == 0
                ? new StringConst(variant.Name)
                : DisplayFields(value, FieldTypes(con, variant), 1, variant.Name + "(", ")"));
        }

        // ---- equality and ordering ----

        private MirOperand EqualValues(MirOperand left, MirOperand right, MeshType type)
        {
            var t = left.Type;
            if (t == MirType.String)
            {
                return EmitRuntime(RuntimeFunctions.StringEq, left, right);
            }
            if (t == MirType.Float)
            {
                return EmitBinary(MirBinaryOp.FloatEq, left, right, MirType.Bool, default);
            }
            if (t == MirType.Bool)
            {
                return EmitBinary(MirBinaryOp.BoolEq, left, right, MirType.Bool, default);
            }
            if (t == MirType.Object)
            {
                return Call(_owner.RequestHelper(HelperKind.Equal, type), MirType.Bool, left, right);
            }
            if (t == MirType.Unit)
            {
                return new BoolConst(true);
            }
            return EmitBinary(MirBinaryOp.IntEq, left, right, MirType.Bool, default);
        }

        /// <summary>All field pairs equal, stopping at the first difference.</summary>
        private MirOperand EqualFields(MirOperand a, MirOperand b, ImmutableArray<MeshType> types, int firstSlot)
        {
            var result = Temp(MirType.Bool);
            _b.Emit(new AssignInst(result, new BoolConst(true)));
            var done = _b.NewBlock();
            for (var i = 0; i < types.Length; i++)
            {
                var mir = MapType(types[i]);
                var eq = EqualValues(LoadSlot(a, firstSlot + i, mir), LoadSlot(b, firstSlot + i, mir), types[i]);
                _b.Emit(new AssignInst(result, eq));
                var next = _b.NewBlock();
                _b.Terminate(new BranchTerm(eq, next, done));
                _b.SwitchTo(next);
            }
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        private MirOperand BuildEqual(MirOperand a, MirOperand b, MeshType type)
        {
            if (TryUserEqual(a, b, type) is { } custom)
            {
                return custom;
            }
            var con = (TypeCon)type;
            if (CollectionEqual(a, b, con) is { } collection)
            {
                return collection;
            }
            if (con.Name == "List")
            {
                return BuildListCompare(a, b, con.Args[0], equality: true);
            }
            var def = con.Name == MeshType.TupleName ? null : _owner._program.DefinitionOf(con);
            if (def is null || def.Kind == TypeDefinitionKind.Struct)
            {
                return EqualFields(a, b, FieldTypes(con), 0);
            }
            var tagA = LoadSlot(a, 0, MirType.Int);
            var tagB = LoadSlot(b, 0, MirType.Int);
            var sameTag = EmitBinary(MirBinaryOp.IntEq, tagA, tagB, MirType.Bool, default);
            var result = Temp(MirType.Bool);
            _b.Emit(new AssignInst(result, new BoolConst(false)));
            var compareFields = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(sameTag, compareFields, done));
            _b.SwitchTo(compareFields);
            var fieldsEqual = SwitchOnVariant(tagA, def, MirType.Bool, variant => EqualFields(a, b, FieldTypes(con, variant), 1));
            _b.Emit(new AssignInst(result, fieldsEqual));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        /// <summary>-1, 0 or 1.</summary>
        private MirOperand CompareValues(MirOperand left, MirOperand right, MeshType type)
        {
            var t = left.Type;
            if (t == MirType.String)
            {
                return EmitRuntime(RuntimeFunctions.StringCompare, left, right);
            }
            if (t == MirType.Object)
            {
                return Call(_owner.RequestHelper(HelperKind.Compare, type), MirType.Int, left, right);
            }
            if (t == MirType.Unit)
            {
                return new IntConst(0);
            }
            (MirBinaryOp Lt, MirBinaryOp Gt) ops = t == MirType.Float ? (MirBinaryOp.FloatLt, MirBinaryOp.FloatGt) : (MirBinaryOp.IntLt, MirBinaryOp.IntGt);
            if (t == MirType.Bool)
            {
                left = BoolToInt(left);
                right = BoolToInt(right);
            }
            var result = Temp(MirType.Int);
            var lt = EmitBinary(ops.Lt, left, right, MirType.Bool, default);
            var less = _b.NewBlock();
            var notLess = _b.NewBlock();
            var greater = _b.NewBlock();
            var equal = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(lt, less, notLess));
            _b.SwitchTo(less);
            _b.Emit(new AssignInst(result, new IntConst(-1)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(notLess);
            var gt = EmitBinary(ops.Gt, left, right, MirType.Bool, default);
            _b.Terminate(new BranchTerm(gt, greater, equal));
            _b.SwitchTo(greater);
            _b.Emit(new AssignInst(result, new IntConst(1)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(equal);
            _b.Emit(new AssignInst(result, new IntConst(0)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        private MirOperand BoolToInt(MirOperand value)
        {
            var result = Temp(MirType.Int);
            var yes = _b.NewBlock();
            var no = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(value, yes, no));
            _b.SwitchTo(yes);
            _b.Emit(new AssignInst(result, new IntConst(1)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(no);
            _b.Emit(new AssignInst(result, new IntConst(0)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        /// <summary>Lexicographic: the first field pair that differs decides.</summary>
        private MirOperand CompareFields(MirOperand a, MirOperand b, ImmutableArray<MeshType> types, int firstSlot)
        {
            var result = Temp(MirType.Int);
            _b.Emit(new AssignInst(result, new IntConst(0)));
            var done = _b.NewBlock();
            for (var i = 0; i < types.Length; i++)
            {
                var mir = MapType(types[i]);
                var order = CompareValues(LoadSlot(a, firstSlot + i, mir), LoadSlot(b, firstSlot + i, mir), types[i]);
                _b.Emit(new AssignInst(result, order));
                var same = EmitBinary(MirBinaryOp.IntEq, order, new IntConst(0), MirType.Bool, default);
                var next = _b.NewBlock();
                _b.Terminate(new BranchTerm(same, next, done));
                _b.SwitchTo(next);
            }
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        private MirOperand BuildCompare(MirOperand a, MirOperand b, MeshType type)
        {
            if (TryUserCompare(a, b, type) is { } custom)
            {
                return custom;
            }
            var con = (TypeCon)type;
            if (con.Name == "List")
            {
                return BuildListCompare(a, b, con.Args[0], equality: false);
            }
            var def = con.Name == MeshType.TupleName ? null : _owner._program.DefinitionOf(con);
            if (def is null || def.Kind == TypeDefinitionKind.Struct)
            {
                return CompareFields(a, b, FieldTypes(con), 0);
            }
            // Variants order by declaration, then by their fields.
            var tagA = LoadSlot(a, 0, MirType.Int);
            var tagB = LoadSlot(b, 0, MirType.Int);
            var result = Temp(MirType.Int);
            var byTag = CompareValues(tagA, tagB, MeshType.Int);
            _b.Emit(new AssignInst(result, byTag));
            var sameTag = EmitBinary(MirBinaryOp.IntEq, byTag, new IntConst(0), MirType.Bool, default);
            var compareFields = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(sameTag, compareFields, done));
            _b.SwitchTo(compareFields);
            var byFields = SwitchOnVariant(tagA, def, MirType.Int, variant => CompareFields(a, b, FieldTypes(con, variant), 1));
            _b.Emit(new AssignInst(result, byFields));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(result);
        }

        /// <summary>
        /// Lists compare item by item; the first difference decides, then the shorter list is
        /// smaller. With <paramref name="equality"/> the result is a Bool, otherwise -1/0/1.
        /// </summary>
        private MirOperand BuildListCompare(MirOperand a, MirOperand b, MeshType element, bool equality)
        {
            var lengthA = LoadSlot(a, 0, MirType.Int);
            var lengthB = LoadSlot(b, 0, MirType.Int);
            var result = Temp(MirType.Int);
            _b.Emit(new AssignInst(result, new IntConst(0)));
            var done = _b.NewBlock();
            var shorter = Temp(MirType.Int);
            var aShorter = EmitBinary(MirBinaryOp.IntLt, lengthA, lengthB, MirType.Bool, default);
            var pickA = _b.NewBlock();
            var pickB = _b.NewBlock();
            var scan = _b.NewBlock();
            _b.Terminate(new BranchTerm(aShorter, pickA, pickB));
            _b.SwitchTo(pickA);
            _b.Emit(new AssignInst(shorter, lengthA));
            _b.Terminate(new GotoTerm(scan));
            _b.SwitchTo(pickB);
            _b.Emit(new AssignInst(shorter, lengthB));
            _b.Terminate(new GotoTerm(scan));
            _b.SwitchTo(scan);
            ForEachIndex(new LocalOperand(shorter), i =>
            {
                var itemA = ListItem(a, i, element);
                var itemB = ListItem(b, i, element);
                var next = _b.NewBlock();
                if (equality)
                {
                    var same = EqualValues(itemA, itemB, element);
                    var differ = _b.NewBlock();
                    _b.Terminate(new BranchTerm(same, next, differ));
                    _b.SwitchTo(differ);
                    _b.Emit(new AssignInst(result, new IntConst(1)));
                    _b.Terminate(new GotoTerm(done));
                }
                else
                {
                    var order = CompareValues(itemA, itemB, element);
                    _b.Emit(new AssignInst(result, order));
                    var same = EmitBinary(MirBinaryOp.IntEq, order, new IntConst(0), MirType.Bool, default);
                    _b.Terminate(new BranchTerm(same, next, done));
                }
                _b.SwitchTo(next);
            });
            // Every common item is equal: the lengths decide.
            _b.Emit(new AssignInst(result, CompareValues(lengthA, lengthB, MeshType.Int)));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return equality
                ? EmitBinary(MirBinaryOp.IntEq, new LocalOperand(result), new IntConst(0), MirType.Bool, default)
                : new LocalOperand(result);
        }

        // ---- messages: values are copied between actors as flat buffers ----

        private void EncodeValue(MirOperand msg, MirOperand value, MeshType type)
        {
            var t = value.Type;
            if (t == MirType.Int || t == MirType.Pid)
            {
                EmitRuntime(RuntimeFunctions.MsgPutInt, msg, value);
            }
            else if (t == MirType.Float)
            {
                EmitRuntime(RuntimeFunctions.MsgPutFloat, msg, value);
            }
            else if (t == MirType.String)
            {
                EmitRuntime(RuntimeFunctions.MsgPutString, msg, value);
            }
            else if (t == MirType.Bool)
            {
                EmitRuntime(RuntimeFunctions.MsgPutInt, msg, BoolToInt(value));
            }
            else if (t == MirType.Object && type is FunType)
            {
                // Code pointers mean nothing in another process; the checker should reject this first.
                var fail = _b.NewBlock();
                _b.Terminate(new GotoTerm(fail));
                _b.SwitchTo(fail);
                _b.Terminate(new PanicTerm("functions cannot be sent in messages", new MirCallSite(PanicSource, 0, 0)));
                _b.SwitchTo(_b.NewBlock());
            }
            else if (t == MirType.Object)
            {
                Call(_owner.RequestHelper(HelperKind.Encode, type), MirType.Unit, msg, value);
            }
        }

        private MirOperand DecodeValue(MirOperand reader, MeshType type)
        {
            var t = MapType(type);
            if (t == MirType.Int)
            {
                return EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            }
            if (t == MirType.Pid)
            {
                var pid = Temp(MirType.Pid);
                _b.Emit(new AssignInst(pid, EmitRuntime(RuntimeFunctions.MsgGetInt, reader)));
                return new LocalOperand(pid);
            }
            if (t == MirType.Float)
            {
                return EmitRuntime(RuntimeFunctions.MsgGetFloat, reader);
            }
            if (t == MirType.String)
            {
                return EmitRuntime(RuntimeFunctions.MsgGetString, reader);
            }
            if (t == MirType.Bool)
            {
                var raw = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                return EmitBinary(MirBinaryOp.IntNe, raw, new IntConst(0), MirType.Bool, default);
            }
            if (t == MirType.Object && type is FunType)
            {
                return NullPtr.Instance; // unreachable: encoding a function panics first
            }
            if (t == MirType.Object)
            {
                return Call(_owner.RequestHelper(HelperKind.Decode, type), MirType.Object, reader);
            }
            return UnitConst.Instance;
        }

        private void BuildEncode(MirOperand msg, MirOperand value, MeshType type)
        {
            var con = (TypeCon)type;
            if (CollectionEncode(msg, value, con))
            {
                return;
            }
            if (con.Name == "List")
            {
                var length = LoadSlot(value, 0, MirType.Int);
                EmitRuntime(RuntimeFunctions.MsgPutInt, msg, length);
                ForEachIndex(length, i => EncodeValue(msg, ListItem(value, i, con.Args[0]), con.Args[0]));
                return;
            }
            var def = con.Name == MeshType.TupleName ? null : _owner._program.DefinitionOf(con);
            if (def is null || def.Kind == TypeDefinitionKind.Struct)
            {
                var types = FieldTypes(con);
                for (var i = 0; i < types.Length; i++)
                {
                    EncodeValue(msg, LoadSlot(value, i, MapType(types[i])), types[i]);
                }
                return;
            }
            var tag = LoadSlot(value, 0, MirType.Int);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, tag);
            SwitchOnVariant(tag, def, MirType.Unit, variant =>
            {
                var types = FieldTypes(con, variant);
                for (var i = 0; i < types.Length; i++)
                {
                    EncodeValue(msg, LoadSlot(value, i + 1, MapType(types[i])), types[i]);
                }
                return UnitConst.Instance;
            });
        }

        private MirOperand BuildDecode(MirOperand reader, MeshType type)
        {
            var con = (TypeCon)type;
            if (CollectionDecode(reader, con) is { } collection)
            {
                return collection;
            }
            if (con.Name == "List")
            {
                var length = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                var list = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                ForEachIndex(length, i => _b.Emit(new StoreSlotAtInst(list, i, ListItemsOffset, DecodeValue(reader, con.Args[0]))));
                return list;
            }
            var def = con.Name == MeshType.TupleName ? null : _owner._program.DefinitionOf(con);
            if (def is null || def.Kind == TypeDefinitionKind.Struct)
            {
                return Alloc([.. FieldTypes(con).Select(t => DecodeValue(reader, t))]);
            }
            var tag = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            return SwitchOnVariant(tag, def, MirType.Object, variant =>
                Alloc([new IntConst(variant.Tag), .. FieldTypes(con, variant).Select(t => DecodeValue(reader, t))]));
        }
    }
}
