using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>
/// Liquid 5.4's regular expressions (lib/liquid.rb and the tags), translated from Ruby: Ruby's
/// \w, \s and \d are ASCII-only, so they are spelled out as ASCII classes here; Ruby's /m is
/// .NET's Singleline. Parsing with the same expressions reproduces Liquid's lax-mode quirks.
/// </summary>
internal static partial class LiquidSyntax
{
    private const string S = @"[ \t\r\n\f\v]";
    private const string QuotedString = "\"[^\"]*\"|'[^']*'";
    public const string QuotedFragment = "(?:" + QuotedString + "|(?:[^ \\t\\r\\n\\f\\v,|'\"]|" + QuotedString + ")+)";
    private const string TagAttributes = "([a-zA-Z0-9_][a-zA-Z0-9_-]*)" + S + "*:" + S + "*(" + QuotedFragment + ")";
    private const string VariableSignature = @"\(?[a-zA-Z0-9_\-.\[\]]\)?";
    private const string AndOr = "\\b(?:" + S + "?and" + S + "?|" + S + "?or" + S + "?)\\b";

    /// <summary>Splits a template into text, <c>{% %}</c> and <c>{{ }}</c> tokens.</summary>
    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}?|\{%|\{\{", RegexOptions.Singleline)]
    public static partial Regex TemplateParser();

    [GeneratedRegex(@"\A\{%-?(" + S + "*)(#|[a-zA-Z0-9_]+)(" + S + @"*)(.*?)-?%\}\z", RegexOptions.Singleline)]
    public static partial Regex FullToken();

    [GeneratedRegex(@"\A\{\{-?(.*?)-?\}\}\z", RegexOptions.Singleline)]
    public static partial Regex ContentOfVariable();

    [GeneratedRegex(@"\A" + S + "*(#|[a-zA-Z0-9_]+)" + S + @"*(.*?)\z")]
    public static partial Regex LiquidTagToken();

    [GeneratedRegex(@"\A" + S + @"*\z")]
    public static partial Regex WhitespaceOrNothing();

    [GeneratedRegex(TagAttributes)]
    public static partial Regex TagAttributesPattern();

    [GeneratedRegex(@"\[[^\]]+\]|[a-zA-Z0-9_\-]+\??")]
    public static partial Regex VariableParser();

    // Liquid::Variable (lax)
    [GeneratedRegex(@"\|" + S + "*(.*)", RegexOptions.Singleline)]
    public static partial Regex FilterMarkup();

    [GeneratedRegex("(?:" + S + "+|" + QuotedFragment + "|,)+")]
    public static partial Regex FilterParser();

    [GeneratedRegex("(?::|,)" + S + "*((?:[a-zA-Z0-9_]+" + S + "*:" + S + "*)?" + QuotedFragment + ")")]
    public static partial Regex FilterArgs();

    [GeneratedRegex(@"\A" + TagAttributes + @"\z")]
    public static partial Regex JustTagAttributes();

    [GeneratedRegex("(" + QuotedFragment + ")(.*)", RegexOptions.Singleline)]
    public static partial Regex MarkupWithQuotedFragment();

    [GeneratedRegex("[a-zA-Z0-9_]+")]
    public static partial Regex Word();

    // Liquid::If (lax)
    [GeneratedRegex("(" + QuotedFragment + ")" + S + "*([=!<>a-z_]+)?" + S + "*(" + QuotedFragment + ")?")]
    public static partial Regex IfSyntax();

    [GeneratedRegex("(?:" + AndOr + "|(?:" + S + "*(?!" + AndOr + ")(?:" + QuotedFragment + "|[^ \\t\\r\\n\\f\\v]+)" + S + "*)+)")]
    public static partial Regex ExpressionsAndOperators();

    // Liquid::Case
    [GeneratedRegex("(" + QuotedFragment + ")")]
    public static partial Regex CaseSyntax();

    [GeneratedRegex("(" + QuotedFragment + ")(?:(?:" + S + "+or" + S + "+|" + S + "*," + S + "*)(" + QuotedFragment + ".*))?", RegexOptions.Singleline)]
    public static partial Regex WhenSyntax();

    // Liquid::For (lax) and Liquid::TableRow
    [GeneratedRegex(@"\A([a-zA-Z0-9_\-]+)" + S + "+in" + S + "+(" + QuotedFragment + "+)" + S + "*(reversed)?")]
    public static partial Regex ForSyntax();

    [GeneratedRegex("([a-zA-Z0-9_]+)" + S + "+in" + S + "+(" + QuotedFragment + "+)")]
    public static partial Regex TableRowSyntax();

    // Liquid::Cycle
    [GeneratedRegex(@"\A(?:" + QuotedFragment + ")+")]
    public static partial Regex CycleSimple();

    [GeneratedRegex(@"\A(" + QuotedFragment + ")" + S + "*:" + S + "*(.*)", RegexOptions.Singleline)]
    public static partial Regex CycleNamed();

    [GeneratedRegex(S + "*(" + QuotedFragment + ")" + S + "*")]
    public static partial Regex CycleValue();

    // Liquid::Assign and Liquid::Capture
    [GeneratedRegex("((?:" + VariableSignature + ")+)" + S + "*=" + S + "*(.*)" + S + "*", RegexOptions.Singleline)]
    public static partial Regex AssignSyntax();

    [GeneratedRegex("((?:" + VariableSignature + ")+)")]
    public static partial Regex CaptureSyntax();

    // Liquid::Raw
    [GeneratedRegex(@"\A(.*)\{%" + S + "*([a-zA-Z0-9_]+)" + S + @"*(.*)?%\}\z", RegexOptions.Singleline)]
    public static partial Regex FullTokenPossiblyInvalid();

    // Liquid::InlineComment: every line must start with '#'
    [GeneratedRegex(@"\n" + S + @"*[^# \t\r\n\f\v]")]
    public static partial Regex InlineCommentInvalid();

    // Liquid::Expression
    [GeneratedRegex(@"\A(-?[0-9]+)\z")]
    public static partial Regex Integer();

    [GeneratedRegex(@"\A(-?[0-9][0-9.]+)\z")]
    public static partial Regex Float();

    [GeneratedRegex(@"\A\(" + S + "*(?>([^ \\t\\r\\n\\f\\v]+)" + S + @"*\.\.)" + S + "*([^ \\t\\r\\n\\f\\v]+)" + S + @"*\)\z")]
    public static partial Regex Range();

    [GeneratedRegex(@"\A-?[0-9]+(?:\.[0-9]+)?")]
    public static partial Regex LeadingNumber();
}
