using System.Collections.Immutable;
using Mesh.Compiler.Semantics;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Mir;

// Services, jobs, receive() and terminate blocks. The protocol (runtime/README.md, "Services
// and jobs"):
//   request (mailbox kind 6)  tag, caller pid, ref, then the handler's arguments; a cast has
//                              caller 0 and ref 0
//   reply   (mailbox kind 5)  ref, then the value. A call's ref is the monitor ref it holds on
//                              the service; `start` and jobs answer with ref = -(their pid)
// A waiting caller takes the reply with its ref or the DOWN of its monitor (mesh_reply_wait),
// so replies never mix with its own messages.
public sealed partial class MirLowering
{
    /// <summary>A service's process: runs init, acknowledges start, then serves requests in order.</summary>
    private string RequestServiceEntry(ServiceSymbol service)
    {
        var name = service.QualifiedName + "$service";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = FunctionLowering.BuildServiceEntry(this, service, name));
        }
        return name;
    }

    /// <summary>A job's process: rebuilds the closure from the copied captures, runs it, replies with the result.</summary>
    private string RequestJobEntry(string function, ImmutableArray<MeshType> captures, MeshType? argument, MeshType result)
    {
        var name = $"{function}$job{(argument is null ? "" : "$map")}";
        if (_done.TryAdd(name, null))
        {
            _pending.Enqueue(() => _done[name] = FunctionLowering.BuildJobEntry(this, name, function, captures, argument, result));
        }
        return name;
    }

    /// <summary>The entry a panicking actor's terminate block runs through (it decodes the spawn arguments again).</summary>
    private string RequestTerminateEntry(FunctionSymbol terminate, ImmutableArray<MeshType> typeArgs) => RequestEntry(terminate, typeArgs);

    private sealed partial class FunctionLowering
    {
        private const long RequestKind = 6;
        private const long ReplyKind = 5;

        // ---- services ----

        public static MirFunction BuildServiceEntry(MirLowering owner, ServiceSymbol service, string name)
        {
            var init = service.Init!;
            var builder = new MirFunctionBuilder(name, MirFunctionKind.ActorEntry, MirType.Unit);
            var reader = new LocalOperand(builder.AddParam("args", MirType.Ptr));
            var l = new FunctionLowering(owner, init, [], builder);
            var b = l._b;
            var initArgs = init.Params.Select(p => l.DecodeValue(reader, l.Concrete(p.Type))).ToImmutableArray();
            var starter = l.EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var stateType = l.MapType(((FunType)init.Scheme.Body).Return);
            var state = b.NewLocal("state", stateType);
            b.Emit(new CallInst(stateType == MirType.Unit ? null : state, owner.RequestFunction(init, []), initArgs));

            // init is done: `start` returns.
            var ack = l.EmitRuntime(RuntimeFunctions.MsgNew);
            l.EmitRuntime(RuntimeFunctions.MsgPutInt, ack, l.EmitBinary(MirBinaryOp.IntSub, new IntConst(0), l.EmitRuntime(RuntimeFunctions.ActorSelf), MirType.Int, default));
            l.EmitRuntime(RuntimeFunctions.ActorSendReply, starter, ack);

            var header = b.NewBlock();
            b.Terminate(new GotoTerm(header));
            b.SwitchTo(header);
            l.EmitRuntime(RuntimeFunctions.ReductionTick);
            var request = l.EmitRuntime(RuntimeFunctions.MailboxAt, new IntConst(0));
            var wait = b.NewBlock();
            var have = b.NewBlock();
            b.Terminate(new BranchTerm(l.EmitBinary(MirBinaryOp.PtrIsNull, request, NullPtr.Instance, MirType.Bool, default), wait, have));
            b.SwitchTo(wait);
            l.EmitRuntime(RuntimeFunctions.ReceiveWait, new IntConst(0), new IntConst(-1));
            b.Terminate(new GotoTerm(header));

            // Anything but a request (a stray message, an EXIT or DOWN) is dropped, as
            // gen_server's default handle_info does.
            b.SwitchTo(have);
            var discard = b.NewBlock();
            var dispatch = b.NewBlock();
            var kind = l.MailboxEntryKind(request);
            b.Terminate(new BranchTerm(l.EmitBinary(MirBinaryOp.IntEq, kind, new IntConst(RequestKind), MirType.Bool, default), dispatch, discard));
            b.SwitchTo(discard);
            l.EmitRuntime(RuntimeFunctions.MailboxRemove, new IntConst(0));
            b.Terminate(new GotoTerm(header));

            b.SwitchTo(dispatch);
            var tag = l.EmitRuntime(RuntimeFunctions.MsgGetInt, request);
            var caller = l.EmitRuntime(RuntimeFunctions.MsgGetInt, request);
            var reference = l.EmitRuntime(RuntimeFunctions.MsgGetInt, request);
            var cases = new List<(long, int)>();
            var origin = b.CurrentBlock;
            foreach (var handler in service.Handlers)
            {
                var block = b.NewBlock();
                cases.Add((handler.Tag, block));
                b.SwitchTo(block);
                var fn = handler.Function;
                var fnType = (FunType)fn.Scheme.Body;
                var args = fn.Params.Skip(1).Select(p => l.DecodeValue(request, l.Concrete(p.Type))).ToList();
                l.EmitRuntime(RuntimeFunctions.MailboxRemove, new IntConst(0));
                var returns = l.MapType(fnType.Return);
                var result = returns == MirType.Unit ? null : b.Temp(returns);
                b.Emit(new CallInst(result, owner.RequestFunction(fn, []), [new LocalOperand(state), .. args]));
                if (handler.IsCall)
                {
                    var replyType = ((TypeCon)l.Concrete(fnType.Return)).Args[1];
                    var pair = new LocalOperand(result!);
                    b.Emit(new AssignInst(state, Coerce(l.LoadSlot(pair, 0, stateType), stateType)));
                    var reply = l.EmitRuntime(RuntimeFunctions.MsgNew);
                    l.EmitRuntime(RuntimeFunctions.MsgPutInt, reply, reference);
                    l.EncodeValue(reply, l.LoadSlot(pair, 1, l.MapType(replyType)), replyType);
                    l.EmitRuntime(RuntimeFunctions.ActorSendReply, caller, reply);
                }
                else
                {
                    b.Emit(new AssignInst(state, result is null ? UnitConst.Instance : new LocalOperand(result)));
                }
                b.Terminate(new GotoTerm(header));
            }
            b.SwitchTo(origin);
            b.Terminate(new SwitchTerm(tag, [.. cases], discard));
            return b.Finish();
        }

        private MirOperand LowerServiceStart(TServiceStart start)
        {
            var msg = EmitRuntime(RuntimeFunctions.MsgNew);
            foreach (var arg in start.Args)
            {
                EncodeValue(msg, LowerExpr(arg), Concrete(arg.Type));
            }
            var self = EmitRuntime(RuntimeFunctions.ActorSelf);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, self);
            var refCell = Alloc([new IntConst(0)]);
            var pid = EmitRuntime(RuntimeFunctions.ActorSpawnMonitor, new FunctionRef(_owner.RequestServiceEntry(start.Service)), msg, refCell);
            var monitor = LoadSlot(refCell, 0, MirType.Int);
            var index = EmitRuntime(RuntimeFunctions.ReplyWait, Negate(pid), monitor, new IntConst(0), new IntConst(-1));
            var ok = _b.NewBlock();
            var failed = _b.NewBlock();
            var isReply = EmitBinary(MirBinaryOp.IntEq, EmitRuntime(RuntimeFunctions.MailboxKind, index), new IntConst(ReplyKind), MirType.Bool, start.Span);
            _b.Terminate(new BranchTerm(isReply, ok, failed));

            // init panicked (or the service was killed before it finished): so does start.
            _b.SwitchTo(failed);
            var reason = TakeDown(index);
            PanicWith(Concat(new StringConst($"{start.Service.Name}.start failed: init did not finish ("), reason, new StringConst(")")), start.Span);

            _b.SwitchTo(ok);
            EmitRuntime(RuntimeFunctions.MailboxRemove, index);
            EmitRuntime(RuntimeFunctions.ProcessDemonitor, monitor);
            return pid;
        }

        private MirOperand LowerServiceRequest(TServiceRequest request)
        {
            var pid = LowerExpr(request.Pid);
            var args = request.Args.Select(a => (Value: LowerExpr(a), Type: Concrete(a.Type))).ToList();
            var handler = request.Handler;
            var what = $"{request.Service.Name}.{handler.ClientName}";
            var msg = EmitRuntime(RuntimeFunctions.MsgNew);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, new IntConst(handler.Tag));
            if (!handler.IsCall)
            {
                EmitRuntime(RuntimeFunctions.MsgPutInt, msg, new IntConst(0));
                EmitRuntime(RuntimeFunctions.MsgPutInt, msg, new IntConst(0));
                foreach (var (arg, type) in args)
                {
                    EncodeValue(msg, arg, type);
                }
                EmitRuntime(RuntimeFunctions.ActorSendRequest, pid, msg);
                return UnitConst.Instance;
            }

            // A service calling itself would wait for its own reply forever.
            var self = EmitRuntime(RuntimeFunctions.ActorSelf);
            var toSelf = _b.NewBlock();
            var send = _b.NewBlock();
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntEq, pid, self, MirType.Bool, request.Span), toSelf, send));
            _b.SwitchTo(toSelf);
            PanicWith(new StringConst($"call to {what} from the service itself (it would wait for its own reply)"), request.Span);

            _b.SwitchTo(send);
            var monitor = EmitRuntime(RuntimeFunctions.ProcessMonitor, pid);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, self);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, monitor);
            foreach (var (arg, type) in args)
            {
                EncodeValue(msg, arg, type);
            }
            EmitRuntime(RuntimeFunctions.ActorSendRequest, pid, msg);
            var timeout = request.Timeout is null ? new IntConst(TServiceRequest.DefaultTimeoutMs) : LowerExpr(request.Timeout);
            var index = EmitRuntime(RuntimeFunctions.ReplyWait, monitor, monitor, new IntConst(0), timeout);

            var timedOut = _b.NewBlock();
            var arrived = _b.NewBlock();
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, index, new IntConst(0), MirType.Bool, request.Span), timedOut, arrived));
            _b.SwitchTo(timedOut);
            EmitRuntime(RuntimeFunctions.ProcessDemonitor, monitor);
            PanicWith(Concat(new StringConst($"call to {what} timed out after "), EmitRuntime(RuntimeFunctions.IntToString, timeout), new StringConst(" ms")), request.Span);

            _b.SwitchTo(arrived);
            var replied = _b.NewBlock();
            var died = _b.NewBlock();
            var isReply = EmitBinary(MirBinaryOp.IntEq, EmitRuntime(RuntimeFunctions.MailboxKind, index), new IntConst(ReplyKind), MirType.Bool, request.Span);
            _b.Terminate(new BranchTerm(isReply, replied, died));

            // The service died before replying (or was not running): the caller fails too.
            _b.SwitchTo(died);
            var reason = TakeDown(index);
            PanicWith(Concat(new StringConst($"call to {what} failed: the service exited ("), reason, new StringConst(")")), request.Span);

            _b.SwitchTo(replied);
            var reader = EmitRuntime(RuntimeFunctions.MailboxAt, index);
            EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var value = DecodeValue(reader, Concrete(request.Type));
            EmitRuntime(RuntimeFunctions.MailboxRemove, index);
            EmitRuntime(RuntimeFunctions.ProcessDemonitor, monitor); // also drops a DOWN that came meanwhile
            return value;
        }

        /// <summary>Removes the DOWN at <paramref name="index"/> and gives its reason as text (<c>Panic(boom)</c>, <c>Noproc</c>).</summary>
        private MirOperand TakeDown(MirOperand index)
        {
            var reader = EmitRuntime(RuntimeFunctions.MailboxAt, index);
            EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var reason = DecodeExitReason(reader);
            var text = DisplayValue(reason, BuiltinTypes.ExitReason.Apply([]));
            EmitRuntime(RuntimeFunctions.MailboxRemove, index);
            return text;
        }

        /// <summary>
        /// The pid registered under <paramref name="name"/>; a panic if there is none (Erlang's
        /// <c>Name ! Msg</c> raises badarg for a name nobody holds).
        /// </summary>
        private MirOperand WhereisOrPanic(MirOperand name, TextSpan span)
        {
            var pid = EmitRuntime(RuntimeFunctions.ProcessWhereis, name);
            var missing = EmitBinary(MirBinaryOp.IntEq, pid, new IntConst(0), MirType.Bool, default);
            var fail = _b.NewBlock();
            var found = _b.NewBlock();
            _b.Terminate(new BranchTerm(missing, fail, found));
            _b.SwitchTo(fail);
            PanicWith(Concat(new StringConst("send to \""), name, new StringConst("\": no process is registered under that name")), span);
            _b.SwitchTo(found);
            return pid;
        }

        private void PanicWith(MirOperand message, TextSpan span)
        {
            EmitRuntimeAt(span, RuntimeFunctions.PanicStringAtCallSite, message);
            _b.Terminate(UnreachableTerm.Instance);
        }

        private MirOperand Concat(params MirOperand[] parts) => ConcatAll(parts);

        private MirOperand Negate(MirOperand value) => EmitBinary(MirBinaryOp.IntSub, new IntConst(0), value, MirType.Int, default);

        // ---- receive() ----

        /// <summary>Takes the oldest user message, EXIT or DOWN (waiting for one); replies and requests stay.</summary>
        private MirOperand LowerReceiveAny(TReceiveAny receive)
        {
            var index = _b.NewLocal("mailbox_index", MirType.Int);
            _b.Emit(new AssignInst(index, new IntConst(0)));
            var header = _b.NewBlock();
            var wait = _b.NewBlock();
            var have = _b.NewBlock();
            var take = _b.NewBlock();
            var skip = _b.NewBlock();
            var done = _b.NewBlock();
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(header);
            var entry = EmitRuntime(RuntimeFunctions.MailboxAt, new LocalOperand(index));
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.PtrIsNull, entry, NullPtr.Instance, MirType.Bool, receive.Span), wait, have));
            _b.SwitchTo(wait);
            EmitRuntime(RuntimeFunctions.ReceiveWait, new LocalOperand(index), new IntConst(-1));
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(have);
            var kind = MailboxEntryKind(entry);
            _b.Terminate(new SwitchTerm(kind, [(0, take), (1, take), (2, take)], skip));
            _b.SwitchTo(skip);
            _b.Emit(new BinaryInst(index, MirBinaryOp.IntAdd, new LocalOperand(index), new IntConst(1), receive.Span));
            _b.Terminate(new GotoTerm(header));
            _b.SwitchTo(take);
            EmitRuntime(RuntimeFunctions.MailboxRemove, new LocalOperand(index));
            _b.Terminate(new GotoTerm(done));
            _b.SwitchTo(done);
            return UnitConst.Instance;
        }

        // ---- terminate blocks ----

        /// <summary>
        /// An actor with a terminate block registers it (for a panic, run by the runtime on the
        /// actor's stack) before its body, and runs it itself when the body returns.
        /// </summary>
        private void CallBodyWithTerminate(MirFunctionBuilder entry, string body, ImmutableArray<MirOperand> args, MirType returns)
        {
            var terminate = _fn!.Terminate;
            if (terminate is null)
            {
                entry.Emit(new CallInst(entry.Temp(returns), body, args));
                return;
            }
            var cleanupEntry = _owner.RequestTerminateEntry(terminate, _typeArgs);
            entry.Emit(new RuntimeCallInst(null, RuntimeFunctions.ActorOnExit, [new FunctionRef(cleanupEntry)]));
            entry.Emit(new CallInst(entry.Temp(returns), body, args));
            entry.Emit(new RuntimeCallInst(null, RuntimeFunctions.ActorOnExit, [NullPtr.Instance]));
            entry.Emit(new CallInst(null, _owner.RequestFunction(terminate, _typeArgs), args));
        }

        // ---- jobs ----

        private MirOperand LowerJob(TStdlibCall call, MirOperand[] args)
        {
            switch (call.Function.Symbol)
            {
                case "@job_async":
                    {
                        var result = ((TypeCon)Concrete(call.Type)).Args[0];
                        return SpawnJob(call.Args[0], args[0], null, null, result);
                    }
                case "@job_await":
                    return AwaitJob(args[0], new IntConst(-1), ResultOf(call));
                case "@job_await_timeout":
                    return AwaitJob(args[0], args[1], ResultOf(call));
                case "@job_map":
                    {
                        var list = args[0];
                        var element = ((TypeCon)Concrete(call.Args[0].Type)).Args[0];
                        var result = ResultOf(call);
                        var length = LoadSlot(list, 0, MirType.Int);
                        var pids = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        // Start every job first (they run in parallel), then collect in list order.
                        ForEachIndex(length, i =>
                            _b.Emit(new StoreSlotAtInst(pids, i, ListItemsOffset, SpawnJob(call.Args[1], args[1], ListItem(list, i, element), element, result))));
                        var output = EmitRuntime(RuntimeFunctions.ListAlloc, length);
                        ForEachIndex(length, i =>
                        {
                            var pid = Temp(MirType.Pid);
                            _b.Emit(new LoadSlotAtInst(pid, pids, i, ListItemsOffset));
                            _b.Emit(new StoreSlotAtInst(output, i, ListItemsOffset, AwaitJob(new LocalOperand(pid), new IntConst(-1), result)));
                        });
                        return output;
                    }
                default:
                    throw new InvalidOperationException($"unknown job intrinsic {call.Function.Symbol}");
            }
        }

        /// <summary>The <c>T</c> of a call returning <c>Result&lt;T, String&gt;</c> or <c>List&lt;Result&lt;T, String&gt;&gt;</c>.</summary>
        private MeshType ResultOf(TStdlibCall call)
        {
            var type = (TypeCon)Concrete(call.Type);
            if (type.Name == "List")
            {
                type = (TypeCon)type.Args[0];
            }
            return type.Args[0];
        }

        /// <summary>Spawns a job running <paramref name="work"/> (a closure literal or a named function, see the checker).</summary>
        private MirOperand SpawnJob(TExpr work, MirOperand closure, MirOperand? argument, MeshType? argumentType, MeshType result)
        {
            var (function, captures) = work switch
            {
                TClosure c => (_owner.RequestClosure(this, c), LocalGeneric.ExpandCaptures(c.Captures).Select(x => Concrete(x.Type)).ToImmutableArray()),
                TFunctionValue f => (_owner.RequestFunctionValue(f.Function, ConcreteArgs(f.TypeArgs)), ImmutableArray<MeshType>.Empty),
                _ => throw new InvalidOperationException("a job's function must be a closure literal or a function name"),
            };
            var msg = EmitRuntime(RuntimeFunctions.MsgNew);
            EmitRuntime(RuntimeFunctions.MsgPutInt, msg, EmitRuntime(RuntimeFunctions.ActorSelf));
            for (var i = 0; i < captures.Length; i++)
            {
                EncodeValue(msg, LoadSlot(closure, i + 1, MapType(captures[i])), captures[i]);
            }
            if (argument is not null)
            {
                EncodeValue(msg, argument, argumentType!);
            }
            var entry = _owner.RequestJobEntry(function, captures, argumentType, result);
            return EmitRuntime(RuntimeFunctions.ActorSpawnMonitor, new FunctionRef(entry), msg, Alloc([new IntConst(0)]));
        }

        public static MirFunction BuildJobEntry(MirLowering owner, string name, string function, ImmutableArray<MeshType> captures, MeshType? argument, MeshType result)
        {
            var builder = new MirFunctionBuilder(name, MirFunctionKind.ActorEntry, MirType.Unit);
            var reader = new LocalOperand(builder.AddParam("args", MirType.Ptr));
            var l = new FunctionLowering(owner, null, [], builder);
            var parent = l.EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var closure = l.Alloc([new FunctionRef(function), .. captures.Select(c => l.DecodeValue(reader, c))]);
            var args = argument is null ? [] : new[] { l.DecodeValue(reader, argument) };
            var value = l.CallClosure(closure, l.MapType(result), args);
            var reply = l.EmitRuntime(RuntimeFunctions.MsgNew);
            l.EmitRuntime(RuntimeFunctions.MsgPutInt, reply, l.Negate(l.EmitRuntime(RuntimeFunctions.ActorSelf)));
            l.EncodeValue(reply, value, result);
            l.EmitRuntime(RuntimeFunctions.ActorSendReply, parent, reply);
            builder.Terminate(new ReturnTerm(UnitConst.Instance));
            return builder.Finish();
        }

        /// <summary>
        /// <c>Ok(value)</c> from the job's reply, or <c>Err(why)</c> from its DOWN (the monitor
        /// <c>Job.async</c> set). On timeout the job is killed and the result is <c>Err("timeout")</c>
        /// unless it replied meanwhile. Either way nothing of the job is left in the mailbox.
        /// </summary>
        private MirOperand AwaitJob(MirOperand pid, MirOperand timeout, MeshType valueType)
        {
            var result = _b.NewLocal("job_result", MirType.Object);
            var timedOutFlag = _b.NewLocal("job_timed_out", MirType.Bool);
            _b.Emit(new AssignInst(timedOutFlag, new BoolConst(false)));
            var replyRef = Negate(pid);
            var index = _b.NewLocal("job_entry", MirType.Int);
            _b.Emit(new AssignInst(index, EmitRuntime(RuntimeFunctions.ReplyWait, replyRef, new IntConst(0), pid, timeout)));
            var expired = _b.NewBlock();
            var dispatch = _b.NewBlock();
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntLt, new LocalOperand(index), new IntConst(0), MirType.Bool, default), expired, dispatch));

            _b.SwitchTo(expired);
            _b.Emit(new AssignInst(timedOutFlag, new BoolConst(true)));
            EmitRuntime(RuntimeFunctions.ActorExit, pid, new IntConst(2), new StringConst(""));
            _b.Emit(new AssignInst(index, EmitRuntime(RuntimeFunctions.ReplyWait, replyRef, new IntConst(0), pid, new IntConst(-1))));
            _b.Terminate(new GotoTerm(dispatch));

            _b.SwitchTo(dispatch);
            var ok = _b.NewBlock();
            var failed = _b.NewBlock();
            var done = _b.NewBlock();
            var kind = EmitRuntime(RuntimeFunctions.MailboxKind, new LocalOperand(index));
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntEq, kind, new IntConst(ReplyKind), MirType.Bool, default), ok, failed));

            _b.SwitchTo(ok);
            var reader = EmitRuntime(RuntimeFunctions.MailboxAt, new LocalOperand(index));
            EmitRuntime(RuntimeFunctions.MsgGetInt, reader);
            var value = DecodeValue(reader, valueType);
            EmitRuntime(RuntimeFunctions.MailboxRemove, new LocalOperand(index));
            // The job exits right after replying: take its DOWN too.
            var down = EmitRuntime(RuntimeFunctions.ReplyWait, new IntConst(0), new IntConst(0), pid, new IntConst(-1));
            EmitRuntime(RuntimeFunctions.MailboxRemove, down);
            _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Result.Variants[0].Tag), value])));
            _b.Terminate(new GotoTerm(done));

            _b.SwitchTo(failed);
            var downReader = EmitRuntime(RuntimeFunctions.MailboxAt, new LocalOperand(index));
            EmitRuntime(RuntimeFunctions.MsgGetInt, downReader);
            EmitRuntime(RuntimeFunctions.MsgGetInt, downReader);
            var reasonKind = EmitRuntime(RuntimeFunctions.MsgGetInt, downReader);
            var reasonText = EmitRuntime(RuntimeFunctions.MsgGetString, downReader);
            EmitRuntime(RuntimeFunctions.MailboxRemove, new LocalOperand(index));
            var message = _b.NewLocal("job_error", MirType.String);
            _b.Emit(new AssignInst(message, reasonText));
            var crashed = _b.NewBlock();
            var checkTimeout = _b.NewBlock();
            var setTimeout = _b.NewBlock();
            var build = _b.NewBlock();
            _b.Terminate(new BranchTerm(EmitBinary(MirBinaryOp.IntEq, reasonKind, new IntConst(1), MirType.Bool, default), crashed, checkTimeout));
            _b.SwitchTo(crashed);
            _b.Emit(new AssignInst(message, Concat(new StringConst("crashed: "), reasonText)));
            _b.Terminate(new GotoTerm(checkTimeout));
            _b.SwitchTo(checkTimeout);
            _b.Terminate(new BranchTerm(new LocalOperand(timedOutFlag), setTimeout, build));
            _b.SwitchTo(setTimeout);
            _b.Emit(new AssignInst(message, new StringConst("timeout")));
            _b.Terminate(new GotoTerm(build));
            _b.SwitchTo(build);
            _b.Emit(new AssignInst(result, Alloc([new IntConst(BuiltinTypes.Result.Variants[1].Tag), new LocalOperand(message)])));
            _b.Terminate(new GotoTerm(done));

            _b.SwitchTo(done);
            return new LocalOperand(result);
        }
    }
}
