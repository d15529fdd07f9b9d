using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Mesh.Runtime.Memory;

namespace Mesh.Runtime.Actors;

/// <summary>
/// A message or a spawn-argument buffer: a flat, growable byte buffer in native
/// memory owned by the runtime (never by an actor heap). The sender builds it with
/// mesh_msg_put_*, hands it over with send/spawn (ownership moves, nothing is
/// shared), and the receiver reads it sequentially with mesh_msg_get_*, which copy
/// anything pointer-like into the receiver's heap. The same struct is the
/// "reader": <see cref="Pos"/> is the read cursor.
/// Encoding: i64 and f64 as 8 little-endian bytes; String as i64 length + bytes.
/// The first <see cref="InlineBytes"/> bytes live in the struct itself (<see cref="Data"/>
/// points at <see cref="_inline"/> until a put outgrows it), so a message of up to three
/// words (an Int, a pid and an Int, a small tuple) is one 64-byte block, aligned to a cache
/// line: a receiver on another core pulls one line per message.
/// </summary>
/// <remarks>System messages (EXIT, DOWN) are built by the runtime with the same encoding and a
/// non-zero <see cref="Kind"/>. Generated code reads <see cref="Kind"/> of a mailbox entry
/// directly, as the 8-byte word at <see cref="KindOffset"/> (runtime/README.md, ABI), and the
/// native mesh_msg_put_i64 / mesh_msg_get_i64 use Data, Len, Cap and Pos
/// (runtime/native/mesh_native.c); <see cref="CheckLayout"/> guards both.</remarks>
[StructLayout(LayoutKind.Sequential, Size = 64)]
public unsafe struct Message
{
    public byte* Data;
    public int Len;
    public int Cap;
    public long Pos;
    /// <summary>The link while the message waits in a receiver's inbox (<see cref="Mailbox"/>).</summary>
    public Message* Next;
    /// <summary>Mailbox entry kind (<see cref="MessageKind"/>): 0 for everything built with mesh_msg_new.</summary>
    public long Kind;
    private fixed byte _inline[InlineBytes];

    public const int InlineBytes = 24;

    /// <summary>Byte offset of <see cref="Kind"/>: part of the ABI (generated code loads it).</summary>
    public const int KindOffset = 32;

    /// <summary>Fails fast if the layout generated code relies on has changed.</summary>
    public static void CheckLayout()
    {
        Message m = default;
        byte* b = (byte*)&m;
        if ((byte*)&m.Kind - b != KindOffset || sizeof(Message) != 64
            || (byte*)&m.Data - b != 0 || (byte*)&m.Len - b != 8 || (byte*)&m.Cap - b != 12 || (byte*)&m.Pos - b != 16)
            Environment.FailFast("Mesh runtime: Message layout does not match the ABI (Data 0, Len 8, Cap 12, Pos 16, Kind 32, 64 bytes)");
    }

    public static Message* New()
    {
        var m = MessagePool.Rent();
        m->Data = m->_inline;
        m->Len = 0;
        m->Cap = InlineBytes;
        m->Pos = 0;
        m->Kind = 0;
        m->Next = null;
        return m;
    }

