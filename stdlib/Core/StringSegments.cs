using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Mesh.Runtime.Memory;

namespace Mesh.Stdlib.Core;

/// <summary>
/// String functions that cut a string into pieces or pick one out: graphemes, chars, words, at,
/// index_of and count. Indices count Unicode scalars, as everywhere in the String module; should
/// invalid UTF-8 ever get in, a byte that starts no scalar is one unit of its own (as String.length
/// counts it) and no byte is ever dropped.
///
/// Pieces are allocated on the current actor's heap (one-byte ASCII pieces are shared immortal
/// strings). Lists are flat (<c>{ len, items, items[len] }</c>, runtime/native/mesh_list.h) and are
/// allocated at their exact length, so boundaries are found before anything is allocated.
/// </summary>
public static unsafe class StringSegments
{
    /// <summary>Inputs up to this many bytes are segmented in stack buffers, longer ones in pooled arrays.</summary>
    private const int StackLimit = 256;

    /// <summary>The 128 one-byte ASCII strings, shared by every piece that is a single ASCII character.</summary>
    private static readonly nint[] s_ascii = MakeAscii();

    private static nint[] MakeAscii()
    {
        var table = new nint[128];
        Span<byte> one = stackalloc byte[1];
        for (var c = 0; c < table.Length; c++)
        {
            one[0] = (byte)c;
            table[c] = (nint)MeshString.Immortal(one);
        }
        return table;
    }

    /// <summary>Bytes [from, to) of <paramref name="s"/> as a string of their own.</summary>
    private static MeshString* Piece(MeshString* s, int from, int to)
    {
        if (from == to) return Strings.Empty;
        var bytes = MeshString.Span(s);
        if (from == 0 && to == bytes.Length) return s;
        if (to - from == 1 && bytes[from] < 0x80) return (MeshString*)s_ascii[bytes[from]];
        return MeshString.FromSpan(bytes[from..to]);
    }

    /// <summary>
    /// A flat list of the pieces of <paramref name="s"/> between consecutive byte offsets of
    /// <paramref name="cuts"/> taken in pairs: piece i is bytes [cuts[2i], cuts[2i + 1]).
    /// </summary>
    private static long* PiecesList(MeshString* s, ReadOnlySpan<int> cuts)
    {
        var count = cuts.Length / 2;
        var list = (long*)Heaps.Alloc(16 + 8L * count);
        list[0] = count;
        list[1] = (long)(list + 2);
        // the collector does not move objects: the list stays where it is while the pieces are made
        for (var i = 0; i < count; i++)
        {
            list[2 + i] = (long)Piece(s, cuts[2 * i], cuts[2 * i + 1]);
        }
        return list;
    }

