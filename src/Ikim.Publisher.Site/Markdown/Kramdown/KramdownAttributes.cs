using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// A block's or span's HTML attributes in kramdown's order: the order they were set in
/// (IALs, then generated ids), classes joined with spaces as kramdown joins them.
/// </summary>
public sealed class KramdownAttributes
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    /// <summary>IAL references (<c>{: toc}</c>, ALD names) that are not attributes.</summary>
    public List<string> References { get; } = [];

    public int Count => _items.Count;

    public static KramdownAttributes Of(MarkdownObject obj)
    {
        if (obj.GetData(typeof(KramdownAttributes)) is KramdownAttributes existing)
        {
            return existing;
        }

        var created = new KramdownAttributes();
        obj.SetData(typeof(KramdownAttributes), created);
        return created;
    }

    public static KramdownAttributes? Find(MarkdownObject obj) => obj.GetData(typeof(KramdownAttributes)) as KramdownAttributes;

    public string? this[string key]
    {
        get
        {
            foreach (var item in _items)
            {
                if (item.Key == key)
                {
                    return item.Value;
                }
            }

            return null;
        }

        set
        {
            var index = _items.FindIndex(i => i.Key == key);
            if (value is null)
            {
                if (index >= 0)
                {
                    _items.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                _items[index] = new(key, value);
            }
            else
            {
                _items.Add(new(key, value));
            }
        }
    }

    public bool Contains(string key) => _items.Exists(i => i.Key == key);

    /// <summary>kramdown's class merge: appended after a space, never replaced.</summary>
    public void AddClass(string value) => this["class"] = (this["class"] + " " + value).TrimStart();

    public void Merge(KramdownAttributes other)
    {
        foreach (var item in other._items)
        {
            if (item.Key == "class")
            {
                AddClass(item.Value);
            }
            else
            {
                this[item.Key] = item.Value;
            }
        }

        References.AddRange(other.References);
    }

    public KramdownAttributes Clone()
    {
        var copy = new KramdownAttributes();
        copy._items.AddRange(_items);
        copy.References.AddRange(References);
        return copy;
    }

    /// <summary>kramdown's <c>html_attributes</c>: a leading space before each, empty ids dropped.</summary>
    public string ToHtml()
    {
        if (_items.Count == 0)
        {
            return "";
        }

        var result = new System.Text.StringBuilder();
        foreach (var (key, value) in _items)
        {
            if (key == "id" && string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            result.Append(' ').Append(key).Append("=\"").Append(KramdownHtml.EscapeAttribute(value)).Append('"');
        }

        return result.ToString();
    }

    public static string ToHtml(MarkdownObject obj) => Find(obj)?.ToHtml() ?? "";
}
