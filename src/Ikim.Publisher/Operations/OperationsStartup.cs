using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Subscribes metrics and build-log retention to the build history when the host starts:
/// after settings are validated (these services read them), and before the worker's first
/// build, because it is registered ahead of the worker.
/// </summary>
public sealed class OperationsStartup(BuildHistory history, PublisherMetrics metrics, BuildLogs logs, ReleaseStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        history.Added += metrics.Record;
        history.Added += _ => logs.Prune(store.ReleaseIds().ToHashSet());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
