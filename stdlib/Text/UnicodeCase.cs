using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Mesh.Stdlib.Text;

/// <summary>
/// Unicode case mapping with the results Mesh promises (the ones Rust's <c>str::to_uppercase</c> /
/// <c>to_lowercase</c> give, which upstream uses): full, locale-independent mappings.
///
/// .NET's invariant <see cref="Rune.ToUpperInvariant"/> / <see cref="Rune.ToLowerInvariant"/> give the
/// simple (one scalar to one scalar) mappings of UnicodeData.txt, except that they leave the Turkic
/// letters alone. On top of them we apply:
/// <list type="bullet">
/// <item>the unconditional multi-scalar mappings of SpecialCasing.txt (ß → SS, ﬁ → FI, ŉ → ʼN, Greek
/// letters with ypogegrammeni, ...): <see cref="s_upperSpecial"/>; no lowercase mapping there is
/// multi-scalar except İ → i̇;</item>
/// <item>ı → I, ſ → S and İ → i + U+0307, which the invariant tables skip;</item>
/// <item>the Final_Sigma rule: Σ lowers to ς at the end of a word (preceded by a cased letter and not
/// followed by one, case-ignorable characters skipped), to σ elsewhere.</item>
/// </list>
/// The tables below were derived from SpecialCasing.txt and DerivedCoreProperties.txt (Unicode 14)
/// and checked against every scalar value.
/// </summary>
internal static class UnicodeCase
{
    /// <summary>Scalars whose full uppercase mapping is more than one scalar (SpecialCasing.txt, unconditional).</summary>
    private static readonly FrozenDictionary<int, string> s_upperSpecial = new Dictionary<int, string>
    {
        [0x00DF] = "\u0053\u0053",
        [0xFB00] = "\u0046\u0046",
        [0xFB01] = "\u0046\u0049",
        [0xFB02] = "\u0046\u004C",
        [0xFB03] = "\u0046\u0046\u0049",
        [0xFB04] = "\u0046\u0046\u004C",
        [0xFB05] = "\u0053\u0054",
        [0xFB06] = "\u0053\u0054",
        [0x0587] = "\u0535\u0552",
        [0xFB13] = "\u0544\u0546",
        [0xFB14] = "\u0544\u0535",
        [0xFB15] = "\u0544\u053B",
        [0xFB16] = "\u054E\u0546",
        [0xFB17] = "\u0544\u053D",
        [0x0149] = "\u02BC\u004E",
        [0x0390] = "\u0399\u0308\u0301",
        [0x03B0] = "\u03A5\u0308\u0301",
        [0x01F0] = "\u004A\u030C",
        [0x1E96] = "\u0048\u0331",
        [0x1E97] = "\u0054\u0308",
        [0x1E98] = "\u0057\u030A",
        [0x1E99] = "\u0059\u030A",
        [0x1E9A] = "\u0041\u02BE",
        [0x1F50] = "\u03A5\u0313",
        [0x1F52] = "\u03A5\u0313\u0300",
        [0x1F54] = "\u03A5\u0313\u0301",
        [0x1F56] = "\u03A5\u0313\u0342",
        [0x1FB6] = "\u0391\u0342",
        [0x1FC6] = "\u0397\u0342",
        [0x1FD2] = "\u0399\u0308\u0300",
        [0x1FD3] = "\u0399\u0308\u0301",
        [0x1FD6] = "\u0399\u0342",
        [0x1FD7] = "\u0399\u0308\u0342",
        [0x1FE2] = "\u03A5\u0308\u0300",
        [0x1FE3] = "\u03A5\u0308\u0301",
        [0x1FE4] = "\u03A1\u0313",
        [0x1FE6] = "\u03A5\u0342",
        [0x1FE7] = "\u03A5\u0308\u0342",
        [0x1FF6] = "\u03A9\u0342",
        [0x1F80] = "\u1F08\u0399",
        [0x1F81] = "\u1F09\u0399",
        [0x1F82] = "\u1F0A\u0399",
        [0x1F83] = "\u1F0B\u0399",
        [0x1F84] = "\u1F0C\u0399",
        [0x1F85] = "\u1F0D\u0399",
        [0x1F86] = "\u1F0E\u0399",
        [0x1F87] = "\u1F0F\u0399",
        [0x1F88] = "\u1F08\u0399",
        [0x1F89] = "\u1F09\u0399",
        [0x1F8A] = "\u1F0A\u0399",
        [0x1F8B] = "\u1F0B\u0399",
        [0x1F8C] = "\u1F0C\u0399",
        [0x1F8D] = "\u1F0D\u0399",
        [0x1F8E] = "\u1F0E\u0399",
        [0x1F8F] = "\u1F0F\u0399",
        [0x1F90] = "\u1F28\u0399",
        [0x1F91] = "\u1F29\u0399",
        [0x1F92] = "\u1F2A\u0399",
        [0x1F93] = "\u1F2B\u0399",
        [0x1F94] = "\u1F2C\u0399",
        [0x1F95] = "\u1F2D\u0399",
        [0x1F96] = "\u1F2E\u0399",
        [0x1F97] = "\u1F2F\u0399",
        [0x1F98] = "\u1F28\u0399",
        [0x1F99] = "\u1F29\u0399",
        [0x1F9A] = "\u1F2A\u0399",
        [0x1F9B] = "\u1F2B\u0399",
        [0x1F9C] = "\u1F2C\u0399",
        [0x1F9D] = "\u1F2D\u0399",
        [0x1F9E] = "\u1F2E\u0399",
        [0x1F9F] = "\u1F2F\u0399",
        [0x1FA0] = "\u1F68\u0399",
        [0x1FA1] = "\u1F69\u0399",
        [0x1FA2] = "\u1F6A\u0399",
        [0x1FA3] = "\u1F6B\u0399",
        [0x1FA4] = "\u1F6C\u0399",
        [0x1FA5] = "\u1F6D\u0399",
        [0x1FA6] = "\u1F6E\u0399",
        [0x1FA7] = "\u1F6F\u0399",
        [0x1FA8] = "\u1F68\u0399",
        [0x1FA9] = "\u1F69\u0399",
        [0x1FAA] = "\u1F6A\u0399",
        [0x1FAB] = "\u1F6B\u0399",
        [0x1FAC] = "\u1F6C\u0399",
        [0x1FAD] = "\u1F6D\u0399",
        [0x1FAE] = "\u1F6E\u0399",
        [0x1FAF] = "\u1F6F\u0399",
        [0x1FB3] = "\u0391\u0399",
        [0x1FBC] = "\u0391\u0399",
        [0x1FC3] = "\u0397\u0399",
        [0x1FCC] = "\u0397\u0399",
        [0x1FF3] = "\u03A9\u0399",
        [0x1FFC] = "\u03A9\u0399",
        [0x1FB2] = "\u1FBA\u0399",
        [0x1FB4] = "\u0386\u0399",
        [0x1FC2] = "\u1FCA\u0399",
        [0x1FC4] = "\u0389\u0399",
        [0x1FF2] = "\u1FFA\u0399",
        [0x1FF4] = "\u038F\u0399",
        [0x1FB7] = "\u0391\u0342\u0399",
        [0x1FC7] = "\u0397\u0342\u0399",
        [0x1FF7] = "\u03A9\u0342\u0399",
    }.ToFrozenDictionary();

