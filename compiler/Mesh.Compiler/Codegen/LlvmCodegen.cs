using System.Text;
using Mesh.Compiler.Llvm;
using Mesh.Compiler.Mir;

namespace Mesh.Compiler.Codegen;

/// <summary>
/// MIR → LLVM IR. Every MIR local gets a stack slot (LLVM's mem2reg turns them into registers
/// at -O1 and above); MIR blocks map one-to-one onto LLVM blocks. The module also gets the C
/// <c>main</c>, which hands the program's entry actor to the runtime.
/// </summary>
public sealed class LlvmCodegen
{
    private readonly MirProgram _program;
    private readonly LlvmContext _ctx;
    private readonly LlvmModule _module;
    private readonly LlvmBuilder _builder;
    private readonly Dictionary<string, LlvmValue> _functions = [];

    /// <summary>Functions that report panics at their caller's call site (<see cref="MirFunction.InheritsCallSite"/>).</summary>
    private readonly HashSet<string> _inheritsCallSite = [];
    private readonly Dictionary<string, LlvmValue> _runtime = [];
    private readonly Dictionary<string, LlvmValue> _strings = [];
    private readonly Dictionary<string, LlvmValue> _callSites = [];
    private readonly Dictionary<string, LlvmValue> _byteConstants = [];

    private LlvmCodegen(MirProgram program, LlvmContext ctx, LlvmTargetMachine target, string moduleName)
    {
        _program = program;
        _ctx = ctx;
        _module = ctx.CreateModule(moduleName, target);
        _builder = ctx.CreateBuilder();
    }

    /// <summary>Builds the module and verifies it (an <see cref="LlvmException"/> if invalid); the caller owns (and disposes) it.</summary>
    public static LlvmModule Generate(MirProgram program, LlvmContext context, LlvmTargetMachine target, string moduleName)
    {
        var codegen = new LlvmCodegen(program, context, target, moduleName);
        try
        {
            codegen.Run();
        }
        finally
        {
            codegen._builder.Dispose();
        }
        return codegen._module;
    }

    private void Run()
    {
        var copies = new Dictionary<string, int>();
        foreach (var fn in _program.Functions)
        {
            var type = _ctx.FunctionType(ReturnType(fn.ReturnType), [.. fn.Params.Select(p => ValueType(p.Type))]);
            var value = _module.AddFunction(fn.Name, type);
            value.SetLinkage(LlvmLinkage.Internal);
            _functions[fn.Name] = value;
            if (fn.InheritsCallSite)
            {
                _inheritsCallSite.Add(fn.Name);
            }
            var count = SelfInlining.Copies(fn);
            for (var level = 1; level <= count; level++)
            {
                var copy = _module.AddFunction(SelfInlining.CopyName(fn, level), type);
                copy.SetLinkage(LlvmLinkage.Internal);
                copy.AddAttribute("alwaysinline");
                _functions[SelfInlining.CopyName(fn, level)] = copy;
            }
            copies[fn.Name] = count;
        }
        foreach (var fn in _program.Functions)
        {
            var count = copies[fn.Name];
            new FunctionEmitter(this, fn, fn.Name, count > 0 ? SelfInlining.CopyName(fn, 1) : fn.Name, isInlineCopy: false).Emit();
            for (var level = 1; level <= count; level++)
            {
                var next = level < count ? SelfInlining.CopyName(fn, level + 1) : fn.Name;
                new FunctionEmitter(this, fn, SelfInlining.CopyName(fn, level), next, isInlineCopy: true).Emit();
            }
        }
        EmitCMain();
        if (!_module.Verify(out var error))
        {
            throw new LlvmException("generated module failed verification: " + error);
        }
    }

    private LlvmType ValueType(MirType type)
    {
        if (type == MirType.Int || type == MirType.Pid || type == MirType.Slot)
        {
            return _ctx.Int64;
        }
        if (type == MirType.Float)
        {
            return _ctx.Double;
        }
        if (type == MirType.Bool)
        {
            return _ctx.Int1;
        }
        if (type == MirType.String || type == MirType.Ptr || type == MirType.Object)
        {
            return _ctx.Ptr;
        }
        return _ctx.Int8; // Unit: a placeholder byte where a value is syntactically needed
    }

    private LlvmType ReturnType(MirType type) => type == MirType.Unit ? _ctx.Void : ValueType(type);

