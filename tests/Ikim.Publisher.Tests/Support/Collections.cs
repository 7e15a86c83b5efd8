namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// Tests that run the worker as child processes under timing-sensitive faults (SIGKILL, SIGTERM,
/// nginx under load): they run alone, after the parallel ones, so two cores are theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessFaultCollection
{
    public const string Name = "Process faults";
}
