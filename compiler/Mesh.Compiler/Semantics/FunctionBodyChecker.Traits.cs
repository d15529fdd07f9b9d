using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Semantics.Stdlib;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>The result type of an operator: <c>Output</c> of the type's impl, the type itself for Int and Float.</summary>
        private MeshType OperatorOutput(Trait trait, MeshType operand, TextSpan span)
            => _checker.Project(trait, operand, [], "Output", Source, span);

        private static MeshType? PrimitiveType(string module) => module switch
        {
            "Int" => MeshType.Int,
            "Float" => MeshType.Float,
            "String" => MeshType.String,
            "Bool" => MeshType.Bool,
            _ => null,
        };

        /// <summary>
        /// <c>value.m(args)</c>. Resolution order: a struct field holding a function; a method of an
        /// interface the value's type implements; the stdlib module of the value's type
        /// (<c>"abc".length()</c> is <c>String.length("abc")</c>); a built-in trait the type has
        /// (<c>p.to_string()</c> with <c>deriving(Display)</c>). On a value whose type is not known
        /// yet, a method name only one interface has decides it.
        /// </summary>
        private TExpr InferMethodCall(TExpr target, string method, TextSpan methodSpan, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var shallow = Types.Shallow(target.Type);
            if (target is TError && shallow is not TypeCon)
            {
                // Already reported (an unknown name): an error about the method on a value of no known type would
                // only repeat it.
                InferAll(argSyntax);
                return new TError(Types.Fresh(), span);
            }
            var candidates = _checker.TraitsWithMethod(method).Where(t => t.Methods[method].HasSelf).ToList();
            if (shallow is TypeCon con)
            {
                if (_checker.DefinitionOf(con) is { Kind: TypeDefinitionKind.Struct } def && def.Fields.FirstOrDefault(f => f.Name == method) is { } field)
                {
                    var index = def.Fields.IndexOf(field);
                    var value = new TFieldGet(target, def, index, FieldType(field, con.Args), methodSpan);
                    return InferCallValue(value, argSyntax, span);
                }
                var implemented = candidates.Where(t => _checker.FindImpl(t, con, default, lenient: true) is not null).ToList();
                if (implemented.Count > 1)
                {
                    return Ambiguous(method, implemented, methodSpan, argSyntax, span);
                }
                if (implemented.Count == 1)
                {
                    return TraitCall(implemented[0], method, target, argSyntax, span);
                }
                var module = con.Name;
                if (StdlibCatalog.Find(module, method) is { } function)
                {
                    return CheckStdlibCall(function, [target], argSyntax, span);
                }
                if (_checker.LibraryCompanion(module, method) is { } companion)
                {
                    // `xs.sum()`: a List function written in Mesh (stdlib/mesh/list.mpl), the receiver first.
                    var (paramTypes, returnType, typeArgs) = Instantiate(companion, span);
                    if (paramTypes.Length > 0)
                    {
                        Unify(paramTypes[0], target.Type, target.Span, $"the receiver of `{method}`");
                        var rest = CheckArgs($"{module}.{method}", [.. paramTypes.Skip(1)], argSyntax, span, firstArgNumber: 2);
                        return new TCall(companion.Symbol, typeArgs, [target, .. rest], returnType, span);
                    }
                }
                if (candidates.FirstOrDefault(t => Trait.Builtins.Contains(t) && _checker.Satisfies(t, con, [])) is { } builtin)
                {
                    return TraitCall(builtin, method, target, argSyntax, span);
                }
                var suggestion = NameSuggestions.Closest(method, _checker.StdlibFunctionNames(module).Concat(candidates.Count > 0 ? [] : _checker.AllTraitMethodNames()));
                var typeName = TypeFormatter.Format(Types.Resolve(target.Type));
                // `acct.deposit(5)` for a plain `fn deposit(a :: Account, n)`: Go's and Rust's habit; only interface
                // methods are called with a dot.
                var plainFunction = candidates.Count == 0
                    && (Lookup(method) is not null || _checker.ResolveFunction(_info.Module.Name, method) is { Symbol.Kind: FunctionKind.Function });
                var receiverText = Source.Slice(target.Span);
                var argsText = argSyntax.Count == 0 ? "" : ", " + string.Join(", ", argSyntax.Select(a => Source.Slice(a.Span)));
                _checker.Error(DiagnosticCode.NoSuchMethod, $"no method `{method}` on {typeName}", Source, methodSpan, "unknown method",
                    candidates.Count > 0 ? $"`{method}` belongs to {string.Join(", ", candidates.Select(c => $"`{c.Name}`"))}, which {typeName} does not implement"
                        : plainFunction ? $"`{method}` is a function, not a method (only interface methods are called with a dot): write `{method}({receiverText}{argsText})`, or `{receiverText} |> {method}({argsText.TrimStart(',', ' ')})`"
                        : suggestion is null ? null : $"did you mean `{suggestion}`?");
                if (plainFunction && Lookup(method) is null && _checker.ResolveFunction(_info.Module.Name, method) is { Symbol.Kind: FunctionKind.Function } plain
                    && (plain.InProgress || plain.Symbol.Scheme.Body is FunType) && Instantiate(plain, span) is var (plainParams, plainReturn, _) && plainParams.Length == argSyntax.Count + 1)
                {
                    // Checked as the call it would be, so the result's type is known and no second error follows.
                    Unify(plainParams[0], target.Type, target.Span, $"the first argument of `{method}`");
                    CheckArgs(method, [.. plainParams.Skip(1)], argSyntax, span, firstArgNumber: 2);
                    return new TError(plainReturn, span);
                }
                InferAll(argSyntax);
                return new TError(MeshType.Error, span);
            }
            if (candidates.Count == 1)
            {
                return TraitCall(candidates[0], method, target, argSyntax, span);
            }
            if (candidates.Count > 1)
            {
                return Ambiguous(method, candidates, methodSpan, argSyntax, span);
            }
            _checker.Error(DiagnosticCode.NoSuchMethod, $"cannot tell which `{method}` to call: the type of this value is not known yet", Source, target.Span,
                "type unknown here", "add a type annotation to the value, or call the function by its module: `String." + method + "(value)`");
            InferAll(argSyntax);
            return new TError(MeshType.Error, span);
        }

        private TExpr Ambiguous(string method, List<Trait> traits, TextSpan methodSpan, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            _checker.Error(DiagnosticCode.AmbiguousMethod, $"`{method}` is a method of several interfaces: {string.Join(", ", traits.Select(t => $"`{t.Name}`"))}",
                Source, methodSpan, "ambiguous", $"call it through the interface: `{traits[0].Name}.{method}(value)`");
            InferAll(argSyntax);
            return new TError(MeshType.Error, span);
        }

        private void InferAll(IReadOnlyList<Expr> argSyntax)
        {
            foreach (var arg in argSyntax)
            {
                Infer(arg);
            }
        }

        /// <summary>
        /// <c>Book.from_json</c>, <c>Wrapper.from</c>, <c>Point.default</c> or <c>Describable.describe</c> named without a
        /// call: the interface method as a function value, Self the named type (or, for an interface, decided by
        /// the use). Null when the name is no method of an interface the type could have.
        /// </summary>
        private TExpr? QualifiedTraitMethodValue(string qualifier, string method, TextSpan span)
        {
            if (_checker.LookupTrait(_info.Module.Name, qualifier) is { } named && named.Methods.ContainsKey(method))
            {
                return TraitMethodValue(named, method, span);
            }
            MeshType? self = _checker.LookupType(_info.Module.Name, qualifier) is { } def && !def.Variants.Any(v => v.Name == method)
                ? def.Apply([.. def.TypeParams.Select(_ => (MeshType)Types.Fresh())])
                : PrimitiveType(qualifier);
            var candidates = _checker.TraitsWithMethod(method);
            if (self is null || candidates.Count == 0)
            {
                return null;
            }
            var implemented = self is TypeCon con
                ? candidates.Where(t => _checker.FindImpl(t, con, default, lenient: true) is not null || (Trait.Builtins.Contains(t) && _checker.Satisfies(t, con, []))).ToList()
                : candidates;
            if (implemented.Count > 1)
            {
                return Ambiguous(method, implemented, span, [], span);
            }
            return TraitMethodValue(implemented.Count == 1 ? implemented[0] : candidates[0], method, span, self);
        }

        /// <summary><c>Wrapper.from(21)</c>, <c>Point.default()</c>, <c>Float.from(1)</c>: Self is the named type.</summary>
        private TExpr InferStaticTraitCall(MeshType self, string method, FieldAccessExpr access, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            var methodSpan = access.FieldToken?.Span ?? access.Span;
            var candidates = _checker.TraitsWithMethod(method);
            var implemented = self is TypeCon con
                ? candidates.Where(t => _checker.FindImpl(t, con, default, lenient: true) is not null || (Trait.Builtins.Contains(t) && _checker.Satisfies(t, con, [])))
                    .ToList()
                : candidates;
            if (implemented.Count > 1)
            {
                return Ambiguous(method, implemented, methodSpan, argSyntax, span);
            }
            var trait = implemented.Count == 1 ? implemented[0] : candidates[0];
            return TraitCall(trait, method, null, argSyntax, span, self);
        }

        /// <summary><c>Describable.describe(p)</c>: the interface is named, Self comes from the arguments.</summary>
        private TExpr InferTraitQualifiedCall(Trait trait, string method, FieldAccessExpr access, IReadOnlyList<Expr> argSyntax, TextSpan span)
        {
            if (!trait.Methods.ContainsKey(method))
            {
                var suggestion = NameSuggestions.Closest(method, trait.Methods.Keys);
                _checker.Error(DiagnosticCode.NoSuchMethod, $"`{trait.Name}` has no method `{method}`", Source, access.FieldToken?.Span ?? access.Span, "not in the interface",
                    suggestion is null ? $"its methods are {string.Join(", ", trait.Methods.Keys.Select(m => $"`{m}`"))}" : $"did you mean `{suggestion}`?");
                InferAll(argSyntax);
                return new TError(MeshType.Error, span);
            }
            return TraitCall(trait, method, null, argSyntax, span);
        }

        /// <summary>
        /// An interface method named as a value (<c>List.sort(xs, compare)</c>, <c>List.map(xs, to_string)</c>,
        /// <c>List.map(shapes, area)</c>): a closure of the method's parameters calling it, Self decided where the
        /// closure is used, as for a call of the method.
        /// </summary>
        private TExpr TraitMethodValue(Trait trait, string methodName, TextSpan span, MeshType? selfType = null)
        {
            var method = trait.Methods[methodName];
            var self = selfType ?? Types.Fresh();
            var traitArgs = trait.TypeParams.Select(_ => (MeshType)Types.Fresh()).ToImmutableArray();
            var instantiated = Substitution.Instantiate(method.Signature, [self, .. traitArgs]);
            var signature = (FunType)SubstituteAssociated(instantiated, name => _checker.Project(trait, self, traitArgs, name, Source, span));
            var parameters = signature.Params.Select((type, i) => NewLocal($"$arg{i}", type, span)).ToImmutableArray();
            ImmutableArray<TExpr> args = [.. parameters.Select(p => (TExpr)new TLocalRef(p, span))];
            _obligations.Add(new Obligation(self, trait, Source, span, trait.Module.Length > 0 ? $"`{methodName}`" : $"`{methodName}` ({trait.Description})")
            {
                TraitArgs = traitArgs,
                DecodesInto = !method.HasSelf && (trait == Trait.Json || trait == Trait.Row),
            });
            var body = new TTraitCall(trait, methodName, self, traitArgs, args, signature, signature.Return, span);
            return new TClosure(_checker._nextClosureId++, parameters, body, [], new FunType(signature.Params, signature.Return), span);
        }

        /// <summary>
        /// A call of an interface method: Self and the interface's parameters are instantiated fresh,
        /// the receiver (if any) fixes Self, and an obligation asks for the impl once types are known.
        /// </summary>
        private TExpr TraitCall(Trait trait, string methodName, TExpr? receiver, IReadOnlyList<Expr> argSyntax, TextSpan span, MeshType? selfType = null)
        {
            var method = trait.Methods[methodName];
            var self = selfType ?? (receiver is not null && method.HasSelf ? receiver.Type : Types.Fresh());
            var traitArgs = trait.TypeParams.Select(_ => (MeshType)Types.Fresh()).ToImmutableArray();
            var instantiated = Substitution.Instantiate(method.Signature, [self, .. traitArgs]);
            var signature = (FunType)SubstituteAssociated(instantiated, name => _checker.Project(trait, self, traitArgs, name, Source, span));
            var name = $"{trait.Name}.{methodName}";
            ImmutableArray<TExpr> args;
            if (receiver is not null)
            {
                Unify(signature.Params[0], receiver.Type, receiver.Span, $"the receiver of `{methodName}`");
                args = [receiver, .. CheckArgs(name, [.. signature.Params.Skip(1)], argSyntax, span, firstArgNumber: 2)];
            }
            else
            {
                args = CheckArgs(name, signature.Params, argSyntax, span);
            }
            _obligations.Add(new Obligation(self, trait, Source, span, trait.Module.Length > 0 ? $"the call of `{methodName}`" : $"`{methodName}` ({trait.Description})") { TraitArgs = traitArgs, DecodesInto = !method.HasSelf && (trait == Trait.Json || trait == Trait.Row) });
            return args.Length == signature.Params.Length
                ? new TTraitCall(trait, methodName, self, traitArgs, args, signature, signature.Return, span)
                : new TError(signature.Return, span);
        }
    }

    private IEnumerable<string> AllTraitMethodNames() => _traits.Values.SelectMany(t => t.Trait.Methods.Keys);
}
