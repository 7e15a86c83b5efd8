namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>
/// Generates the benchmark site: always the Jekyll tree, and on request the equivalent Hugo
/// tree, both from one deterministic content model (same seed, same bytes on every run).
/// </summary>
public static class SiteGenerator
{
    public static void WriteJekyll(SiteSpec spec, string root) =>
        new JekyllSite(spec, ContentModel.Create(spec)).Write(root);

    public static void WriteHugo(SiteSpec spec, string root) =>
        new HugoSite(ContentModel.Create(spec)).Write(root);
}
