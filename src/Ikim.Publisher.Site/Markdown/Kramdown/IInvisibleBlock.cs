namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// A block kramdown consumes without output (IALs, ALDs, end-of-block markers, definitions).
/// It stays in the tree so that its lines are not mistaken for blank lines, and is skipped when
/// writing and when deciding which blocks are neighbours.
/// </summary>
public interface IInvisibleBlock;

/// <summary>An HTML element whose content kramdown parses as Markdown (<c>markdown="1"</c>).</summary>
public interface IKramdownHtmlContainer;
