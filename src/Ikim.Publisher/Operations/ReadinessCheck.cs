using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Ready means: a release is live, and the last successful fetch is recent enough that what is
/// live is what the branch says (within <c>Operations:ReadyMaxFetchAge</c>).
/// </summary>
public sealed class ReadinessCheck(ReleaseStore store, PollState poll, IOptions<OperationsOptions> options, TimeProvider clock)
{
    /// <summary>Why the worker is not ready; empty when it is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (store.LiveId is null)
        {
            problems.Add("no release is live");
        }

        var limit = options.Value.ReadyMaxFetchAge;
        var lastFetch = poll.Snapshot().LastSuccessfulFetch;
        if (lastFetch is null)
        {
            problems.Add("no successful fetch yet");
        }
        else if (clock.GetUtcNow() - lastFetch.Value > limit)
        {
            problems.Add($"last successful fetch is older than {limit}");
        }

        return problems;
    }
}
