using System.Collections.Immutable;
using Mesh.Compiler.Driver;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Mir;

/// <summary>
/// Typed program → MIR. Monomorphises generic functions on demand (one MIR function per distinct
/// instantiation reachable from <c>main</c>), turns self tail calls into jumps, compiles
/// <c>case</c>/<c>receive</c> into tests and branches, and makes actor entry points.
/// </summary>
public sealed partial class MirLowering
{
    private readonly TypedProgram _program;
    private readonly Dictionary<string, MirFunction?> _done = [];
    private readonly Queue<Action> _pending = new();

    private MirLowering(TypedProgram program) => _program = program;

    public static MirProgram Lower(TypedProgram program)
    {
        var lowering = new MirLowering(program);
        var entry = lowering.RequestEntry(program.Main, []);
        while (lowering._pending.TryDequeue(out var work))
        {
            work();
        }
        var functions = lowering._done.Values.OfType<MirFunction>()
            .OrderBy(f => f.Name == entry ? 0 : 1)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new MirProgram(functions, entry, program.Sources);
    }

    private readonly Dictionary<string, RuntimeFunction> _stdlibFunctions = [];

    /// <summary>The ABI view of a stdlib function: where its signature has a bare type variable, an 8-byte slot.</summary>
    private RuntimeFunction RuntimeFunctionFor(Semantics.Stdlib.StdlibFunction function, ImmutableArray<MirType> args, MirType returns)
    {
        var type = function.Type;
        args = [.. args.Select((a, i) => i < type.Params.Length && type.Params[i] is TypeParam ? MirType.Slot : a)];
        returns = type.Return is TypeParam ? MirType.Slot : returns;
        var key = $"{function.Symbol}({string.Join(",", args)})->{returns}";
        if (!_stdlibFunctions.TryGetValue(key, out var runtime))
        {
            runtime = new RuntimeFunction(function.Symbol, args, returns);
            _stdlibFunctions[key] = runtime;
        }
        return runtime;
    }

    /// <summary>
    /// A closure's body as a function taking the closure object first; captures are read from it.
    /// A closure that is (or is inside) the value of a polymorphic let is lowered once per
    /// instantiation: its code depends only on the function instance it is written in and the
    /// types of those lets' variables, which make its name.
    /// </summary>
    private string RequestClosure(FunctionLowering enclosing, TClosure closure)
    {
        var name = enclosing.ClosureName(closure);
        if (_done.TryAdd(name, null))
        {
            var (instance, lets) = (enclosing.Instance, enclosing.InstanceLets);
            _pending.Enqueue(() => _done[name] = enclosing.LowerClosure(closure, name, instance, lets));
        }
        return name;
    }

