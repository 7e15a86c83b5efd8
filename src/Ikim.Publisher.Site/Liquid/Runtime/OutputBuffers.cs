using System.Collections.Concurrent;
using System.Text;

namespace Ikim.Publisher.Site.Liquid.Runtime;

/// <summary>
/// The output buffers of one renderer, reused from render to render (renders run on all cores, so
/// the pool is thread-safe). A fresh builder per render grew chunk by chunk from 16 characters to a
/// page's size: a fifth of everything a build allocated. A buffer that grew very large is not kept.
/// </summary>
internal sealed class OutputBuffers
{
    private const int InitialCapacity = 16 * 1024;
    private const int MaxKeptCapacity = 1024 * 1024;
    private readonly ConcurrentBag<StringBuilder> _free = [];

    public StringBuilder Rent() => _free.TryTake(out var buffer) ? buffer : new StringBuilder(InitialCapacity);

    /// <summary>Returns a buffer once its text has been taken; it must not be used afterwards.</summary>
    public void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            _free.Add(buffer.Clear());
        }
    }
}
