using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>Liquid::ForloopDrop: <c>forloop.index</c>, <c>rindex</c>, <c>first</c>, <c>parentloop</c>, <c>name</c>…</summary>
internal sealed class ForloopDrop(string name, long length, ForloopDrop? parent) : ILiquidDrop
{
    private long _index;

    public string RubyClassName => "Liquid::ForloopDrop";

    public void Increment() => _index++;

    public object? Invoke(string key) => key switch
    {
        "name" => name,
        "length" => length,
        "parentloop" => parent,
        "index" => _index + 1,
        "index0" => _index,
        "rindex" => length - _index,
        "rindex0" => length - _index - 1,
        "first" => _index == 0,
        "last" => _index == length - 1,
        _ => null,
    };
}

/// <summary>Liquid::TablerowloopDrop: the forloop fields plus <c>col</c>, <c>row</c>, <c>col_first</c>, <c>col_last</c>.</summary>
internal sealed class TablerowloopDrop(long length, long cols) : ILiquidDrop
{
    private long _index;

    public string RubyClassName => "Liquid::TablerowloopDrop";

    public long Row { get; private set; } = 1;

    public long Col { get; private set; } = 1;

    public bool ColLast => Col == cols;

    public bool Last => _index == length - 1;

    public void Increment()
    {
        _index++;
        if (Col == cols)
        {
            Col = 1;
            Row++;
        }
        else
        {
            Col++;
        }
    }

    public object? Invoke(string key) => key switch
    {
        "length" => length,
        "col" => Col,
        "row" => Row,
        "index" => _index + 1,
        "index0" => _index,
        "col0" => Col - 1,
        "rindex" => length - _index,
        "rindex0" => length - _index - 1,
        "first" => _index == 0,
        "last" => Last,
        "col_first" => Col == 1,
        "col_last" => ColLast,
        _ => null,
    };
}
