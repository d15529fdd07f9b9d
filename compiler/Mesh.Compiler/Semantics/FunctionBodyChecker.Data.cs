using System.Collections.Immutable;
using Mesh.Compiler.Diagnostics;
using Mesh.Compiler.Semantics.Stdlib;
using Mesh.Compiler.Syntax.Ast;
using Mesh.Compiler.Text;

namespace Mesh.Compiler.Semantics;

public sealed partial class TypeChecker
{
    // Tuples, structs, sum-type constructors and their patterns.
    private sealed partial class FunctionBodyChecker
    {
        /// <summary>Locals bound by the first alternative of an or-pattern, reused by the others.</summary>
        private Dictionary<string, LocalSymbol>? _orBindings;

        private TExpr InferTuple(TupleExpr tuple)
        {
            var elements = tuple.Elements.Select(Infer).ToImmutableArray();
            return new TTuple(elements, MeshType.Tuple([.. elements.Select(e => e.Type)]), tuple.Span);
        }

        /// <summary>Fresh type arguments for a generic definition at one use.</summary>
        private ImmutableArray<MeshType> FreshArgs(TypeDefinition def) => [.. def.TypeParams.Select(_ => (MeshType)Types.Fresh())];

        private static MeshType FieldType(FieldDefinition field, ImmutableArray<MeshType> args) => Substitution.Instantiate(field.Type, args);

        private TExpr InferStructLiteral(StructLiteralExpr literal)
        {
            var name = literal.TypeNameText ?? "";
            var def = _checker.LookupType(_info.Module.Name, name);
            if (def is null || def.Kind != TypeDefinitionKind.Struct)
            {
                var suggestion = NameSuggestions.Closest(name, _checker.VisibleTypeNames(_info.Module.Name));
                _checker.Error(DiagnosticCode.UnboundName, def is null ? $"unknown struct `{name}`" : $"`{name}` is not a struct", Source,
                    literal.TypeName?.Span ?? literal.Span, "not a struct", suggestion is null ? null : $"did you mean `{suggestion}`?");
                foreach (var field in literal.Fields)
                {
                    Infer(field.Value);
                }
                // The error type, not a fresh variable: `p.x` on this value is not a second error.
                return new TError(MeshType.Error, literal.Span);
            }
            var args = FreshArgs(def);
            var values = new TExpr?[def.Fields.Length];
            FillFieldsByName(def.Name, def.Fields, args, values, 0, literal.Fields.Select(f => (f.Name, f.NameToken?.Span ?? f.Span, f.Value)));
            var missing = def.Fields.Where((_, i) => values[i] is null).Select(f => f.Name).ToList();
            if (missing.Count > 0)
            {
                _checker.Error(DiagnosticCode.UnknownField, $"missing field{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"`{m}`"))} in `{def.Name}`",
                    Source, literal.TypeName?.Span ?? literal.Span, "incomplete struct literal", $"every field of `{def.Name}` needs a value");
                return new TError(def.Apply(args), literal.Span);
            }
            return new TConstruct(def, null, [.. values.Select(v => v!)], def.Apply(args), literal.Span);
        }

        private int FieldIndex(TypeDefinition def, string? name, TextSpan span) => FieldIndex(def.Name, def.Fields, name, span);

