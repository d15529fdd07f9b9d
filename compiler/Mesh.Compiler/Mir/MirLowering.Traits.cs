using System.Collections.Immutable;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Semantics.Stdlib;

namespace Mesh.Compiler.Mir;

// Interface method calls: by now every Self type is concrete, so each call goes straight to the
// impl's function (monomorphised dispatch, no tables at run time). Types without a program impl
// use the built-in behaviour of the trait (derived Display/Eq/Ord, numeric conversions).
public sealed partial class MirLowering
{
    private sealed partial class FunctionLowering
    {
        private MirOperand LowerTraitCall(TTraitCall call)
        {
            var args = call.Args.Select(a => LowerExpr(a)).ToArray();
            var self = Concrete(call.SelfType);
            var traitArgs = call.TraitArgs.Select(Concrete).ToImmutableArray();
            var signature = (FunType)Concrete(call.Signature);
            if (self is TypeCon con && _owner._program.FindImpl(call.Trait, con, traitArgs) is { } impl)
            {
                return CallImplMethod(impl, call.Method, signature, args);
            }
            var trait = call.Trait;
            if (trait == Trait.Into)
            {
                // `a.into()` is `Target.from(a)`.
                var target = (TypeCon)signature.Return;
                if (_owner._program.FindImpl(Trait.From, target, [self]) is { } from)
                {
                    return CallImplMethod(from, "from", new FunType([self], target), args);
                }
                return BuiltinFrom(target, self, args[0]);
            }
            if (trait == Trait.Json)
            {
                return LowerJsonDecode(args[0], self);
            }
            if (trait == Trait.Row)
            {
                return LowerRowDecode(args[0], self);
            }
            if (trait == Trait.Display)
            {
                return DisplayValue(args[0], self);
            }
            if (trait == Trait.Debug)
            {
                return DebugValue(args[0], self);
            }
            if (Trait.IsArithmetic(trait) || trait == Trait.Not)
            {
                return LowerPrimitiveOperator(trait, args, call.Span);
            }
            if (trait == Trait.Hash)
            {
                // The same hash maps and sets use for keys: equal values hash alike.
                return HashValue(args[0], self);
            }
            if (trait == Trait.Eq)
            {
                return EqualValues(args[0], args[1], self);
            }
            if (trait == Trait.Ord)
            {
                // -1/0/1 to Less/Equal/Greater (tags 0, 1, 2).
                var order = CompareValues(args[0], args[1], self);
                return Alloc([EmitBinary(MirBinaryOp.IntAdd, order, new IntConst(1), MirType.Int, call.Span)]);
            }
            if (trait == Trait.Default)
            {
                var type = MapType(self);
                return type == MirType.Int ? new IntConst(0)
                    : type == MirType.Float ? new FloatConst(0.0)
                    : type == MirType.Bool ? new BoolConst(false)
                    : type == MirType.String ? new StringConst("")
                    : throw new InvalidOperationException($"no default for {TypeFormatter.Format(self)}");
            }
            if (trait == Trait.From)
            {
                return BuiltinFrom(self, traitArgs[0], args[0]);
            }
            throw new InvalidOperationException($"no impl of {trait.Name} for {TypeFormatter.Format(self)}");
        }

        /// <summary><c>Float.from(1)</c>, <c>String.from(x)</c> for Int, Float and Bool.</summary>
        private MirOperand BuiltinFrom(MeshType target, MeshType source, MirOperand value)
            => MapType(target) == MirType.Float
                ? EmitRuntime(_owner.RuntimeFunctionFor(StdlibCatalog.Find("Int", "to_float")!, [MirType.Int], MirType.Float), value)
                : DisplayValue(value, source);

