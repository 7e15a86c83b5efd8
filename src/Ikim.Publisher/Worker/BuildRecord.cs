namespace Ikim.Publisher.Worker;

public enum BuildOutcome
{
    Published,
    Failed,
    Cancelled,
}

/// <summary>One build attempt, as status pages and tests see it.</summary>
public sealed record BuildRecord(
    string BuildId,
    string Commit,
    string Author,
    string Summary,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    BuildOutcome Outcome,
    int Pages,
    string? ReleaseId,
    string? Error)
{
    /// <summary>When <c>current</c> was switched to this build's release (readers see it from then on); null when it did not go live.</summary>
    public DateTimeOffset? LiveAt { get; init; }
}
