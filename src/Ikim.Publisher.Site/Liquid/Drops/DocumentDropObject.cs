using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// A document's drop whose <c>output</c> may be loaded on first read: an incremental build reuses a
/// document's output from the previous release without holding every reused page in memory, and
/// only the templates that read <c>post.output</c> pay for reading it. Reads by key and enumeration
/// (what <c>jsonify</c> and <c>for</c> over the drop do) both see the loaded value.
/// </summary>
internal sealed class DocumentDropObject : ScriptObject, IEnumerable<KeyValuePair<string, object>>
{
    private Lazy<string>? _output;

    /// <param name="capacity">How many keys the drop will hold.</param>
    // A ScriptObject subclass imports its own static members by reflection unless told not to: a
    // drop per document made that a tenth of an incremental build's allocations.
    public DocumentDropObject(int capacity)
        : base(capacity, autoImportStaticsFromThisType: false)
    {
    }

    /// <summary>Sets <c>output</c> to what <paramref name="load"/> gives when first read (thread-safe).</summary>
    public void SetOutputLoader(Func<string> load) => _output = new Lazy<string>(load, LazyThreadSafetyMode.ExecutionAndPublication);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (member == "output" && _output is not null)
        {
            value = _output.Value;
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }

    public override object? this[string key]
    {
        get => key == "output" && _output is not null ? _output.Value : base[key];
        set => base[key] = value;
    }

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator()
    {
        foreach (var (key, value) in (ScriptObject)this)
        {
            yield return new KeyValuePair<string, object>(key, key == "output" && _output is not null ? _output.Value : value!);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)this).GetEnumerator();
}
