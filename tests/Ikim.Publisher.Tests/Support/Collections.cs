namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// Tests whose workers fetch over sockets run one after another: libgit2's network timeouts are
/// process-wide, so a test that shortens them must not share the process with another's fetch.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NetworkCollection
{
    public const string Name = "Network";
}

/// <summary>
/// Tests that run the worker as child processes under timing-sensitive faults (SIGKILL, SIGTERM,
/// nginx under load): they run alone, after the parallel ones, so two cores are theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessFaultCollection
{
    public const string Name = "Process faults";
}
