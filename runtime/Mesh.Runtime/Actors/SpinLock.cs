using System.Runtime.CompilerServices;

namespace Mesh.Runtime.Actors;

/// <summary>
/// A tiny test-and-test-and-set lock for the actor's mailbox and state. Critical
/// sections are a handful of instructions and never contain a coroutine switch,
/// so spinning (with back-off to the OS) is cheaper than a full monitor, and it
/// costs no managed allocation per actor. Use through <c>using var _ = x.Enter()</c>
/// only on a field (it is a mutable struct).
/// </summary>
public struct ActorLock
{
    private int _state;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enter()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0) EnterSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterSlow()
    {
        var spin = new SpinWait();
        while (true)
        {
            if (Volatile.Read(ref _state) == 0 && Interlocked.CompareExchange(ref _state, 1, 0) == 0) return;
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit() => Volatile.Write(ref _state, 0);
}
