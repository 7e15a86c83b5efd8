using System.Buffers;
using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A 128-bit digest of values, written in a canonical form: the same values give the same fingerprint
/// in any process, different values (or the same values in another shape) a different one. Used for
/// everything an incremental build compares: sources, templates, data, listings, rendered text.
/// </summary>
internal sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public static string Of(string text) => new Fingerprint().Add(text).Finish();

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        var fingerprint = new Fingerprint();
        fingerprint._hash.Append(bytes);
        return fingerprint.Finish();
    }

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Tag('n');
        }

        Tag('s');
        AddLength(text.Length);
        // Every item, content and output of a build is fingerprinted: encode into a pooled buffer
        // instead of allocating one per fingerprint or per text.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(text, bytes);
            _hash.Append(bytes.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return this;
    }

    /// <summary>
    /// A value as templates see it: scalars with their type, hashes key by key in their order, lists
    /// item by item. Cycles are not followed (values reached again are written as a marker), so a
    /// drop graph with <c>next</c>/<c>previous</c> links cannot loop.
    /// </summary>
    public Fingerprint AddValue(object? value) => AddValue(value, new HashSet<object>(ReferenceEqualityComparer.Instance));

    public string Finish() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    private Fingerprint AddValue(object? value, HashSet<object> seen)
    {
        switch (value)
        {
            case null:
                return Tag('n');
            case string text:
                return Add(text);
            case bool flag:
                return Tag(flag ? 't' : 'f');
            case DateTimeOffset time:
                return Tag('d').Add(time.ToString("O", CultureInfo.InvariantCulture));
            case DateTime time:
                return Tag('D').Add(time.ToString("O", CultureInfo.InvariantCulture)).Add(time.Kind.ToString());
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                return Tag('#').Add(value.GetType().Name).Add(number.ToString(null, CultureInfo.InvariantCulture));
            case IDictionary<string, object?> hash:
                if (!seen.Add(hash))
                {
                    return Tag('c');
                }

                Tag('{').AddLength(hash.Count);
                foreach (var (key, item) in hash)
                {
                    Add(key).AddValue(item, seen);
                }

                seen.Remove(hash);
                return Tag('}');
            case IList list:
                if (!seen.Add(list))
                {
                    return Tag('c');
                }

                Tag('[').AddLength(list.Count);
                foreach (var item in list)
                {
                    AddValue(item, seen);
                }

                seen.Remove(list);
                return Tag(']');
            default:
                return Tag('?').Add(value.GetType().FullName).Add(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private Fingerprint Tag(char tag)
    {
        Span<byte> one = [(byte)tag];
        _hash.Append(one);
        return this;
    }

    private Fingerprint AddLength(int length)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        _hash.Append(bytes);
        return this;
    }
}
