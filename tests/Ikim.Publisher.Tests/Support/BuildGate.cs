using Serilog.Core;
using Serilog.Events;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// Holds a build of one commit at its first log event (which the worker writes on its own
/// thread, inside the build, with <c>Commit</c> on LogContext) until the test opens the gate:
/// "a build is running" becomes a state a test can reach without a slow site or a sleep.
/// </summary>
public sealed class BuildGate : ILogEventSink
{
    private static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(60);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _commit;

    /// <summary>Completes when the build of the armed commit is held.</summary>
    public Task Entered => _entered.Task.WaitAsync(HoldLimit);

    /// <summary>Holds the next build of <paramref name="sha"/>.</summary>
    public void Arm(string sha) => Volatile.Write(ref _commit, sha[..12]);

    public void Open() => _opened.TrySetResult();

    public void Emit(LogEvent logEvent)
    {
        var armed = Volatile.Read(ref _commit);
        if (armed is null || !logEvent.Properties.ContainsKey("BuildId") || LogRecorder.Property(logEvent, "Commit") != armed)
        {
            return;
        }

        if (_entered.TrySetResult())
        {
            // Bounded, so a failing test cannot hang the worker for ever.
            _opened.Task.Wait(HoldLimit);
        }
    }
}