    /// <summary>
    /// Appends the uppercase form of <paramref name="r"/> to <paramref name="dst"/> (when not null) and
    /// returns its length in UTF-8 bytes.
    /// </summary>
    public static unsafe int Upper(Rune r, byte* dst)
    {
        if (r.Value < 0x80)
        {
            if (dst != null) *dst = (byte)(r.Value is >= 'a' and <= 'z' ? r.Value - 32 : r.Value);
            return 1;
        }
        if (s_upperSpecial.TryGetValue(r.Value, out var special))
        {
            return WriteUtf16(special, dst);
        }
        var u = r.Value switch
        {
            0x0131 => new Rune('I'), // dotless i
            0x017F => new Rune('S'), // long s
            _ => Rune.ToUpperInvariant(r),
        };
        return Write(u, dst);
    }

    /// <summary>
    /// Appends the lowercase form of the scalar at <paramref name="at"/> in <paramref name="text"/>
    /// (needed for the context of Σ) and returns its length in UTF-8 bytes.
    /// </summary>
    public static unsafe int Lower(Rune r, ReadOnlySpan<byte> text, int at, int next, byte* dst)
    {
        if (r.Value < 0x80)
        {
            if (dst != null) *dst = (byte)(r.Value is >= 'A' and <= 'Z' ? r.Value + 32 : r.Value);
            return 1;
        }
        switch (r.Value)
        {
            case 0x0130: // capital I with dot above: i + combining dot above
                return Write(new Rune('i'), dst) + Write(new Rune(0x0307), dst == null ? null : dst + 1);
            case 0x03A3: // capital sigma
                return Write(new Rune(IsFinalSigma(text, at, next) ? 0x03C2 : 0x03C3), dst);
            default:
                return Write(Rune.ToLowerInvariant(r), dst);
        }
    }

