using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// One render's context: Scriban's Liquid context with Liquid's way of printing values
/// (arrays joined with nothing, nil as empty, dates as Ruby prints them).
/// </summary>
internal sealed class JekyllTemplateContext : LiquidTemplateContext
{
    public JekyllTemplateContext(TemplateCache templates)
    {
        Templates = templates;
        EnableRelaxedMemberAccess = true;
        EnableRelaxedTargetAccess = true;
        EnableNullIndexer = true;
        LoopLimit = 1_000_000;
        RecursiveLimit = 100;
        MemberRenamer = member => member.Name;
        MemberFilter = _ => false;
    }

    public TemplateCache Templates { get; }

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => LiquidNumber.Format(number),
        float number => LiquidNumber.Format(number),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + time.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", ""),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ScriptArray array => string.Concat(array.Select(item => ObjectToString(item, true))),
        _ => base.ObjectToString(value, nested) ?? "",
    };
}
