namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// The kramdown half of an extension that reshapes the parsed tree (merging lists, applying
/// IALs, typography...). Processors run after Markdig's parse, in pipeline extension order,
/// with the source text at hand, which Markdig's DocumentProcessed event does not give.
/// </summary>
public interface IKramdownTreeProcessor
{
    void Process(KramdownContext context);
}