        /// <summary><c>1.add(2)</c>, <c>add(1, 2)</c>: the operator itself on Int, Float or Bool.</summary>
        private MirOperand LowerPrimitiveOperator(Trait trait, MirOperand[] args, Text.TextSpan span)
        {
            var type = args[0].Type;
            if (args.Length == 1)
            {
                var op = trait == Trait.Not ? MirUnaryOp.BoolNot : type == MirType.Float ? MirUnaryOp.FloatNeg : MirUnaryOp.IntNeg;
                var t = Temp(type);
                _b.Emit(new UnaryInst(t, op, args[0]));
                return new LocalOperand(t);
            }
            var isFloat = type == MirType.Float;
            if (!isFloat && (trait == Trait.Div || trait == Trait.Mod))
            {
                CheckDivisor(args[1], span);
            }
            var binary = trait == Trait.Add ? (isFloat ? MirBinaryOp.FloatAdd : MirBinaryOp.IntAdd)
                : trait == Trait.Sub ? (isFloat ? MirBinaryOp.FloatSub : MirBinaryOp.IntSub)
                : trait == Trait.Mul ? (isFloat ? MirBinaryOp.FloatMul : MirBinaryOp.IntMul)
                : trait == Trait.Div ? (isFloat ? MirBinaryOp.FloatDiv : MirBinaryOp.IntDiv)
                : isFloat ? MirBinaryOp.FloatRem : MirBinaryOp.IntRem;
            return EmitBinary(binary, args[0], args[1], type, span);
        }

        // ---- Debug: `inspect` ----

        /// <summary>A value as <c>inspect</c> shows it: strings quoted, structs as <c>Name { f: v }</c>.</summary>
        private MirOperand DebugValue(MirOperand value, MeshType type)
        {
            if (type is TypeCon { Name: "Atom" })
            {
                return Concat(new StringConst(":"), value);
            }
            if (value.Type == MirType.String && type is TypeCon { Name: "Json" })
            {
                return value;
            }
            if (value.Type == MirType.String)
            {
                return Concat(Concat(new StringConst("\""), value), new StringConst("\""));
            }
            return value.Type == MirType.Object
                ? Call(_owner.RequestHelper(HelperKind.Debug, type), MirType.String, value)
                : DisplayValue(value, type);
        }

        private MirOperand BuildDebug(MirOperand value, MeshType type)
        {
            if (UserImpl(Trait.Debug, type) is { } impl)
            {
                return CallImplMethod(impl, "inspect", new FunType([type], MeshType.String), [value]);
            }
            var con = (TypeCon)type;
            if (CollectionDisplay(value, con, debug: true) is { } collection)
            {
                return collection;
            }
            if (con.Name == MeshType.TupleName)
            {
                return FieldsText(value, con.Args, 0, _ => "", "(", ")", DebugValue);
            }
            if (con.Name == "List")
            {
                return ListText(value, con.Args[0], DebugValue);
            }
            var def = _owner._program.DefinitionOf(con)!;
            if (def.Kind == TypeDefinitionKind.Struct)
            {
                return def.Fields.Length == 0
                    ? new StringConst(def.Name + " {}")
                    : FieldsText(value, FieldTypes(con), 0, i => def.Fields[i].Name + ": ", def.Name + " { ", " }", DebugValue);
            }
            var tag = LoadSlot(value, 0, MirType.Int);
            return SwitchOnVariant(tag, def, MirType.String, variant => variant.Fields.Length == 0
                ? new StringConst(variant.Name)
                : FieldsText(value, FieldTypes(con, variant), 1, _ => "", variant.Name + "(", ")", DebugValue));
        }

        /// <summary>Calls the impl's function for <paramref name="method"/> at the concrete signature of this use.</summary>
        private MirOperand CallImplMethod(TraitImpl impl, string method, FunType signature, MirOperand[] args)
        {
            var function = impl.Methods[method];
            var scheme = function.Scheme;
            var bindings = new MeshType?[scheme.Params.Length];
            TraitImpl.Match(scheme.Body, signature, bindings);
            BindProjections(scheme, bindings);
            var typeArgs = bindings.Select(b => b ?? MeshType.Unit).ToImmutableArray();
            var name = _owner.RequestFunction(function, typeArgs);
            return Call(name, MapType(signature.Return), args);
        }

