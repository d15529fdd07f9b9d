using Mesh.Runtime.Native;

namespace Mesh.Runtime.IO;

/// <summary>
/// The process's buffered standard output, shared by all actors. Each print is
/// appended under one lock, so a line printed with one call never interleaves
/// with another actor's output. The buffer is flushed when full, when a worker
/// runs out of work (so output of a waiting program shows up promptly), before
/// anything is written to stderr, and at exit. On a terminal, every println flushes.
/// </summary>
public static unsafe class StdOut
{
    private const int Capacity = 64 * 1024;
    private static readonly Lock s_lock = new();
    private static readonly byte[] s_buf = new byte[Capacity];
    private static int s_len;
    private static bool s_tty;

    internal static void Init() => s_tty = NativeMethods.IsATty(1) == 1;

    public static void Write(ReadOnlySpan<byte> bytes, bool newline)
    {
        lock (s_lock)
        {
            int need = bytes.Length + (newline ? 1 : 0);
            if (s_len + need > Capacity) FlushLocked();
            if (need > Capacity)
            {
                WriteFd(1, bytes);
                if (newline) WriteFd(1, "\n"u8);
            }
            else
            {
                bytes.CopyTo(s_buf.AsSpan(s_len));
                s_len += bytes.Length;
                if (newline) s_buf[s_len++] = (byte)'\n';
            }
            if (newline && s_tty) FlushLocked();
        }
    }

    public static void Flush()
    {
        lock (s_lock) FlushLocked();
    }

    /// <summary>Flush from a dying process: never blocks on the lock (it may be held forever).</summary>
    public static void TryFlush()
    {
        if (!s_lock.TryEnter()) return;
        try
        {
            FlushLocked();
        }
        finally
        {
            s_lock.Exit();
        }
    }

    /// <summary>Cheap check used by idle workers.</summary>
    public static void FlushIfDirty()
    {
        if (Volatile.Read(ref s_len) != 0) Flush();
    }

    private static void FlushLocked()
    {
        if (s_len == 0) return;
        WriteFd(1, s_buf.AsSpan(0, s_len));
        s_len = 0;
    }

    /// <summary>Writes to stderr, after flushing stdout so the two streams stay in order.</summary>
    public static void WriteStdErr(ReadOnlySpan<byte> bytes)
    {
        lock (s_lock)
        {
            FlushLocked();
            WriteFd(2, bytes);
        }
    }

    public static void WriteStdErr(string text) => WriteStdErr(System.Text.Encoding.UTF8.GetBytes(text));

    private static void WriteFd(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes) NativeMethods.WriteAll(fd, p, bytes.Length);
    }
}
