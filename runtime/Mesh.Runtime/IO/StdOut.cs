using System.Runtime.InteropServices;
using Mesh.Runtime.Native;

namespace Mesh.Runtime.IO;

/// <summary>
/// The process's buffered standard output, shared by all actors. Each print is
/// appended under one lock, so a line printed with one call never interleaves
/// with another actor's output. The buffer is flushed when full, when a worker
/// runs out of work (so output of a waiting program shows up promptly), before
/// anything is written to stderr, and at exit. On a terminal, every println flushes.
///
/// The buffer lives in native memory, registered with the native helpers, so that the
/// fatal-signal path (a stack overflow inside runtime code) can flush it without calling
/// C#, which is impossible while the faulting thread is inside managed code.
/// </summary>
public static unsafe class StdOut
{
    /// <summary>Shared with runtime/native/mesh_native.c (struct mesh_stdout).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Buffer
    {
        public byte* Bytes;
        public int Length;
        /// <summary>1 while a writer (holding the lock) or the fatal-signal flush uses the buffer.</summary>
        public int Busy;
    }

    private const int Capacity = 64 * 1024;
    private static readonly Lock s_lock = new();
    private static readonly Buffer* s_out = CreateBuffer();
    private static bool s_tty;

    private static Buffer* CreateBuffer()
    {
        var b = (Buffer*)NativeMemory.AllocZeroed((nuint)sizeof(Buffer));
        b->Bytes = (byte*)NativeMemory.Alloc(Capacity);
        return b;
    }

    internal static void Init()
    {
        s_tty = NativeMethods.IsATty(1) == 1;
        NativeMethods.RegisterStdOut(s_out);
    }

    public static void Write(ReadOnlySpan<byte> bytes, bool newline)
    {
        Enter();
        try
        {
            int need = bytes.Length + (newline ? 1 : 0);
            if (s_out->Length + need > Capacity) FlushLocked();
            if (need > Capacity)
            {
                WriteFd(1, bytes);
                if (newline) WriteFd(1, "\n"u8);
            }
            else
            {
                bytes.CopyTo(new Span<byte>(s_out->Bytes + s_out->Length, Capacity - s_out->Length));
                int length = s_out->Length + bytes.Length;
                if (newline) s_out->Bytes[length++] = (byte)'\n';
                s_out->Length = length;
            }
            if (newline && s_tty) FlushLocked();
        }
        finally
        {
            Exit();
        }
    }

    public static void Flush()
    {
        Enter();
        try
        {
            FlushLocked();
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Cheap check used by idle workers.</summary>
    public static void FlushIfDirty()
    {
        if (Volatile.Read(ref s_out->Length) != 0) Flush();
    }

    private static void Enter()
    {
        s_lock.Enter();
        // Claimed by the fatal-signal flush: the process is ending, so this thread just waits for it.
        while (Interlocked.CompareExchange(ref s_out->Busy, 1, 0) != 0) Thread.Sleep(1);
    }

    private static void Exit()
    {
        Volatile.Write(ref s_out->Busy, 0);
        s_lock.Exit();
    }

    private static void FlushLocked()
    {
        if (s_out->Length == 0) return;
        WriteFd(1, new ReadOnlySpan<byte>(s_out->Bytes, s_out->Length));
        s_out->Length = 0;
    }

    /// <summary>Writes to stderr, after flushing stdout so the two streams stay in order.</summary>
    public static void WriteStdErr(ReadOnlySpan<byte> bytes)
    {
        Enter();
        try
        {
            FlushLocked();
            WriteFd(2, bytes);
        }
        finally
        {
            Exit();
        }
    }

    public static void WriteStdErr(string text) => WriteStdErr(System.Text.Encoding.UTF8.GetBytes(text));

    private static void WriteFd(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes) NativeMethods.WriteAll(fd, p, bytes.Length);
    }
}
