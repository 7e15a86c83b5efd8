using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>The read stage: sorts the source tree into layouts, data, pages and static files.</summary>
internal sealed class SiteReader
{
    private readonly ISourceTree _tree;
    private readonly SiteConfiguration _configuration;

    public SiteReader(ISourceTree tree, SiteConfiguration configuration)
    {
        _tree = tree;
        _configuration = configuration;
    }

    public SiteContent Read(DateTimeOffset time)
    {
        var layouts = new LayoutReader(_tree, _configuration.LayoutsDir).Read();
        var data = new DataReader(_tree, _configuration.DataDir).Read();
        var (pages, staticFiles) = new PageReader(_tree, _configuration).Read();
        return new SiteContent
        {
            Source = _tree,
            Configuration = _configuration,
            Layouts = layouts,
            Data = data,
            Pages = pages,
            StaticFiles = staticFiles,
            Time = time,
        };
    }
}
