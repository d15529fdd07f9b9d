using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mesh.Runtime.Memory;

/// <summary>
/// The memory of one actor. For now a chunked bump allocator over NativeMemory:
/// allocation is a pointer bump, everything is released at once when the actor
/// exits. Every Mesh value an actor creates comes from here (through mesh_alloc
/// and the runtime functions that build values), so a per-actor collector can
/// later replace the bump policy behind the same <see cref="Alloc"/> entry point
/// (chunks already form a list it can walk).
/// </summary>
public unsafe struct ActorHeap
{
    // Chunk layout: [ChunkHeader (16 bytes)][payload...]
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct ChunkHeader
    {
        public ChunkHeader* Prev;
        public long Size; // payload bytes
    }

    private const long FirstChunk = 1024;
    private const long MaxChunk = 256 * 1024;

    private byte* _cur;
    private byte* _end;
    private ChunkHeader* _chunks;
    private long _nextChunk;
    private long _allocated;

    public readonly long BytesAllocated => _allocated;

    /// <summary>Zeroed, 8-byte aligned (in fact 16-byte aligned chunk starts) memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* Alloc(long size)
    {
        if (size <= 0) size = 8;
        long rounded = (size + 7) & ~7L;
        byte* p = _cur;
        if (rounded <= _end - p)
        {
            _cur = p + rounded;
            _allocated += rounded;
            return p;
        }
        return AllocSlow(rounded);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void* AllocSlow(long rounded)
    {
        _allocated += rounded;
        if (rounded >= MaxChunk / 4 && _chunks != null)
        {
            // A big block gets a chunk of its own, linked behind the current
            // chunk so that bumping continues where it was.
            var big = NewChunk(rounded);
            big->Prev = _chunks->Prev;
            _chunks->Prev = big;
            return (byte*)big + sizeof(ChunkHeader);
        }
        if (_nextChunk == 0) _nextChunk = FirstChunk;
        long payload = Math.Max(rounded, _nextChunk);
        if (_nextChunk < MaxChunk) _nextChunk *= 2;
        var chunk = NewChunk(payload);
        chunk->Prev = _chunks;
        _chunks = chunk;
        byte* data = (byte*)chunk + sizeof(ChunkHeader);
        _cur = data + rounded;
        _end = data + payload;
        return data;
    }

    private static ChunkHeader* NewChunk(long payload)
    {
        var chunk = (ChunkHeader*)NativeMemory.AllocZeroed((nuint)(sizeof(ChunkHeader) + payload));
        chunk->Size = payload;
        return chunk;
    }

    /// <summary>Frees every chunk. The heap is empty (and reusable) afterwards.</summary>
    public void Release()
    {
        var c = _chunks;
        while (c != null)
        {
            var prev = c->Prev;
            NativeMemory.Free(c);
            c = prev;
        }
        this = default;
    }
}
