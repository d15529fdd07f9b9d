using System.Collections.Immutable;

namespace Mesh.Compiler.Semantics;

/// <summary>The solved part of inference: type variable bindings, with unification.</summary>
public sealed class Substitution
{
    private readonly List<MeshType?> _bindings = [];

    public TypeVar Fresh()
    {
        _bindings.Add(null);
        return new TypeVar(_bindings.Count - 1);
    }

    /// <summary>Follows bindings at the top of a type only.</summary>
    public MeshType Shallow(MeshType type)
    {
        while (type is TypeVar v && _bindings[v.Id] is { } bound)
        {
            type = bound;
        }
        return type;
    }

    /// <summary>Substitutes every bound variable, recursively.</summary>
    public MeshType Resolve(MeshType type)
    {
        type = Shallow(type);
        return type switch
        {
            TypeCon c when c.Args.Length > 0 => c with { Args = [.. c.Args.Select(Resolve)] },
            FunType f => new FunType([.. f.Params.Select(Resolve)], Resolve(f.Return)),
            _ => type,
        };
    }

    public enum UnifyResult
    {
        Ok,
        Mismatch,
        InfiniteType,
    }

    public UnifyResult Unify(MeshType a, MeshType b)
    {
        a = Shallow(a);
        b = Shallow(b);
        if (a == MeshType.Error || b == MeshType.Error)
        {
            // A variable meeting an error takes the error type, so later uses of it (an element of a
            // List<{error}>) stay silent instead of being reported as "not known yet".
            if ((a as TypeVar ?? b as TypeVar) is { } variable)
            {
                _bindings[variable.Id] = MeshType.Error;
            }
            return UnifyResult.Ok;
        }
        if (a is TypeVar va)
        {
            if (b is TypeVar vb && vb.Id == va.Id)
            {
                return UnifyResult.Ok;
            }
            if (Occurs(va.Id, b))
            {
                return UnifyResult.InfiniteType;
            }
            _bindings[va.Id] = b;
            return UnifyResult.Ok;
        }
        if (b is TypeVar)
        {
            return Unify(b, a);
        }
        switch (a, b)
        {
            case (TypeCon ca, TypeCon cb):
                if (ca.Name != cb.Name || ca.Args.Length != cb.Args.Length)
                {
                    return UnifyResult.Mismatch;
                }
                for (var i = 0; i < ca.Args.Length; i++)
                {
                    var r = Unify(ca.Args[i], cb.Args[i]);
                    if (r != UnifyResult.Ok)
                    {
                        return r;
                    }
                }
                return UnifyResult.Ok;
            case (FunType fa, FunType fb):
                if (fa.Params.Length != fb.Params.Length)
                {
                    return UnifyResult.Mismatch;
                }
                for (var i = 0; i < fa.Params.Length; i++)
                {
                    var r = Unify(fa.Params[i], fb.Params[i]);
                    if (r != UnifyResult.Ok)
                    {
                        return r;
                    }
                }
                return Unify(fa.Return, fb.Return);
            case (TypeParam pa, TypeParam pb):
                return pa.Index == pb.Index ? UnifyResult.Ok : UnifyResult.Mismatch;
            default:
                return UnifyResult.Mismatch;
        }
    }

    public bool Occurs(int id, MeshType type)
    {
        type = Shallow(type);
        return type switch
        {
            TypeVar v => v.Id == id,
            TypeCon c => c.Args.Any(a => Occurs(id, a)),
            FunType f => f.Params.Any(p => Occurs(id, p)) || Occurs(id, f.Return),
            _ => false,
        };
    }

    public bool HasFreeVariables(MeshType type)
    {
        var free = new HashSet<int>();
        FreeVariables(type, free);
        return free.Count > 0;
    }

    public void FreeVariables(MeshType type, HashSet<int> into)
    {
        type = Shallow(type);
        switch (type)
        {
            case TypeVar v:
                into.Add(v.Id);
                break;
            case TypeCon c:
                foreach (var a in c.Args)
                {
                    FreeVariables(a, into);
                }
                break;
            case FunType f:
                foreach (var p in f.Params)
                {
                    FreeVariables(p, into);
                }
                FreeVariables(f.Return, into);
                break;
        }
    }

    /// <summary>Replaces the scheme's parameters with the given types.</summary>
    public static MeshType Instantiate(MeshType body, IReadOnlyList<MeshType> args) => body switch
    {
        TypeParam p => args[p.Index],
        TypeCon c when c.Args.Length > 0 => c with { Args = [.. c.Args.Select(a => Instantiate(a, args))] },
        FunType f => new FunType([.. f.Params.Select(p => Instantiate(p, args))], Instantiate(f.Return, args)),
        _ => body,
    };
}
