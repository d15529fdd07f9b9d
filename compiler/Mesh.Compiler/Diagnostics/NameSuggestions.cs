namespace Mesh.Compiler.Diagnostics;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
public static class NameSuggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, name.Length / 3);
        foreach (var candidate in candidates)
        {
            if (candidate == name)
            {
                continue;
            }
            var d = EditDistance(name, candidate);
            if (d <= limit && (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best is null && Synonyms.TryGetValue(name, out var meanings))
        {
            // Not a typo but another language's name for it (Elixir's pad_leading, Rust's len).
            var known = candidates as ICollection<string> ?? candidates.ToHashSet();
            best = meanings.FirstOrDefault(known.Contains);
        }
        return best;
    }

    /// <summary>
    /// Names other languages' standard libraries use, with the Mesh names to suggest for them (the
    /// first one the module has). Only suggested when no known name is spelt closely.
    /// </summary>
    private static readonly Dictionary<string, string[]> Synonyms = new()
    {
        ["pad_left"] = ["pad_start"],
        ["pad_leading"] = ["pad_start"],
        ["ljust"] = ["pad_end"],
        ["pad_right"] = ["pad_end"],
        ["pad_trailing"] = ["pad_end"],
        ["rjust"] = ["pad_start"],
        ["trim_leading"] = ["trim_start"],
        ["trim_left"] = ["trim_start"],
        ["trim_trailing"] = ["trim_end"],
        ["trim_right"] = ["trim_end"],
        ["upcase"] = ["to_upper"],
        ["uppercase"] = ["to_upper"],
        ["downcase"] = ["to_lower"],
        ["lowercase"] = ["to_lower"],
        ["len"] = ["length", "size"],
        ["size"] = ["length"],
        ["count"] = ["length", "size"],
        ["includes"] = ["contains"],
        ["member"] = ["contains", "has_key"],
        ["contains_key"] = ["has_key"],
        ["push"] = ["append", "add"],
        ["insert"] = ["put", "add"],
        ["remove"] = ["delete"],
        ["fold"] = ["reduce"],
        ["foldl"] = ["reduce"],
        ["fold_left"] = ["reduce"],
        ["inject"] = ["reduce"],
        ["for_each"] = ["each"],
        ["forEach"] = ["each"],
        ["head_option"] = ["first"],
        ["split_whitespace"] = ["words"],
        ["fetch"] = ["find"],
        ["sort_with"] = ["sort"],
        ["parse_int"] = ["to_int", "parse"],
        ["parse_float"] = ["to_float", "parse"],
        ["dedup"] = ["uniq"],
        ["unique"] = ["uniq"],
        ["nth_option"] = ["at"],
        // type names
        ["Integer"] = ["Int"],
        ["Str"] = ["String"],
        ["Boolean"] = ["Bool"],
        ["Double"] = ["Float"],
        ["Array"] = ["List"],
        ["Vec"] = ["List"],
        ["Dict"] = ["Map"],
        ["HashMap"] = ["Map"],
        ["HashSet"] = ["Set"],
        ["Maybe"] = ["Option"],
        ["Optional"] = ["Option"],
        ["Either"] = ["Result"],
    };

    /// <summary>
    /// The Mesh module that holds what another language's module of this name does (Elixir's <c>Enum</c>,
    /// Gleam's <c>Dict</c>, Go's <c>Strings</c>, Rust's <c>HashMap</c>), or null.
    /// </summary>
    public static string? ForeignModule(string name) => name switch
    {
        "Enum" or "Array" or "Vec" or "Lists" or "Slice" or "Slices" => "`List` (and `Iter` for lazy pipelines)",
        "Stream" or "Iterator" => "`Iter`",
        "Integer" or "Strconv" => "`Int` (and `String.to_int`)",
        "MapSet" or "HashSet" or "Sets" => "`Set`",
        "Dict" or "HashMap" or "Keyword" or "Maps" => "`Map`",
        "Strings" or "Str" or "StringBuilder" => "`String`",
        "Kernel" or "Fmt" => "the prelude: `println`, `print`, `compare`, `panic` are called without a module",
        "Path" or "Os" => "`File` and `Env`",
        "Deque" => "`Queue`",
        _ => null,
    };

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
