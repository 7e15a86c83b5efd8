namespace Ikim.Publisher.Site.Liquid.Runtime;

/// <summary>
/// A Liquid::Drop: an object templates read by name (<c>forloop.index</c>). As in Liquid, a drop
/// answers every key; a name it does not know reads as nil.
/// </summary>
internal interface ILiquidDrop
{
    /// <summary>What Ruby's <c>to_s</c> of the drop prints (its class name).</summary>
    string RubyClassName { get; }

    object? Invoke(string name);
}
