using System.Collections.Immutable;
using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// Supervisors: the body of a supervisor builds its child-spec table on its own heap and hands it
// to the runtime's supervisor loop (runtime/native/mesh_supervisor.c, which documents the layout).
public sealed partial class MirLowering
{
    /// <summary>The default <c>shutdown:</c> of a child, in a supervisor block or a spec built in code (OTP's 5000 ms).</summary>
    private const long DefaultChildShutdownMs = 5000;

    /// <summary>The encoder and entry of child specs whose start function is <paramref name="function"/>.</summary>
    private (string Encoder, string Entry) RequestChildSpecFunctions(string function, ImmutableArray<MeshType> captures)
    {
        var encoder = $"{function}$child_encode";
        var entry = $"{function}$child_entry";
        if (_done.TryAdd(encoder, null))
        {
            _pending.Enqueue(() => _done[encoder] = FunctionLowering.BuildChildSpecEncoder(this, encoder, captures));
        }
        if (_done.TryAdd(entry, null))
        {
            _pending.Enqueue(() => _done[entry] = FunctionLowering.BuildChildSpecEntry(this, entry, function, captures));
        }
        return (encoder, entry);
    }

    private sealed partial class FunctionLowering
    {
        private MirOperand LowerSupervisor(TSupervisor supervisor)
        {
            MirOperand starter = new IntConst(0);
            if (supervisor.Strategy == SupervisorStrategy.SimpleOneForOne && supervisor.Children is [var template])
            {
                starter = new FunctionRef(LowerStarter(template));
            }
            var slots = new List<MirOperand>
            {
                new IntConst((long)supervisor.Strategy),
                new IntConst(supervisor.MaxRestarts),
                new IntConst(supervisor.MaxSeconds),
                new IntConst(supervisor.Children.Length),
                starter,
                supervisor.RegisteredName is { } name ? new StringConst(name) : new IntConst(0),
                new StringConst(supervisor.Definition),
            };
            foreach (var child in supervisor.Children)
            {
                slots.Add(LowerExpr(child.Start));
                slots.Add(new IntConst((long)child.Restart));
                slots.Add(new IntConst(child.ShutdownMs));
                slots.Add(new StringConst(child.Id));
                slots.Add(new IntConst(child.IsSupervisor ? 1 : 0));
            }
            var spec = Alloc([.. slots]);
            EmitRuntime(RuntimeFunctions.SupervisorRun, spec);
            return UnitConst.Instance;
        }

        /// <summary>
        /// <c>int64_t starter(closure, reader)</c> for a simple_one_for_one template: decodes the
        /// arguments of a start_child request (encoded by <see cref="LowerStartChild"/> with the same
        /// types) and calls the template's start function with them, in the supervisor's process.
        /// </summary>
        private string LowerStarter(TChildSpec template)
        {
            var name = _b.Name + "$starter";
            var fun = (FunType)Concrete(template.Start.Type);
            var builder = new MirFunctionBuilder(name, MirFunctionKind.Normal, MirType.Pid);
            var closure = builder.AddParam("closure", MirType.Object);
            var reader = builder.AddParam("reader", MirType.Ptr);
            var lowering = new FunctionLowering(_owner, _fn, _typeArgs, builder);
            var args = fun.Params.Select(p => lowering.DecodeValue(new LocalOperand(reader), p)).ToImmutableArray();
            var pid = builder.Temp(MirType.Pid);
            builder.Emit(new CallClosureInst(pid, new LocalOperand(closure), args, MirType.Pid));
            builder.Terminate(new ReturnTerm(new LocalOperand(pid)));
            _owner._done[name] = builder.Finish();
            return name;
        }

