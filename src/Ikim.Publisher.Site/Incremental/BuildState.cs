namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// What a build leaves for the next one: the dependency record of every render (what it read, with
/// the fingerprint of each thing read) and the results that can be reused. Give it back as
/// <see cref="BuildRequest.Previous"/> together with that build's output as
/// <see cref="BuildRequest.PreviousOutput"/>: renders whose recorded fingerprints all still match are
/// not done again. Immutable; one state may seed any number of later builds.
/// </summary>
public sealed class BuildState
{
    internal BuildState(string globalFingerprint, IReadOnlyDictionary<string, ItemRecord> records, FrontMatterCache.Snapshot? frontMatters = null, IReadOnlyDictionary<string, StaticFileRecord>? staticFiles = null)
    {
        GlobalFingerprint = globalFingerprint;
        Records = records;
        FrontMatters = frontMatters;
        StaticFiles = staticFiles ?? new Dictionary<string, StaticFileRecord>();
    }

    /// <summary>The static files the build wrote, by output path: unchanged ones are linked unread next time.</summary>
    internal IReadOnlyDictionary<string, StaticFileRecord> StaticFiles { get; }

    /// <summary>What the read stage learnt of each source file (<see cref="FrontMatterCache"/>): they do not depend on the configuration.</summary>
    internal FrontMatterCache.Snapshot? FrontMatters { get; }

    /// <summary>
    /// What every render depends on (configuration, plugins, theme, builder version, environment):
    /// when it differs, nothing is reused.
    /// </summary>
    internal string GlobalFingerprint { get; }

    /// <summary>By render key (<see cref="RenderMemo"/>).</summary>
    internal IReadOnlyDictionary<string, ItemRecord> Records { get; }

    /// <summary>The documents the build read, for the next build's read stage; not kept on disk.</summary>
    internal DocumentCache.Snapshot? Documents { get; private init; }

    internal BuildState With(FrontMatterCache.Snapshot frontMatters, IReadOnlyDictionary<string, StaticFileRecord> staticFiles, DocumentCache.Snapshot documents) =>
        new(GlobalFingerprint, Records, frontMatters, staticFiles) { Documents = documents };

    /// <summary>How many renders the state records.</summary>
    public int Count => Records.Count;
}