    /// <summary>
    /// String.chars: the Unicode scalars (code points) one by one, <c>"e\u0301"</c> giving two items;
    /// an empty list for the empty string.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_chars")]
    public static long* Chars(MeshString* s)
    {
        var bytes = MeshString.Span(s);
        // a piece starts at byte 0 and at every later byte that is not a continuation byte
        var count = bytes.IsEmpty ? 0 : 1 + (int)Strings.UnitCount(bytes[1..]);
        var list = (long*)Heaps.Alloc(16 + 8L * count);
        list[0] = count;
        list[1] = (long)(list + 2);
        var start = 0;
        var n = 0;
        for (var i = 1; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && Strings.IsContinuation(bytes[i])) continue;
            list[2 + n++] = (long)Piece(s, start, i);
            start = i;
        }
        return list;
    }

    /// <summary>
    /// String.graphemes: the extended grapheme clusters of Unicode's text segmentation (UAX #29) —
    /// what a reader sees as one character: <c>"e\u0301"</c>, a flag, an emoji with a skin tone or a
    /// ZWJ family, <c>"\r\n"</c> are one item each. .NET's <see cref="StringInfo"/> finds the
    /// boundaries on UTF-16 text, so the string is decoded into a buffer that remembers the byte
    /// offset each UTF-16 unit came from.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_graphemes")]
    public static long* Graphemes(MeshString* s)
    {
        var bytes = MeshString.Span(s);
        // a scalar needs at most two UTF-16 units and takes at least one byte (two units: four bytes)
        var room = bytes.Length + 1;
        char[]? pooledChars = null;
        int[]? pooledOffsets = null;
        int[]? pooledCuts = null;
        try
        {
            Span<char> chars = room <= StackLimit ? stackalloc char[room] : (pooledChars = ArrayPool<char>.Shared.Rent(room));
            Span<int> offsets = room <= StackLimit ? stackalloc int[room] : (pooledOffsets = ArrayPool<int>.Shared.Rent(room));
            var units = 0;
            for (var at = 0; at < bytes.Length;)
            {
                var status = Rune.DecodeFromUtf8(bytes[at..], out var rune, out var consumed);
                if (status != OperationStatus.Done)
                {
                    rune = Rune.ReplacementChar; // a byte that starts no scalar stays a unit of its own
                    consumed = Math.Max(1, consumed);
                }
                var written = rune.EncodeToUtf16(chars[units..]);
                for (var k = 0; k < written; k++) offsets[units + k] = at;
                units += written;
                at += consumed;
            }
            offsets[units] = bytes.Length;

            // two cuts per cluster: its first and its end byte
            var cutRoom = 2 * units;
            Span<int> cuts = cutRoom <= StackLimit ? stackalloc int[cutRoom] : (pooledCuts = ArrayPool<int>.Shared.Rent(cutRoom));
            var cutCount = 0;
            for (var unit = 0; unit < units;)
            {
                var length = StringInfo.GetNextTextElementLength(chars[unit..units]);
                cuts[cutCount++] = offsets[unit];
                unit += Math.Max(1, length);
                cuts[cutCount++] = offsets[unit];
            }
            return PiecesList(s, cuts[..cutCount]);
        }
        finally
        {
            if (pooledChars != null) ArrayPool<char>.Shared.Return(pooledChars);
            if (pooledOffsets != null) ArrayPool<int>.Shared.Return(pooledOffsets);
            if (pooledCuts != null) ArrayPool<int>.Shared.Return(pooledCuts);
        }
    }

    /// <summary>
    /// String.words: the runs of characters between Unicode White_Space (spaces, tabs, line breaks,
    /// NBSP, ideographic space, ...), left to right, never an empty item: <c>"  a \t b\n"</c> gives
    /// <c>["a", "b"]</c> and a string of only white space gives <c>[]</c>.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_words")]
    public static long* Words(MeshString* s)
    {
        var bytes = MeshString.Span(s);
        int[]? pooled = null;
        try
        {
            // a word and the white space after it take at least two bytes
            var room = bytes.Length + 2;
            Span<int> cuts = room <= StackLimit ? stackalloc int[room] : (pooled = ArrayPool<int>.Shared.Rent(room));
            var count = 0;
            var wordStart = -1;
            for (var at = 0; at < bytes.Length;)
            {
                var status = Rune.DecodeFromUtf8(bytes[at..], out var rune, out var consumed);
                consumed = Math.Max(1, consumed);
                var space = status == OperationStatus.Done && Rune.IsWhiteSpace(rune);
                if (space && wordStart >= 0)
                {
                    cuts[count++] = wordStart;
                    cuts[count++] = at;
                    wordStart = -1;
                }
                else if (!space && wordStart < 0)
                {
                    wordStart = at;
                }
                at += consumed;
            }
            if (wordStart >= 0)
            {
                cuts[count++] = wordStart;
                cuts[count++] = bytes.Length;
            }
            return PiecesList(s, cuts[..count]);
        }
        finally
        {
            if (pooled != null) ArrayPool<int>.Shared.Return(pooled);
        }
    }

    /// <summary>
    /// String.at: Some(the scalar at index i) or None when i is out of range; a negative index counts
    /// from the end (-1 is the last scalar), as Elixir's String.at.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_at")]
    public static long* At(MeshString* s, long index)
    {
        var bytes = MeshString.Span(s);
        if (index < 0)
        {
            index += Strings.UnitCount(bytes);
            if (index < 0) return TaggedValues.None();
        }
        var from = Strings.OffsetOfUnit(bytes, 0, index);
        if (from >= bytes.Length) return TaggedValues.None();
        var to = Strings.OffsetOfUnit(bytes, from, 1);
        // the piece is made before the Option, which then holds the only reference to it
        var piece = Piece(s, from, to);
        return TaggedValues.Some((long)piece);
    }

    /// <summary>
    /// String.index_of: Some(the scalar index where <paramref name="needle"/> first occurs) or None;
    /// the empty needle occurs at 0.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_index_of")]
    public static long* IndexOf(MeshString* s, MeshString* needle)
    {
        var bytes = MeshString.Span(s);
        var at = bytes.IndexOf(MeshString.Span(needle));
        return at < 0 ? TaggedValues.None() : TaggedValues.Some(Strings.UnitCount(bytes[..at]));
    }

    /// <summary>
    /// String.count: how many non-overlapping occurrences of <paramref name="needle"/> there are, left
    /// to right (<c>"aaaa"</c> has two <c>"aa"</c>). The empty needle occurs before every scalar and at
    /// the end, length + 1 times — where String.replace puts its replacement.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_count")]
    public static long Count(MeshString* s, MeshString* needle)
    {
        var text = MeshString.Span(s);
        var pattern = MeshString.Span(needle);
        if (pattern.IsEmpty) return Strings.UnitCount(text) + 1;
        long count = 0;
        for (var i = text.IndexOf(pattern); i >= 0; i = text.IndexOf(pattern))
        {
            count++;
            text = text[(i + pattern.Length)..];
        }
        return count;
    }

    /// <summary>String.byte_size: the length of the UTF-8 encoding in bytes.</summary>
    [UnmanagedCallersOnly(EntryPoint = "mesh_string_byte_size")]
    public static long ByteSize(MeshString* s) => MeshString.Length(s);
}