    /// <summary>How a MIR type crosses the runtime's C ABI (Bool travels as a byte).</summary>
    private LlvmType AbiType(MirType type) => type == MirType.Bool ? _ctx.Int8 : ValueType(type);

    private LlvmValue Runtime(RuntimeFunction fn)
    {
        if (!_runtime.TryGetValue(fn.Symbol, out var value))
        {
            var ret = fn.Returns == MirType.Unit ? _ctx.Void : AbiType(fn.Returns);
            value = _module.AddFunction(fn.Symbol, _ctx.FunctionType(ret, [.. fn.Params.Select(AbiType)]));
            value.AddAttribute("nounwind");
            _runtime[fn.Symbol] = value;
        }
        return value;
    }

    private LlvmValue AllocFunction()
    {
        const string name = "mesh_alloc";
        if (!_runtime.TryGetValue(name, out var value))
        {
            value = _module.AddFunction(name, _ctx.FunctionType(_ctx.Ptr, [_ctx.Int64]));
            value.AddAttribute("nounwind");
            value.AddReturnAttribute("noalias");
            _runtime[name] = value;
        }
        return value;
    }

    /// <summary>
    /// Whether reduction ticks are generated inline (x86-64, where the runtime's budget is reached
    /// through <c>%fs</c>); elsewhere they stay calls to <c>mesh_reduction_tick</c>.
    /// </summary>
    private bool InlineTick => _module.TargetTriple.StartsWith("x86_64", StringComparison.Ordinal);

    private LlvmType TickAsmType => _ctx.FunctionType(_ctx.Int8, []);

    /// <summary>
    /// <c>mesh_reduction_budget -= 1</c> on the current thread, returning "the result is ≤ 0" as a
    /// flag output. The variable is defined (initial-exec TLS) in runtime/native/mesh_native.c, which
    /// every executable links statically, so the local-exec offset <c>@tpoff</c> is valid.
    /// </summary>
    private LlvmValue TickAsm() => _ctx.InlineAsm(TickAsmType,
        "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}", sideEffects: true);

    /// <summary>
    /// "<c>%rsp</c> is below <c>mesh_stack_limit</c>" as a flag output: the actor's stack is
    /// nearly used up (runtime/native/mesh_native.c keeps the limit per worker, set at every
    /// resume). Like the tick, it reads the thread-local through <c>%fs</c> when it runs.
    /// </summary>
    private LlvmValue StackCheckAsm() => _ctx.InlineAsm(TickAsmType,
        "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}", sideEffects: true);

    private LlvmValue StackOverflowFunction() => ColdRuntimeFunction("mesh_stack_overflow", _ctx.FunctionType(_ctx.Void, []), noReturn: true);

    private LlvmType CallSiteAsmType => _ctx.FunctionType(_ctx.Void, [_ctx.Ptr]);

    /// <summary>
    /// <c>mesh_call_site = site</c> on the current thread (runtime/native/mesh_native.c, initial-exec
    /// TLS), as one <c>%fs</c>-relative store for the same reason as <see cref="TickAsm"/>: no
    /// thread-local address may be kept across a switch of worker threads.
    /// </summary>
    private LlvmValue CallSiteAsm() => _ctx.InlineAsm(CallSiteAsmType,
        "movq $0, %fs:mesh_call_site@tpoff", "r,~{dirflag},~{fpsr},~{flags}", sideEffects: true);

    private LlvmType CallSiteReadAsmType => _ctx.FunctionType(_ctx.Ptr, []);

    /// <summary>Reads <c>mesh_call_site</c> of the current thread, as one <c>%fs</c>-relative load (see <see cref="CallSiteAsm"/>).</summary>
    private LlvmValue CallSiteReadAsm() => _ctx.InlineAsm(CallSiteReadAsmType,
        "movq %fs:mesh_call_site@tpoff, $0", "=r,~{dirflag},~{fpsr},~{flags}", sideEffects: true);

    /// <summary>The constant <c>{ ptr file, i64 line, i64 column }</c> the runtime reads when a library function panics.</summary>
    private LlvmValue CallSite(MirCallSite site)
    {
        var key = site.ToString();
        if (!_callSites.TryGetValue(key, out var global))
        {
            var init = _ctx.ConstStruct([StringLiteral(site.Source.Path), _ctx.ConstInt64(site.Line), _ctx.ConstInt64(site.Column)]);
            global = _module.AddConstantGlobal(init, $"site.{_callSites.Count}");
            global.SetAlignment(8);
            _callSites[key] = global;
        }
        return global;
    }

