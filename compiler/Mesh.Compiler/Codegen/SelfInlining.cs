using Mesh.Compiler.Mir;

namespace Mesh.Compiler.Codegen;

/// <summary>
/// Recursive self-inlining, as gcc -O2 does for <c>fib</c>: a small function <c>f</c> that calls
/// itself outside tail position gets internal copies <c>f.rec1</c> … <c>f.recK</c> marked
/// <c>alwaysinline</c>. <c>f</c>'s calls to itself go to <c>f.rec1</c>, <c>f.rec1</c>'s to
/// <c>f.rec2</c>, …, and <c>f.recK</c>'s back to <c>f</c>, so LLVM's inliner pastes the chain into
/// <c>f</c> and one real call runs K + 1 levels of the recursion. The copies carry no stack check
/// and no reduction tick: they are only entered from <c>f</c>, whose entry check covers its whole
/// (fixed-size) frame, and every cycle of the call graph still passes <c>f</c>'s tick, so each real
/// call that calls anything ticks once and stack overflow is still found at <c>f</c>'s entry. Panic
/// sites are constants of the instructions, so a panic inside a copy reports the same file and line.
/// K is bounded by the code the copies add: a body of s instructions with c self-calls adds
/// s·c + s·c² + … + s·c^K instructions to <c>f</c>.
/// </summary>
internal static class SelfInlining
{
    /// <summary>MIR instructions (all blocks) above which a function is not copied at all.</summary>
    private const int MaxBodyInstructions = 40;

    /// <summary>The most MIR instructions the copies may add to one function.</summary>
    private const int MaxAddedInstructions = 256;

    /// <summary>The most levels inlined into one real call (beyond its own).</summary>
    private const int MaxCopies = 4;

    public static string CopyName(MirFunction fn, int level) => $"{fn.Name}.rec{level}";

    /// <summary>
    /// How many copies <paramref name="fn"/> gets (0: none): only ordinary functions, small, without
    /// loops (a loop in a copy would need its own tick), calling themselves outside tail position.
    /// </summary>
    public static int Copies(MirFunction fn)
    {
        if (fn.Kind != MirFunctionKind.Normal)
        {
            return 0;
        }
        // a copy carries everything but the reduction ticks
        var size = fn.Blocks.Sum(b => b.Instructions.Count(i => i is not RuntimeCallInst { Function: var f } || f != RuntimeFunctions.ReductionTick));
        var selfCalls = fn.Blocks.Sum(b => b.Instructions.Count(i => i is CallInst { IsTail: false } c && c.Function == fn.Name));
        if (selfCalls == 0 || size > MaxBodyInstructions || !IsAcyclic(fn))
        {
            return 0;
        }
        var copies = 0;
        long added = 0, copiesAtLevel = 1;
        while (copies < MaxCopies)
        {
            copiesAtLevel *= selfCalls;
            if (added + size * copiesAtLevel > MaxAddedInstructions)
            {
                break;
            }
            added += size * copiesAtLevel;
            copies++;
        }
        return copies;
    }

    /// <summary>Whether the control-flow graph has no cycle (depth-first search with on-stack marks).</summary>
    private static bool IsAcyclic(MirFunction fn)
    {
        var state = new byte[fn.Blocks.Length]; // 0 unseen, 1 on the stack, 2 done
        var stack = new Stack<(int Block, int Next)>();
        state[0] = 1;
        stack.Push((0, 0));
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var successors = Successors(fn.Blocks[block].Terminator);
            if (next == successors.Length)
            {
                state[block] = 2;
                continue;
            }
            stack.Push((block, next + 1));
            var s = successors[next];
            if (state[s] == 1)
            {
                return false;
            }
            if (state[s] == 0)
            {
                state[s] = 1;
                stack.Push((s, 0));
            }
        }
        return true;
    }

    /// <summary>The blocks a terminator can jump to.</summary>
    internal static int[] Successors(MirTerminator term) => term switch
    {
        GotoTerm g => [g.Target],
        BranchTerm b => [b.Then, b.Else],
        SwitchTerm s => [s.Default, .. s.Cases.Select(c => c.Target)],
        _ => [],
    };
}
