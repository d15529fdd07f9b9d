using System.Collections.Immutable;

namespace Mesh.Compiler.Semantics.Stdlib;

/// <summary>
/// Parses the small type language used in <see cref="StdlibCatalog"/> signatures:
/// <c>(String, Int) -> String</c>, <c>(a) -> a</c>, <c>() -> Int</c>, <c>(Pid&lt;a&gt;, a) -> ()</c>,
/// tuples <c>(a, Queue&lt;a&gt;)</c>, and a trailing <c>where k: Eq</c> naming the traits type variables need.
/// Malformed signatures are programming errors in the catalog and throw.
/// </summary>
public static class StdlibSignature
{
    public static FunType Parse(string text) => Parse(text, out _);

    /// <summary>The type and the bounds of a signature <c>TYPE [where a: Trait, b: Trait]</c>.</summary>
    public static FunType Parse(string text, out ImmutableArray<TypeBound> bounds)
    {
        var where = text.IndexOf(" where ", StringComparison.Ordinal);
        var type = ParseType(where < 0 ? text : text[..where]);
        var list = ImmutableArray.CreateBuilder<TypeBound>();
        if (where >= 0)
        {
            foreach (var part in text[(where + 7)..].Split(','))
            {
                var pieces = part.Split(':', StringSplitOptions.TrimEntries);
                var param = FindParam(type, pieces[0]) ?? throw new FormatException($"unknown type variable {pieces[0]} in stdlib signature {text}");
                list.Add(new TypeBound(param.Index, Trait.Builtins.Append(Trait.Number).Append(Trait.Supervisor).First(t => t.Name == pieces[1])));
            }
        }
        bounds = list.ToImmutable();
        return type;
    }

    private static TypeParam? FindParam(MeshType type, string name) => type switch
    {
        TypeParam p when p.Name == name => p,
        TypeCon c => c.Args.Select(a => FindParam(a, name)).FirstOrDefault(p => p is not null),
        FunType f => f.Params.Append(f.Return).Select(a => FindParam(a, name)).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static FunType ParseType(string text)
    {
        var parser = new Reader(text);
        var type = parser.ParseType();
        parser.ExpectEnd();
        return type as FunType ?? throw new FormatException($"stdlib signature is not a function type: {text}");
    }

    public static int CountParams(MeshType type) => type switch
    {
        TypeParam p => p.Index + 1,
        TypeCon c => c.Args.Select(CountParams).DefaultIfEmpty(0).Max(),
        FunType f => f.Params.Select(CountParams).Append(CountParams(f.Return)).Max(),
        _ => 0,
    };

    private sealed class Reader(string text)
    {
        private readonly Dictionary<string, TypeParam> _params = [];
        private int _pos;

        public MeshType ParseType()
        {
            Skip();
            if (Peek('('))
            {
                _pos++;
                var items = new List<MeshType>();
                Skip();
                if (!Peek(')'))
                {
                    items.Add(ParseType());
                    while (Accept(','))
                    {
                        items.Add(ParseType());
                    }
                }
                Expect(')');
                Skip();
                if (Accept('-'))
                {
                    Expect('>');
                    return new FunType([.. items], ParseType());
                }
                return items.Count switch
                {
                    0 => MeshType.Unit,
                    1 => items[0],
                    _ => MeshType.Tuple([.. items]),
                };
            }
            var name = Identifier();
            if (name == "Fun")
            {
                Expect('(');
                var ps = new List<MeshType>();
                Skip();
                if (!Peek(')'))
                {
                    ps.Add(ParseType());
                    while (Accept(','))
                    {
                        ps.Add(ParseType());
                    }
                }
                Expect(')');
                Expect('-');
                Expect('>');
                return new FunType([.. ps], ParseType());
            }
            if (name.Length == 1 && char.IsLower(name[0]))
            {
                if (!_params.TryGetValue(name, out var param))
                {
                    param = new TypeParam(_params.Count, name);
                    _params[name] = param;
                }
                return param;
            }
            var args = ImmutableArray<MeshType>.Empty;
            Skip();
            if (Accept('<'))
            {
                var list = new List<MeshType> { ParseType() };
                while (Accept(','))
                {
                    list.Add(ParseType());
                }
                Expect('>');
                args = [.. list];
            }
            return new TypeCon(name, args);
        }

        public void ExpectEnd()
        {
            Skip();
            if (_pos != text.Length)
            {
                throw new FormatException($"unexpected '{text[_pos..]}' in stdlib signature {text}");
            }
        }

        private string Identifier()
        {
            Skip();
            var start = _pos;
            // `Supervisor.ChildCounts`: a type of a Mesh-written library module (stdlib/mesh)
            while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '_' or '.'))
            {
                _pos++;
            }
            if (start == _pos)
            {
                throw new FormatException($"expected a type name at {_pos} in stdlib signature {text}");
            }
            return text[start.._pos];
        }

        private void Skip()
        {
            while (_pos < text.Length && text[_pos] == ' ')
            {
                _pos++;
            }
        }

        private bool Peek(char c) => _pos < text.Length && text[_pos] == c;

        private bool Accept(char c)
        {
            Skip();
            if (Peek(c))
            {
                _pos++;
                return true;
            }
            return false;
        }

        private void Expect(char c)
        {
            if (!Accept(c))
            {
                throw new FormatException($"expected '{c}' at {_pos} in stdlib signature {text}");
            }
        }
    }
}
