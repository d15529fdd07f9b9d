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
        // ---- service handlers and actor cleanup ----

        /// <summary>A handler's body: a call gives <c>(new_state, reply)</c>, a cast the new state.</summary>
        private TExpr CheckHandlerBody(ServiceHandler handler)
        {
            var body = Infer(handler.Body);
            var service = _info.Service!.Symbol.Name;
            if (handler.IsCall)
            {
                Unify(Signature.Return, body.Type, ResultSpan(body), $"the result of call handler `{handler.Name}`",
                    hint: "a call handler ends with `(new_state, reply)`: the first element becomes the state, the second goes back to the caller");
            }
            else
            {
                Unify(Signature.Return, body.Type, ResultSpan(body), $"the result of cast handler `{handler.Name}` (the new state of `{service}`)",
                    hint: "a cast handler ends with the new state; it sends no reply");
            }
            return body;
        }

        /// <summary>
        /// <c>terminate do … end</c>: checked like the actor's body (its parameters in scope, same
        /// mailbox) and kept as a function the actor's entry calls when it ends.
        /// </summary>
        private void CheckTerminate(BlockExpr block)
        {
            PushScope();
            foreach (var p in _info.Symbol.Params)
            {
                Declare(p);
            }
            var body = Infer(block);
            PopScope();
            var symbol = _info.Symbol;
            _info.Symbol.Terminate = new FunctionSymbol(symbol.Module, symbol.Name + "$terminate", FunctionKind.Function, symbol.Source, block.Span)
            {
                Params = symbol.Params,
                Body = body,
                Scheme = TypeScheme.Mono(new FunType([.. symbol.Params.Select(p => p.Type)], MeshType.Unit)),
            };
        }

        // ---- receive() and spawn f(args) ----

        private TExpr InferReceiveAny(ReceiveExpr receive)
        {
            if (!HasMailbox)
            {
                _checker.Error(DiagnosticCode.ReceiveOutsideActor, "`receive` cannot be used inside a closure: it may run in another process", Source, receive.Span,
                    hint: "receive in the enclosing function and pass the message to the closure");
                return new TError(MeshType.Unit, receive.Span);
            }
            _info.UsesMailbox = true;
            return new TReceiveAny(receive.Span);
        }

        /// <summary>The target and arguments of <c>spawn(f, a, b)</c> or <c>spawn f(a, b)</c>.</summary>
        private static (Expr? Target, List<Expr> Args) SpawnParts(SpawnExpr spawn)
        {
            if (spawn.Call is { } call)
            {
                return call is CallExpr { Callee: NameExpr callee } c && c.TrailingClosure is null && c.Args.All(a => a.Name is null)
                    ? (callee, c.Args.Select(a => a.Value).OfType<Expr>().ToList())
                    : (call, []);
            }
            var args = spawn.Args;
            return (args.Count > 0 ? args[0].Value : null, args.Skip(1).Select(a => a.Value).OfType<Expr>().ToList());
        }

        // ---- services: Name.start(...) and the generated clients ----

        /// <summary>The service a call's callee names (<c>Counter.f</c> or <c>Module.Counter.f</c>), if any.</summary>
        private ServiceInfo? CalledService(Expr? callee, out string function, out TextSpan functionSpan)
        {
            function = "";
            functionSpan = default;
            if (callee is not FieldAccessExpr { FieldName: { } name } access)
            {
                return null;
            }
            function = name;
            functionSpan = access.FieldToken?.Span ?? access.Span;
            return access.Target switch
            {
                NameExpr { Name: { Length: > 0 } s } when char.IsUpper(s[0]) && Lookup(s) is null && _checker.ResolveQualifier(_info.Module.Name, s) is null
                    => _checker.ResolveService(_info.Module.Name, s),
                FieldAccessExpr { Target: NameExpr { Name: { } q }, FieldName: { } s } when Lookup(q) is null
                    => _checker.ResolveQualifiedService(_info.Module.Name, q, s),
                _ => null,
            };
        }

        private TExpr InferServiceCall(ServiceInfo service, string function, TextSpan functionSpan, CallExpr call, Expr? pipedFirst)
        {
            var name = service.Symbol.Name;
            var args = new List<Expr>();
            if (pipedFirst is not null)
            {
                args.Add(pipedFirst);
            }
            Expr? timeoutSyntax = null;
            foreach (var arg in call.Args)
            {
                if (arg.Name is { } keyword)
                {
                    if (keyword == "timeout" && timeoutSyntax is null && arg.Value is not null)
                    {
                        timeoutSyntax = arg.Value;
                        continue;
                    }
                    _checker.Error(DiagnosticCode.InvalidServiceCallOption, $"`{name}.{function}` takes no option `{keyword}:`", Source, arg.Span, "unknown option",
                        "a call takes one option, `timeout: milliseconds`");
                    continue;
                }
                if (arg.Value is { } value)
                {
                    args.Add(value);
                }
            }
            // `f(a) do |x| ... end` passes the block as the last argument.
            if (call.TrailingClosure is { } trailing)
            {
                args.Add(trailing);
            }

            if (function == "start")
            {
                if (timeoutSyntax is not null)
                {
                    ReportTimeoutOption($"{name}.start", timeoutSyntax, "`start` waits for `init` to finish");
                }
                if (service.Init is not { } init)
                {
                    foreach (var a in args)
                    {
                        Infer(a);
                    }
                    return new TError(MeshType.Pid(service.Symbol.Type), call.Span);
                }
                var (initParams, _, _) = Instantiate(init, call.Span);
                var initArgs = CheckArgs($"{name}.start", initParams, args, call.Span);
                return new TServiceStart(service.Symbol, initArgs, MeshType.Pid(service.Symbol.Type), call.Span);
            }

            var handler = service.Handlers.FirstOrDefault(h => h.Symbol.ClientName == function);
            if (handler.Info is null)
            {
                var names = service.Handlers.Select(h => h.Symbol.ClientName).Append("start");
                var suggestion = NameSuggestions.Closest(function, names);
                _checker.Error(DiagnosticCode.UnboundName, $"service `{name}` has no function `{function}`", Source, functionSpan, "not found",
                    suggestion is not null ? $"did you mean `{name}.{suggestion}`?"
                        : $"its functions are {string.Join(", ", names.Select(n => $"`{name}.{n}`"))} (a handler `GetCount` gives `{name}.get_count`)");
                foreach (var a in args)
                {
                    Infer(a);
                }
                if (timeoutSyntax is not null)
                {
                    Infer(timeoutSyntax);
                }
                return new TError(MeshType.Error, call.Span);
            }
            var (paramTypes, returnType, _) = Instantiate(handler.Info, call.Span);
            var clientParams = paramTypes.Skip(1).Prepend(MeshType.Pid(service.Symbol.Type)).ToImmutableArray();
            var clientName = $"{name}.{function}";
            var checkedArgs = CheckArgs(clientName, clientParams, args, call.Span);
            if (checkedArgs.Length != clientParams.Length)
            {
                return new TError(MeshType.Error, call.Span);
            }
            MeshType result = MeshType.Unit;
            if (handler.Symbol.IsCall)
            {
                result = Types.Fresh();
                Types.Unify(MeshType.Tuple([Types.Fresh(), result]), returnType);
            }
            TExpr? timeout = null;
            if (timeoutSyntax is not null)
            {
                if (!handler.Symbol.IsCall)
                {
                    ReportTimeoutOption(clientName, timeoutSyntax, "a cast does not wait for anything");
                }
                else
                {
                    timeout = Infer(timeoutSyntax);
                    Unify(MeshType.Int, timeout.Type, timeout.Span, "the `timeout:` of a call (milliseconds)");
                }
            }
            return new TServiceRequest(service.Symbol, handler.Symbol, checkedArgs[0], checkedArgs[1..], timeout, result, call.Span);
        }

        private void ReportTimeoutOption(string function, Expr value, string why)
        {
            _checker.Error(DiagnosticCode.InvalidServiceCallOption, $"`{function}` takes no `timeout:`", Source, value.Span, "not a call",
                $"{why}; only the clients of `call` handlers wait, and so take `timeout:`");
            Infer(value);
        }

        // ---- jobs ----

        /// <summary>
        /// A function that will run in another process (a job, a supervisor's start function): what it captures is
        /// copied there, so it must be a closure written at the call or a named function (whose captures the compiler
        /// knows), and those captures must be sendable. False when it is not, or already in error.
        /// </summary>
        private bool RequireMovableFunction(TExpr function, string what, string destination, string hint)
        {
            switch (function)
            {
                case TClosure closure:
                    foreach (var capture in closure.Captures)
                    {
                        Require(capture.Type, Trait.Sendable, closure.Span, $"{what} (the closure uses `{capture.Name}`, which is copied to {destination})");
                    }
                    return true;
                case TFunctionValue:
                    return true;
                case TError:
                    return false;
                default:
                    _checker.Error(DiagnosticCode.JobNeedsFunction, $"{what} needs a `fn ... end` written here or the name of a function",
                        Source, function.Span, "a function value of unknown origin", hint);
                    return false;
            }
        }

        /// <summary>
        /// <c>Job.async(f)</c> and <c>Job.map(list, f)</c> run <c>f</c> in another process, so what
        /// it captures is copied there: it must be a closure written at the call or a named function,
        /// whose captured values the compiler knows, and its result must be sendable.
        /// </summary>
        private void CheckJobCall(StdlibFunction function, ImmutableArray<TExpr> args)
        {
            var index = function.Name switch
            {
                "async" => 0,
                "map" => 1,
                _ => -1,
            };
            if (index < 0 || index >= args.Length)
            {
                return;
            }
            var work = args[index];
            if (!RequireMovableFunction(work, $"`Job.{function.Name}`", "the job",
                "the job runs in another process, so the values the function captures are copied there; write the closure at the call: `Job.async(fn -> work(x) end)`"))
            {
                return;
            }
            if (Types.Shallow(work.Type) is FunType fun)
            {
                Require(fun.Return, Trait.Sendable, work.Span, $"`Job.{function.Name}` (its result is sent back)");
            }
        }
    }
}