    /// <summary>Final_Sigma: a cased letter before (skipping case-ignorables), none after.</summary>
    private static bool IsFinalSigma(ReadOnlySpan<byte> text, int at, int next)
    {
        var before = false;
        for (var i = at; i > 0;)
        {
            Rune.DecodeLastFromUtf8(text[..i], out var r, out var n);
            i -= n;
            if (IsCaseIgnorable(r)) continue;
            before = IsCased(r);
            break;
        }
        if (!before) return false;
        for (var i = next; i < text.Length;)
        {
            Rune.DecodeFromUtf8(text[i..], out var r, out var n);
            i += n;
            if (IsCaseIgnorable(r)) continue;
            return !IsCased(r);
        }
        return true;
    }

    /// <summary>The Cased property: Lu, Ll, Lt, Other_Lowercase and Other_Uppercase.</summary>
    private static bool IsCased(Rune r)
    {
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }
        var c = r.Value;
        return c is 0xAA or 0xBA or (>= 0x2B0 and <= 0x2B8) or 0x2C0 or 0x2C1 or (>= 0x2E0 and <= 0x2E4) or 0x345 or 0x37A
            or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF) or 0x2071 or 0x207F or (>= 0x2090 and <= 0x209C)
            or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9) or 0x2C7C or 0x2C7D or 0xA69C or 0xA69D or 0xA770
            or 0xA7F8 or 0xA7F9 or (>= 0xAB5C and <= 0xAB5F) or 0x10780 or (>= 0x10783 and <= 0x10785)
            or (>= 0x10787 and <= 0x107B0) or (>= 0x107B2 and <= 0x107BA) or (>= 0x1F130 and <= 0x1F149)
            or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
    }

    /// <summary>The Case_Ignorable property: Mn, Me, Cf, Lm, Sk and the word-internal punctuation of Word_Break.</summary>
    private static bool IsCaseIgnorable(Rune r)
    {
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }
        return r.Value is 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }

    private static unsafe int Write(Rune r, byte* dst)
    {
        var n = r.Utf8SequenceLength;
        if (dst != null) r.EncodeToUtf8(new Span<byte>(dst, n));
        return n;
    }

    private static unsafe int WriteUtf16(string s, byte* dst)
    {
        var total = 0;
        foreach (var r in s.EnumerateRunes())
        {
            total += Write(r, dst == null ? null : dst + total);
        }
        return total;
    }
}