    /// <summary>A named function as a value: a wrapper with the closure calling convention.</summary>
    private string RequestFunctionValue(FunctionSymbol fn, ImmutableArray<MeshType> typeArgs)
    {
        var target = RequestFunction(fn, typeArgs);
        var name = target + "$value";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = new FunctionLowering(this, fn, typeArgs, name).LowerFunctionValue(target));
        }
        return name;
    }

    private static string InstanceName(FunctionSymbol fn, ImmutableArray<MeshType> typeArgs)
        => typeArgs.IsDefaultOrEmpty ? fn.QualifiedName : $"{fn.QualifiedName}<{string.Join(",", typeArgs.Select(TypeFormatter.Format))}>";

    /// <summary>The MIR name of a function instance, lowering it later if it is new.</summary>
    private string RequestFunction(FunctionSymbol fn, ImmutableArray<MeshType> typeArgs)
    {
        var name = InstanceName(fn, typeArgs);
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = new FunctionLowering(this, fn, typeArgs, name).LowerBody());
        }
        return name;
    }

    /// <summary>The native entry point that runs an actor (or main) on its own coroutine.</summary>
    private string RequestEntry(FunctionSymbol fn, ImmutableArray<MeshType> typeArgs)
    {
        var name = InstanceName(fn, typeArgs) + "$entry";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = new FunctionLowering(this, fn, typeArgs, name).LowerEntry(RequestFunction(fn, typeArgs)));
        }
        return name;
    }

    private sealed partial class FunctionLowering
    {
        private readonly MirLowering _owner;
        private readonly FunctionSymbol? _fn;
        private readonly ImmutableArray<MeshType> _typeArgs;
        private readonly MirFunctionBuilder _b;
        private readonly Dictionary<int, MirLocal> _locals = [];
        private readonly List<MirLocal> _params = [];
        private int _loopHeader = -1;

        /// <summary>
        /// The types of the variables of the polymorphic lets whose value is being lowered for one
        /// use (<see cref="TLocalInstance"/>), by variable id, and those lets, innermost last. A
        /// closure lowered inside such a value inherits both.
        /// </summary>
        private ImmutableDictionary<int, MeshType> _instance = ImmutableDictionary<int, MeshType>.Empty;
        private ImmutableList<LocalGeneric> _instanceLets = [];

        public ImmutableDictionary<int, MeshType> Instance => _instance;

        public ImmutableList<LocalGeneric> InstanceLets => _instanceLets;

        /// <summary>
        /// <c>F$closureN</c> inside function (or closure) F; a closure written inside polymorphic
        /// lets' values is <c>Fn$closureN&lt;types&gt;</c> with Fn the function instance and the
        /// types those lets' variables have here, so every use at the same types shares one function.
        /// </summary>
        public string ClosureName(TClosure closure)
        {
            var around = _instanceLets.Where(l => l.Value.Span.Contains(closure.Span)).SelectMany(l => l.Variables).ToList();
            if (around.Count == 0)
            {
                return $"{Name}$closure{closure.Id}";
            }
            var root = _fn is null ? Name : InstanceName(_fn, _typeArgs);
            return $"{root}$closure{closure.Id}<{string.Join(",", around.Select(v => TypeFormatter.Format(_instance[v])))}>";
        }

        public FunctionLowering(MirLowering owner, FunctionSymbol fn, ImmutableArray<MeshType> typeArgs, string name)
        {
            _owner = owner;
            _fn = fn;
            _typeArgs = typeArgs.IsDefault ? [] : typeArgs;
            var fnType = (FunType)fn.Scheme.Body;
            _b = new MirFunctionBuilder(name, MirFunctionKind.Normal, MapType(fnType.Return)) { InheritsCallSite = StandardLibrary.IsLibrarySource(fn.Source) };
            _source = fn.Source;
        }

        private FunctionLowering(MirLowering owner, FunctionSymbol? fn, ImmutableArray<MeshType> typeArgs, MirFunctionBuilder builder)
        {
            _owner = owner;
            _fn = fn;
            _typeArgs = typeArgs;
            _b = builder;
            _source = fn?.Source;
        }

        /// <summary>Where panics are reported; helpers without source report the first file.</summary>
        private readonly SourceText? _source;

        private SourceText PanicSource => _source ?? _owner._program.Sources[0];

        private Substitution Types => _owner._program.Types;

        public MirFunction LowerBody()
        {
            foreach (var p in _fn!.Params)
            {
                var local = _b.AddParam(p.Name, MapType(p.Type));
                _locals[p.Id] = local;
                _params.Add(local);
            }
            // Self tail calls jump back here after rebinding the parameters.
            _loopHeader = _b.NewBlock();
            _b.Terminate(new GotoTerm(_loopHeader));
            _b.SwitchTo(_loopHeader);
            // Preemption point: every call and every tail-call iteration spends a reduction.
            EmitRuntime(RuntimeFunctions.ReductionTick);
            var value = LowerExpr(_fn.Body!, tail: true);
            _b.Terminate(new ReturnTerm(Coerce(value, _b.ReturnType)));
            return _b.Finish();
        }

        public string Name => _b.Name;

        public MirFunction LowerClosure(TClosure closure, string name, ImmutableDictionary<int, MeshType> instance, ImmutableList<LocalGeneric> instanceLets)
        {
            var fnType = (FunType)closure.Type;
            // This function's lowering is over (closures are lowered from the queue): borrow its state for the result type.
            var saved = _instance;
            _instance = instance;
            var returns = MapType(fnType.Return);
            _instance = saved;
            var builder = new MirFunctionBuilder(name, MirFunctionKind.Normal, returns) { InheritsCallSite = _b.InheritsCallSite };
            var lowering = new FunctionLowering(_owner, _fn, _typeArgs, builder) { _instance = instance, _instanceLets = instanceLets };
            var env = builder.AddParam("closure", MirType.Object);
            foreach (var p in closure.Params)
            {
                lowering._locals[p.Id] = builder.AddParam(p.Name, lowering.MapType(p.Type));
            }
            var captures = LocalGeneric.ExpandCaptures(closure.Captures);
            for (var i = 0; i < captures.Length; i++)
            {
                var capture = captures[i];
                var value = lowering.LoadSlot(new LocalOperand(env), i + 1, lowering.MapType(capture.Type));
                var local = builder.NewLocal(capture.Name, lowering.MapType(capture.Type));
                builder.Emit(new AssignInst(local, value));
                lowering._locals[capture.Id] = local;
            }
            var result = lowering.LowerExpr(closure.Body, tail: true);
            builder.Terminate(new ReturnTerm(Coerce(result, builder.ReturnType)));
            return builder.Finish();
        }

        public MirFunction LowerFunctionValue(string target)
        {
            var fnType = (FunType)_fn!.Scheme.Body;
            var returns = MapType(fnType.Return);
            _b.AddParam("closure", MirType.Object);
            var args = fnType.Params.Select((p, i) => (MirOperand)new LocalOperand(_b.AddParam($"a{i}", MapType(p)))).ToImmutableArray();
            var result = returns == MirType.Unit ? null : Temp(returns);
            _b.Emit(new CallInst(result, target, args));
            _b.Terminate(new ReturnTerm(result is null ? UnitConst.Instance : new LocalOperand(result)));
            return _b.Finish();
        }

        public MirFunction LowerEntry(string body)
        {
            var entry = new MirFunctionBuilder(_b.Name, MirFunctionKind.ActorEntry, MirType.Unit);
            var reader = entry.AddParam("args", MirType.Ptr);
            var lowering = new FunctionLowering(_owner, _fn, _typeArgs, entry);
            var args = _fn!.Params.Select(p => lowering.DecodeValue(new LocalOperand(reader), lowering.Concrete(p.Type))).ToImmutableArray();
            var fnType = (FunType)_fn.Scheme.Body;
            lowering.CallBodyWithTerminate(entry, body, args, MapType(fnType.Return));
            entry.Terminate(new ReturnTerm(UnitConst.Instance));
            return entry.Finish();
        }

        private MeshType Concrete(MeshType type)
        {
            var resolved = Types.Resolve(type);
            if (_instance.Count > 0)
            {
                resolved = WithInstance(resolved);
            }
            return _typeArgs.Length > 0 ? Substitution.Instantiate(resolved, _typeArgs) : resolved;
        }

        /// <summary>Replaces the variables of the polymorphic lets being lowered with this use's (already concrete) types.</summary>
        private MeshType WithInstance(MeshType type) => type switch
        {
            TypeVar v => _instance.TryGetValue(v.Id, out var concrete) ? concrete : v,
            TypeCon c when c.Args.Length > 0 => c with { Args = [.. c.Args.Select(WithInstance)] },
            FunType f => new FunType([.. f.Params.Select(WithInstance)], WithInstance(f.Return)),
            _ => type,
        };

        private MirType MapType(MeshType type) => Concrete(type) switch
        {
            TypeCon { Name: "Int" } => MirType.Int,
            TypeCon { Name: "Float" } => MirType.Float,
            TypeCon { Name: "Bool" } => MirType.Bool,
            TypeCon { Name: "String" or "Atom" } => MirType.String,
            // The opaque Json type is its compact JSON text.
            TypeCon { Name: "Json" } => MirType.String,
            TypeCon { Name: "Pid" } => MirType.Pid,
            TypeCon { Name: "()" } => MirType.Unit,
            TypeCon { Name: MeshType.TupleName or "List" or "Map" or "Set" or "Range" or "Queue" or MeshType.ChildSpecName } => MirType.Object,
            FunType => MirType.Object,
            TypeCon c when _owner._program.DefinitionOf(c) is not null => MirType.Object,
            // Unconstrained leftovers (an unused value's type) carry no data.
            _ => MirType.Unit,
        };

        private ImmutableArray<MeshType> ConcreteArgs(ImmutableArray<MeshType> typeArgs)
            => typeArgs.IsDefault ? _typeArgs : [.. typeArgs.Select(Concrete)];

        /// <summary>Where a panic at <paramref name="span"/> is reported: its first character's line and column.</summary>
        private MirCallSite Site(TextSpan span)
        {
            var position = PanicSource.GetPosition(span.Start);
            return new MirCallSite(PanicSource, position.Line, position.Column);
        }

        private static MirOperand Coerce(MirOperand value, MirType type)
            => type == MirType.Unit && value.Type != MirType.Unit ? UnitConst.Instance : value;

        private MirLocal Temp(MirType type) => _b.Temp(type);

        private MirOperand EmitBinary(MirBinaryOp op, MirOperand l, MirOperand r, MirType type, TextSpan span)
        {
            var t = Temp(type);
            _b.Emit(new BinaryInst(t, op, l, r, span));
            return new LocalOperand(t);
        }

        private MirOperand EmitRuntime(RuntimeFunction fn, params MirOperand[] args) => EmitRuntimeAt(null, fn, args);

        /// <summary>A runtime call that may panic, reported at <paramref name="site"/> (the Mesh call).</summary>
        private MirOperand EmitRuntimeAt(TextSpan? site, RuntimeFunction fn, params MirOperand[] args)
        {
            var callSite = site is { } span ? Site(span) : null;
            if (fn.Returns == MirType.Unit)
            {
                _b.Emit(new RuntimeCallInst(null, fn, [.. args], callSite));
                return UnitConst.Instance;
            }
            var t = Temp(fn.Returns);
            _b.Emit(new RuntimeCallInst(t, fn, [.. args], callSite));
            return new LocalOperand(t);
        }

        private MirOperand LowerExpr(TExpr expr, bool tail = false)
        {
            switch (expr)
            {
                case TIntLiteral i:
                    return new IntConst(i.Value);
                case TFloatLiteral f:
                    return new FloatConst(f.Value);
                case TBoolLiteral b:
                    return new BoolConst(b.Value);
                case TAtomLiteral atom:
                    return new StringConst(atom.Name);
                case TStringLiteral s:
                    return new StringConst(s.Value);
                case TUnitLiteral:
                    return UnitConst.Instance;
                case TLocalRef r:
                    return _locals.TryGetValue(r.Local.Id, out var local) ? new LocalOperand(local) : UnitConst.Instance;
                case TLocalInstance use:
                    return LowerLocalInstance(use);
                case TInterpolation interp:
                    return LowerInterpolation(interp);
                case TCall call:
                    return LowerCall(call, tail);
                case TBuiltinCall builtin:
                    return LowerBuiltin(builtin);
                case TStdlibCall stdlib:
                    return LowerStdlibCall(stdlib);
                case TBinary bin:
                    return LowerBinary(bin);
                case TUnary un:
                    {
                        var operand = LowerExpr(un.Operand);
                        if (operand.Type == MirType.Object && TryLowerUnaryImpl(un, operand) is { } overloaded)
                        {
                            return overloaded;
                        }
                        var type = MapType(un.Type);
                        var op = un.Op == TUnaryOp.Not ? MirUnaryOp.BoolNot : type == MirType.Float ? MirUnaryOp.FloatNeg : MirUnaryOp.IntNeg;
                        var t = Temp(type);
                        _b.Emit(new UnaryInst(t, op, operand));
                        return new LocalOperand(t);
                    }
                case TIf ifExpr:
                    return LowerIf(ifExpr, tail);
                case TBlock block:
                    return LowerBlock(block, tail);
                case TCase caseExpr:
                    return LowerCase(caseExpr, tail);
                case TReturn ret:
                    {
                        var value = ret.Value is null ? UnitConst.Instance : LowerExpr(ret.Value, tail: true);
                        _b.Terminate(new ReturnTerm(Coerce(value, _b.ReturnType)));
                        return UnitConst.Instance;
                    }
                case TSpawn spawn:
                    {
                        var msg = EmitRuntime(RuntimeFunctions.MsgNew);
                        foreach (var arg in spawn.Args)
                        {
                            EncodeValue(msg, LowerExpr(arg), Concrete(arg.Type));
                        }
                        var entry = _owner.RequestEntry(spawn.Actor, ConcreteArgs(spawn.TypeArgs));
                        var pid = EmitRuntime(RuntimeFunctions.ActorSpawn, new FunctionRef(entry), msg);
                        if (spawn.Actor.Kind == FunctionKind.Supervisor)
                        {
                            // before the pid is seen by anyone: requests to it are supervisor requests
                            EmitRuntime(RuntimeFunctions.SupervisorMark, pid, new StringConst(TypeChecker.SupervisorDefinitionName(spawn.Actor)));
                        }
                        return pid;
                    }
                case TSend send:
                    {
                        var target = LowerExpr(send.Target);
                        var value = LowerExpr(send.Message);
                        if (send.ByName)
                        {
                            target = WhereisOrPanic(target, send.Span);
                        }
                        var msg = EmitRuntime(RuntimeFunctions.MsgNew);
                        EncodeValue(msg, value, Concrete(send.Message.Type));
                        EmitRuntime(RuntimeFunctions.ActorSend, target, msg);
                        return UnitConst.Instance;
                    }
                case TSelf:
                    return EmitRuntime(RuntimeFunctions.ActorSelf);
                case TReceive receive:
                    return LowerReceive(receive, tail);
                case TReceiveAny receiveAny:
                    return LowerReceiveAny(receiveAny);
                case TServiceStart start:
                    return LowerServiceStart(start);
                case TServiceRequest request:
                    return LowerServiceRequest(request);
                case TTuple tuple:
                    return Alloc([.. tuple.Elements.Select(e => LowerExpr(e))]);
                case TClosure closure:
                    {
                        var name = _owner.RequestClosure(this, closure);
                        var captures = LocalGeneric.ExpandCaptures(closure.Captures);
                        return Alloc([new FunctionRef(name), .. captures.Select(c => _locals.TryGetValue(c.Id, out var l) ? (MirOperand)new LocalOperand(l) : UnitConst.Instance)]);
                    }
                case TFunctionValue value:
                    return Alloc([new FunctionRef(_owner.RequestFunctionValue(value.Function, ConcreteArgs(value.TypeArgs)))]);
                case TCallValue call:
                    {
                        var closure = LowerExpr(call.Callee);
                        var args = call.Args.Select(a => LowerExpr(a)).ToImmutableArray();
                        var returns = MapType(call.Type);
                        var target = returns == MirType.Unit ? null : Temp(returns);
                        _b.Emit(new CallClosureInst(target, closure, args, returns));
                        return target is null ? UnitConst.Instance : new LocalOperand(target);
                    }
                case TTry tryExpr:
                    return LowerTry(tryExpr);
                case TFor forExpr:
                    return LowerFor(forExpr);
                case TWhile whileExpr:
                    return LowerWhile(whileExpr);
                case TBreak:
                    _b.Terminate(new GotoTerm(_loops.Peek().Break));
                    return UnitConst.Instance;
                case TContinue:
                    _b.Terminate(new GotoTerm(_loops.Peek().Continue));
                    return UnitConst.Instance;
                case TList list:
                    return BuildList([.. list.Elements.Select(e => LowerExpr(e))]);
                case TTraitCall traitCall:
                    return LowerTraitCall(traitCall);
                case TConstruct construct:
                    {
                        var fields = construct.Fields.Select(f => LowerExpr(f));
                        return construct.Variant is { } variant
                            ? Alloc([new IntConst(variant.Tag), .. fields])
                            : Alloc([.. fields]);
                    }
                case TFieldGet get:
                    return LoadSlot(LowerExpr(get.Target), get.Index, MapType(get.Type));
                case TProjection projection:
                    return LowerProjection(projection.Value, projection.Steps, 0);
                case TStructUpdate update:
                    {
                        var baseValue = LowerExpr(update.Base);
                        var type = (TypeCon)Concrete(update.Type);
                        var slots = update.Definition.Fields
                            .Select((f, i) => LoadSlot(baseValue, i, MapType(Substitution.Instantiate(f.Type, type.Args))))
                            .ToArray();
                        foreach (var (index, value) in update.Updates)
                        {
                            slots[index] = LowerExpr(value);
                        }
                        return Alloc([.. slots]);
                    }
                case TSupervisor supervisor:
                    return LowerSupervisor(supervisor);
                case TSupervisorChild child:
                    return LowerSupervisorChild(child);
                case TSupervisorStartChild startChild:
                    return LowerStartChild(startChild);
                default:
                    throw new InvalidOperationException($"cannot lower {expr.GetType().Name}");
            }
        }

        /// <summary>
        /// A use of a let-bound local. If the let stayed polymorphic, its value (a syntactic value:
        /// building it has no effect) is built here with the use's types for the let's variables;
        /// a closure in it is lowered once per distinct instantiation and captures the same locals.
        /// </summary>
        private MirOperand LowerLocalInstance(TLocalInstance use)
        {
            if (use.Local.Generic is not { } generic)
            {
                return _locals.TryGetValue(use.Local.Id, out var local) ? new LocalOperand(local) : UnitConst.Instance;
            }
            return InInstance(use, generic, () => LowerExpr(generic.Value));
        }

        /// <summary>
        /// Runs <paramref name="lower"/> with a polymorphic let's type variables bound to one use's
        /// types: the let's value is built once per use, at that use's instantiation.
        /// </summary>
        private MirOperand InInstance(TLocalInstance use, LocalGeneric generic, Func<MirOperand> lower)
        {
            var (savedInstance, savedLets) = (_instance, _instanceLets);
            var instance = _instance;
            for (var i = 0; i < generic.Variables.Length && i < use.TypeArgs.Length; i++)
            {
                instance = instance.SetItem(generic.Variables[i], Concrete(use.TypeArgs[i]));
            }
            (_instance, _instanceLets) = (instance, _instanceLets.Add(generic));
            try
            {
                return lower();
            }
            finally
            {
                (_instance, _instanceLets) = (savedInstance, savedLets);
            }
        }

        private MirOperand LowerInterpolation(TInterpolation interp)
        {
            // Every part is evaluated first (left to right), then they are joined by as few calls as possible.
            // Int and Float parts stay numbers: the runtime displays them straight into the result.
            var parts = new List<MirOperand>(interp.Parts.Length);
            foreach (var part in interp.Parts)
            {
                var value = LowerExpr(part);
                bool number = interp.Parts.Length > 1 && (value.Type == MirType.Int || value.Type == MirType.Float);
                parts.Add(number ? value : DisplayValue(value, Concrete(part.Type)));
            }
            if (parts.TrueForAll(p => p.Type == MirType.String)) return ConcatAll(parts);

            MirOperand? acc = null;
            for (int next = 0; next < parts.Count;)
            {
                var group = new List<MirOperand>(4);
                if (acc is not null) group.Add(acc);
                while (group.Count < 4 && next < parts.Count) group.Add(parts[next++]);
                acc = group.TrueForAll(p => p.Type == MirType.String) ? ConcatAll(group) : ConcatMixed(group);
            }
            return acc!;
        }

        private MirOperand LowerCall(TCall call, bool tail)
        {
            var args = call.Args.Select(a => LowerExpr(a)).ToList();
            var typeArgs = ConcreteArgs(call.TypeArgs);
            if (tail && call.Function == _fn && _loopHeader >= 0 && typeArgs.SequenceEqual(_typeArgs))
            {
                // Self tail call: evaluate every argument first (they may read the parameters), then rebind.
                var temps = new List<MirOperand>();
                foreach (var arg in args)
                {
                    if (arg is LocalOperand)
                    {
                        var t = Temp(arg.Type);
                        _b.Emit(new AssignInst(t, arg));
                        temps.Add(new LocalOperand(t));
                    }
                    else
                    {
                        temps.Add(arg);
                    }
                }
                for (var i = 0; i < _params.Count; i++)
                {
                    _b.Emit(new AssignInst(_params[i], temps[i]));
                }
                _b.Terminate(new GotoTerm(_loopHeader));
                return UnitConst.Instance;
            }
            var name = _owner.RequestFunction(call.Function, typeArgs);
            var returnType = MapType(call.Type);
            // A call from user code into the library written in Mesh: a panic in there is reported here.
            var site = !_b.InheritsCallSite && StandardLibrary.IsLibrarySource(call.Function.Source) ? Site(call.Span) : null;
            if (returnType == MirType.Unit)
            {
                _b.Emit(new CallInst(null, name, [.. args], tail, site));
                return UnitConst.Instance;
            }
            var result = Temp(returnType);
            _b.Emit(new CallInst(result, name, [.. args], tail, site));
            return new LocalOperand(result);
        }

        private MirOperand LowerBuiltin(TBuiltinCall call)
        {
            var args = call.Args.Select(a => LowerExpr(a)).ToArray();
            if (call.Builtin == Builtin.Panic)
            {
                PanicWith(args[0], call.Span);
                return UnitConst.Instance;
            }
            return call.Builtin switch
            {
                Builtin.Println => EmitRuntime(RuntimeFunctions.Println, args),
                Builtin.Print => EmitRuntime(RuntimeFunctions.Print, args),
                _ => throw new InvalidOperationException(call.Builtin.ToString()),
            };
        }

        private MirOperand LowerBinary(TBinary bin)
        {
            if (bin.Op is TBinaryOp.And or TBinaryOp.Or)
            {
                return LowerShortCircuit(bin);
            }
            var l = LowerExpr(bin.Left);
            var r = LowerExpr(bin.Right);
            var operand = MapType(bin.OperandType);
            if (bin.Op == TBinaryOp.Concat)
            {
                return operand == MirType.String
                    ? EmitRuntime(RuntimeFunctions.StringConcat, l, r)
                    : EmitRuntime(RuntimeFunctions.ListConcat, l, r);
            }
            if (operand == MirType.String)
            {
                if (bin.Op is TBinaryOp.Eq or TBinaryOp.NotEq)
                {
                    var eq = EmitRuntime(RuntimeFunctions.StringEq, l, r);
                    return bin.Op == TBinaryOp.Eq ? eq : Not(eq);
                }
                var cmp = EmitRuntime(RuntimeFunctions.StringCompare, l, r);
                return EmitBinary(IntCompare(bin.Op), cmp, new IntConst(0), MirType.Bool, bin.Span);
            }
            if (operand == MirType.Unit)
            {
                return new BoolConst(bin.Op is TBinaryOp.Eq or TBinaryOp.LtEq or TBinaryOp.GtEq);
            }
            if (operand == MirType.Object)
            {
                if (TryLowerOperatorImpl(bin.Op, l, r, bin.OperandType, bin.Type) is { } overloaded)
                {
                    return overloaded;
                }
                var type = Concrete(bin.OperandType);
                if (bin.Op is TBinaryOp.Eq or TBinaryOp.NotEq)
                {
                    var eq = EqualValues(l, r, type);
                    return bin.Op == TBinaryOp.Eq ? eq : Not(eq);
                }
                var order = CompareValues(l, r, type);
                return EmitBinary(IntCompare(bin.Op), order, new IntConst(0), MirType.Bool, bin.Span);
            }
            if (operand == MirType.Bool)
            {
                return bin.Op switch
                {
                    TBinaryOp.Eq => EmitBinary(MirBinaryOp.BoolEq, l, r, MirType.Bool, bin.Span),
                    TBinaryOp.NotEq => EmitBinary(MirBinaryOp.BoolNe, l, r, MirType.Bool, bin.Span),
                    _ => throw new InvalidOperationException($"Bool has no {bin.Op}"),
                };
            }
            if (operand == MirType.Float)
            {
                var op = bin.Op switch
                {
                    TBinaryOp.Add => MirBinaryOp.FloatAdd,
                    TBinaryOp.Sub => MirBinaryOp.FloatSub,
                    TBinaryOp.Mul => MirBinaryOp.FloatMul,
                    TBinaryOp.Div => MirBinaryOp.FloatDiv,
                    TBinaryOp.Rem => MirBinaryOp.FloatRem,
                    TBinaryOp.Eq => MirBinaryOp.FloatEq,
                    TBinaryOp.NotEq => MirBinaryOp.FloatNe,
                    TBinaryOp.Lt => MirBinaryOp.FloatLt,
                    TBinaryOp.LtEq => MirBinaryOp.FloatLe,
                    TBinaryOp.Gt => MirBinaryOp.FloatGt,
                    TBinaryOp.GtEq => MirBinaryOp.FloatGe,
                    _ => throw new InvalidOperationException(bin.Op.ToString()),
                };
                return EmitBinary(op, l, r, MapType(bin.Type), bin.Span);
            }
            // Int and Pid.
            if (bin.Op is TBinaryOp.Div or TBinaryOp.Rem)
            {
                CheckDivisor(r, bin.Span);
            }
            var intOp = bin.Op switch
            {
                TBinaryOp.Add => MirBinaryOp.IntAdd,
                TBinaryOp.Sub => MirBinaryOp.IntSub,
                TBinaryOp.Mul => MirBinaryOp.IntMul,
                TBinaryOp.Div => MirBinaryOp.IntDiv,
                TBinaryOp.Rem => MirBinaryOp.IntRem,
                _ => IntCompare(bin.Op),
            };
            return EmitBinary(intOp, l, r, MapType(bin.Type), bin.Span);
        }

        private static MirBinaryOp IntCompare(TBinaryOp op) => op switch
        {
            TBinaryOp.Eq => MirBinaryOp.IntEq,
            TBinaryOp.NotEq => MirBinaryOp.IntNe,
            TBinaryOp.Lt => MirBinaryOp.IntLt,
            TBinaryOp.LtEq => MirBinaryOp.IntLe,
            TBinaryOp.Gt => MirBinaryOp.IntGt,
            TBinaryOp.GtEq => MirBinaryOp.IntGe,
            _ => throw new InvalidOperationException(op.ToString()),
        };

        /// <summary>Integer division by zero is a Mesh panic, not undefined behaviour.</summary>
        private void CheckDivisor(MirOperand divisor, TextSpan span)
        {
            if (divisor is IntConst { Value: not 0 })
            {
                return;
            }
            var isZero = EmitBinary(MirBinaryOp.IntEq, divisor, new IntConst(0), MirType.Bool, span);
            var panic = _b.NewBlock();
            var ok = _b.NewBlock();
            _b.Terminate(new BranchTerm(isZero, panic, ok));
            _b.SwitchTo(panic);
            _b.Terminate(new PanicTerm("division by zero", Site(span)));
            _b.SwitchTo(ok);
        }

        private MirOperand Not(MirOperand value)
        {
            var t = Temp(MirType.Bool);
            _b.Emit(new UnaryInst(t, MirUnaryOp.BoolNot, value));
            return new LocalOperand(t);
        }

        private MirOperand LowerShortCircuit(TBinary bin)
        {
            var result = Temp(MirType.Bool);
            var l = LowerExpr(bin.Left);
            _b.Emit(new AssignInst(result, l));
            var evalRight = _b.NewBlock();
            var join = _b.NewBlock();
            _b.Terminate(bin.Op == TBinaryOp.And ? new BranchTerm(l, evalRight, join) : new BranchTerm(l, join, evalRight));
            _b.SwitchTo(evalRight);
            var r = LowerExpr(bin.Right);
            _b.Emit(new AssignInst(result, r));
            _b.Terminate(new GotoTerm(join));
            _b.SwitchTo(join);
            return new LocalOperand(result);
        }

        private MirOperand LowerIf(TIf ifExpr, bool tail)
        {
            var type = MapType(ifExpr.Type);
            var result = type == MirType.Unit ? null : Temp(type);
            var cond = LowerExpr(ifExpr.Condition);
            var thenBlock = _b.NewBlock();
            var elseBlock = _b.NewBlock();
            var join = _b.NewBlock();
            _b.Terminate(new BranchTerm(cond, thenBlock, elseBlock));
            _b.SwitchTo(thenBlock);
            AssignAndJump(result, LowerExpr(ifExpr.Then, tail), join);
            _b.SwitchTo(elseBlock);
            AssignAndJump(result, ifExpr.Else is null ? UnitConst.Instance : LowerExpr(ifExpr.Else, tail), join);
            _b.SwitchTo(join);
            return result is null ? UnitConst.Instance : new LocalOperand(result);
        }

        private void AssignAndJump(MirLocal? result, MirOperand value, int join)
        {
            if (result is not null)
            {
                _b.Emit(new AssignInst(result, value));
            }
            _b.Terminate(new GotoTerm(join));
        }

        private MirOperand LowerBlock(TBlock block, bool tail)
        {
            foreach (var stmt in block.Statements)
            {
                switch (stmt)
                {
                    case TLet { Local.Generic: not null }:
                        break; // a polymorphic let's value is built at each use, at that use's types
                    case TLet let:
                        {
                            var value = LowerExpr(let.Value);
                            var local = _b.NewLocal(let.Local.Name, MapType(let.Local.Type));
                            _locals[let.Local.Id] = local;
                            _b.Emit(new AssignInst(local, Coerce(value, local.Type)));
                            break;
                        }
                    case TExprStmt e:
                        LowerExpr(e.Expr);
                        break;
                    case TLetPattern letPattern when PatternFacts.BindsPolymorphicName(letPattern.Pattern):
                        {
                            // Some names stayed polymorphic: each of those is built at its uses (as a
                            // polymorphic let), the other names are bound here. Building a syntactic
                            // value has no effect, so the order does not matter.
                            BindElements(letPattern.Pattern, letPattern.Value, LetMismatchBlock(letPattern));
                            break;
                        }
                    case TLetPattern letPattern:
                        {
                            var value = LowerExpr(letPattern.Value);
                            var mismatch = LetMismatchBlock(letPattern);
                            TestPattern(letPattern.Pattern, value, mismatch);
                            break;
                        }
                }
            }
            return block.Result is null ? UnitConst.Instance : LowerExpr(block.Result, tail);
        }

        /// <summary>
        /// Binds the monomorphic names of a let pattern that also binds polymorphic ones: element by
        /// element over a tuple written out, else (a destructuring pattern over a syntactic value,
        /// TypeChecker.GeneraliseElements) each name from its own part of the value, so the parts
        /// only the polymorphic names reach are never built here.
        /// </summary>
        private void BindElements(TPattern pattern, TExpr value, int mismatch)
        {
            if (!PatternFacts.BindsPolymorphicName(pattern))
            {
                TestPattern(pattern, LowerExpr(value), mismatch);
                return;
            }
            if (pattern is TTuplePattern tuplePattern && value is TTuple tuple && tuple.Elements.Length == tuplePattern.Elements.Length)
            {
                for (var i = 0; i < tuple.Elements.Length; i++)
                {
                    BindElements(tuplePattern.Elements[i], tuple.Elements[i], mismatch);
                }
                return;
            }
            foreach (var (local, steps) in PatternFacts.Bindings(pattern, []))
            {
                if (local.Generic is null)
                {
                    Bind(local, LowerProjection(value, steps, 0));
                }
            }
        }

        /// <summary>
        /// A part of a value: taken from the tuple, struct literal or polymorphic let it is written in
        /// when it is one (so nothing else of it is built), else loaded from the built value's slots.
        /// </summary>
        private MirOperand LowerProjection(TExpr value, ImmutableArray<(int Index, MeshType Type)> steps, int from)
        {
            if (from == steps.Length)
            {
                return LowerExpr(value);
            }
            switch (value)
            {
                case TTuple tuple when steps[from].Index < tuple.Elements.Length:
                    return LowerProjection(tuple.Elements[steps[from].Index], steps, from + 1);
                case TConstruct { Variant: null } construct when steps[from].Index < construct.Fields.Length:
                    return LowerProjection(construct.Fields[steps[from].Index], steps, from + 1);
                case TProjection inner:
                    return LowerProjection(inner.Value, [.. inner.Steps, .. steps.Skip(from)], 0);
                case TLocalInstance { Local.Generic: { } generic } use:
                    return InInstance(use, generic, () => LowerProjection(generic.Value, steps, from));
                default:
                    {
                        var part = LowerExpr(value);
                        for (var i = from; i < steps.Length; i++)
                        {
                            part = LoadSlot(part, steps[i].Index, MapType(steps[i].Type));
                        }
                        return part;
                    }
            }
        }

        /// <summary>Where a value that does not match a <c>let</c> pattern goes: a panic at the let.</summary>
        private int LetMismatchBlock(TLetPattern letPattern)
        {
            var mismatch = _b.NewBlock();
            var savedBlock = _b.CurrentBlock;
            _b.SwitchTo(mismatch);
            _b.Terminate(new PanicTerm("the value does not match the `let` pattern", Site(letPattern.Span)));
            _b.SwitchTo(savedBlock);
            return mismatch;
        }

        private MirOperand LowerCase(TCase caseExpr, bool tail)
        {
            var scrutinee = LowerExpr(caseExpr.Scrutinee);
            if (scrutinee is not LocalOperand)
            {
                var t = Temp(scrutinee.Type);
                _b.Emit(new AssignInst(t, scrutinee));
                scrutinee = new LocalOperand(t);
            }
            var type = MapType(caseExpr.Type);
            var result = type == MirType.Unit ? null : Temp(type);
            var join = _b.NewBlock();
            if (scrutinee.Type == MirType.Int && caseExpr.Arms.All(a => a.Guard is null && a.Pattern is TLiteralPattern or TWildcardPattern or TBindPattern))
            {
                LowerIntSwitch(caseExpr, scrutinee, result, join, tail);
            }
            else
            {
                foreach (var arm in caseExpr.Arms)
                {
                    var next = _b.NewBlock();
                    TestPattern(arm.Pattern, scrutinee, next);
                    if (arm.Guard is not null)
                    {
                        var guard = LowerExpr(arm.Guard);
                        var pass = _b.NewBlock();
                        _b.Terminate(new BranchTerm(guard, pass, next));
                        _b.SwitchTo(pass);
                    }
                    AssignAndJump(result, LowerExpr(arm.Body, tail), join);
                    _b.SwitchTo(next);
                }
                _b.Terminate(new PanicTerm("no case clause matches the value", Site(caseExpr.Span)));
            }
            _b.SwitchTo(join);
            return result is null ? UnitConst.Instance : new LocalOperand(result);
        }

        /// <summary>Int literal arms become one switch: a decision tree of depth one.</summary>
        private void LowerIntSwitch(TCase caseExpr, MirOperand scrutinee, MirLocal? result, int join, bool tail)
        {
            var cases = new List<(long, int)>();
            var seen = new HashSet<long>();
            var origin = _b.CurrentBlock;
            int? fallback = null;
            foreach (var arm in caseExpr.Arms)
            {
                var block = _b.NewBlock();
                _b.SwitchTo(block);
                if (arm.Pattern is TLiteralPattern { Literal: TIntLiteral lit })
                {
                    if (!seen.Add(lit.Value))
                    {
                        continue; // an earlier arm already takes this value
                    }
                    cases.Add((lit.Value, block));
                }
                else
                {
                    if (arm.Pattern is TBindPattern bind)
                    {
                        var local = _b.NewLocal(bind.Local.Name, scrutinee.Type);
                        _locals[bind.Local.Id] = local;
                        _b.Emit(new AssignInst(local, scrutinee));
                    }
                    fallback = block;
                }
                AssignAndJump(result, LowerExpr(arm.Body, tail), join);
                if (fallback is not null)
                {
                    break;
                }
            }
            if (fallback is null)
            {
                fallback = _b.NewBlock();
                _b.SwitchTo(fallback.Value);
                _b.Terminate(new PanicTerm("no case clause matches the value", Site(caseExpr.Span)));
            }
            _b.SwitchTo(origin);
            _b.Terminate(new SwitchTerm(scrutinee, [.. cases], fallback.Value));
        }

        /// <summary>Falls through when the pattern matches (binding its variables), else jumps to <paramref name="fail"/>.</summary>
        private void TestPattern(TPattern pattern, MirOperand value, int fail)
        {
            switch (pattern)
            {
                case TWildcardPattern:
                    return;
                case TErrorPattern:
                    _b.Terminate(new GotoTerm(fail));
                    return;
                case TBindPattern bind:
                    Bind(bind.Local, value);
                    return;
                case TAsPattern asPattern:
                    TestPattern(asPattern.Pattern, value, fail);
                    Bind(asPattern.Local, value);
                    return;
                case TTuplePattern tuple:
                    for (var i = 0; i < tuple.Elements.Length; i++)
                    {
                        TestPattern(tuple.Elements[i], LoadSlot(value, i, MapType(tuple.Elements[i].Type)), fail);
                    }
                    return;
                case TConstructorPattern ctor:
                    RequireHeader(value, MirBinaryOp.IntEq, ctor.Variant.Tag, ctor.Span, fail);
                    for (var i = 0; i < ctor.Fields.Length; i++)
                    {
                        TestPattern(ctor.Fields[i], LoadSlot(value, i + 1, MapType(ctor.Fields[i].Type)), fail);
                    }
                    return;
                case TStructPattern structPattern:
                    // A struct's fields are its slots, in definition order; fields left to `..` are not loaded.
                    for (var i = 0; i < structPattern.Fields.Length; i++)
                    {
                        if (structPattern.Fields[i] is not TWildcardPattern)
                        {
                            TestPattern(structPattern.Fields[i], LoadSlot(value, i, MapType(structPattern.Fields[i].Type)), fail);
                        }
                    }
                    return;
                case TConsPattern cons:
                    RequireHeader(value, MirBinaryOp.IntGt, 0, cons.Span, fail);
                    TestPattern(cons.Head, ListItem(value, new IntConst(0), cons.Head.Type), fail);
                    if (cons.Tail is not TWildcardPattern)
                    {
                        // The tail is a view (O(1), runtime/native/mesh_list.h): only made when the pattern looks at it.
                        TestPattern(cons.Tail, EmitRuntime(RuntimeFunctions.ListTail, value), fail);
                    }
                    return;
                case TListPattern list:
                    RequireHeader(value, MirBinaryOp.IntEq, list.Elements.Length, list.Span, fail);
                    for (var i = 0; i < list.Elements.Length; i++)
                    {
                        TestPattern(list.Elements[i], ListItem(value, new IntConst(i), list.Elements[i].Type), fail);
                    }
                    return;
                case TOrPattern or:
                    {
                        var matched = _b.NewBlock();
                        for (var i = 0; i < or.Alternatives.Length; i++)
                        {
                            var last = i == or.Alternatives.Length - 1;
                            var next = last ? fail : _b.NewBlock();
                            TestPattern(or.Alternatives[i], value, next);
                            _b.Terminate(new GotoTerm(matched));
                            if (!last)
                            {
                                _b.SwitchTo(next);
                            }
                        }
                        _b.SwitchTo(matched);
                        return;
                    }
                case TLiteralPattern lit:
                    {
                        var expected = LowerExpr(lit.Literal);
                        MirOperand matches = value.Type switch
                        {
                            var t when t == MirType.String => EmitRuntime(RuntimeFunctions.StringEq, value, expected),
                            var t when t == MirType.Float => EmitBinary(MirBinaryOp.FloatEq, value, expected, MirType.Bool, lit.Span),
                            var t when t == MirType.Bool => EmitBinary(MirBinaryOp.BoolEq, value, expected, MirType.Bool, lit.Span),
                            _ => EmitBinary(MirBinaryOp.IntEq, value, expected, MirType.Bool, lit.Span),
                        };
                        var ok = _b.NewBlock();
                        _b.Terminate(new BranchTerm(matches, ok, fail));
                        _b.SwitchTo(ok);
                        return;
                    }
                default:
                    throw new InvalidOperationException($"cannot lower pattern {pattern.GetType().Name}");
            }
        }

        /// <summary>Goes on only when the value's first word (a variant's tag, a list's length) compares as asked with <paramref name="expected"/>.</summary>
        private void RequireHeader(MirOperand value, MirBinaryOp op, long expected, TextSpan span, int fail)
        {
            var header = LoadSlot(value, 0, MirType.Int);
            var passes = EmitBinary(op, header, new IntConst(expected), MirType.Bool, span);
            var ok = _b.NewBlock();
            _b.Terminate(new BranchTerm(passes, ok, fail));
            _b.SwitchTo(ok);
        }

        /// <summary>
        /// Selective receive: scan the mailbox from the oldest message; the first message that some
        /// arm accepts is removed and handled; if none does, wait for a newer message (or time out).
        /// </summary>
        /// <summary>Tries the arms in order on a decoded message; the first match removes it from the mailbox.</summary>
        private void TryArms(ImmutableArray<TArm> arms, MirOperand message, MirLocal index, MirLocal? result, int join, int noMatch, bool tail)
        {
            foreach (var arm in arms)
            {
                var next = _b.NewBlock();
                TestPattern(arm.Pattern, message, next);
                if (arm.Guard is not null)
                {
                    var guard = LowerExpr(arm.Guard);
                    var pass = _b.NewBlock();
                    _b.Terminate(new BranchTerm(guard, pass, next));
                    _b.SwitchTo(pass);
                }
                EmitRuntime(RuntimeFunctions.MailboxRemove, new LocalOperand(index));
                AssignAndJump(result, LowerExpr(arm.Body, tail), join);
                _b.SwitchTo(next);
            }
            _b.Terminate(new GotoTerm(noMatch));
        }

        /// <summary>
        /// The kind of the mailbox entry <paramref name="reader"/> (from mesh_mailbox_at) points
        /// at, read in place: the runtime keeps it as the 8-byte word at offset 32 of the entry
        /// (slot 4; runtime/README.md, ABI), which spares a runtime call per message.
        /// </summary>
        private MirOperand MailboxEntryKind(MirOperand reader) => LoadSlot(reader, MailboxKindSlot, MirType.Int);

        private const int MailboxKindSlot = 4;

        /// <summary>EXIT (kind 1) and DOWN (kind 2) entries as <c>SystemMessage</c> values (layouts in runtime/README.md).</summary>
        private MirOperand DecodeSystemMessage(MirOperand reader, MirOperand kind)
        {
            var value = _b.NewLocal("system_message", MirType.Object);
            var isExit = EmitBinary(MirBinaryOp.IntEq, kind, new IntConst(1), MirType.Bool, default);
            var exit = _b.NewBlock();
            var down = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new BranchTerm(isExit, exit, down));
            _b.SwitchTo(exit);
            var pid = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            _b.Emit(new AssignInst(value, Alloc([new IntConst(0), pid, DecodeExitReason(reader)])));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(down);
            var monitorRef = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var downPid = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            _b.Emit(new AssignInst(value, Alloc([new IntConst(1), monitorRef, downPid, DecodeExitReason(reader)])));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return new LocalOperand(value);
        }

        /// <summary>An ExitReason value: its tag is the runtime's reason kind; slot 1 holds the text (read by Panic and Custom).</summary>
        private MirOperand DecodeExitReason(MirOperand reader)
        {
            var reasonKind = EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var text = EmitRuntime(RuntimeFunctions.MsgGetString, reader);
            return Alloc([reasonKind, text]);
        }

        private MirOperand LowerReceive(TReceive receive, bool tail)
        {
            var type = MapType(receive.Type);
            var result = type == MirType.Unit ? null : Temp(type);
            var messageType = MapType(receive.MessageType);
            var timeout = receive.Timeout is null ? new IntConst(-1) : LowerExpr(receive.Timeout);
            var index = _b.NewLocal("mailbox_index", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            var header = _b.NewBlock();
            var wait = _b.NewBlock();
            var have = _b.NewBlock();
            var join = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));

            _b.SwitchTo(header);
            var reader = EmitRuntime(RuntimeFunctions.MailboxAt, new LocalOperand(index));
            var empty = EmitBinary(MirBinaryOp.PtrIsNull, reader, NullPtr.Instance, MirType.Bool, receive.Span);
            _b.Terminate(new BranchTerm(empty, wait, have));

            _b.SwitchTo(wait);
            var woke = EmitRuntime(RuntimeFunctions.ReceiveWait, new LocalOperand(index), timeout);
            if (receive.Timeout is null)
            {
                _b.Terminate(new GotoTerm(header));
            }
            else
            {
                var after = _b.NewBlock();
                var timedOut = EmitBinary(MirBinaryOp.IntEq, woke, new IntConst(0), MirType.Bool, receive.Span);
                _b.Terminate(new BranchTerm(timedOut, after, header));
                _b.SwitchTo(after);
                AssignAndJump(result, receive.AfterBody is null ? UnitConst.Instance : LowerExpr(receive.AfterBody, tail), join);
            }

            _b.SwitchTo(have);
            // The entry's kind says whether it is one of our own messages or an EXIT/DOWN from
            // the runtime; each kind is decoded as its own type and tried on its own arms.
            var skip = _b.NewBlock();
            var kind = MailboxEntryKind(reader);
            var userBlock = _b.NewBlock();
            var systemBlock = _b.NewBlock();
            _b.Terminate(new SwitchTerm(kind, [(0, userBlock), (1, systemBlock), (2, systemBlock)], skip));

            _b.SwitchTo(userBlock);
            TryArms(receive.Arms, DecodeValue(reader, Concrete(receive.MessageType)), index, result, join, skip, tail);

            _b.SwitchTo(systemBlock);
            if (receive.SystemArms.Length > 0)
            {
                TryArms(receive.SystemArms, DecodeSystemMessage(reader, kind), index, result, join, skip, tail);
            }
            else
            {
                _b.Terminate(new GotoTerm(skip));
            }

            // No arm wants this entry: leave it in the mailbox and look at the next one.
            _b.SwitchTo(skip);
            _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), receive.Span));
            _b.Terminate(new GotoTerm(header));

            _b.SwitchTo(join);
            return result is null ? UnitConst.Instance : new LocalOperand(result);
        }
    }
}
