using System.Text.Json;
using System.Text.Json.Serialization;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Operations;

/// <summary>What <c>GET /status</c> answers, and what <c>ikim-publisher status</c> reads back.</summary>
public sealed record StatusReport(
    DateTimeOffset Now,
    ReleaseManifest? Live,
    bool Pinned,
    string? PinnedRelease,
    BuildStatus? LastBuild,
    PollStatus Poll,
    IReadOnlyList<KeptRelease> Releases,
    IReadOnlyList<BuildStatus> Builds)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

/// <summary>One build attempt; <c>Error</c> starts with <c>file:line:column</c> when a source file is at fault.</summary>
public sealed record BuildStatus(
    string Id,
    string Commit,
    string Author,
    string Summary,
    string Result,
    DateTimeOffset StartedAt,
    long DurationMs,
    int Pages,
    string? Release,
    string? Error,
    bool HasLog);

public sealed record PollStatus(
    string Branch,
    string Remote,
    DateTimeOffset? LastFetch,
    DateTimeOffset? LastSuccessfulFetch,
    int ConsecutiveFailures,
    string? LastError,
    DateTimeOffset? NextPoll)
{
    /// <summary>What kind of failure <see cref="LastError"/> is (<c>unreachable</c>, <c>authentication</c>, <c>notfound</c>, <c>other</c>); null after a success.</summary>
    public string? LastErrorKind { get; init; }
}

public sealed record KeptRelease(string Release, string? Commit, DateTimeOffset? BuiltAt, bool Live, bool Pinned);