        /// <summary>
        /// Parameters that only a projection fixes (<c>T.Iter</c> of a loop over a <c>T: Iterable</c>)
        /// do not appear in the signature: they come from the impl for the concrete type.
        /// </summary>
        private void BindProjections(TypeScheme scheme, MeshType?[] bindings)
        {
            var progress = true;
            while (progress)
            {
                progress = false;
                foreach (var projection in scheme.Projections)
                {
                    if (bindings[projection.SelfParam] is not TypeCon self || _owner._program.FindImpl(projection.Trait, self) is not { } impl
                        || !impl.AssociatedTypes.TryGetValue(projection.Name, out var associated))
                    {
                        continue;
                    }
                    var concrete = ConcreteAssociated(impl, self, associated);
                    var before = bindings.Count(b => b is not null);
                    TraitImpl.Match(projection.Result, concrete, bindings);
                    progress |= bindings.Count(b => b is not null) > before;
                }
            }
        }

        /// <summary>An impl's associated type for a concrete Self (its <c>I.Item</c> parameters projected in turn).</summary>
        private MeshType ConcreteAssociated(TraitImpl impl, TypeCon self, MeshType associated)
        {
            var bindings = new MeshType?[impl.TypeParams.Length];
            TraitImpl.Match(impl.SelfType, self, bindings);
            return Substitution.Instantiate(associated, impl.CompleteBindings(bindings, () => MeshType.Unit, ConcreteProjection));
        }

        private MeshType ConcreteProjection(Trait trait, MeshType self, string name)
            => self is TypeCon con && _owner._program.FindImpl(trait, con) is { } impl && impl.AssociatedTypes.TryGetValue(name, out var associated)
                ? ConcreteAssociated(impl, con, associated)
                : MeshType.Unit;

        /// <summary>The program's impl of an operator or built-in trait for a concrete type, if any.</summary>
        private TraitImpl? UserImpl(Trait trait, MeshType type)
            => type is TypeCon con ? _owner._program.FindImpl(trait, con) : null;

        /// <summary><c>a + b</c> and friends on a type with an operator impl.</summary>
        private MirOperand? TryLowerOperatorImpl(TBinaryOp op, MirOperand left, MirOperand right, MeshType operandType, MeshType resultType)
        {
            var (trait, method) = op switch
            {
                TBinaryOp.Add => (Trait.Add, "add"),
                TBinaryOp.Sub => (Trait.Sub, "sub"),
                TBinaryOp.Mul => (Trait.Mul, "mul"),
                TBinaryOp.Div => (Trait.Div, "div"),
                TBinaryOp.Rem => (Trait.Mod, "mod"),
                _ => (null, ""),
            };
            var operand = Concrete(operandType);
            if (trait is null || UserImpl(trait, operand) is not { } impl)
            {
                return null;
            }
            return CallImplMethod(impl, method, new FunType([operand, operand], Concrete(resultType)), [left, right]);
        }

        private MirOperand? TryLowerUnaryImpl(TUnary unary, MirOperand operand)
        {
            var (trait, method) = unary.Op == TUnaryOp.Neg ? (Trait.Neg, "neg") : (Trait.Not, "not");
            var type = Concrete(unary.Operand.Type);
            return UserImpl(trait, type) is { } impl
                ? CallImplMethod(impl, method, new FunType([type], Concrete(unary.Type)), [operand])
                : null;
        }

        /// <summary>A helper's body when the program implements the trait itself (Display, Eq, Ord).</summary>
        private MirOperand? TryUserDisplay(MirOperand value, MeshType type)
            => UserImpl(Trait.Display, type) is { } impl ? CallImplMethod(impl, "to_string", new FunType([type], MeshType.String), [value]) : null;

        private MirOperand? TryUserEqual(MirOperand a, MirOperand b, MeshType type)
            => UserImpl(Trait.Eq, type) is { } impl ? CallImplMethod(impl, "eq", new FunType([type, type], MeshType.Bool), [a, b]) : null;

        private MirOperand? TryUserCompare(MirOperand a, MirOperand b, MeshType type)
        {
            if (UserImpl(Trait.Ord, type) is not { } impl)
            {
                return null;
            }
            var ordering = CallImplMethod(impl, "compare", new FunType([type, type], BuiltinTypes.Ordering.Apply([])), [a, b]);
            // Less/Equal/Greater (tags 0, 1, 2) to -1/0/1.
            return EmitBinary(MirBinaryOp.IntSub, LoadSlot(ordering, 0, MirType.Int), new IntConst(1), MirType.Int, default);
        }
    }
}
