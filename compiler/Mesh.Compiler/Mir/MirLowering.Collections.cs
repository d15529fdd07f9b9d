using System.Collections.Immutable;
using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// Map, Set, Range, Tuple and Queue: the library functions generated inline, and the per-type
// helpers maps need. Maps and sets live in runtime/native/mesh_maps.c, which never looks inside a
// key: generated code passes each key as a slot with its hash ($hash<K>) and a way to compare two
// keys (see KeyArgs). Layouts are in docs/architecture.md ("Values").
public sealed partial class MirLowering
{
    private static class CollectionRuntime
    {
        private static RuntimeFunction Fn(string symbol, MirType returns, params MirType[] ps) => new(symbol, [.. ps], returns);

        private static readonly MirType O = MirType.Object;
        private static readonly MirType S = MirType.Slot;
        private static readonly MirType I = MirType.Int;
        private static readonly MirType P = MirType.Ptr;

        public static readonly RuntimeFunction MapNew = Fn("mesh_map_new", O);
        public static readonly RuntimeFunction MapSize = Fn("mesh_map_size", I, O);
        public static readonly RuntimeFunction MapPut = Fn("mesh_map_put", O, O, S, I, S, I, P);
        public static readonly RuntimeFunction SetAdd = Fn("mesh_set_add", O, O, S, I, I, P);
        public static readonly RuntimeFunction MapDelete = Fn("mesh_map_delete", O, O, S, I, I, P);
        public static readonly RuntimeFunction MapFind = Fn("mesh_map_find", I, O, S, I, I, P);
        public static readonly RuntimeFunction MapEntryValue = Fn("mesh_map_entry_value", S, O, I);
        public static readonly RuntimeFunction MapKeys = Fn("mesh_map_keys", O, O);
        public static readonly RuntimeFunction MapValues = Fn("mesh_map_values", O, O);
        public static readonly RuntimeFunction MapMerge = Fn("mesh_map_merge", O, O, O, I, P);
        public static readonly RuntimeFunction SetUnion = Fn("mesh_set_union", O, O, O, I, P);
        public static readonly RuntimeFunction SetIntersection = Fn("mesh_set_intersection", O, O, O, I, P);
        public static readonly RuntimeFunction SetDifference = Fn("mesh_set_difference", O, O, O, I, P);
        public static readonly RuntimeFunction StringHash = Fn("mesh_string_hash", I, MirType.String);
        public static readonly RuntimeFunction HashMix = Fn("mesh_hash_mix", I, I);
        public static readonly RuntimeFunction QueueNew = Fn("mesh_queue_new", O);
        public static readonly RuntimeFunction QueuePush = Fn("mesh_queue_push", O, O, S);
        public static readonly RuntimeFunction QueueSize = Fn("mesh_queue_size", I, O);
        public static readonly RuntimeFunction QueuePeek = Fn("mesh_queue_peek", S, O);
        public static readonly RuntimeFunction QueueDropFront = Fn("mesh_queue_drop_front", O, O);
        public static readonly RuntimeFunction QueueToList = Fn("mesh_queue_to_list", O, O);
    }