    public static void Free(Message* m)
    {
        if (m == null) return;
        if (m->Data != m->_inline) NativeMemory.Free(m->Data);
        MessagePool.Return(m);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* Reserve(Message* m, long n)
    {
        if (m->Len + n > m->Cap) Grow(m, n);
        byte* p = m->Data + m->Len;
        m->Len += (int)n;
        return p;
    }

    /// <summary>Makes room for <paramref name="n"/> more bytes (the native mesh_msg_put_i64's slow path).</summary>
    public static void EnsureRoom(Message* m, long n)
    {
        if (m->Len + n > m->Cap) Grow(m, n);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Grow(Message* m, long n)
    {
        long cap = Math.Max(64, (long)m->Cap * 2);
        while (cap < m->Len + n) cap *= 2;
        if (cap > int.MaxValue) Environment.FailFast("Mesh runtime: a message over 2 GiB");
        if (m->Data == m->_inline)
        {
            var data = (byte*)NativeMemory.Alloc((nuint)cap);
            Buffer.MemoryCopy(m->_inline, data, cap, m->Len);
            m->Data = data;
        }
        else
        {
            m->Data = (byte*)NativeMemory.Realloc(m->Data, (nuint)cap);
        }
        m->Cap = (int)cap;
    }

    public static void PutI64(Message* m, long v) => Unsafe.WriteUnaligned(Reserve(m, 8), v);

    public static void PutF64(Message* m, double v) => Unsafe.WriteUnaligned(Reserve(m, 8), v);

    public static void PutBytes(Message* m, ReadOnlySpan<byte> bytes)
    {
        byte* p = Reserve(m, 8 + bytes.Length);
        Unsafe.WriteUnaligned(p, (long)bytes.Length);
        bytes.CopyTo(new Span<byte>(p + 8, bytes.Length));
    }

    /// <summary>Appends bytes as they are (no length prefix): another message's encoded contents.</summary>
    public static void PutRaw(Message* m, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return;
        bytes.CopyTo(new Span<byte>(Reserve(m, bytes.Length), bytes.Length));
    }

    /// <summary>Reads 8 bytes at the cursor; a read past the end yields 0 (a codegen bug, never UB).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long GetI64(Message* m)
    {
        if (m == null || m->Pos + 8 > m->Len) return 0;
        long v = Unsafe.ReadUnaligned<long>(m->Data + m->Pos);
        m->Pos += 8;
        return v;
    }

    public static double GetF64(Message* m) => BitConverter.Int64BitsToDouble(GetI64(m));

    public static MeshString* GetString(Message* m)
    {
        long len = GetI64(m);
        if (len < 0 || m == null || m->Pos + len > m->Len) len = 0;
        var s = MeshString.FromSpan(new ReadOnlySpan<byte>(m->Data + m->Pos, (int)len));
        if (m != null) m->Pos += len;
        return s;
    }
}

/// <summary>
/// Free message blocks (all messages have the same size), so that sending does not go
/// through malloc: a message is usually built on one worker and freed on another, which is
/// the slow case of glibc's allocator (the freeing thread's cache fills up, the building
/// thread's stays empty, both fall back to the locked arena).
///
/// Each thread keeps its free blocks in a <em>magazine</em>: an array of up to
/// <see cref="MagazineSize"/> block addresses. Renting and returning only touch the array, never
/// the block itself: a block freed by the receiver's core is not read by the sender's core
/// until the sender fills it (stores, which do not stall the sender the way a load of a link
/// stored in the block would). A thread with a full magazine hands it to a shared stack and
/// continues with an empty one; a thread with an empty one takes a full one from there, so the
/// shared lock is taken once per <see cref="MagazineSize"/> messages. The shared stack keeps at
/// most <see cref="SharedMaxMagazines"/> magazines (1 MiB of blocks); beyond that blocks go
/// back to malloc, so a burst of queued messages does not pin memory.
/// </summary>
internal static unsafe class MessagePool
{
    private const int MagazineSize = 256;
    private const int SharedMaxMagazines = 64;
    /// <summary>How many rents ahead a block is prefetched.</summary>
    private const int PrefetchAhead = 4;

    [ThreadStatic] private static nint[]? t_magazine;
    [ThreadStatic] private static int t_count;

    private static readonly Lock s_lock = new();
    private static readonly Stack<nint[]> s_full = new();
    private static readonly Stack<nint[]> s_empty = new();

    public static Message* Rent()
    {
        var mag = t_magazine;
        int n = t_count;
        if (mag == null || n == 0)
        {
            mag = TakeFull();
            if (mag == null) return (Message*)NativeMemory.AlignedAlloc((nuint)sizeof(Message), 64);
            n = MagazineSize;
        }
        n--;
        t_count = n;
        // The block was usually freed on the receiver's core: start moving a later one here
        // now, while the caller fills this one.
        if (n >= PrefetchAhead && Sse.IsSupported) Sse.Prefetch0((void*)mag[n - PrefetchAhead]);
        return (Message*)mag[n];
    }

    public static void Return(Message* m)
    {
        var mag = t_magazine;
        if (mag == null || t_count == MagazineSize) mag = GiveFull();
        mag[t_count++] = (nint)m;
    }

    /// <summary>Swaps this thread's empty (or missing) magazine for a full one; null if there is none.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint[]? TakeFull()
    {
        nint[]? full = null;
        lock (s_lock)
        {
            if (s_full.Count > 0)
            {
                full = s_full.Pop();
                if (t_magazine != null) s_empty.Push(t_magazine);
            }
        }
        if (full != null)
        {
            t_magazine = full;
            t_count = MagazineSize;
        }
        return full;
    }

    /// <summary>Hands this thread's full magazine to the shared stack (or frees its blocks); returns an empty one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint[] GiveFull()
    {
        var mag = t_magazine;
        nint[]? empty = null;
        bool kept = false;
        lock (s_lock)
        {
            if (mag != null && s_full.Count < SharedMaxMagazines)
            {
                s_full.Push(mag);
                kept = true;
            }
            if (s_empty.Count > 0) empty = s_empty.Pop();
        }
        if (mag != null && !kept)
        {
            for (int i = 0; i < t_count; i++) NativeMemory.AlignedFree((void*)mag[i]);
            empty ??= mag;
        }
        empty ??= new nint[MagazineSize];
        t_magazine = empty;
        t_count = 0;
        return empty;
    }
}

/// <summary>Kinds of mailbox entries (mesh_mailbox_kind).</summary>
public static class MessageKind
{
    public const long User = 0;
    public const long Exit = 1;     // pid i64, reason kind i64, reason text string
    public const long Down = 2;     // ref i64, pid i64, reason kind i64, reason text string
    public const long NodeDown = 3; // reserved (distribution)
    public const long NodeUp = 4;   // reserved (distribution)
    public const long Reply = 5;    // a service reply: ref i64 first, then the reply value (see mesh_actor_send_reply)
    public const long Request = 6;  // a service request: tag, caller pid, ref (i64 each), then the arguments (mesh_actor_send_request)
    public const long Started = 7;  // a supervised child has started: pid i64 (mesh_supervisor_*)
    public const long StartChild = 8; // a request to a supervisor (start_child, which_children, ...): caller i64, ref i64, op i64, then the arguments
}
