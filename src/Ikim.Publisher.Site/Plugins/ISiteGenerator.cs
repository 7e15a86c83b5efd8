namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// A plugin's generator (Jekyll::Generator): runs once in the generate stage, after reading and before
/// rendering, and may add or change pages, documents, static files and layouts.
/// </summary>
internal interface ISiteGenerator
{
    /// <summary>Jekyll's priority: generators with a higher one run first.</summary>
    GeneratorPriority Priority { get; }

    void Generate(GeneratorSite site);
}

/// <summary>Jekyll::Plugin::PRIORITIES.</summary>
internal enum GeneratorPriority
{
    Lowest = -100,
    Low = -10,
    Normal = 0,
    High = 10,
    Highest = 100,
}
