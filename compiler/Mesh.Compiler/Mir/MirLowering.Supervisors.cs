using System.Collections.Immutable;
using Mesh.Compiler.Semantics;

namespace Mesh.Compiler.Mir;

// Supervisors: the body of a supervisor builds its child-spec table on its own heap and hands it
// to the runtime's supervisor loop (runtime/native/mesh_supervisor.c, which documents the layout).
public sealed partial class MirLowering
{
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
            };
            foreach (var child in supervisor.Children)
            {
                slots.Add(LowerExpr(child.Start));
                slots.Add(new IntConst((long)child.Restart));
                slots.Add(new IntConst(child.ShutdownMs));
                slots.Add(new StringConst(child.Id));
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

        /// <summary><c>Pool.start_child(sup, args…)</c>: Ok(pid) of the new child, or Err when the supervisor is not running.</summary>
        private MirOperand LowerStartChild(TSupervisorStartChild call)
        {
            var target = LowerExpr(call.Target);
            var msg = EmitRuntime(RuntimeFunctions.MsgNew);
            foreach (var arg in call.Args)
            {
                EncodeValue(msg, LowerExpr(arg), Concrete(arg.Type));
            }
            var pid = EmitRuntime(RuntimeFunctions.SupervisorStartChild, target, msg);
            var started = EmitBinary(MirBinaryOp.IntGt, pid, new IntConst(0), MirType.Bool, call.Span);
            var result = _b.NewLocal("started", MirType.Object);
            int ok = _b.NewBlock(), failed = _b.NewBlock(), join = _b.NewBlock();
            _b.Terminate(new BranchTerm(started, ok, failed));
            _b.SwitchTo(ok);
            _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Result.Variants[0].Tag), pid])));
            _b.Terminate(new GotoTerm(join));
            _b.SwitchTo(failed);
            _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Result.Variants[1].Tag), new StringConst("the supervisor is not running")])));
            _b.Terminate(new GotoTerm(join));
            _b.SwitchTo(join);
            return new LocalOperand(result);
        }
    }
}
