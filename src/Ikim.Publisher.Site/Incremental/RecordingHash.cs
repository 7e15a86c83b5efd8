using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A read-only view of a hash that tells a callback which keys a template reads (found or not: a key
/// that appears later matters as much as one that changes). Reading the whole hash (enumerating it,
/// its size, its keys) is reported as <paramref name="readAll"/>. The callback may answer a wrapped
/// value, so nested reads (<c>site.data.nav</c>) are seen as well.
/// </summary>
internal sealed class RecordingHash(IDictionary<string, object?> inner, Func<string, object?, object?> readKey, Action readAll) : IDictionary<string, object?>
{
    private readonly IDictionary<string, object?> _inner = inner;

    /// <summary>The hash behind a recording view, for code that reads it on behalf of a dependency it records itself.</summary>
    public static object? Unwrap(object? value) => value is RecordingHash recording ? recording._inner : value;

    public int Count
    {
        get
        {
            readAll();
            return _inner.Count;
        }
    }

    public bool IsReadOnly => true;

    public ICollection<string> Keys
    {
        get
        {
            readAll();
            return _inner.Keys;
        }
    }

    public ICollection<object?> Values => this.Select(pair => pair.Value).ToList();

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        set => throw new NotSupportedException("site is read-only while rendering");
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var found = _inner.TryGetValue(key, out var raw);
        value = readKey(key, raw);
        return found;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        readAll();
        foreach (var (key, value) in _inner)
        {
            yield return new KeyValuePair<string, object?>(key, readKey(key, value));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => this.ToList().CopyTo(array, arrayIndex);

    public void Add(string key, object? value) => throw new NotSupportedException("site is read-only while rendering");

    public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException("site is read-only while rendering");

    public bool Remove(string key) => throw new NotSupportedException("site is read-only while rendering");

    public bool Remove(KeyValuePair<string, object?> item) => throw new NotSupportedException("site is read-only while rendering");

    public void Clear() => throw new NotSupportedException("site is read-only while rendering");
}
