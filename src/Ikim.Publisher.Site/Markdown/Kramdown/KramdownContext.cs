using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// Everything one conversion shares between tree processors and renderers: the options, the
/// source lines, the blank-line layout and per-document state (like kramdown's converter ivars).
/// </summary>
public sealed class KramdownContext(KramdownOptions options, KramdownSource source, MarkdownDocument document)
{
    private readonly HashSet<ParagraphBlock> _transparent = [];
    private readonly HashSet<ParagraphBlock> _continued = [];
    private readonly Dictionary<Type, object> _state = [];
    private readonly Dictionary<ParagraphBlock, string> _appended = [];

    public KramdownOptions Options => options;

    public KramdownSource Source => source;

    public MarkdownDocument Document => document;

    public KramdownLayout Layout { get; } = new(source);

    /// <summary>kramdown's <c>transparent</c> paragraphs: list item text written without &lt;p&gt;.</summary>
    public bool IsTransparent(ParagraphBlock paragraph) => _transparent.Contains(paragraph);

    /// <summary>A transparent paragraph directly followed by another block gets a newline appended.</summary>
    public bool IsContinued(ParagraphBlock paragraph) => _continued.Contains(paragraph);

    public void MarkTransparent(ParagraphBlock paragraph, bool continued)
    {
        _transparent.Add(paragraph);
        if (continued)
        {
            _continued.Add(paragraph);
        }
    }

    /// <summary>Raw HTML written at the end of a paragraph's content (footnote backlinks).</summary>
    public void AppendHtml(ParagraphBlock paragraph, string html) => _appended[paragraph] = _appended.GetValueOrDefault(paragraph, "") + html;

    public string AppendedHtml(ParagraphBlock paragraph) => _appended.GetValueOrDefault(paragraph, "");

    /// <summary>Per-conversion state of one feature (footnote numbers, TOC entries...).</summary>
    public T State<T>() where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var value))
        {
            value = new T();
            _state[typeof(T)] = value;
        }

        return (T)value;
    }
}
