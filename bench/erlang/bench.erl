%% The BEAM side of bench/actors.sh: the same workloads as bench/mesh/<name>/main.mpl, each
%% verifying its result (a wrong count or sum prints FAIL and halts with status 1).
%% Run: erl +S 2 +P 3000000 -noshell -pa DIR -run bench main NAME [ARGS...]
-module(bench).
-export([main/1]).

main([Name | Args]) ->
    %% Main and the sinks receive up to millions of queued messages; keeping a long queue off
    %% the process heap is what an Erlang programmer does for such processes (with the
    %% default on_heap queue every garbage collection of main copies the whole queue).
    process_flag(message_queue_data, off_heap),
    Ints = [list_to_integer(A) || A <- Args],
    Ok = run(list_to_atom(Name), Ints),
    halt(case Ok of true -> 0; false -> 1 end).

%% P1: spawn + one message + exit; each worker sends its number back, main checks the sum.
run(spawn_exit, [N]) ->
    Me = self(),
    T0 = now_ms(),
    spawn_all(N, Me),
    Sum = collect(N, 0),
    elapsed(T0),
    report(Sum =:= N * (N + 1) div 2, io_lib:format("spawn_exit ~p actors, sum ~p", [N, Sum]));

%% P2: N idle actors in a chain, blocked in receive; RSS read from /proc/self/status.
run(idle_actors, [N]) ->
    Me = self(),
    Before = status_kb("VmRSS:"),
    Head = spawn_chain(N, Me, Me),
    wait_ready(N),
    timer:sleep(200),
    Idle = status_kb("VmRSS:"),
    Hwm = status_kb("VmHWM:"),
    io:format("rss_before_kb ~p~nrss_idle_kb ~p~nhwm_kb ~p~n", [Before, Idle, Hwm]),
    Head ! 0,
    T = receive X -> X end,
    report(T =:= N, io_lib:format("idle_actors ~p, token ~p", [N, T]));

%% P3a: ping-pong, R round trips.
run(pingpong, [R]) ->
    Me = self(),
    T0 = now_ms(),
    Peer = spawn(fun ponger/0),
    spawn(fun() -> Me ! {ok, ping(Peer, 1, R, 0)} end),
    Ok = receive {ok, C} -> C end,
    elapsed(T0),
    report(Ok =:= R, io_lib:format("pingpong ~p of ~p", [Ok, R]));

%% P3b: fan-in, S senders x M messages to one sink.
run(fanin, [S, M]) ->
    Me = self(),
    Total = S * M,
    T0 = now_ms(),
    Sink = spawn_opt(fun() -> Me ! {sum, drain(Total, 0)} end, [{message_queue_data, off_heap}]),
    start(Sink, S, M),
    Sum = receive {sum, X} -> X end,
    elapsed(T0),
    report(Sum =:= Total * (Total + 1) div 2, io_lib:format("fanin ~p messages, sum ~p", [Total, Sum]));

%% Soak: S senders x N messages over R receivers; count, sum and squares mod P checked.
run(soak, [S, R, N]) ->
    Me = self(),
    Total = S * N,
    T0 = now_ms(),
    Recv = list_to_tuple([spawn_opt(fun() -> Me ! {part, take(S, 0, 0, 0)} end, [{message_queue_data, off_heap}])
                         || _ <- lists:seq(1, R)]),
    [spawn(fun() -> pump(Recv, R, Sx, Sx * N, 0, N) end) || Sx <- lists:seq(0, S - 1)],
    {C, Sum, Sq} = gather(R, 0, 0, 0),
    elapsed(T0),
    WantSq = squares(0, Total, 0),
    report(C =:= Total andalso Sum =:= Total * (Total - 1) div 2 andalso Sq =:= WantSq,
           io_lib:format("soak ~p messages (expected ~p)", [C, Total])).

%% Each benchmark prints "elapsed_ms T": the time from its first spawn to its last result.
now_ms() -> erlang:monotonic_time(millisecond).
elapsed(T0) -> io:format("elapsed_ms ~p~n", [now_ms() - T0]).

report(true, Text) -> io:format("ok ~s~n", [Text]), true;
report(false, Text) -> io:format("FAIL ~s~n", [Text]), false.

spawn_all(0, _) -> ok;
spawn_all(I, Me) ->
    P = spawn(fun() -> receive X -> Me ! X end end),
    P ! I,
    spawn_all(I - 1, Me).

collect(0, Sum) -> Sum;
collect(Left, Sum) -> receive N -> collect(Left - 1, Sum + N) end.

spawn_chain(0, _, Next) -> Next;
spawn_chain(I, Me, Next) ->
    spawn_chain(I - 1, Me, spawn(fun() -> idler(Me, Next) end)).

idler(Parent, Next) ->
    Parent ! ready,
    receive T -> Next ! T + 1 end.

wait_ready(0) -> ok;
wait_ready(Left) -> receive ready -> wait_ready(Left - 1) end.

status_kb(Key) ->
    {ok, Text} = file:read_file("/proc/self/status"),
    [Line] = [L || L <- binary:split(Text, <<"\n">>, [global]), binary:match(L, list_to_binary(Key)) =:= {0, length(Key)}],
    [_, V | _] = string:lexemes(binary_to_list(Line), " \t"),
    list_to_integer(V).

ponger() ->
    receive
        {From, 0} -> From ! 0;
        {From, N} -> From ! N, ponger()
    end.

ping(Peer, I, R, Ok) when I > R ->
    Peer ! {self(), 0},
    receive _ -> Ok end;
ping(Peer, I, R, Ok) ->
    Peer ! {self(), I},
    receive
        N -> ping(Peer, I + 1, R, case N =:= I of true -> Ok + 1; false -> Ok end)
    end.

drain(0, Sum) -> Sum;
drain(Left, Sum) -> receive V -> drain(Left - 1, Sum + V) end.

start(_, 0, _) -> ok;
start(Sink, S, M) ->
    Base = (S - 1) * M,
    spawn(fun() -> blast(Sink, Base, 1, M) end),
    start(Sink, S - 1, M).

blast(_, _, K, M) when K > M -> ok;
blast(To, Base, K, M) -> To ! Base + K, blast(To, Base, K + 1, M).

-define(P, 1000000007).

take(0, C, Sum, Sq) -> {C, Sum, Sq};
take(Open, C, Sum, Sq) ->
    receive
        -1 -> take(Open - 1, C, Sum, Sq);
        V -> take(Open, C + 1, Sum + V, (Sq + (V rem ?P) * (V rem ?P)) rem ?P)
    end.

pump(Recv, R, S, Base, Seq, N) when Seq < N ->
    element((Seq + S) rem R + 1, Recv) ! Base + Seq,
    pump(Recv, R, S, Base, Seq + 1, N);
pump(Recv, R, _, _, _, _) ->
    [element(I, Recv) ! -1 || I <- lists:seq(1, R)],
    ok.

gather(0, C, Sum, Sq) -> {C, Sum, Sq};
gather(Left, C, Sum, Sq) ->
    receive {part, {C1, S1, Q1}} -> gather(Left - 1, C + C1, Sum + S1, (Sq + Q1) rem ?P) end.

squares(V, V, Acc) -> Acc;
squares(V, Total, Acc) -> squares(V + 1, Total, (Acc + (V rem ?P) * (V rem ?P)) rem ?P).
