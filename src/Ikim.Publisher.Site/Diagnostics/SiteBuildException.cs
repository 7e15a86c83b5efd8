namespace Ikim.Publisher.Site.Diagnostics;

/// <summary>
/// A build failure caused by the site's sources. <see cref="Message"/> reads
/// <c>path:line:column: reason</c> so editors can jump straight to it.
/// </summary>
public sealed class SiteBuildException : Exception
{
    public SiteBuildException(SourcePosition position, string reason, Exception? inner = null)
        : base($"{position}: {reason}", inner)
    {
        Position = position;
        Reason = reason;
    }

    public SourcePosition Position { get; }

    public string Reason { get; }
}
