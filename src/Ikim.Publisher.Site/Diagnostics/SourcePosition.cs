namespace Ikim.Publisher.Site.Diagnostics;

/// <summary>A place in a source file as the editor sees it: 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}
