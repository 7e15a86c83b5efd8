using Serilog.Core;
using Serilog.Events;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A Serilog sink the host picks up from DI (<c>ReadFrom.Services</c>): records every event and
/// lets a test await one, past or future, instead of sleeping.
/// </summary>
public sealed class LogRecorder : ILogEventSink
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);
    private readonly Lock _gate = new();
    private readonly List<LogEvent> _events = [];
    private readonly List<(Func<LogEvent, bool> Match, TaskCompletionSource<LogEvent> Waiter)> _waiters = [];

    /// <summary>Every event so far, oldest first.</summary>
    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToList();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        List<TaskCompletionSource<LogEvent>> ready;
        lock (_gate)
        {
            _events.Add(logEvent);
            ready = _waiters.Where(w => w.Match(logEvent)).Select(w => w.Waiter).ToList();
            _waiters.RemoveAll(w => ready.Contains(w.Waiter));
        }

        ready.ForEach(w => w.TrySetResult(logEvent));
    }

    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match)
    {
        var waiter = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_events.FirstOrDefault(match) is { } existing)
            {
                return existing;
            }

            _waiters.Add((match, waiter));
        }

        return await waiter.Task.WaitAsync(WaitLimit);
    }

    public static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: var scalar } ? scalar?.ToString() : null;
}