        /// <summary>The index of a struct's (or a named variant's) field, reporting an unknown name with the closest one.</summary>
        private int FieldIndex(string owner, ImmutableArray<FieldDefinition> fields, string? name, TextSpan span)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].Name == name)
                {
                    return i;
                }
            }
            var suggestion = NameSuggestions.Closest(name ?? "", fields.Select(f => f.Name));
            _checker.Error(DiagnosticCode.UnknownField, $"`{owner}` has no field `{name}`", Source, span, "unknown field",
                suggestion is null ? $"its fields are {string.Join(", ", fields.Select(f => f.Name))}" : $"did you mean `{suggestion}`?");
            return -1;
        }

        /// <summary>The struct definition behind a value's type, reporting when it is not (yet) known.</summary>
        private (TypeDefinition Def, TypeCon Type)? StructOf(TExpr value, string what, TextSpan span)
        {
            switch (Types.Shallow(value.Type))
            {
                case TypeCon con when _checker.DefinitionOf(con) is { Kind: TypeDefinitionKind.Struct } def:
                    return (def, con);
                case TypeCon { Name: MeshType.ErrorName }:
                    // Already reported where the value's type went wrong (an unknown type or name).
                    return null;
                case TypeVar:
                    _checker.Error(DiagnosticCode.UnknownField, $"cannot use {what} here: the type of this value is not known yet", Source, value.Span,
                        "type unknown here", "add a type annotation, e.g. `p :: Point`");
                    return null;
                default:
                    _checker.Error(DiagnosticCode.UnknownField, $"{what} needs a struct, but this is {Article(TypeFormatter.Format(Types.Resolve(value.Type)))}",
                        Source, span, hint: CallHint(value.Type, what));
                    return null;
            }
        }

        /// <summary><c>xs.length</c> on a List: the module has that function, so say to call it.</summary>
        private string? CallHint(MeshType type, string what)
        {
            if (!what.StartsWith("`.", StringComparison.Ordinal) || Types.Shallow(type) is not TypeCon { Name: var module })
            {
                return null;
            }
            var name = what[2..^1];
            return StdlibCatalog.Find(module, name) is not null || _checker._byName.ContainsKey((module, name))
                ? $"`{name}` is a function of {module}: call it, `.{name}()`"
                : null;
        }

        private TExpr InferStructUpdate(StructUpdateExpr update)
        {
            var baseValue = Infer(update.Base);
            var values = update.Fields.Select(f => (Field: f, Value: Infer(f.Value))).ToList();
            if (StructOf(baseValue, "a struct update", update.Span) is not var (def, type))
            {
                return new TError(baseValue.Type, update.Span);
            }
            var updates = ImmutableArray.CreateBuilder<(int, TExpr)>();
            foreach (var (field, value) in values)
            {
                var index = FieldIndex(def, field.Name, field.NameToken?.Span ?? field.Span);
                if (index >= 0)
                {
                    Unify(FieldType(def.Fields[index], type.Args), value.Type, value.Span, $"field `{field.Name}` of `{def.Name}`");
                    updates.Add((index, value));
                }
            }
            return new TStructUpdate(baseValue, def, updates.ToImmutable(), type, update.Span);
        }

        /// <summary>
        /// <c>String.length</c> as a value: a closure that calls the runtime function, so it can be passed
        /// and stored like any function (<c>List.map(words, String.length)</c>).
        /// </summary>
        private TExpr StdlibFunctionValue(Stdlib.StdlibFunction function, TextSpan span)
        {
            var arity = function.Type.Params.Length;
            var parameters = Enumerable.Range(0, arity).Select(i => NewLocal($"$arg{i}", Types.Fresh(), span)).ToImmutableArray();
            var body = CheckStdlibCall(function, [.. parameters.Select(p => (TExpr)new TLocalRef(p, span))], [], span);
            var type = new FunType([.. parameters.Select(p => p.Type)], body.Type);
            return new TClosure(_checker._nextClosureId++, parameters, body, [], type, span);
        }

        private TExpr ModuleFunctionValue(FunctionInfo function, FieldAccessExpr access)
        {
            var nameSpan = access.FieldToken?.Span ?? access.Span;
            _checker.CheckVisible(_info.Module, function, nameSpan);
            if (RejectSupervisor(function, nameSpan))
            {
                return new TError(MeshType.Error, access.Span);
            }
            return FunctionValue(function, access.Span);
        }

        /// <summary>A named function as a value (<c>double</c>, <c>Scoring.double</c>), instantiated here.</summary>
        private TExpr FunctionValue(FunctionInfo function, TextSpan span)
        {
            var (paramTypes, returnType, typeArgs) = Instantiate(function, span);
            if (Driver.StandardLibrary.IsLibrarySource(function.Symbol.Source) && !Driver.StandardLibrary.IsLibrarySource(Source))
            {
                // `List.map(xss, List.max)`: a closure calling the library function from here, so a
                // panic inside it is reported where the value was written (as for runtime functions).
                var parameters = paramTypes.Select((t, i) => NewLocal($"$arg{i}", t, span)).ToImmutableArray();
                var call = new TCall(function.Symbol, typeArgs, [.. parameters.Select(p => (TExpr)new TLocalRef(p, span))], returnType, span);
                return new TClosure(_checker._nextClosureId++, parameters, call, [], new FunType(paramTypes, returnType), span);
            }
            return new TFunctionValue(function.Symbol, typeArgs, new FunType(paramTypes, returnType), span);
        }

        private TExpr ModulePathFunctionValue(string? module, string? hidden, FieldAccessExpr path, FieldAccessExpr access)
        {
            if (module is null)
            {
                _checker.ReportPrivateModule(hidden!, Source, path.Span);
                return new TError(MeshType.Error, access.Span);
            }
            var name = access.FieldName ?? "";
            if (!_checker._byName.TryGetValue((module, name), out var function))
            {
                var suggestion = NameSuggestions.Closest(name, _checker._byName.Keys.Where(k => k.Module == module).Select(k => k.Name));
                _checker.Error(DiagnosticCode.UnboundName, $"module `{module}` has no function `{name}`", Source, access.FieldToken?.Span ?? access.Span, "not found",
                    suggestion is null ? null : $"did you mean `{suggestion}`?");
                return new TError(MeshType.Error, access.Span);
            }
            return ModuleFunctionValue(function, access);
        }

        /// <summary><c>p.x</c> (a struct field) or <c>Shape.Red</c> (a qualified nullary variant).</summary>
        private TExpr InferFieldAccess(FieldAccessExpr access)
        {
            if (access.Target is NameExpr { Name: { Length: > 0 } qualifier } && char.IsUpper(qualifier[0]) && Lookup(qualifier) is null)
            {
                if (_checker.LookupType(_info.Module.Name, qualifier) is { Kind: TypeDefinitionKind.Sum } sum)
                {
                    return InferConstructor(sum, access.FieldName ?? "", access.FieldToken?.Span ?? access.Span, [], access.Span, call: false);
                }
                if (Stdlib.StdlibCatalog.Find(qualifier, access.FieldName ?? "") is { IsConstant: true } constant)
                {
                    return new TStdlibCall(constant, [], constant.Type.Return, access.Span);
                }
                var name = access.FieldName ?? "";
                var nameSpan = access.FieldToken?.Span ?? access.Span;
                if (_checker.ModuleQualifiedVariant(_info.Module.Name, qualifier, name) is { } owner)
                {
                    return InferConstructor(owner, name, nameSpan, [], access.Span, call: false);
                }
                if (_checker.ResolveQualifier(_info.Module.Name, qualifier) is { } module && !RuntimePartOf(module, name)
                    && _checker._byName.TryGetValue((module, name), out var function))
                {
                    // `Vector.length` or `List.sum` as a value, like an unqualified function name.
                    return ModuleFunctionValue(function, access);
                }
                if (StdlibModules.Contains(qualifier) && Stdlib.StdlibCatalog.Find(qualifier, name) is { Module: not "Tuple" } native)
                {
                    return StdlibFunctionValue(native, access.Span);
                }
                if (QualifiedTraitMethodValue(qualifier, name, access.Span) is { } methodValue)
                {
                    return methodValue;
                }
                return Unsupported("module-qualified values", access.Span);
            }
            if (access.Target is FieldAccessExpr path && path.TryGetPath() is { } segments && Lookup(segments[0]) is null
                && _checker.ResolveModulePath(_info.Module.Name, string.Join('.', segments), out var hidden) is var pathModule && (pathModule ?? hidden) is not null)
            {
                // `Geometry.Vector.scale` as a value: a function of a nested module, named by its path.
                return ModulePathFunctionValue(pathModule, hidden, path, access);
            }
            var target = Infer(access.Target);
            if (StructOf(target, $"`.{access.FieldName}`", access.Span) is not var (def, type))
            {
                return new TError(MeshType.Error, access.Span);
            }
            var index = FieldIndex(def, access.FieldName, access.FieldToken?.Span ?? access.Span);
            return index < 0
                ? new TError(MeshType.Error, access.Span)
                : new TFieldGet(target, def, index, FieldType(def.Fields[index], type.Args), access.Span);
        }

        /// <summary>Constructs a variant given by bare name (<c>Some(1)</c>, <c>Red</c>), if one is visible.</summary>
        private TExpr? TryInferBareConstructor(string name, TextSpan nameSpan, IReadOnlyList<Expr> args, TextSpan span, bool call)
        {
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return null;
            }
            var candidates = _checker.LookupConstructors(_info.Module.Name, name);
            if (candidates.Count == 0)
            {
                return null;
            }
            if (candidates.Count > 1)
            {
                _checker.Error(DiagnosticCode.AmbiguousMethod, $"`{name}` is a variant of several types: {string.Join(", ", candidates.Select(c => c.Def.Name))}",
                    Source, nameSpan, "ambiguous", $"qualify it, e.g. `{candidates[0].Def.Name}.{name}`");
                return new TError(MeshType.Error, span);
            }
            return InferConstructor(candidates[0].Def, name, nameSpan, args, span, call);
        }

        private TExpr InferConstructor(TypeDefinition def, string name, TextSpan nameSpan, IReadOnlyList<Expr> argSyntax, TextSpan span, bool call)
        {
            var variant = def.Variants.FirstOrDefault(v => v.Name == name);
            if (variant is { HasNamedFields: true } && argSyntax is [.., KeywordArgsExpr keywords])
            {
                return InferNamedConstruction(def, variant, argSyntax.Take(argSyntax.Count - 1).ToList(), keywords, span);
            }
            var values = argSyntax.Select(Infer).ToImmutableArray();
            if (variant is null)
            {
                var suggestion = NameSuggestions.Closest(name, def.Variants.Select(v => v.Name));
                _checker.Error(DiagnosticCode.UnknownVariant, $"`{def.Name}` has no variant `{name}`", Source, nameSpan, "unknown variant",
                    suggestion is null ? $"its variants are {string.Join(", ", def.Variants.Select(v => v.Name))}" : $"did you mean `{suggestion}`?");
                return new TError(MeshType.Error, span);
            }
            var args = FreshArgs(def);
            if (variant.Fields.Length > 0 && !call)
            {
                // `List.map(xs, Some)`: the constructor as a function of its fields (a closure building the value).
                var parameters = variant.Fields.Select((f, i) => NewLocal($"$arg{i}", FieldType(f, args), span)).ToImmutableArray();
                var built = new TConstruct(def, variant, [.. parameters.Select(p => (TExpr)new TLocalRef(p, span))], def.Apply(args), span);
                return new TClosure(_checker._nextClosureId++, parameters, built, [], new FunType([.. parameters.Select(p => p.Type)], built.Type), span);
            }
            if (values.Length != variant.Fields.Length)
            {
                _checker.Error(DiagnosticCode.ArityMismatch,
                    ArityMessage($"`{name}`", variant.Fields.Length, "value", values.Length),
                    Source, span);
                return new TError(def.Apply(args), span);
            }
            for (var i = 0; i < values.Length; i++)
            {
                Unify(FieldType(variant.Fields[i], args), values[i].Type, values[i].Span, $"field {i + 1} of `{name}`");
            }
            return new TConstruct(def, variant, values, def.Apply(args), span);
        }

        /// <summary>
        /// <c>Rect(w: 1.0, h: 2.0)</c>, <c>Rect(1.0, h: 2.0)</c>: a variant with named fields built with
        /// its field names, in any order after the positional ones; every field must be given once.
        /// </summary>
        private TExpr InferNamedConstruction(TypeDefinition def, VariantDefinition variant, List<Expr> positional, KeywordArgsExpr keywords, TextSpan span)
        {
            var args = FreshArgs(def);
            var values = new TExpr?[variant.Fields.Length];
            var failed = false;
            for (var i = 0; i < positional.Count; i++)
            {
                var value = Infer(positional[i]);
                if (i < values.Length)
                {
                    values[i] = value;
                    Unify(FieldType(variant.Fields[i], args), value.Type, value.Span, $"field `{variant.Fields[i].Name}` of `{variant.Name}`");
                }
                else
                {
                    failed = true;
                }
            }
            if (positional.Count > values.Length)
            {
                _checker.Error(DiagnosticCode.ArityMismatch, ArityMessage($"`{variant.Name}`", variant.Fields.Length, "value", positional.Count + keywords.Args.Count), Source, span);
            }
            if (!FillFieldsByName(variant.Name, variant.Fields, args, values, positional.Count,
                    keywords.Args.Select(a => (a.Name, a.NameToken?.Span ?? a.Span, a.Value))))
            {
                failed = true;
            }
            var missing = variant.Fields.Where((_, i) => values[i] is null).Select(f => f.Name).ToList();
            if (missing.Count > 0 && !failed)
            {
                _checker.Error(DiagnosticCode.UnknownField,
                    $"`{variant.Name}` is built without field{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"`{m}`"))}", Source, span,
                    $"missing {string.Join(", ", missing)}", $"every field of a variant needs a value: add `{missing[0]}: …`");
                failed = true;
            }
            return failed ? new TError(def.Apply(args), span) : new TConstruct(def, variant, [.. values.Select(v => v!)], def.Apply(args), span);
        }

        /// <summary>
        /// <c>name: value</c> pairs for the named fields of a struct or variant (<paramref name="owner"/>): each
        /// value inferred, unified with its field's type and put in its slot of <paramref name="values"/>, where
        /// the first <paramref name="positional"/> slots were filled by position. Reports unknown and repeated
        /// names; false when there was one. Missing fields are the caller's to report.
        /// </summary>
        private bool FillFieldsByName(string owner, ImmutableArray<FieldDefinition> fields, ImmutableArray<MeshType> args, TExpr?[] values, int positional,
            IEnumerable<(string? Name, TextSpan NameSpan, Expr? Value)> given)
        {
            var ok = true;
            foreach (var (name, nameSpan, valueSyntax) in given)
            {
                var value = Infer(valueSyntax);
                var index = FieldIndex(owner, fields, name, nameSpan);
                if (index < 0)
                {
                    ok = false;
                    continue;
                }
                if (values[index] is not null)
                {
                    _checker.Error(DiagnosticCode.UnknownField, $"field `{name}` of `{owner}` is given twice", Source, nameSpan, "given again here",
                        index < positional ? $"the {Ordinal(index + 1)} positional value is already `{name}`" : "give each field once");
                    ok = false;
                    continue;
                }
                values[index] = value;
                Unify(FieldType(fields[index], args), value.Type, value.Span, $"field `{name}` of `{owner}`");
            }
            return ok;
        }

        private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };

        // ---- patterns ----

        private TPattern BindName(string name, MeshType subject, TextSpan span)
        {
            if (_orBindings is not null && _orBindings.TryGetValue(name, out var shared))
            {
                Unify(shared.Type, subject, span, $"`{name}` (it must have the same type in every alternative)");
                return new TBindPattern(shared, span);
            }
            var local = NewLocal(name, subject, span);
            Declare(local);
            _orBindings?.TryAdd(name, local);
            return new TBindPattern(local, span);
        }

        /// <summary>
        /// The names in the sub-patterns of a pattern already reported as wrong: bound with the error type,
        /// so the arm's body does not report them as unknown.
        /// </summary>
        private void BindUnchecked(IReadOnlyList<Pattern> patterns)
        {
            foreach (var pattern in patterns)
            {
                InferPattern(pattern, MeshType.Error);
            }
        }

        /// <summary>
        /// The variant a pattern names (<c>Rect</c>, <c>Shape.Rect</c>, <c>Geo.Rect</c>); null when there is
        /// none, or when the bare name is a variant of several types (reported, <paramref name="ambiguous"/> set).
        /// </summary>
        private (TypeDefinition Def, VariantDefinition Variant)? ResolvePatternVariant(string? qualifier, string name, TextSpan nameSpan, MeshType subject, out bool ambiguous)
        {
            ambiguous = false;
            if (qualifier is not null)
            {
                var def = _checker.LookupType(_info.Module.Name, qualifier) is { Kind: TypeDefinitionKind.Sum } sum ? sum
                    : _checker.ModuleQualifiedVariant(_info.Module.Name, qualifier, name);
                return def?.Variants.FirstOrDefault(v => v.Name == name) is { } variant ? (def, variant) : null;
            }
            var candidates = _checker.LookupConstructors(_info.Module.Name, name);
            if (candidates.Count > 1)
            {
                // Prefer the variant of the type being matched, when that is already known.
                var subjectName = (Types.Shallow(subject) as TypeCon)?.Name;
                candidates = candidates.Where(c => c.Def.TypeName == subjectName).ToList() is { Count: 1 } narrowed ? narrowed : candidates;
            }
            if (candidates.Count > 1)
            {
                _checker.Error(DiagnosticCode.AmbiguousMethod, $"`{name}` is a variant of several types", Source, nameSpan, "ambiguous",
                    $"qualify it, e.g. `{candidates[0].Def.Name}.{name}`");
                ambiguous = true;
                return null;
            }
            return candidates.Count == 1 ? candidates[0] : null;
        }

        private TPattern InferConstructorPattern(string? qualifier, string name, TextSpan nameSpan, IReadOnlyList<Pattern> argPatterns, MeshType subject, TextSpan span)
        {
            var found = ResolvePatternVariant(qualifier, name, nameSpan, subject, out var ambiguous);
            if (ambiguous)
            {
                BindUnchecked(argPatterns);
                return new TErrorPattern(subject, span);
            }
            if (found is not var (definition, variantDef))
            {
                var known = _checker.LookupConstructorNames(_info.Module.Name);
                var suggestion = NameSuggestions.Closest(name, known);
                _checker.Error(DiagnosticCode.UnknownVariant, $"unknown variant `{(qualifier is null ? name : qualifier + "." + name)}`", Source, nameSpan, "not a constructor",
                    suggestion is null ? "variables in patterns start with a lower-case letter" : $"did you mean `{suggestion}`?");
                BindUnchecked(argPatterns);
                return new TErrorPattern(subject, span);
            }
            var args = FreshArgs(definition);
            var patternType = definition.Apply(args);
            if (!UnifyVariantPattern(definition, patternType, subject, span))
            {
                BindUnchecked(argPatterns);
                return new TErrorPattern(subject, span);
            }
            if (argPatterns.Count != variantDef.Fields.Length)
            {
                _checker.Error(DiagnosticCode.ArityMismatch,
                    $"`{name}` has {variantDef.Fields.Length} field{(variantDef.Fields.Length == 1 ? "" : "s")} but the pattern gives {argPatterns.Count}",
                    Source, span);
                // The fields that are there keep their types, so the arm's body is still checked.
                for (var i = 0; i < argPatterns.Count; i++)
                {
                    InferPattern(argPatterns[i], i < variantDef.Fields.Length ? FieldType(variantDef.Fields[i], args) : MeshType.Error);
                }
                return new TErrorPattern(subject, span);
            }
            var fields = argPatterns.Select((p, i) => InferPattern(p, FieldType(variantDef.Fields[i], args))).ToImmutableArray();
            return new TConstructorPattern(definition, variantDef, fields, definition.Apply(args), span);
        }

        /// <summary>The value matched by a variant pattern takes the sum type; a mismatch is reported once per type in a `case`.</summary>
        private bool UnifyVariantPattern(TypeDefinition definition, MeshType patternType, MeshType subject, TextSpan span)
        {
            var hint = definition.Name == "Option" ? _optionPatternHint : null;
            // Every arm of `case Map.get(m, k) do Some(v) -> …; None -> … end` has the same mistake: say it once.
            var alreadyReported = _mismatchedPatternTypes?.Contains(definition.Name) == true;
            if (alreadyReported ? Types.Unify(subject, patternType) != Substitution.UnifyResult.Ok
                : !Unify(subject, patternType, span, "this pattern (it must match the value being matched)", hint: hint))
            {
                _mismatchedPatternTypes?.Add(definition.Name);
                return false;
            }
            return true;
        }

        /// <summary>
        /// <c>Point { x: 0, y, .. }</c>: the struct is named, so the subject takes its type (with fresh
        /// type arguments, or the written ones); each listed field is matched by name, and every field
        /// must be listed unless the pattern ends with <c>..</c>.
        /// </summary>
        private TPattern InferStructPattern(StructPattern pattern, MeshType subject)
        {
            var name = pattern.TypeName ?? "";
            var def = _checker.LookupType(_info.Module.Name, name);
            if (def is not { Kind: TypeDefinitionKind.Struct } || NamesVariantOfSubject(pattern, subject))
            {
                if (pattern.PathTokens.Count > 0)
                {
                    var qualifier = pattern.PathTokens.Count > 1 ? string.Join('.', pattern.PathTokens.SkipLast(1).Select(t => t.Text)) : null;
                    var found = ResolvePatternVariant(qualifier, pattern.PathTokens[^1].Text, pattern.TypeNameSpan, subject, out var ambiguous);
                    if (found is var (owner, variant))
                    {
                        return InferNamedVariantPattern(pattern, owner, variant, subject);
                    }
                    if (ambiguous)
                    {
                        BindFieldNames(pattern);
                        return new TErrorPattern(subject, pattern.Span);
                    }
                }
                if (def is not { Kind: TypeDefinitionKind.Struct })
                {
                    ReportNotAStruct(pattern, name, def);
                    BindFieldNames(pattern);
                    return new TErrorPattern(subject, pattern.Span);
                }
            }
            var args = PatternTypeArgs(pattern, def);
            var patternType = def.Apply(args);
            if (Types.Unify(subject, patternType) != Substitution.UnifyResult.Ok)
            {
                ReportStructPatternMismatch(pattern, def, pattern.HasTypeArgs ? TypeFormatter.Format(Types.Resolve(patternType)) : def.Name, subject);
                BindFieldNames(pattern);
                return new TErrorPattern(subject, pattern.Span);
            }
            return MatchFieldsByName(pattern, def.Name, def.Fields, args) is { } filled
                ? new TStructPattern(def, filled, patternType, pattern.Span)
                : new TErrorPattern(subject, pattern.Span);
        }

        /// <summary>
        /// A struct and a variant may share a name (<c>struct Rect</c> and <c>Shape.Rect</c>): when the value
        /// matched is already known to be a sum type with that variant, the pattern names the variant.
        /// </summary>
        private bool NamesVariantOfSubject(StructPattern pattern, MeshType subject)
            => pattern.PathTokens.Count == 1 && Types.Shallow(subject) is TypeCon con && _checker.DefinitionOf(con) is { Kind: TypeDefinitionKind.Sum } sum
                && sum.Variants.Any(v => v.Name == pattern.PathTokens[0].Text);

        /// <summary>The type arguments of the named type: fresh, unified with the written ones (<c>Box&lt;Int&gt; { … }</c>).</summary>
        private ImmutableArray<MeshType> PatternTypeArgs(StructPattern pattern, TypeDefinition def)
        {
            var args = FreshArgs(def);
            if (pattern.HasTypeArgs)
            {
                var written = pattern.TypeArgs;
                if (written.Count != args.Length)
                {
                    _checker.Error(DiagnosticCode.ArityMismatch, $"`{def.Name}` takes {args.Length} type argument{(args.Length == 1 ? "" : "s")} but {written.Count} {(written.Count == 1 ? "was" : "were")} given",
                        Source, pattern.TypeNameSpan, "wrong number of type arguments", args.Length == 0 ? $"write `{pattern.TypeName} {{ … }}`" : $"write {args.Length}, or leave them out: they are inferred");
                }
                for (var i = 0; i < written.Count && i < args.Length; i++)
                {
                    Unify(_checker.ResolveTypeRef(written[i], _info.Module, _generics), args[i], written[i].Span, $"type argument {i + 1} of `{def.Name}`");
                }
            }
            return args;
        }

        /// <summary>
        /// <c>Rect { w, h: 0.0 }</c>, <c>Shape.Rect { w: x, .. }</c>: a variant declared with named fields,
        /// matched by name like a struct. It becomes the positional pattern (the fields not listed are
        /// <c>_</c>), so exhaustiveness and lowering treat both spellings the same.
        /// </summary>
        private TPattern InferNamedVariantPattern(StructPattern pattern, TypeDefinition owner, VariantDefinition variant, MeshType subject)
        {
            var args = PatternTypeArgs(pattern, owner);
            var patternType = owner.Apply(args);
            if (!UnifyVariantPattern(owner, patternType, subject, pattern.Span))
            {
                BindFieldNames(pattern);
                return new TErrorPattern(subject, pattern.Span);
            }
            if (!variant.HasNamedFields && variant.Fields.Length > 0 && pattern.Fields.Count > 0)
            {
                var positional = $"{variant.Name}({string.Join(", ", variant.Fields.Select(_ => "_"))})";
                _checker.Error(DiagnosticCode.UnknownField, $"variant `{variant.Name}` of `{owner.Name}` has positional fields, not named ones",
                    Source, pattern.Fields[0].NameToken?.Span ?? pattern.TypeNameSpan, "no field of this name",
                    $"match its fields by position: `{positional}` (or `{variant.Name} {{ .. }}` to ignore them)");
                BindFieldNames(pattern);
                return new TErrorPattern(subject, pattern.Span);
            }
            return MatchFieldsByName(pattern, variant.Name, variant.Fields, args) is { } filled
                ? new TConstructorPattern(owner, variant, filled, patternType, pattern.Span, ByName: true)
                : new TErrorPattern(subject, pattern.Span);
        }

        /// <summary>
        /// Each listed field matched by name, in declaration order, the unlisted ones <c>_</c> when the
        /// pattern ends with <c>..</c>; null (reported) for an unknown, repeated or missing field.
        /// </summary>
        private ImmutableArray<TPattern>? MatchFieldsByName(StructPattern pattern, string owner, ImmutableArray<FieldDefinition> declared, ImmutableArray<MeshType> args)
        {
            var fields = new TPattern?[declared.Length];
            var firstSpans = new TextSpan[declared.Length];
            var failed = false;
            foreach (var field in pattern.Fields)
            {
                var nameSpan = field.NameToken?.Span ?? field.Span;
                var index = FieldIndex(owner, declared, field.Name, nameSpan);
                var fieldType = index >= 0 ? FieldType(declared[index], args) : MeshType.Error;
                var inner = field.IsShorthand ? BindName(field.Name ?? "_", fieldType, nameSpan) : InferPattern(field.Pattern, fieldType);
                if (field.IsShorthand && inner is TBindPattern shorthand)
                {
                    _shorthandBindings.Add(shorthand.Local);
                }
                if (index < 0)
                {
                    failed = true;
                    continue;
                }
                if (fields[index] is not null)
                {
                    _checker._diagnostics.Add(new Diagnostic(DiagnosticCode.UnknownField, $"field `{field.Name}` is matched twice in this `{owner}` pattern",
                        Source, nameSpan, "listed again here", "a field can be matched once: combine the two patterns, or use a `when` guard")
                    {
                        SecondaryLabels = [new DiagnosticLabel(Source, firstSpans[index], "first listed here")],
                    });
                    failed = true;
                    continue;
                }
                fields[index] = inner;
                firstSpans[index] = nameSpan;
            }
            var missing = declared.Where((_, i) => fields[i] is null).Select(f => f.Name).ToList();
            if (missing.Count > 0 && !pattern.HasRest && !failed)
            {
                var listed = string.Join(", ", pattern.Fields.Select(f => f.Syntax.TextTrimmed()).Append(".."));
                _checker.Error(DiagnosticCode.UnknownField,
                    $"this `{owner}` pattern does not mention field{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"`{m}`"))}",
                    Source, pattern.TypeNameSpan, $"missing {string.Join(", ", missing)}",
                    $"list {(missing.Count == 1 ? "it" : "them")} (`{missing[0]}: _`), or end the pattern with `..` to ignore the other fields: `{pattern.TypeName} {{ {listed} }}`");
                failed = true;
            }
            return failed ? null : fields.Select((f, i) => f ?? new TWildcardPattern(FieldType(declared[i], args), default)).ToImmutableArray();
        }

        /// <summary>A struct pattern's names are still bound (with no type to speak of), so their uses are not reported as well.</summary>
        private void BindFieldNames(StructPattern pattern)
        {
            foreach (var field in pattern.Fields)
            {
                if (field.IsShorthand)
                {
                    BindName(field.Name ?? "_", MeshType.Error, field.NameToken?.Span ?? field.Span);
                }
                else
                {
                    InferPattern(field.Pattern, MeshType.Error);
                }
            }
        }

        private void ReportNotAStruct(StructPattern pattern, string name, TypeDefinition? def)
        {
            var span = pattern.TypeNameSpan;
            if (def is { Kind: TypeDefinitionKind.Sum })
            {
                var example = def.Variants.FirstOrDefault(v => v.HasNamedFields) is { } named ? $"`{named.Name} {{ {named.Fields[0].Name}, .. }}`"
                    : def.Variants.FirstOrDefault() is { } v ? $"`{v.Name}{(v.Fields.Length > 0 ? "(" + string.Join(", ", v.Fields.Select(_ => "_")) + ")" : "")}`" : "its variants";
                _checker.Error(DiagnosticCode.TypeMismatch, $"`{name}` is a sum type, not a struct: it has no fields to match by name", Source, span,
                    "not a struct", $"match one of its variants, e.g. {example}");
                return;
            }
            var last = pattern.PathTokens.LastOrDefault()?.Text ?? name;
            if (_checker.LookupConstructors(_info.Module.Name, last) is [var (owner, variant), ..])
            {
                var positional = variant.Fields.Length == 0 ? variant.Name : $"{variant.Name}({string.Join(", ", variant.Fields.Select(f => variant.HasNamedFields ? f.Name : "_"))})";
                _checker.Error(DiagnosticCode.TypeMismatch, $"`{last}` is a variant of `{owner.Name}`, not a struct", Source, span,
                    "not a struct", $"variants are matched by position: `{positional}`");
                return;
            }
            var structs = _checker.VisibleTypeNames(_info.Module.Name).Where(n => _checker.LookupType(_info.Module.Name, n) is { Kind: TypeDefinitionKind.Struct });
            var suggestion = NameSuggestions.Closest(name, structs);
            _checker.Error(DiagnosticCode.UnboundName, $"unknown struct `{name}` in this pattern", Source, span, "not a struct",
                suggestion is null ? "struct patterns name a struct defined with `struct Name do … end`" : $"did you mean `{suggestion}`?");
        }

        private void ReportStructPatternMismatch(StructPattern pattern, TypeDefinition def, string written, MeshType subject)
        {
            var actual = Types.Resolve(subject);
            var shown = TypeFormatter.Format(actual);
            string hint;
            if (actual is TypeCon con && _checker.DefinitionOf(con) is { } other && other.Kind == TypeDefinitionKind.Struct)
            {
                hint = other.Name == def.Name
                    ? "the type arguments differ from the value's"
                    : $"match `{other.Name}`'s fields instead: `{other.Name} {{ {string.Join(", ", other.Fields.Select(f => f.Name).Take(3))}{(other.Fields.Length > 3 ? ", .." : "")} }}`";
            }
            else if (actual is TypeCon { Name: MeshType.TupleName })
            {
                hint = "tuples are matched by position: `(a, b)`";
            }
            else if (actual is TypeCon sum && _checker.DefinitionOf(sum) is { Kind: TypeDefinitionKind.Sum } sumDef)
            {
                hint = $"`{sumDef.Name}` is a sum type: match its variants, e.g. `{sumDef.Variants.FirstOrDefault()?.Name ?? "…"}`";
            }
            else
            {
                hint = "a struct pattern only matches values of that struct; bind the value to a name instead";
            }
            _checker.Error(DiagnosticCode.TypeMismatch, $"this pattern matches `{written}` values, but the value being matched is {Article(shown)}",
                Source, pattern.TypeNameSpan, $"expects {Article(def.Name)}", hint);
        }

        private TPattern InferOrPattern(OrPattern or, MeshType subject)
        {
            var outer = _orBindings;
            _orBindings = outer ?? [];
            var alternatives = ImmutableArray.CreateBuilder<TPattern>();
            HashSet<string>? firstNames = null;
            foreach (var alternative in or.Alternatives)
            {
                var pattern = InferPattern(alternative, subject);
                var names = BoundNames(pattern).ToHashSet();
                if (firstNames is null)
                {
                    firstNames = names;
                }
                else if (!names.SetEquals(firstNames))
                {
                    var missing = firstNames.Except(names).Concat(names.Except(firstNames)).First();
                    _checker.Error(DiagnosticCode.OrPatternBindingMismatch, $"`{missing}` is not bound in every alternative of this pattern", Source, alternative.Span,
                        "binds different names", "every alternative of an or-pattern must bind the same variables");
                }
                alternatives.Add(pattern);
            }
            _orBindings = outer;
            return new TOrPattern(alternatives.ToImmutable(), subject, or.Span);
        }

        private static IEnumerable<string> BoundNames(TPattern pattern) => pattern switch
        {
            TBindPattern b => [b.Local.Name],
            TAsPattern a => BoundNames(a.Pattern).Append(a.Local.Name),
            TTuplePattern t => t.Elements.SelectMany(BoundNames),
            TListPattern l => l.Elements.SelectMany(BoundNames),
            TConsPattern c => BoundNames(c.Head).Concat(BoundNames(c.Tail)),
            TConstructorPattern c => c.Fields.SelectMany(BoundNames),
            TStructPattern s => s.Fields.SelectMany(BoundNames),
            TOrPattern o => o.Alternatives.Length > 0 ? BoundNames(o.Alternatives[0]) : [],
            _ => [],
        };
    }

    private IEnumerable<string> LookupConstructorNames(string module)
    {
        IEnumerable<TypeDefinition> visible = _typeDefs.Values.Where(d => d.Module == module);
        if (_scopes.TryGetValue(module, out var scope))
        {
            visible = visible.Concat(scope.ImportedTypes.Values);
        }
        return visible.Concat(BuiltinTypes.All).SelectMany(d => d.Variants.Select(v => v.Name));
    }
}