    private LlvmValue ReductionYieldFunction() => ColdRuntimeFunction("mesh_reduction_yield", _ctx.FunctionType(_ctx.Void, []), noReturn: false);

    private LlvmValue PanicFunction() => ColdRuntimeFunction("mesh_panic_at",
        _ctx.FunctionType(_ctx.Void, [_ctx.Ptr, _ctx.Int64, _ctx.Ptr, _ctx.Int64, _ctx.Int32, _ctx.Int32]), noReturn: true);

    /// <summary>A panic reported at the recorded call site (runtime/native/mesh_native.c).</summary>
    private LlvmValue PanicAtCallSiteFunction() => ColdRuntimeFunction("mesh_panic_at_call_site",
        _ctx.FunctionType(_ctx.Void, [_ctx.Ptr, _ctx.Int64]), noReturn: true);

    /// <summary>A runtime function generated code calls only on rare paths (declared once per module).</summary>
    private LlvmValue ColdRuntimeFunction(string name, LlvmType type, bool noReturn)
    {
        if (!_runtime.TryGetValue(name, out var value))
        {
            value = _module.AddFunction(name, type);
            if (noReturn)
            {
                value.AddAttribute("noreturn");
            }
            value.AddAttribute("nounwind");
            value.AddAttribute("cold");
            _runtime[name] = value;
        }
        return value;
    }

