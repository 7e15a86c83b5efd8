using Scriban;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>A template parsed once and shared read-only between renders.</summary>
public sealed record ParsedTemplate(string SourcePath, Template Template);
