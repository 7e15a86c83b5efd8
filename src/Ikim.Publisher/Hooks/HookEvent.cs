namespace Ikim.Publisher.Hooks;

public enum HookKind
{
    /// <summary>Commits were pushed to <see cref="HookEvent.Ref"/>.</summary>
    Push,

    /// <summary>The provider checks that the endpoint answers (GitHub's <c>ping</c>).</summary>
    Ping,

    /// <summary>Any other event (issues, tags, releases...): acknowledged, never acted on.</summary>
    Other,
}

/// <param name="Ref">The pushed ref (<c>refs/heads/main</c>); null when a generic hook names none, meaning "fetch anyway".</param>
/// <param name="Name">The provider's own name of the event, for the log.</param>
public sealed record HookEvent(HookKind Kind, string? Ref, string Name);
