using System.Globalization;
using System.Text;

namespace Mesh.Compiler.Mir;

/// <summary>The textual form of MIR printed by <c>meshc build --emit mir</c> and kept in golden files.</summary>
public static class MirPrinter
{
    public static string Print(MirProgram program)
    {
        var sb = new StringBuilder();
        sb.Append("entry ").Append(program.EntryFunction).Append("\n\n");
        foreach (var fn in program.Functions)
        {
            Print(sb, fn);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Print(StringBuilder sb, MirFunction fn)
    {
        sb.Append(fn.Kind == MirFunctionKind.ActorEntry ? "actor_entry " : "fn ").Append(fn.Name).Append('(');
        sb.AppendJoin(", ", fn.Params.Select(p => $"{Local(p)}: {p.Type}"));
        sb.Append(") -> ").Append(fn.ReturnType).Append(" {\n");
        foreach (var local in fn.Locals.Skip(fn.ParamCount))
        {
            sb.Append("  let ").Append(Local(local)).Append(": ").Append(local.Type).Append('\n');
        }
        foreach (var block in fn.Blocks)
        {
            sb.Append("  bb").Append(block.Id).Append(":\n");
            foreach (var inst in block.Instructions)
            {
                sb.Append("    ").Append(Inst(inst)).Append('\n');
            }
            sb.Append("    ").Append(Term(block.Terminator)).Append('\n');
        }
        sb.Append("}\n");
    }

    private static string Local(MirLocal l) => $"%{l.Id}" + (l.Name.Length > 0 ? $".{l.Name}" : "");

    public static string Operand(MirOperand op) => op switch
    {
        LocalOperand l => Local(l.Local),
        IntConst i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatConst f => f.Value.ToString("R", CultureInfo.InvariantCulture) + "f",
        BoolConst b => b.Value ? "true" : "false",
        UnitConst => "()",
        StringConst s => Quote(s.Value),
        FunctionRef f => "@" + f.Name,
        NullPtr => "null",
        _ => op.ToString(),
    };

    private static string Args(IEnumerable<MirOperand> args) => string.Join(", ", args.Select(Operand));

    private static string Inst(MirInst inst) => inst switch
    {
        AssignInst a => $"{Local(a.Target)} = {Operand(a.Value)}",
        BinaryInst b => $"{Local(b.Target)} = {b.Op} {Operand(b.Left)}, {Operand(b.Right)}",
        UnaryInst u => $"{Local(u.Target)} = {u.Op} {Operand(u.Operand)}",
        CallInst c => (c.Target is { } t ? $"{Local(t)} = " : "") + (c.IsTail ? "tail call " : "call ") + $"{c.Function}({Args(c.Args)})" + (c.Site is { } callSite ? $" at {callSite}" : ""),
        RuntimeCallInst r => (r.Target is { } t ? $"{Local(t)} = " : "") + $"runtime {r.Function.Symbol}({Args(r.Args)})" + (r.Site is { } site ? $" at {site}" : ""),
        AllocInst a => $"{Local(a.Target)} = alloc [{Args(a.Slots)}]",
        LoadSlotInst l => $"{Local(l.Target)} = slot {Operand(l.Object)}[{l.Index}]",
        LoadSlotAtInst l => $"{Local(l.Target)} = slot {Operand(l.Object)}[{Operand(l.Index)} + {l.Offset}]",
        StoreSlotAtInst s => $"slot {Operand(s.Object)}[{Operand(s.Index)} + {s.Offset}] = {Operand(s.Value)}",
        CallClosureInst c => (c.Target is { } t2 ? $"{Local(t2)} = " : "") + $"call_closure {Operand(c.Closure)}({Args(c.Args)}) -> {c.Returns}",
        ToSlotInst t => $"{Local(t.Target)} = to_slot {Operand(t.Value)}",
        FromSlotInst f => $"{Local(f.Target)} = from_slot {Operand(f.Slot)}",
        _ => inst.ToString(),
    };

    private static string Term(MirTerminator term) => term switch
    {
        ReturnTerm r => $"return {Operand(r.Value)}",
        GotoTerm g => $"goto bb{g.Target}",
        BranchTerm b => $"branch {Operand(b.Condition)}, bb{b.Then}, bb{b.Else}",
        SwitchTerm s => $"switch {Operand(s.Value)} [{string.Join(", ", s.Cases.Select(c => $"{c.Value} => bb{c.Target}"))}], else bb{s.Default}",
        PanicTerm p => $"panic {Quote(p.Message)} at {p.Site}",
        UnreachableTerm => "unreachable",
        _ => term.ToString(),
    };

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when c < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