        /// <summary>
        /// <c>Supervisor.child(id, start, …)</c>: the spec object runtime/native/mesh_supervisor.c
        /// documents, with an encoder for the start closure's captures (run by the caller of
        /// start_child) and an entry that decodes them and calls the start function (run by the
        /// supervisor at every start of the child).
        /// </summary>
        private MirOperand LowerSupervisorChild(TSupervisorChild child)
        {
            var (function, captures) = child.Start switch
            {
                TClosure c => (_owner.RequestClosure(this, c), LocalGeneric.ExpandCaptures(c.Captures).Select(x => Concrete(x.Type)).ToImmutableArray()),
                TFunctionValue f => (_owner.RequestFunctionValue(f.Function, ConcreteArgs(f.TypeArgs)), ImmutableArray<MeshType>.Empty),
                _ => throw new InvalidOperationException("a child spec's start must be a closure literal or a function name"),
            };
            var id = LowerExpr(child.Id);
            var closure = LowerExpr(child.Start);
            var shutdown = child.ShutdownMs is { } ms ? LowerExpr(ms) : new IntConst(DefaultChildShutdownMs);
            var (encoder, entry) = _owner.RequestChildSpecFunctions(function, captures);
            return Alloc(
            [
                id, closure, new FunctionRef(encoder), new FunctionRef(entry),
                new IntConst((long)child.Restart), shutdown, new IntConst((long)child.Shutdown), new IntConst(child.IsSupervisor ? 1 : 0),
            ]);
        }

        /// <summary><c>void encode(closure, msg)</c>: the captures of a child spec's start closure, for the supervisor.</summary>
        public static MirFunction BuildChildSpecEncoder(MirLowering owner, string name, ImmutableArray<MeshType> captures)
        {
            var builder = new MirFunctionBuilder(name, MirFunctionKind.Normal, MirType.Unit);
            var closure = new LocalOperand(builder.AddParam("closure", MirType.Object));
            var msg = new LocalOperand(builder.AddParam("msg", MirType.Ptr));
            var l = new FunctionLowering(owner, null, [], builder);
            for (var i = 0; i < captures.Length; i++)
            {
                l.EncodeValue(msg, l.LoadSlot(closure, i + 1, l.MapType(captures[i])), captures[i]);
            }
            builder.Terminate(new ReturnTerm(UnitConst.Instance));
            return builder.Finish();
        }

        /// <summary><c>int64_t entry(unused, reader)</c>: rebuilds the start closure in the supervisor's process and calls it.</summary>
        public static MirFunction BuildChildSpecEntry(MirLowering owner, string name, string function, ImmutableArray<MeshType> captures)
        {
            var builder = new MirFunctionBuilder(name, MirFunctionKind.Normal, MirType.Pid);
            builder.AddParam("unused", MirType.Object);
            var reader = new LocalOperand(builder.AddParam("reader", MirType.Ptr));
            var l = new FunctionLowering(owner, null, [], builder);
            var closure = l.Alloc([new FunctionRef(function), .. captures.Select(c => l.DecodeValue(reader, c))]);
            var pid = builder.Temp(MirType.Pid);
            builder.Emit(new CallClosureInst(pid, closure, [], MirType.Pid));
            builder.Terminate(new ReturnTerm(new LocalOperand(pid)));
            return builder.Finish();
        }

        /// <summary>
        /// <c>Pool.start_child(sup, args…)</c>: Ok(pid) of the new child, or Err with the reason its start
        /// failed or why the supervisor did not answer (the runtime builds the Result).
        /// </summary>
        private MirOperand LowerStartChild(TSupervisorStartChild call)
        {
            var target = LowerExpr(call.Target);
            var msg = EmitRuntime(RuntimeFunctions.MsgNew);
            foreach (var arg in call.Args)
            {
                EncodeValue(msg, LowerExpr(arg), Concrete(arg.Type));
            }
            var definition = new StringConst(TypeChecker.SupervisorDefinitionName(call.Supervisor));
            return EmitRuntime(RuntimeFunctions.SupervisorStartChild, target, msg, definition);
        }

        /// <summary>
        /// The definition name a Supervisor module call checks its pid against: the supervisor type
        /// of its <c>Pid&lt;s&gt;</c> argument ("": any supervisor, when that type is not known here).
        /// </summary>
        private StringConst SupervisorDefinitionOf(TExpr pid)
            => new(Concrete(pid.Type) is TypeCon { Name: "Pid", Args: [TypeCon { Name: var name }] } ? name : "");
    }
}
