using System.Diagnostics;
using Mesh.Compiler.Llvm;

namespace Mesh.Tests.Llvm;

[TestFixture]
public class LlvmBindingTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mesh-llvm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// i64 fib(i64 n) = n &lt; 2 ? n : fib(n-1) + fib(n-2), written with a phi at the join block.
    /// </summary>
    private static LlvmValue AddFib(LlvmContext ctx, LlvmModule module, LlvmBuilder b)
    {
        var i64 = ctx.Int64;
        var fib = module.AddFunction("fib", ctx.FunctionType(i64, [i64]));
        fib.AddAttribute("nounwind");
        var n = fib.GetParam(0).SetName("n");
        var entry = fib.AppendBasicBlock("entry");
        var recurse = fib.AppendBasicBlock("recurse");
        var done = fib.AppendBasicBlock("done");

        b.PositionAtEnd(entry);
        var small = b.ICmp(LlvmIntPredicate.Slt, n, i64.ConstInt(2), "small");
        b.CondBr(small, done, recurse);

        b.PositionAtEnd(recurse);
        var a = b.Call(fib, [b.Sub(n, i64.ConstInt(1), "n1")], "a");
        var c = b.Call(fib, [b.Sub(n, i64.ConstInt(2), "n2")], "c");
        var sum = b.Add(a, c, "sum");
        var recurseEnd = b.InsertBlock;
        b.Br(done);

        b.PositionAtEnd(done);
        var result = b.Phi(i64, "result");
        result.AddIncoming(n, entry).AddIncoming(sum, recurseEnd);
        b.Ret(result);
        return fib;
    }

    /// <summary>A whole program: fib, printf/puts, a struct on the stack, a double, a switch; exits with 3.</summary>
    private static LlvmModule BuildProgram(LlvmContext ctx, LlvmTargetMachine tm)
    {
        var module = ctx.CreateModule("prog", tm);
        using var b = ctx.CreateBuilder();
        var i32 = ctx.Int32;
        var i64 = ctx.Int64;
        var ptr = ctx.Ptr;

        var printf = module.AddFunction("printf", ctx.FunctionType(i32, [ptr], isVarArg: true));
        var puts = module.AddFunction("puts", ctx.FunctionType(i32, [ptr]));
        var fib = AddFib(ctx, module, b);

        var fmt = module.AddStringConstant("fib(%ld) = %ld\n", "fmt");
        var fmtF = module.AddStringConstant("%.2f\n", "fmt_f");
        var five = module.AddStringConstant("five", "five");
        var other = module.AddStringConstant("other", "other");
        // A constant global struct { i64, i64 } = { 20, 1 } read at run time.
        var pair = ctx.NamedStruct("Pair", [i64, i64]);
        var args = module.AddGlobal(pair, "args")
            .SetInitializer(pair.ConstNamedStruct([i64.ConstInt(20), i64.ConstInt(1)]))
            .SetGlobalConstant(true)
            .SetLinkage(LlvmLinkage.Internal);

        var main = module.AddFunction("main", ctx.FunctionType(i32, []));
        var entry = main.AppendBasicBlock("entry");
        var caseFive = main.AppendBasicBlock("case_five");
        var caseOther = main.AppendBasicBlock("case_other");
        var exit = main.AppendBasicBlock("exit");

        b.PositionAtEnd(entry);
        // Stack struct: copy fields of the global, then load them back through struct GEPs.
        var local = b.Alloca(pair, "local");
        var arg0 = b.Load(i64, b.StructGep(pair, args, 0), "arg0");
        b.Store(arg0, b.StructGep(pair, local, 0));
        var n = b.Load(i64, b.StructGep(pair, local, 0), "n");
        var fibN = b.Call(fib, [n], "fibn");
        b.Call(printf, [fmt, n, fibN]);

        // Floats: fib(10) / 2.0 = 27.5
        var f10 = b.SIToFP(b.Call(fib, [i64.ConstInt(10)]), ctx.Double, "f10");
        var half = b.FDiv(f10, ctx.ConstDouble(2.0), "half");
        b.Call(printf, [fmtF, half]);

        // Aggregates by value.
        var agg = b.InsertValue(pair.Undef(), b.Call(fib, [i64.ConstInt(5)]), 0, "agg");
        var five5 = b.ExtractValue(agg, 0, "five5");
        var sw = b.Switch(five5, caseOther, 1);
        sw.AddCase(i64.ConstInt(5), caseFive);

        b.PositionAtEnd(caseFive);
        b.Call(puts, [five]);
        b.Br(exit);

        b.PositionAtEnd(caseOther);
        b.Call(puts, [other]);
        b.Br(exit);

        b.PositionAtEnd(exit);
        var done = b.GlobalString("done", "done");
        b.Call(puts, [done]);
        // exit code 3 = fib(4), truncated to i32
        b.Ret(b.Trunc(b.Call(fib, [i64.ConstInt(4)]), i32, "code"));
        return module;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(60_000), Is.True, $"{file} timed out");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void FibProgram_VerifiesOptimizesEmitsLinksAndRuns()
    {
        using var tm = LlvmTargetMachine.CreateHost(2);
        using var ctx = new LlvmContext();
        using var module = BuildProgram(ctx, tm);

        Assert.That(module.Verify(out var error), Is.True, error);
        Assert.That(error, Is.Empty);

        string ir = module.PrintToString();
        Assert.That(ir, Does.Contain("define i64 @fib(i64 %n)"));
        Assert.That(ir, Does.Contain("declare i32 @printf(ptr, ...)"));
        Assert.That(ir, Does.Contain("declare i32 @puts(ptr)"));
        Assert.That(ir, Does.Contain("phi i64 [ %n, %entry ], [ %sum, %recurse ]"));
        Assert.That(ir, Does.Contain("%Pair = type { i64, i64 }"));
        Assert.That(ir, Does.Contain("@fmt = private unnamed_addr constant [16 x i8] c\"fib(%ld) = %ld\\0A\\00\""));
        Assert.That(ir, Does.Contain("switch i64 %five5"));
        Assert.That(ir, Does.Contain($"target triple = \"{tm.Triple}\""));
        Assert.That(module.TargetTriple, Is.EqualTo(tm.Triple));
        Assert.That(module.DataLayout, Is.EqualTo(tm.DataLayout));

        module.Optimize(tm, 2);
        Assert.That(module.Verify(out error), Is.True, error);

        string obj = Path.Combine(_dir, "prog.o");
        string exe = Path.Combine(_dir, "prog");
        module.EmitObject(tm, obj);
        Assert.That(new FileInfo(obj).Length, Is.GreaterThan(0));

        var link = Run("gcc", obj, "-o", exe);
        Assert.That(link.ExitCode, Is.EqualTo(0), link.Stderr);

        var run = Run(exe);
        Assert.That(run.Stdout, Is.EqualTo("fib(20) = 6765\n27.50\nfive\ndone\n"));
        Assert.That(run.ExitCode, Is.EqualTo(3));
    }

    [Test]
    public void BrokenModule_FailsVerificationWithLlvmMessage()
    {
        using var tm = LlvmTargetMachine.CreateHost(0);
        using var ctx = new LlvmContext();
        using var module = ctx.CreateModule("broken", tm);
        using var b = ctx.CreateBuilder();
        var f = module.AddFunction("f", ctx.FunctionType(ctx.Int64, [ctx.Int64]));
        var entry = f.AppendBasicBlock("entry");
        b.PositionAtEnd(entry);
        b.Add(f.GetParam(0), ctx.ConstInt64(1)); // no terminator
        Assert.That(entry.HasTerminator, Is.False);

        Assert.That(module.Verify(out var error), Is.False);
        Assert.That(error, Does.Contain("terminator"));

        var ex = Assert.Throws<LlvmException>(() => module.VerifyOrThrow())!;
        Assert.That(ex.Message, Does.Contain("terminator"));
        Assert.Throws<LlvmException>(() => module.Optimize(tm, 2));
        Assert.Throws<LlvmException>(() => module.EmitObject(tm, Path.Combine(_dir, "broken.o")));
    }

    [Test]
    public void TypeMismatch_FailsVerification()
    {
        using var ctx = new LlvmContext();
        using var module = ctx.CreateModule("mismatch");
        using var b = ctx.CreateBuilder();
        // Returns an i32 from a function declared to return i64.
        var f = module.AddFunction("g", ctx.FunctionType(ctx.Int64, []));
        b.PositionAtEnd(f.AppendBasicBlock("entry"));
        b.Ret(ctx.ConstInt32(7));
        Assert.That(module.Verify(out var error), Is.False);
        Assert.That(error, Is.Not.Empty);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void AllOptimizationLevels_OptimizeAndEmit(int level)
    {
        using var tm = LlvmTargetMachine.CreateHost(level);
        Assert.That(tm.OptLevel, Is.EqualTo(level));
        using var ctx = new LlvmContext();
        using var module = BuildProgram(ctx, tm);
        module.Optimize(tm, level);
        Assert.That(module.Verify(out var error), Is.True, error);
        Assert.That(module.GetFunction("fib"), Is.Not.Null);

        byte[] obj = module.EmitObjectToMemory(tm);
        Assert.That(obj.Length, Is.GreaterThan(64));
        Assert.That(obj[..4], Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }));

        string path = Path.Combine(_dir, $"o{level}.o");
        File.WriteAllBytes(path, obj);
        string exe = Path.Combine(_dir, $"o{level}");
        var link = Run("gcc", path, "-o", exe);
        Assert.That(link.ExitCode, Is.EqualTo(0), link.Stderr);
        var run = Run(exe);
        Assert.That(run.Stdout, Is.EqualTo("fib(20) = 6765\n27.50\nfive\ndone\n"));
        Assert.That(run.ExitCode, Is.EqualTo(3));
    }

    /// <summary>
    /// Side-effecting inline assembler with a flag output (the shape of the inline reduction tick):
    /// it verifies, the optimiser keeps both executions instead of merging them, and it assembles
    /// to %fs-relative decrements.
    /// </summary>
    [Test]
    public void InlineAsm_SideEffectsSurviveOptimisation()
    {
        using var tm = LlvmTargetMachine.CreateHost(2);
        using var ctx = new LlvmContext();
        using var module = ctx.CreateModule("asm", tm);
        using var b = ctx.CreateBuilder();
        var asmType = ctx.FunctionType(ctx.Int8, []);
        var tick = ctx.InlineAsm(asmType, "subl $$1, %fs:budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}", sideEffects: true);
        var f = module.AddFunction("twice", ctx.FunctionType(ctx.Int8, []));
        b.PositionAtEnd(f.AppendBasicBlock("entry"));
        var first = b.Call(asmType, tick, [], "first");
        var second = b.Call(asmType, tick, [], "second");
        b.Ret(b.Or(first, second));
        Assert.That(module.Verify(out var error), Is.True, error);
        module.Optimize(tm, 2);
        var path = Path.Combine(_dir, "asm.s");
        module.EmitAssembly(tm, path);
        var decrements = File.ReadAllLines(path).Count(l => l.Contains("subl", StringComparison.Ordinal) && l.Contains("%fs:budget@TPOFF", StringComparison.Ordinal));
        Assert.That(decrements, Is.EqualTo(2), File.ReadAllText(path));
        Assert.Throws<ArgumentException>(() => ctx.InlineAsm(ctx.Int8, "nop", "", sideEffects: true));
    }

    [Test]
    public void InvalidOptimizationLevelOrPipeline_Throws()
    {
        using var tm = LlvmTargetMachine.CreateHost();
        using var ctx = new LlvmContext();
        using var module = ctx.CreateModule("m", tm);
        Assert.Throws<ArgumentOutOfRangeException>(() => module.Optimize(tm, 4));
        var ex = Assert.Throws<LlvmException>(() => module.RunPasses(tm, "no-such-pass"))!;
        Assert.That(ex.Message, Does.Contain("no-such-pass"));
        Assert.Throws<ArgumentOutOfRangeException>(() => LlvmTargetMachine.CreateHost(7));
        Assert.Throws<LlvmException>(() => LlvmTargetMachine.Create("nonsense-unknown-triple"));
    }

    [Test]
    public void TypesConstantsAndDataLayoutQueries()
    {
        using var tm = LlvmTargetMachine.CreateHost();
        using var ctx = new LlvmContext();

        var node = ctx.NamedStruct("Node");
        Assert.That(node.IsOpaqueStruct, Is.True);
        node.SetStructBody([ctx.Int8, ctx.Int64, ctx.Ptr]);
        Assert.That(node.IsOpaqueStruct, Is.False);
        Assert.That(node.StructName, Is.EqualTo("Node"));
        Assert.That(node.StructElementCount, Is.EqualTo(3));
        Assert.That(node.StructElementType(1), Is.EqualTo(ctx.Int64));
        Assert.That(ctx.GetNamedStruct("Node"), Is.EqualTo(node));
        Assert.That(ctx.GetNamedStruct("Nope"), Is.Null);
        Assert.That(node.ToString(), Is.EqualTo("%Node = type { i8, i64, ptr }"));

        Assert.That(tm.AbiSizeOf(node), Is.EqualTo(24));
        Assert.That(tm.AbiAlignmentOf(node), Is.EqualTo(8));
        Assert.That(tm.OffsetOfField(node, 1), Is.EqualTo(8));
        Assert.That(tm.AbiSizeOf(ctx.Double), Is.EqualTo(8));

        var lit = ctx.StructType([ctx.Int32, ctx.Double]);
        Assert.That(lit.ToString(), Is.EqualTo("{ i32, double }"));
        var arr = ctx.ArrayType(ctx.Int16, 4);
        Assert.That(arr.ArrayLength, Is.EqualTo(4UL));
        Assert.That(arr.ElementType, Is.EqualTo(ctx.Int16));
        Assert.That(ctx.Int64.IntWidth, Is.EqualTo(64U));
        Assert.That(ctx.IntType(128).IntWidth, Is.EqualTo(128U));
        Assert.That(ctx.Ptr.IsPointer && ctx.Double.IsFloatingPoint && ctx.Void.IsVoid, Is.True);

        var fnType = ctx.FunctionType(ctx.Void, [ctx.Ptr, ctx.Int64], isVarArg: true);
        Assert.That(fnType.IsVarArg, Is.True);
        Assert.That(fnType.ReturnType.IsVoid, Is.True);
        Assert.That(fnType.ParamTypes, Is.EqualTo(new[] { ctx.Ptr, ctx.Int64 }));

        Assert.That(ctx.ConstInt64(-5).ConstIntValue, Is.EqualTo(-5));
        Assert.That(ctx.ConstString("hé").Type.ArrayLength, Is.EqualTo(4UL)); // 'h' + 2-byte é + NUL
        Assert.That(ctx.ConstBytes([1, 0, 2]).ToString(), Is.EqualTo("[3 x i8] c\"\\01\\00\\02\""));
        Assert.That(ctx.Int32.ConstArray([ctx.ConstInt32(1), ctx.ConstInt32(2)]).ToString(), Is.EqualTo("[2 x i32] [i32 1, i32 2]"));
        Assert.That(ctx.ConstStruct([ctx.ConstBool(true), ctx.ConstDouble(1.5)]).ToString(), Is.EqualTo("{ i1, double } { i1 true, double 1.500000e+00 }"));
        Assert.That(ctx.ConstNullPtr().ToString(), Is.EqualTo("ptr null"));
        Assert.That(default(LlvmValue).IsNull, Is.True);
    }

    [Test]
    public void FunctionsGlobalsAttributesAndInlineAsm()
    {
        using var ctx = new LlvmContext();
        using var module = ctx.CreateModule("m");
        using var b = ctx.CreateBuilder();

        module.SetInlineAsm(".globl mesh_marker\nmesh_marker = 42");
        Assert.That(module.PrintToString(), Does.Contain("module asm \".globl mesh_marker\""));

        var abort = module.AddFunction("abort", ctx.FunctionType(ctx.Void, []));
        abort.AddAttribute("noreturn").AddAttribute("nounwind").AddAttribute("cold");
        Assert.Throws<LlvmException>(() => abort.AddAttribute("definitely-not-an-attribute"));
        Assert.That(module.GetFunction("abort"), Is.EqualTo(abort));
        Assert.That(module.GetFunction("missing"), Is.Null);
        Assert.That(module.GetOrAddFunction("abort", ctx.FunctionType(ctx.Void, [])), Is.EqualTo(abort));
        Assert.That(abort.IsDeclaration, Is.True);

        var counter = module.AddGlobal(ctx.Int64, "counter").SetInitializer(ctx.ConstInt64(0)).SetAlignment(8);
        Assert.That(module.GetGlobal("counter"), Is.EqualTo(counter));
        Assert.That(counter.GlobalValueType, Is.EqualTo(ctx.Int64));

        // fast-cc helper: tail-called with musttail-compatible signature, and the call inherits the calling convention.
        var helper = module.AddFunction("helper", ctx.FunctionType(ctx.Int64, [ctx.Int64, ctx.Ptr]))
            .SetCallConv(LlvmCallConv.Fast).SetLinkage(LlvmLinkage.Internal);
        helper.AddParamAttribute(1, "nocapture");
        b.PositionAtEnd(helper.AppendBasicBlock("entry"));
        var x = helper.GetParam(0);
        var isNeg = b.ICmp(LlvmIntPredicate.Slt, x, ctx.ConstInt64(0));
        var abs = b.Select(isNeg, b.Neg(x), x, "abs");
        var bits = b.Xor(b.Or(b.And(abs, ctx.ConstInt64(0xFF)), ctx.ConstInt64(1)), b.Not(ctx.ConstInt64(0)));
        var sh = b.LShr(b.Shl(bits, ctx.ConstInt64(2)), ctx.ConstInt64(1));
        var f = b.FNeg(b.FMul(b.FAdd(b.SIToFP(sh, ctx.Double), ctx.ConstDouble(1)), ctx.ConstDouble(2)));
        var cmp = b.FCmp(LlvmRealPredicate.Olt, f, ctx.ConstDouble(0));
        var wide = b.ZExt(cmp, ctx.Int64);
        var p = b.PtrToInt(helper.GetParam(1), ctx.Int64);
        var q = b.IntToPtr(p, ctx.Ptr);
        var old = b.Load(ctx.Int64, q);
        b.Store(b.Add(old, wide), counter);
        b.Ret(b.SRem(b.SDiv(b.Mul(old, wide), ctx.ConstInt64(3)), ctx.ConstInt64(7)));

        var caller = module.AddFunction("caller", ctx.FunctionType(ctx.Int64, [ctx.Int64, ctx.Ptr])).SetCallConv(LlvmCallConv.Fast);
        b.PositionAtEnd(caller.AppendBasicBlock("entry"));
        var call = b.Call(helper, caller.Params, "r", LlvmTailCallKind.MustTail);
        b.Ret(call);
        Assert.That(b.IsTerminated, Is.True);
        Assert.That(b.CurrentFunction, Is.EqualTo(caller));

        Assert.Throws<ArgumentException>(() => b.Call(helper, [ctx.ConstInt64(1)]));

        Assert.That(module.Verify(out var error), Is.True, error);
        string ir = module.PrintToString();
        Assert.That(ir, Does.Contain("%r = musttail call fastcc i64 @helper(i64 %0, ptr %1)"));
        Assert.That(ir, Does.Contain("define internal fastcc i64 @helper(i64 %0, ptr nocapture %1)"));
        Assert.That(ir, Does.Contain("@counter = global i64 0, align 8"));
        Assert.That(abort.ToString(), Does.Contain("declare void @abort()"));
        Assert.That(ir, Does.Match(@"attributes #\d+ = \{ cold noreturn nounwind \}"));
    }

    [Test]
    public void DisposingContextDisposesItsModulesAndBuilders()
    {
        var ctx = new LlvmContext();
        var module = ctx.CreateModule("m");
        var builder = ctx.CreateBuilder();
        ctx.Dispose();
        Assert.Throws<ObjectDisposedException>(() => module.PrintToString());
        module.Dispose();  // no double free
        builder.Dispose();
        ctx.Dispose();
    }
}