    /// <summary>
    /// <c>$hash&lt;T&gt;</c> (an Int consistent with ==) or <c>$keyeq&lt;T&gt;</c> (two keys as slots →
    /// 1 when equal, called by the runtime) for a concrete type, generated on first request.
    /// </summary>
    private string RequestKeyHelper(bool hash, MeshType type)
    {
        var name = $"${(hash ? "hash" : "keyeq")}<{TypeFormatter.Format(type)}>";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = FunctionLowering.BuildKeyHelper(this, hash, type, name));
        }
        return name;
    }

    private sealed partial class FunctionLowering
    {
        public static MirFunction BuildKeyHelper(MirLowering owner, bool hash, MeshType type, string name)
        {
            var lowering = new FunctionLowering(owner, null, [], new MirFunctionBuilder(name, MirFunctionKind.Normal, MirType.Int));
            var b = lowering._b;
            MirOperand result;
            if (hash)
            {
                result = lowering.BuildHash(new LocalOperand(b.AddParam("value", lowering.MapType(type))), type);
            }
            else
            {
                var slotA = new LocalOperand(b.AddParam("a", MirType.Slot));
                var slotB = new LocalOperand(b.AddParam("b", MirType.Slot));
                result = lowering.BoolToInt(lowering.EqualValues(lowering.FromSlot(slotA, type), lowering.FromSlot(slotB, type), type));
            }
            b.Terminate(new ReturnTerm(result));
            return b.Finish();
        }

        private static bool IsCollection(TypeCon type) => type.Name is "Map" or "Set" or "Range" or "Queue";

        private MirOperand ToSlot(MirOperand value)
        {
            if (value.Type == MirType.Slot)
            {
                return value;
            }
            var slot = Temp(MirType.Slot);
            _b.Emit(new ToSlotInst(slot, value));
            return new LocalOperand(slot);
        }

        private MirOperand FromSlot(MirOperand slot, MeshType type)
        {
            var t = MapType(type);
            if (t == MirType.Unit)
            {
                return UnitConst.Instance;
            }
            var value = Temp(t);
            _b.Emit(new FromSlotInst(value, slot));
            return new LocalOperand(value);
        }

        private MirOperand Assign(string name, MirType type, MirOperand value)
        {
            var local = _b.NewLocal(name, type);
            _b.Emit(new AssignInst(local, value));
            return new LocalOperand(local);
        }

        private void Set(MirOperand local, MirOperand value) => _b.Emit(new AssignInst(((LocalOperand)local).Local, value));

        private MirOperand IntOp(MirBinaryOp op, MirOperand a, MirOperand b) => EmitBinary(op, a, b, MirType.Int, default);

        // ---- keys ----

        /// <summary>A key as the map runtime takes it: the slot, its hash, and how to compare keys (kind, eq).</summary>
        private (MirOperand Slot, MirOperand Hash, MirOperand Kind, MirOperand Eq) KeyArgs(MirOperand key, MeshType type)
        {
            var hash = HashValue(key, type);
            var t = key.Type;
            if (t == MirType.Int || t == MirType.Pid || t == MirType.Bool || t == MirType.Unit)
            {
                return (ToSlot(key), hash, new IntConst(0), NullPtr.Instance);
            }
            if (t == MirType.String)
            {
                return (ToSlot(key), hash, new IntConst(1), NullPtr.Instance);
            }
            return (ToSlot(key), hash, new IntConst(2), new FunctionRef(_owner.RequestKeyHelper(hash: false, type)));
        }

        /// <summary>(kind, eq) for runtime functions that compare keys they already hold.</summary>
        private (MirOperand Kind, MirOperand Eq) KeyCompare(MeshType type)
        {
            var t = MapType(type);
            if (t == MirType.Int || t == MirType.Pid || t == MirType.Bool || t == MirType.Unit)
            {
                return (new IntConst(0), NullPtr.Instance);
            }
            return t == MirType.String
                ? (new IntConst(1), NullPtr.Instance)
                : (new IntConst(2), new FunctionRef(_owner.RequestKeyHelper(hash: false, type)));
        }

        /// <summary>A hash consistent with ==: equal values hash alike (so -0.0 and 0.0 do).</summary>
        private MirOperand HashValue(MirOperand value, MeshType type)
        {
            var t = value.Type;
            if (t == MirType.Unit)
            {
                return new IntConst(0);
            }
            if (t == MirType.String)
            {
                return EmitRuntime(CollectionRuntime.StringHash, value);
            }
            if (t == MirType.Object)
            {
                // With its own Eq the program decides what is equal: only its own Hash can agree
                // with that; without one every value of the type hashes alike (correct, but slow).
                if (UserImpl(Trait.Hash, type) is { } hashImpl)
                {
                    return CallImplMethod(hashImpl, "hash", new FunType([type], MeshType.Int), [value]);
                }
                if (UserImpl(Trait.Eq, type) is not null)
                {
                    return new IntConst(0);
                }
                return Call(_owner.RequestKeyHelper(hash: true, type), MirType.Int, value);
            }
            if (t == MirType.Float)
            {
                value = EmitBinary(MirBinaryOp.FloatAdd, value, new FloatConst(0.0), MirType.Float, default);
            }
            var bits = Temp(MirType.Int);
            _b.Emit(new FromSlotInst(bits, ToSlot(value)));
            return new LocalOperand(bits);
        }

        /// <summary>Folds hashes in order: h * 31 + each.</summary>
        private MirOperand Combine(MirOperand h, MirOperand next) => IntOp(MirBinaryOp.IntAdd, IntOp(MirBinaryOp.IntMul, h, new IntConst(31)), next);

        private MirOperand HashFields(MirOperand obj, ImmutableArray<MeshType> types, int firstSlot, MirOperand seed)
        {
            var h = seed;
            for (var i = 0; i < types.Length; i++)
            {
                h = Combine(h, HashValue(LoadSlot(obj, firstSlot + i, MapType(types[i])), types[i]));
            }
            return h;
        }

        private MirOperand BuildHash(MirOperand value, MeshType type)
        {
            var con = (TypeCon)type;
            MirOperand h;
            switch (con.Name)
            {
                case "List":
                    {
                        var length = LoadSlot(value, 0, MirType.Int);
                        h = Assign("h", MirType.Int, length);
                        ForEachIndex(length, i => Set(h, Combine(h, HashValue(ListItem(value, i, con.Args[0]), con.Args[0]))));
                        break;
                    }
                case "Map" or "Set":
                    {
                        // Equal maps may list their entries in different orders: sum the entries' hashes.
                        var keys = EmitRuntime(CollectionRuntime.MapKeys, value);
                        var values = con.Name == "Map" ? EmitRuntime(CollectionRuntime.MapValues, value) : null;
                        var length = LoadSlot(keys, 0, MirType.Int);
                        h = Assign("h", MirType.Int, length);
                        ForEachIndex(length, i =>
                        {
                            var entry = HashValue(ListItem(keys, i, con.Args[0]), con.Args[0]);
                            if (values is not null)
                            {
                                entry = Combine(entry, HashValue(ListItem(values, i, con.Args[1]), con.Args[1]));
                            }
                            Set(h, IntOp(MirBinaryOp.IntAdd, h, EmitRuntime(CollectionRuntime.HashMix, entry)));
                        });
                        break;
                    }
                case "Queue":
                    return HashValue(EmitRuntime(CollectionRuntime.QueueToList, value), MeshType.List(con.Args[0]));
                case "Range":
                    h = HashFields(value, [MeshType.Int, MeshType.Int], 0, new IntConst(2));
                    break;
                case MeshType.TupleName:
                    h = HashFields(value, con.Args, 0, new IntConst(con.Args.Length));
                    break;
                default:
                    {
                        var def = _owner._program.DefinitionOf(con)!;
                        if (def.Kind == TypeDefinitionKind.Struct)
                        {
                            h = HashFields(value, FieldTypes(con), 0, new IntConst(def.Fields.Length));
                            break;
                        }
                        var tag = LoadSlot(value, 0, MirType.Int);
                        h = SwitchOnVariant(tag, def, MirType.Int, variant => HashFields(value, FieldTypes(con, variant), 1, tag));
                        break;
                    }
            }
            return EmitRuntime(CollectionRuntime.HashMix, h);
        }

        // ---- the intrinsics ----

        private MirOperand LowerCollectionIntrinsic(TStdlibCall call, MirOperand[] args)
        {
            var symbol = call.Function.Symbol;
            var first = call.Args.Length > 0 ? Concrete(call.Args[0].Type) as TypeCon : null;
            switch (symbol)
            {
                case "@map_put":
                    {
                        var key = KeyArgs(args[1], first!.Args[0]);
                        return EmitRuntime(CollectionRuntime.MapPut, args[0], key.Slot, key.Hash, ToSlot(args[2]), key.Kind, key.Eq);
                    }
                case "@map_get" or "@map_get_or" or "@map_find" or "@map_index":
                    return LowerMapGet(call, args, first!);
                case "@map_has_key" or "@set_contains":
                    {
                        var key = KeyArgs(args[1], first!.Args[0]);
                        var found = EmitRuntime(CollectionRuntime.MapFind, args[0], key.Slot, key.Hash, key.Kind, key.Eq);
                        return EmitBinary(MirBinaryOp.IntGe, found, new IntConst(0), MirType.Bool, call.Span);
                    }
                case "@map_delete" or "@set_remove":
                    {
                        var key = KeyArgs(args[1], first!.Args[0]);
                        return EmitRuntime(CollectionRuntime.MapDelete, args[0], key.Slot, key.Hash, key.Kind, key.Eq);
                    }
                case "@set_add":
                    {
                        var key = KeyArgs(args[1], first!.Args[0]);
                        return EmitRuntime(CollectionRuntime.SetAdd, args[0], key.Slot, key.Hash, key.Kind, key.Eq);
                    }
                case "@map_is_empty":
                    return EmitBinary(MirBinaryOp.IntEq, EmitRuntime(CollectionRuntime.MapSize, args[0]), new IntConst(0), MirType.Bool, call.Span);
                case "@map_merge" or "@set_union" or "@set_intersection" or "@set_difference":
                    {
                        var (kind, eq) = KeyCompare(first!.Args[0]);
                        var function = symbol switch
                        {
                            "@map_merge" => CollectionRuntime.MapMerge,
                            "@set_union" => CollectionRuntime.SetUnion,
                            "@set_intersection" => CollectionRuntime.SetIntersection,
                            _ => CollectionRuntime.SetDifference,
                        };
                        return EmitRuntime(function, args[0], args[1], kind, eq);
                    }
                case "@map_from_list":
                    {
                        var pair = (TypeCon)((TypeCon)Concrete(call.Args[0].Type)).Args[0];
                        var map = Assign("map", MirType.Object, EmitRuntime(CollectionRuntime.MapNew));
                        ForEachIndex(LoadSlot(args[0], 0, MirType.Int), i =>
                        {
                            var item = ListItem(args[0], i, pair);
                            var key = KeyArgs(LoadSlot(item, 0, MapType(pair.Args[0])), pair.Args[0]);
                            var value = ToSlot(LoadSlot(item, 1, MapType(pair.Args[1])));
                            Set(map, EmitRuntime(CollectionRuntime.MapPut, map, key.Slot, key.Hash, value, key.Kind, key.Eq));
                        });
                        return map;
                    }
                case "@set_from_list":
                    {
                        var element = ((TypeCon)Concrete(call.Args[0].Type)).Args[0];
                        var set = Assign("set", MirType.Object, EmitRuntime(CollectionRuntime.MapNew));
                        ForEachIndex(LoadSlot(args[0], 0, MirType.Int), i =>
                        {
                            var key = KeyArgs(ListItem(args[0], i, element), element);
                            Set(set, EmitRuntime(CollectionRuntime.SetAdd, set, key.Slot, key.Hash, key.Kind, key.Eq));
                        });
                        return set;
                    }
                case "@range_new":
                    return Alloc([args[0], args[1]]);
                case "@range_start":
                    return LoadSlot(args[0], 0, MirType.Int);
                case "@range_end":
                    return LoadSlot(args[0], 1, MirType.Int);
                case "@range_length":
                    return RangeLength(args[0]);
                case "@range_contains":
                    {
                        var start = LoadSlot(args[0], 0, MirType.Int);
                        var end = LoadSlot(args[0], 1, MirType.Int);
                        var result = Assign("in_range", MirType.Bool, new BoolConst(false));
                        var check = _b.NewBlock();
                        var yes = _b.NewBlock();
                        var done = _b.NewBlock();
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLe, start, args[1], MirType.Bool, call.Span), check, done));
                        _b.SwitchTo(check);
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, args[1], end, MirType.Bool, call.Span), yes, done));
                        _b.SwitchTo(yes);
                        Set(result, new BoolConst(true));
                        _b.Terminate(new GotoTerm(done));
                        _b.SwitchTo(done);
                        return result;
                    }
                case "@range_to_list" or "@range_map":
                    {
                        var start = LoadSlot(args[0], 0, MirType.Int);
                        var length = RangeLength(args[0]);
                        var output = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        var resultElement = ((TypeCon)Concrete(call.Type)).Args[0];
                        ForEachIndex(length, i =>
                        {
                            MirOperand item = IntOp(MirBinaryOp.IntAdd, start, i);
                            if (symbol == "@range_map")
                            {
                                item = CallClosure(args[1], MapType(resultElement), item);
                            }
                            _b.Emit(new StoreSlotAtInst(output, i, ListItemsOffset, item));
                        });
                        return output;
                    }
                case "@range_filter":
                    {
                        var start = LoadSlot(args[0], 0, MirType.Int);
                        var length = RangeLength(args[0]);
                        var output = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        var kept = Assign("kept", MirType.Int, new IntConst(0));
                        ForEachIndex(length, i =>
                        {
                            var item = IntOp(MirBinaryOp.IntAdd, start, i);
                            var store = _b.NewBlock();
                            var next = _b.NewBlock();
                            _b.Terminate(new BranchTerm(CallClosure(args[1], MirType.Bool, item), store, next));
                            _b.SwitchTo(store);
                            _b.Emit(new StoreSlotAtInst(output, kept, ListItemsOffset, item));
                            Set(kept, IntOp(MirBinaryOp.IntAdd, kept, new IntConst(1)));
                            _b.Terminate(new GotoTerm(next));
                            _b.SwitchTo(next);
                        });
                        _b.Emit(new StoreSlotAtInst(output, new IntConst(0), 0, kept));
                        return output;
                    }
                case "@tuple_first":
                    return LoadSlot(args[0], 0, MapType(call.Type));
                case "@tuple_second":
                    return LoadSlot(args[0], 1, MapType(call.Type));
                case "@tuple_size":
                    return new IntConst(first!.Args.Length);
                case "@tuple_nth":
                    {
                        if (args[1] is IntConst { Value: var index })
                        {
                            return LoadSlot(args[0], (int)index, MapType(call.Type));
                        }
                        var inRange = _b.NewBlock();
                        var check = _b.NewBlock();
                        var fail = _b.NewBlock();
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntGe, args[1], new IntConst(0), MirType.Bool, call.Span), check, fail));
                        _b.SwitchTo(check);
                        _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, args[1], new IntConst(first!.Args.Length), MirType.Bool, call.Span), inRange, fail));
                        _b.SwitchTo(fail);
                        _b.Terminate(new PanicTerm("Tuple.nth: index out of range", Site(call.Span)));
                        _b.SwitchTo(inRange);
                        var type = MapType(call.Type);
                        if (type == MirType.Unit)
                        {
                            return UnitConst.Instance;
                        }
                        var element = Temp(type);
                        _b.Emit(new LoadSlotAtInst(element, args[0], args[1], 0));
                        return new LocalOperand(element);
                    }
                case "@queue_pop" or "@queue_peek":
                    {
                        var empty = EmitBinary(MirBinaryOp.IntEq, EmitRuntime(CollectionRuntime.QueueSize, args[0]), new IntConst(0), MirType.Bool, call.Span);
                        var fail = _b.NewBlock();
                        var ok = _b.NewBlock();
                        _b.Terminate(new BranchTerm(empty, fail, ok));
                        _b.SwitchTo(fail);
                        _b.Terminate(new PanicTerm($"Queue.{call.Function.Name}: the queue is empty", Site(call.Span)));
                        _b.SwitchTo(ok);
                        var item = FromSlot(EmitRuntime(CollectionRuntime.QueuePeek, args[0]), first!.Args[0]);
                        return symbol == "@queue_peek" ? item : Alloc([item, EmitRuntime(CollectionRuntime.QueueDropFront, args[0])]);
                    }
                default:
                    throw new InvalidOperationException($"unknown intrinsic {symbol}");
            }
        }

        private MirOperand RangeLength(MirOperand range)
        {
            var length = Assign("range_length", MirType.Int, IntOp(MirBinaryOp.IntSub, LoadSlot(range, 1, MirType.Int), LoadSlot(range, 0, MirType.Int)));
            var negative = EmitBinary(MirBinaryOp.IntLt, length, new IntConst(0), MirType.Bool, default);
            var clamp = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(negative, clamp, done));
            _b.SwitchTo(clamp);
            Set(length, new IntConst(0));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return length;
        }

        /// <summary>
        /// Map.get (a missing key gives the value type's zero: 0, 0.0, false, "", an empty
        /// collection, None; a panic for types without one), Map.get_or (the default) and Map.find (an Option).
        /// </summary>
        private MirOperand LowerMapGet(TStdlibCall call, MirOperand[] args, TypeCon map)
        {
            var valueType = map.Args[1];
            var key = KeyArgs(args[1], map.Args[0]);
            var entry = EmitRuntime(CollectionRuntime.MapFind, args[0], key.Slot, key.Hash, key.Kind, key.Eq);
            var resultType = MapType(call.Type);
            var result = resultType == MirType.Unit ? null : _b.NewLocal("value", resultType);
            var found = _b.NewBlock();
            var missing = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntGe, entry, new IntConst(0), MirType.Bool, call.Span), found, missing));

            _b.SwitchTo(found);
            var value = FromSlot(EmitRuntime(CollectionRuntime.MapEntryValue, args[0], entry), valueType);
            var some = call.Function.Symbol == "@map_find" ? Alloc([new IntConst(BuiltinTypes.Option.Variants[0].Tag), value]) : value;
            if (result is not null)
            {
                _b.Emit(new AssignInst(result, some));
            }
            _b.Terminate(new GotoTerm(done));

            _b.SwitchTo(missing);
            MirOperand? fallback = call.Function.Symbol switch
            {
                "@map_find" => Alloc([new IntConst(BuiltinTypes.Option.Variants[1].Tag)]),
                "@map_get_or" => args[2],
                "@map_index" => null,
                _ => ZeroValue(valueType),
            };
            if (fallback is null)
            {
                _b.Terminate(new PanicTerm(call.Function.Symbol == "@map_index" ? "map index: key not found" : "Map.get: key not found", Site(call.Span)));
            }
            else
            {
                if (result is not null)
                {
                    _b.Emit(new AssignInst(result, fallback));
                }
                _b.Terminate(new GotoTerm(done));
            }
            _b.SwitchTo(done);
            return result is null ? UnitConst.Instance : new LocalOperand(result);
        }

        /// <summary>The value Map.get gives for a missing key, or null for types without an obvious zero.</summary>
        private MirOperand? ZeroValue(MeshType type)
        {
            var t = MapType(type);
            if (t == MirType.Int)
            {
                return new IntConst(0);
            }
            if (t == MirType.Float)
            {
                return new FloatConst(0.0);
            }
            if (t == MirType.Bool)
            {
                return new BoolConst(false);
            }
            if (t == MirType.String)
            {
                return new StringConst("");
            }
            if (t == MirType.Unit)
            {
                return UnitConst.Instance;
            }
            switch (Concrete(type))
            {
                case TypeCon { Name: "List" }:
                    return EmitRuntime(RuntimeFunctions.ListAlloc, new IntConst(0));
                case TypeCon { Name: "Map" or "Set" }:
                    return EmitRuntime(CollectionRuntime.MapNew);
                case TypeCon { Name: "Queue" }:
                    return EmitRuntime(CollectionRuntime.QueueNew);
                case TypeCon { Name: "Range" }:
                    return Alloc([new IntConst(0), new IntConst(0)]);
                case TypeCon { Name: "Option" } option when _owner._program.DefinitionOf(option) == BuiltinTypes.Option:
                    return Alloc([new IntConst(BuiltinTypes.Option.Variants[1].Tag)]);
                case TypeCon { Name: MeshType.TupleName } tuple:
                    {
                        var zeros = new List<MirOperand>();
                        foreach (var element in tuple.Args)
                        {
                            if (ZeroValue(element) is not { } zero)
                            {
                                return null;
                            }
                            zeros.Add(zero);
                        }
                        return Alloc([.. zeros]);
                    }
                default:
                    return null;
            }
        }

        // ---- Display, equality and messages for the collection types ----

        /// <summary>
        /// A map, set, queue or range as Display (or, with <paramref name="debug"/>, Debug: the same shape with the
        /// items shown by Debug, so strings are quoted) shows it; null for other types.
        /// </summary>
        private MirOperand? CollectionDisplay(MirOperand value, TypeCon con, bool debug = false)
        {
            Func<MirOperand, MeshType, MirOperand> format = debug ? DebugValue : DisplayValue;
            switch (con.Name)
            {
                case "Range":
                    return Concat(Concat(DisplayValue(LoadSlot(value, 0, MirType.Int), MeshType.Int), new StringConst("..")),
                        DisplayValue(LoadSlot(value, 1, MirType.Int), MeshType.Int));
                case "Queue":
                    // Front first, like the list Queue.to_list gives: Queue[1, 2, 3].
                    return Concat(new StringConst("Queue"), format(EmitRuntime(CollectionRuntime.QueueToList, value), new TypeCon("List", [con.Args[0]])));
                case "Map" or "Set":
                    {
                        var isMap = con.Name == "Map";
                        var keys = EmitRuntime(CollectionRuntime.MapKeys, value);
                        var values = isMap ? EmitRuntime(CollectionRuntime.MapValues, value) : null;
                        var text = Assign("text", MirType.String, new StringConst(isMap ? "%{" : "#{"));
                        ForEachIndex(LoadSlot(keys, 0, MirType.Int), i =>
                        {
                            var separator = _b.NewBlock();
                            var item = _b.NewBlock();
                            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntEq, i, new IntConst(0), MirType.Bool, default), item, separator));
                            _b.SwitchTo(separator);
                            Set(text, Concat(text, new StringConst(", ")));
                            _b.Terminate(new GotoTerm(item));
                            _b.SwitchTo(item);
                            Set(text, Concat(text, format(ListItem(keys, i, con.Args[0]), con.Args[0])));
                            if (values is not null)
                            {
                                Set(text, Concat(Concat(text, new StringConst(" => ")), format(ListItem(values, i, con.Args[1]), con.Args[1])));
                            }
                        });
                        return Concat(text, new StringConst("}"));
                    }
                default:
                    return null;
            }
        }

        private MirOperand? CollectionEqual(MirOperand a, MirOperand b, TypeCon con)
        {
            switch (con.Name)
            {
                case "Range":
                    return EqualFields(a, b, [MeshType.Int, MeshType.Int], 0);
                case "Queue":
                    return BuildListCompare(EmitRuntime(CollectionRuntime.QueueToList, a), EmitRuntime(CollectionRuntime.QueueToList, b), con.Args[0], equality: true);
                case "Map" or "Set":
                    {
                        // The same keys, each with an equal value; the order does not matter.
                        var result = Assign("equal", MirType.Bool, new BoolConst(false));
                        var done = _b.NewBlock();
                        var scan = _b.NewBlock();
                        var sameSize = EmitBinary(MirBinaryOp.IntEq, EmitRuntime(CollectionRuntime.MapSize, a), EmitRuntime(CollectionRuntime.MapSize, b), MirType.Bool, default);
                        _b.Terminate(new BranchTerm(sameSize, scan, done));
                        _b.SwitchTo(scan);
                        var keys = EmitRuntime(CollectionRuntime.MapKeys, a);
                        var values = con.Name == "Map" ? EmitRuntime(CollectionRuntime.MapValues, a) : null;
                        ForEachIndex(LoadSlot(keys, 0, MirType.Int), i =>
                        {
                            var key = KeyArgs(ListItem(keys, i, con.Args[0]), con.Args[0]);
                            var entry = EmitRuntime(CollectionRuntime.MapFind, b, key.Slot, key.Hash, key.Kind, key.Eq);
                            var present = _b.NewBlock();
                            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntGe, entry, new IntConst(0), MirType.Bool, default), present, done));
                            _b.SwitchTo(present);
                            if (values is not null)
                            {
                                var other = FromSlot(EmitRuntime(CollectionRuntime.MapEntryValue, b, entry), con.Args[1]);
                                var same = _b.NewBlock();
                                _b.Terminate(new BranchTerm(EqualValues(ListItem(values, i, con.Args[1]), other, con.Args[1]), same, done));
                                _b.SwitchTo(same);
                            }
                        });
                        Set(result, new BoolConst(true));
                        _b.Terminate(new GotoTerm(done));
                        _b.SwitchTo(done);
                        return result;
                    }
                default:
                    return null;
            }
        }

        /// <summary>Maps and sets travel as their size and entries, queues as their items, ranges as two Ints.</summary>
        private bool CollectionEncode(MirOperand msg, MirOperand value, TypeCon con)
        {
            switch (con.Name)
            {
                case "Range":
                    EmitRuntime(RuntimeFunctions.MsgPutInt, msg, LoadSlot(value, 0, MirType.Int));
                    EmitRuntime(RuntimeFunctions.MsgPutInt, msg, LoadSlot(value, 1, MirType.Int));
                    return true;
                case "Queue":
                    EncodeValue(msg, EmitRuntime(CollectionRuntime.QueueToList, value), MeshType.List(con.Args[0]));
                    return true;
                case "Map" or "Set":
                    {
                        var keys = EmitRuntime(CollectionRuntime.MapKeys, value);
                        var values = con.Name == "Map" ? EmitRuntime(CollectionRuntime.MapValues, value) : null;
                        var length = LoadSlot(keys, 0, MirType.Int);
                        EmitRuntime(RuntimeFunctions.MsgPutInt, msg, length);
                        ForEachIndex(length, i =>
                        {
                            EncodeValue(msg, ListItem(keys, i, con.Args[0]), con.Args[0]);
                            if (values is not null)
                            {
                                EncodeValue(msg, ListItem(values, i, con.Args[1]), con.Args[1]);
                            }
                        });
                        return true;
                    }
                default:
                    return false;
            }
        }

        private MirOperand? CollectionDecode(MirOperand reader, TypeCon con)
        {
            switch (con.Name)
            {
                case "Range":
                    {
                        var start = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                        var end = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                        return Alloc([start, end]);
                    }
                case "Queue":
                    {
                        var length = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                        var queue = Assign("queue", MirType.Object, EmitRuntime(CollectionRuntime.QueueNew));
                        ForEachIndex(length, _ => Set(queue, EmitRuntime(CollectionRuntime.QueuePush, queue, ToSlot(DecodeValue(reader, con.Args[0])))));
                        return queue;
                    }
                case "Map" or "Set":
                    {
                        var length = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
                        var map = Assign("map", MirType.Object, EmitRuntime(CollectionRuntime.MapNew));
                        ForEachIndex(length, _ =>
                        {
                            var key = KeyArgs(DecodeValue(reader, con.Args[0]), con.Args[0]);
                            Set(map, con.Name == "Map"
                                ? EmitRuntime(CollectionRuntime.MapPut, map, key.Slot, key.Hash, ToSlot(DecodeValue(reader, con.Args[1])), key.Kind, key.Eq)
                                : EmitRuntime(CollectionRuntime.SetAdd, map, key.Slot, key.Hash, key.Kind, key.Eq));
                        });
                        return map;
                    }
                default:
                    return null;
            }
        }
    }
}
