using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;
using Prometheus;

namespace Ikim.Publisher.Operations;

/// <summary>
/// The worker's Prometheus metrics, in the host's own registry (not prometheus-net's static
/// default), so that several hosts in one process (the tests) do not count into each other.
/// Builds are counted as they are recorded (<see cref="Record"/>, subscribed by
/// <see cref="OperationsStartup"/>); poll and release facts are read at scrape time.
/// </summary>
public sealed class PublisherMetrics
{
    private static readonly string[] Outcomes = Enum.GetNames<BuildOutcome>().Select(n => n.ToLowerInvariant()).ToArray();
    private readonly Counter _builds;
    private readonly Histogram _buildDuration;
    private readonly Gauge _pages;
    private readonly Counter _fetches;
    private readonly Counter _fetchFailures;
    private readonly Gauge _consecutiveFailures;
    private readonly Counter _webhooks;
    private readonly Gauge _sinceLastSuccess;
    private readonly Gauge _liveInfo;
    private readonly Gauge _pinned;
    private readonly PollState _poll;
    private readonly ReleaseStore _store;
    private readonly TimeProvider _clock;
    private readonly Lock _refreshGate = new();
    private long _lastSuccessMs;
    private string[]? _liveLabels;

    public PublisherMetrics(CollectorRegistry registry, PollState poll, ReleaseStore store, TimeProvider clock)
    {
        (_poll, _store, _clock) = (poll, store, clock);
        var factory = Metrics.WithCustomRegistry(registry);
        _builds = factory.CreateCounter("ikim_publisher_builds_total", "Builds finished, by result.", "result");
        _buildDuration = factory.CreateHistogram("ikim_publisher_build_duration_seconds", "Time from the start of a build to its switch or failure.", new HistogramConfiguration
        {
            Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        });
        _pages = factory.CreateGauge("ikim_publisher_pages_built", "Pages rendered by the last published build.", new GaugeConfiguration { SuppressInitialValue = true });
        _fetches = factory.CreateCounter("ikim_publisher_fetches_total", "Fetches of the content repository attempted.");
        _fetchFailures = factory.CreateCounter("ikim_publisher_fetch_failures_total", "Fetches of the content repository that failed.");
        _consecutiveFailures = factory.CreateGauge("ikim_publisher_fetch_consecutive_failures", "Fetch failures since the last successful fetch.");
        _webhooks = factory.CreateCounter("ikim_publisher_webhook_requests_total", "Webhook requests, by provider and outcome.", "provider", "outcome");
        _sinceLastSuccess = factory.CreateGauge("ikim_publisher_seconds_since_last_successful_build", "Seconds since the last build that went live (from the live manifest after a restart).", new GaugeConfiguration { SuppressInitialValue = true });
        _liveInfo = factory.CreateGauge("ikim_publisher_live_release_info", "Always 1; the labels name the live release and its commit.", "release", "commit");
        _pinned = factory.CreateGauge("ikim_publisher_pinned", "1 while publishing is pinned to a release by an operator.");

        foreach (var outcome in Outcomes)
        {
            _builds.WithLabels(outcome);
        }

        registry.AddBeforeCollectCallback(Refresh);
    }

    public void WebhookRequest(string provider, string outcome) => _webhooks.WithLabels(provider, outcome).Inc();

    public void Record(BuildRecord build)
    {
        _builds.WithLabels(build.Outcome.ToString().ToLowerInvariant()).Inc();
        _buildDuration.Observe(build.Duration.TotalSeconds);
        if (build.Outcome == BuildOutcome.Published)
        {
            _pages.Set(build.Pages);
            Interlocked.Exchange(ref _lastSuccessMs, (build.StartedAt + build.Duration).ToUnixTimeMilliseconds());
        }
    }

    private void Refresh()
    {
        lock (_refreshGate)
        {
            RefreshUnderLock();
        }
    }

    private void RefreshUnderLock()
    {
        var poll = _poll.Snapshot();
        _fetches.IncTo(poll.Fetches + poll.TotalFailures);
        _fetchFailures.IncTo(poll.TotalFailures);
        _consecutiveFailures.Set(poll.ConsecutiveFailures);
        _pinned.Set(_store.Pin is null ? 0 : 1);

        var live = _store.LiveManifest;
        var recorded = Interlocked.Read(ref _lastSuccessMs);
        var lastSuccess = recorded > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(recorded) : live?.BuiltAt;
        if (lastSuccess is not null)
        {
            _sinceLastSuccess.Set(Math.Max(0, (_clock.GetUtcNow() - lastSuccess.Value).TotalSeconds));
        }

        string[]? labels = live is null ? null : [live.Release, live.Commit];
        if (_liveLabels is not null && (labels is null || !labels.SequenceEqual(_liveLabels)))
        {
            _liveInfo.RemoveLabelled(_liveLabels);
        }

        if (labels is not null)
        {
            _liveInfo.WithLabels(labels).Set(1);
        }

        _liveLabels = labels;
    }
}
