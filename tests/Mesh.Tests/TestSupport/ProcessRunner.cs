using System.Diagnostics;
using System.Text;

namespace Mesh.Tests.TestSupport;

/// <summary>What a finished (or killed) child process left behind.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>A short description for assertion messages.</summary>
    public string Describe(string what)
    {
        var sb = new StringBuilder();
        sb.Append(what).Append(TimedOut ? " timed out" : $" exited with {ExitCode}").Append($" after {Elapsed.TotalSeconds:F1}s\n");
        sb.Append("--- stdout ---\n").Append(Truncate(Stdout)).Append('\n');
        sb.Append("--- stderr ---\n").Append(Truncate(Stderr)).Append('\n');
        return sb.ToString();
    }

    private static string Truncate(string s) => s.Length <= 6000 ? s : s[..6000] + $"\n... ({s.Length - 6000} more characters)";
}

/// <summary>Runs a process with a timeout, capturing stdout and stderr completely.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        bool emptyEnvironment = false,
        string? standardInput = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        if (emptyEnvironment)
        {
            psi.Environment.Clear();
        }
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    psi.Environment.Remove(key);
                }
                else
                {
                    psi.Environment[key] = value;
                }
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            return new ProcessResult(-1, "", $"could not start {fileName}: {e.Message}", false, clock.Elapsed);
        }
        if (standardInput is not null)
        {
            // Written before reading the outputs: test inputs are small, far below the pipe's buffer.
            process.StandardInput.Write(standardInput);
        }
        process.StandardInput.Close();
        // Read the raw streams to their end so that a missing final newline is preserved exactly.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var timedOut = false;
        if (!process.WaitForExit(limit))
        {
            timedOut = true;
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it exited between the wait and the kill
            }
            process.WaitForExit();
        }
        // A grandchild that inherited the pipes could keep them open; do not wait for it forever.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(10));
        clock.Stop();
        return new ProcessResult(
            timedOut ? -1 : process.ExitCode,
            stdout.IsCompletedSuccessfully ? stdout.Result : "",
            stderr.IsCompletedSuccessfully ? stderr.Result : "",
            timedOut,
            clock.Elapsed);
    }
}