    /// <summary>A string literal as a constant with the runtime's layout <c>{ i64 len, [len x i8] }</c>.</summary>
    private LlvmValue StringLiteral(string text)
    {
        if (!_strings.TryGetValue(text, out var global))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var init = _ctx.ConstStruct([_ctx.ConstInt64(bytes.Length), _ctx.ConstBytes(bytes, nullTerminate: false)]);
            global = _module.AddConstantGlobal(init, $"str.{_strings.Count}");
            global.SetLinkage(LlvmLinkage.Private).SetUnnamedAddr().SetAlignment(8);
            _strings[text] = global;
        }
        return global;
    }

    /// <summary>Raw UTF-8 bytes (for panic messages and file names).</summary>
    private (LlvmValue Pointer, long Length) Bytes(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!_byteConstants.TryGetValue(text, out var global))
        {
            global = _module.AddConstantGlobal(_ctx.ConstBytes(bytes, nullTerminate: false), $"bytes.{_byteConstants.Count}");
            global.SetLinkage(LlvmLinkage.Private).SetUnnamedAddr();
            _byteConstants[text] = global;
        }
        return (global, bytes.Length);
    }

    private void EmitCMain()
    {
        var rtMain = _module.AddFunction("mesh_rt_main", _ctx.FunctionType(_ctx.Int32, [_ctx.Int32, _ctx.Ptr, _ctx.Ptr]));
        var main = _module.AddFunction("main", _ctx.FunctionType(_ctx.Int32, [_ctx.Int32, _ctx.Ptr]));
        _builder.PositionAtEnd(main.AppendBasicBlock("entry"));
        var status = _builder.Call(rtMain, [main.GetParam(0), main.GetParam(1), _functions[_program.EntryFunction]], "status");
        _builder.Ret(status);
    }

    /// <summary>
    /// Emits one MIR function as the LLVM function <paramref name="name"/>. Its calls to itself go to
    /// <paramref name="recursiveCallee"/> (the next link of a self-inlining chain, see
    /// <see cref="SelfInlining"/>). An inline copy has neither the stack check nor reduction ticks:
    /// it only runs inside the function that calls it, whose entry has paid both.
    /// </summary>
    private sealed class FunctionEmitter(LlvmCodegen owner, MirFunction fn, string name, string recursiveCallee, bool isInlineCopy)
    {
        private readonly LlvmContext _ctx = owner._ctx;
        private readonly LlvmBuilder _b = owner._builder;
        private readonly Dictionary<int, LlvmValue> _slots = [];
        private readonly List<LlvmBasicBlock> _blocks = [];

        public void Emit()
        {
            var function = owner._functions[name];
            var allocas = function.AppendBasicBlock("entry");
            foreach (var block in fn.Blocks)
            {
                _blocks.Add(function.AppendBasicBlock($"bb{block.Id}"));
            }
            _b.PositionAtEnd(allocas);
            foreach (var local in fn.Locals)
            {
                if (local.Type != MirType.Unit)
                {
                    _slots[local.Id] = _b.Alloca(owner.ValueType(local.Type), local.Name.Length > 0 ? local.Name : $"l{local.Id}");
                }
            }
            if (owner.InlineTick && CallsAnything() && !isInlineCopy)
            {
                EmitStackCheck(function);
            }
            if (fn.InheritsCallSite && ReportsAtCallSite())
            {
                // The user's call into the library, read before anything this function does can change it.
                _entrySite = owner.InlineTick
                    ? _b.Call(owner.CallSiteReadAsmType, owner.CallSiteReadAsm(), [], "entry.site")
                    : _b.Call(owner.Runtime(RuntimeFunctions.GetCallSite), [], "entry.site");
            }
            for (var i = 0; i < fn.ParamCount; i++)
            {
                if (_slots.TryGetValue(i, out var slot))
                {
                    _b.Store(function.GetParam(i), slot);
                }
            }
            _b.Br(_blocks[0]);
            var debtIn = TickDebts(out var rank);
            foreach (var block in fn.Blocks)
            {
                _b.PositionAtEnd(_blocks[block.Id]);
                var debt = debtIn[block.Id];
                foreach (var inst in block.Instructions)
                {
                    if (IsTick(inst))
                    {
                        debt = !isInlineCopy;
                    }
                    else
                    {
                        if (debt && inst is CallInst or CallClosureInst)
                        {
                            PayTick();
                            debt = false;
                        }
                        EmitInstruction(inst);
                    }
                }
                if (debt && Successors(block.Terminator).Any(s => rank[s] <= rank[block.Id]))
                {
                    PayTick();
                }
                EmitTerminator(block.Terminator);
            }
        }

        /// <summary>The call site current at entry, for a function that inherits its caller's (see <see cref="MirFunction.InheritsCallSite"/>).</summary>
        private LlvmValue? _entrySite;

        /// <summary>Whether an inheriting function has anything that reports a call site: a panic, a call that can panic, a call into the library or a closure.</summary>
        private bool ReportsAtCallSite() => fn.Blocks.Any(block => block.Terminator is PanicTerm || block.Instructions.Any(inst =>
            inst is RuntimeCallInst { Site: not null } or CallClosureInst || inst is CallInst c && owner._inheritsCallSite.Contains(c.Function)));

        /// <summary>
        /// Records where a panic in what is called next is reported: <paramref name="site"/>, or in a
        /// function that inherits its caller's site, that site again (a closure or user code it called
        /// since may have recorded its own).
        /// </summary>
        private void RecordSite(MirCallSite? site)
        {
            if (_entrySite is { } inherited)
            {
                RecordCallSite(inherited);
            }
            else if (site is not null && !fn.InheritsCallSite)
            {
                RecordCallSite(owner.CallSite(site));
            }
        }

        /// <summary>Whether the function calls any function (Mesh code, a closure or the runtime), ticks aside.</summary>
        private bool CallsAnything() => fn.Blocks.Any(block => block.Instructions.Any(inst =>
            inst is CallInst or CallClosureInst || (inst is RuntimeCallInst && !IsTick(inst))));

        /// <summary>
        /// The stack check at entry (x86-64): when <c>%rsp</c> is below the current actor's
        /// <c>mesh_stack_limit</c>, call <c>mesh_stack_overflow</c>, which ends the actor with
        /// Panic("stack overflow") (the main actor: the program). Only functions that call
        /// something need it: a recursion always passes one, and the headroom below the limit
        /// holds a leaf function's frame and any runtime call. Found here, at a function's entry,
        /// an overflow never interrupts runtime code (runtime/README.md, "Stack overflow").
        /// </summary>
        private void EmitStackCheck(LlvmValue function)
        {
            var below = _b.ICmp(LlvmIntPredicate.Ne, _b.Call(owner.TickAsmType, owner.StackCheckAsm(), [], "stack"), _ctx.Int8.ConstInt(0));
            var overflow = function.AppendBasicBlock("stack.overflow");
            var ok = function.AppendBasicBlock("stack.ok");
            _b.CondBr(below, overflow, ok);
            _b.PositionAtEnd(overflow);
            _b.Call(owner.StackOverflowFunction(), []);
            _b.Unreachable();
            _b.PositionAtEnd(ok);
        }

        private static bool IsTick(MirInst inst) =>
            inst is RuntimeCallInst { Function: var f } && f == RuntimeFunctions.ReductionTick;

        /// <summary>
        /// Reduction ticks are placed lazily (see <see cref="PayTick"/>): a MIR tick only records a
        /// debt, paid before the next call or retreating jump. Returns, per block, whether some path
        /// into it still owes a tick, and each block's position in reverse postorder (-1: unreachable);
        /// an edge to a block that is not later in that order is retreating.
        /// </summary>
        private bool[] TickDebts(out int[] rank)
        {
            var order = ReversePostorder();
            rank = new int[fn.Blocks.Length];
            Array.Fill(rank, -1);
            for (var i = 0; i < order.Count; i++)
            {
                rank[order[i]] = i;
            }
            var debtIn = new bool[fn.Blocks.Length];
            foreach (var id in order)
            {
                var block = fn.Blocks[id];
                var debt = debtIn[id];
                foreach (var inst in block.Instructions)
                {
                    debt = (IsTick(inst) && !isInlineCopy) || (debt && inst is not (CallInst or CallClosureInst));
                }
                foreach (var s in Successors(block.Terminator))
                {
                    // a retreating edge pays before the jump; only forward edges carry a debt
                    debtIn[s] |= debt && rank[s] > rank[id];
                }
            }
            return debtIn;
        }

        /// <summary>The blocks reachable from block 0, in reverse postorder of a depth-first search.</summary>
        private List<int> ReversePostorder()
        {
            var postorder = new List<int>(fn.Blocks.Length);
            var seen = new bool[fn.Blocks.Length];
            var stack = new Stack<(int Block, int Next)>();
            seen[0] = true;
            stack.Push((0, 0));
            while (stack.Count > 0)
            {
                var (block, next) = stack.Pop();
                var successors = Successors(fn.Blocks[block].Terminator);
                if (next < successors.Length)
                {
                    stack.Push((block, next + 1));
                    var s = successors[next];
                    if (!seen[s])
                    {
                        seen[s] = true;
                        stack.Push((s, 0));
                    }
                }
                else
                {
                    postorder.Add(block);
                }
            }
            postorder.Reverse();
            return postorder;
        }

        private static int[] Successors(MirTerminator term) => SelfInlining.Successors(term);

        /// <summary>
        /// Emits a reduction tick that MIR asked for earlier on this path. MIR ticks at function
        /// entry and at the top of loop bodies; emitting each one only just before the next call
        /// (direct or closure) or the next retreating jump (to a block not after this one in reverse
        /// postorder) still puts a tick on every cycle of the control-flow and call graphs (every
        /// cycle in the CFG contains a retreating edge; every recursion passes a call), so preemption
        /// keeps working, while paths that end in a return without calling anything (leaf functions,
        /// the base case of a recursion) do not tick at all.
        /// </summary>
        private void PayTick()
        {
            if (owner.InlineTick)
            {
                EmitInlineTick();
            }
            else
            {
                _b.Call(owner.Runtime(RuntimeFunctions.ReductionTick), []);
            }
        }

        private LlvmValue Operand(MirOperand op) => op switch
        {
            LocalOperand l when l.Local.Type == MirType.Unit => _ctx.Int8.ConstInt(0),
            LocalOperand l => _b.Load(owner.ValueType(l.Local.Type), _slots[l.Local.Id]),
            IntConst i => _ctx.ConstInt64(i.Value),
            FloatConst f => _ctx.ConstDouble(f.Value),
            BoolConst b => _ctx.ConstBool(b.Value),
            UnitConst => _ctx.Int8.ConstInt(0),
            StringConst s => owner.StringLiteral(s.Value),
            FunctionRef f => owner._functions[f.Name],
            NullPtr => _ctx.ConstNullPtr(),
            _ => throw new InvalidOperationException($"unknown operand {op}"),
        };

        private void Store(MirLocal target, LlvmValue value)
        {
            if (target.Type != MirType.Unit)
            {
                _b.Store(value, _slots[target.Id]);
            }
        }

        private void EmitInstruction(MirInst inst)
        {
            switch (inst)
            {
                case AssignInst a:
                    if (a.Target.Type != MirType.Unit)
                    {
                        Store(a.Target, Operand(a.Value));
                    }
                    break;
                case BinaryInst b:
                    Store(b.Target, Binary(b.Op, b.Left, b.Right));
                    break;
                case UnaryInst u:
                    {
                        var v = Operand(u.Operand);
                        Store(u.Target, u.Op switch
                        {
                            MirUnaryOp.IntNeg => _b.Sub(_ctx.ConstInt64(0), v),
                            MirUnaryOp.FloatNeg => _b.FNeg(v),
                            MirUnaryOp.BoolNot => _b.Xor(v, _ctx.ConstBool(true)),
                            _ => throw new InvalidOperationException(u.Op.ToString()),
                        });
                        break;
                    }
                case CallInst c:
                    {
                        if (c.Site is not null || owner._inheritsCallSite.Contains(c.Function))
                        {
                            RecordSite(c.Site);
                        }
                        var callee = owner._functions[c.Function == fn.Name ? recursiveCallee : c.Function];
                        var args = c.Args.Select(Operand).ToArray();
                        var result = _b.Call(callee, args, "", c.IsTail ? LlvmTailCallKind.Tail : LlvmTailCallKind.None);
                        if (c.Target is { } t && !callee.FunctionType.ReturnType.IsVoid)
                        {
                            Store(t, result);
                        }
                        break;
                    }
                case RuntimeCallInst r:
                    {
                        if (r.Site is { } site)
                        {
                            RecordSite(site);
                        }
                        var callee = owner.Runtime(r.Function);
                        var args = new LlvmValue[r.Args.Length];
                        for (var i = 0; i < args.Length; i++)
                        {
                            var v = Operand(r.Args[i]);
                            args[i] = r.Function.Params[i] == MirType.Bool ? _b.ZExt(v, _ctx.Int8) : v;
                        }
                        var result = _b.Call(callee, args);
                        if (r.Target is { } t && r.Function.Returns != MirType.Unit)
                        {
                            Store(t, r.Function.Returns == MirType.Bool ? _b.ICmp(LlvmIntPredicate.Ne, result, _ctx.Int8.ConstInt(0)) : result);
                        }
                        break;
                    }
                case AllocInst a:
                    {
                        var obj = _b.Call(owner.AllocFunction(), [_ctx.ConstInt64(8L * Math.Max(1, a.Slots.Length))]);
                        for (var i = 0; i < a.Slots.Length; i++)
                        {
                            var slot = _b.InBoundsGep(_ctx.Int64, obj, [_ctx.ConstInt64(i)]);
                            _b.Store(ToSlot(a.Slots[i]), slot);
                        }
                        Store(a.Target, obj);
                        break;
                    }
                case LoadSlotInst l:
                    {
                        if (l.Target.Type == MirType.Unit)
                        {
                            break;
                        }
                        var slot = _b.InBoundsGep(_ctx.Int64, Operand(l.Object), [_ctx.ConstInt64(l.Index)]);
                        Store(l.Target, _b.Load(owner.ValueType(l.Target.Type), slot));
                        break;
                    }
                case LoadSlotAtInst l:
                    {
                        if (l.Target.Type == MirType.Unit)
                        {
                            break;
                        }
                        var index = _b.Add(Operand(l.Index), _ctx.ConstInt64(l.Offset));
                        var slot = _b.InBoundsGep(_ctx.Int64, Operand(l.Object), [index]);
                        Store(l.Target, _b.Load(owner.ValueType(l.Target.Type), slot));
                        break;
                    }
                case StoreSlotAtInst s:
                    {
                        var index = _b.Add(Operand(s.Index), _ctx.ConstInt64(s.Offset));
                        var slot = _b.InBoundsGep(_ctx.Int64, Operand(s.Object), [index]);
                        _b.Store(ToSlot(s.Value), slot);
                        break;
                    }
                case CallClosureInst c:
                    {
                        if (_entrySite is not null)
                        {
                            RecordSite(null);
                        }
                        var closure = Operand(c.Closure);
                        var code = _b.Load(_ctx.Ptr, closure);
                        var args = new List<LlvmValue> { closure };
                        args.AddRange(c.Args.Select(Operand));
                        var type = _ctx.FunctionType(owner.ReturnType(c.Returns), [_ctx.Ptr, .. c.Args.Select(a => owner.ValueType(a.Type))]);
                        var result = _b.Call(type, code, [.. args]);
                        if (c.Target is { } target && c.Returns != MirType.Unit)
                        {
                            Store(target, result);
                        }
                        break;
                    }
                case ToSlotInst t:
                    Store(t.Target, ToSlot(t.Value));
                    break;
                case FromSlotInst f:
                    Store(f.Target, FromSlot(Operand(f.Slot), f.Target.Type));
                    break;
                default:
                    throw new InvalidOperationException($"unknown instruction {inst}");
            }
        }

        /// <summary>
        /// The preemption tick, inline: one thread-pointer-relative decrement of the worker's
        /// <c>mesh_reduction_budget</c> and a call to <c>mesh_reduction_yield</c> (cold) when it reaches 0.
        /// The decrement is inline assembler on purpose: it addresses the variable through <c>%fs</c>
        /// at the moment it runs, so no thread-local address exists in the IR for LLVM to keep across a
        /// call after which the actor may be running on another worker thread (docs/architecture.md).
        /// </summary>
        private void EmitInlineTick()
        {
            var function = owner._functions[name];
            var over = _b.ICmp(LlvmIntPredicate.Ne, _b.Call(owner.TickAsmType, owner.TickAsm(), [], "tick"), _ctx.Int8.ConstInt(0));
            var yield = function.AppendBasicBlock("tick.yield");
            var next = function.AppendBasicBlock("tick.next");
            _b.CondBr(over, yield, next);
            _b.PositionAtEnd(yield);
            _b.Call(owner.ReductionYieldFunction(), []);
            _b.Br(next);
            _b.PositionAtEnd(next);
        }

        private void RecordCallSite(LlvmValue site)
        {
            if (owner.InlineTick)
            {
                _b.Call(owner.CallSiteAsmType, owner.CallSiteAsm(), [site]);
            }
            else
            {
                _b.Call(owner.Runtime(RuntimeFunctions.SetCallSite), [site]);
            }
        }

        private LlvmValue FromSlot(LlvmValue word, MirType type)
        {
            if (type == MirType.Float)
            {
                return _b.BitCast(word, _ctx.Double);
            }
            if (type == MirType.Bool)
            {
                return _b.ICmp(LlvmIntPredicate.Ne, word, _ctx.ConstInt64(0));
            }
            if (type == MirType.String || type == MirType.Ptr || type == MirType.Object)
            {
                return _b.IntToPtr(word, _ctx.Ptr);
            }
            if (type == MirType.Unit)
            {
                return _ctx.Int8.ConstInt(0);
            }
            return word;
        }

        /// <summary>A value as the 8-byte word stored in an object slot.</summary>
        private LlvmValue ToSlot(MirOperand operand)
        {
            var value = Operand(operand);
            var type = operand.Type;
            if (type == MirType.Int || type == MirType.Pid || type == MirType.Slot)
            {
                return value;
            }
            if (type == MirType.Float)
            {
                return _b.BitCast(value, _ctx.Int64);
            }
            if (type == MirType.Bool || type == MirType.Unit)
            {
                return _b.ZExt(value, _ctx.Int64);
            }
            return _b.PtrToInt(value, _ctx.Int64);
        }

        private LlvmValue Binary(MirBinaryOp op, MirOperand left, MirOperand right)
        {
            var l = Operand(left);
            var r = Operand(right);
            return op switch
            {
                MirBinaryOp.IntAdd => _b.Add(l, r),
                MirBinaryOp.IntSub => _b.Sub(l, r),
                MirBinaryOp.IntMul => _b.Mul(l, r),
                MirBinaryOp.IntDiv => Division(l, r, right, remainder: false),
                MirBinaryOp.IntRem => Division(l, r, right, remainder: true),
                MirBinaryOp.IntEq => _b.ICmp(LlvmIntPredicate.Eq, l, r),
                MirBinaryOp.IntNe => _b.ICmp(LlvmIntPredicate.Ne, l, r),
                MirBinaryOp.IntLt => _b.ICmp(LlvmIntPredicate.Slt, l, r),
                MirBinaryOp.IntLe => _b.ICmp(LlvmIntPredicate.Sle, l, r),
                MirBinaryOp.IntGt => _b.ICmp(LlvmIntPredicate.Sgt, l, r),
                MirBinaryOp.IntGe => _b.ICmp(LlvmIntPredicate.Sge, l, r),
                MirBinaryOp.FloatAdd => _b.FAdd(l, r),
                MirBinaryOp.FloatSub => _b.FSub(l, r),
                MirBinaryOp.FloatMul => _b.FMul(l, r),
                MirBinaryOp.FloatDiv => _b.FDiv(l, r),
                MirBinaryOp.FloatRem => _b.FRem(l, r),
                MirBinaryOp.FloatEq => _b.FCmp(LlvmRealPredicate.Oeq, l, r),
                MirBinaryOp.FloatNe => _b.FCmp(LlvmRealPredicate.Une, l, r),
                MirBinaryOp.FloatLt => _b.FCmp(LlvmRealPredicate.Olt, l, r),
                MirBinaryOp.FloatLe => _b.FCmp(LlvmRealPredicate.Ole, l, r),
                MirBinaryOp.FloatGt => _b.FCmp(LlvmRealPredicate.Ogt, l, r),
                MirBinaryOp.FloatGe => _b.FCmp(LlvmRealPredicate.Oge, l, r),
                MirBinaryOp.BoolEq => _b.ICmp(LlvmIntPredicate.Eq, l, r),
                MirBinaryOp.BoolNe => _b.ICmp(LlvmIntPredicate.Ne, l, r),
                MirBinaryOp.BoolAnd => _b.And(l, r),
                MirBinaryOp.BoolOr => _b.Or(l, r),
                MirBinaryOp.PtrIsNull => _b.ICmp(LlvmIntPredicate.Eq, l, _ctx.ConstNullPtr()),
                _ => throw new InvalidOperationException(op.ToString()),
            };
        }

        /// <summary>
        /// Signed division with wrapping semantics: <c>Int.min / -1</c> is <c>Int.min</c> (and the
        /// remainder 0) instead of LLVM's undefined behaviour. Zero divisors were checked in MIR.
        /// </summary>
        private LlvmValue Division(LlvmValue l, LlvmValue r, MirOperand divisor, bool remainder)
        {
            if (divisor is IntConst { Value: not -1 and not 0 })
            {
                return remainder ? _b.SRem(l, r) : _b.SDiv(l, r);
            }
            var isMinusOne = _b.ICmp(LlvmIntPredicate.Eq, r, _ctx.ConstInt64(-1));
            var safe = _b.Select(isMinusOne, _ctx.ConstInt64(1), r);
            return remainder
                ? _b.Select(isMinusOne, _ctx.ConstInt64(0), _b.SRem(l, safe))
                : _b.Select(isMinusOne, _b.Sub(_ctx.ConstInt64(0), l), _b.SDiv(l, safe));
        }

        private void EmitTerminator(MirTerminator term)
        {
            switch (term)
            {
                case ReturnTerm r:
                    if (fn.ReturnType == MirType.Unit)
                    {
                        _b.RetVoid();
                    }
                    else
                    {
                        _b.Ret(Operand(r.Value));
                    }
                    break;
                case GotoTerm g:
                    _b.Br(_blocks[g.Target]);
                    break;
                case BranchTerm br:
                    _b.CondBr(Operand(br.Condition), _blocks[br.Then], _blocks[br.Else]);
                    break;
                case SwitchTerm s:
                    {
                        var sw = _b.Switch(Operand(s.Value), _blocks[s.Default], s.Cases.Length);
                        foreach (var (value, target) in s.Cases)
                        {
                            sw.AddCase(_ctx.ConstInt64(value), _blocks[target]);
                        }
                        break;
                    }
                case PanicTerm p:
                    {
                        var (msg, msgLen) = owner.Bytes(p.Message);
                        if (_entrySite is not null)
                        {
                            // In the library: reported at the user's call that reached it.
                            RecordSite(null);
                            _b.Call(owner.PanicAtCallSiteFunction(), [msg, _ctx.ConstInt64(msgLen)]);
                        }
                        else
                        {
                            var (file, fileLen) = owner.Bytes(p.Site.Source.Path);
                            _b.Call(owner.PanicFunction(), [msg, _ctx.ConstInt64(msgLen), file, _ctx.ConstInt64(fileLen), _ctx.ConstInt32(p.Site.Line), _ctx.ConstInt32(p.Site.Column)]);
                        }
                        _b.Unreachable();
                        break;
                    }
                case UnreachableTerm:
                    _b.Unreachable();
                    break;
                default:
                    throw new InvalidOperationException($"unknown terminator {term}");
            }
        }
    }
}
