using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Scriban's Liquid mode cannot parse Jekyll's tag syntax (<c>{% include footer.html key="v" %}</c>
/// is a syntax error there, and a bare file name silently renders nothing). Before parsing we
/// rewrite Jekyll's tags into calls of our own functions with quoted arguments:
/// <c>{% include footer.html title=page.title %}</c> → <c>{{ jekyll_include "footer.html" "title" (page.title) }}</c>.
/// The rewrite never adds or removes line breaks, so positions in errors still match the file.
/// </summary>
internal static partial class JekyllTagRewriter
{
    public static string Rewrite(string template)
    {
        if (!template.Contains("{%", StringComparison.Ordinal))
        {
            return template;
        }

        var output = new StringBuilder(template.Length + 64);
        var position = 0;
        foreach (Match tag in TagPattern().Matches(template))
        {
            if (tag.Index < position)
            {
                continue;
            }

            var name = tag.Groups["name"].Value;
            if (name is "raw" or "comment")
            {
                // Copy verbatim up to the matching end tag: nothing inside is a tag.
                var endTag = EndTagPattern(name).Match(template, tag.Index + tag.Length);
                var end = endTag.Success ? endTag.Index + endTag.Length : template.Length;
                output.Append(template, position, end - position);
                position = end;
                continue;
            }

            var replacement = name switch
            {
                "include" => IncludeCall("jekyll_include", tag.Groups["markup"].Value),
                "include_relative" => IncludeCall("jekyll_include_relative", tag.Groups["markup"].Value),
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            output.Append(template, position, tag.Index - position);
            // An output tag, so the function's result is written; '{%-' trims as '{{-' does.
            output.Append(tag.Groups["open"].Value.Replace("{%", "{{")).Append(' ').Append(replacement)
                .Append(LineBreaksIn(tag.Groups["markup"].Value))
                .Append(' ').Append(tag.Groups["close"].Value.Replace("%}", "}}"));
            position = tag.Index + tag.Length;
        }

        output.Append(template, position, template.Length - position);
        return output.ToString();
    }

    private static string IncludeCall(string function, string markup)
    {
        var trimmed = markup.Trim();
        var fileEnd = FileNameEnd(trimmed);
        var file = trimmed[..fileEnd];
        var call = new StringBuilder(function).Append(' ').Append(FileArgument(file));
        foreach (Match parameter in ParameterPattern().Matches(trimmed, fileEnd))
        {
            call.Append(' ').Append(Quote(parameter.Groups["key"].Value)).Append(' ');
            if (parameter.Groups["dq"].Success)
            {
                call.Append(Quote(parameter.Groups["dq"].Value));
            }
            else if (parameter.Groups["sq"].Success)
            {
                call.Append(Quote(parameter.Groups["sq"].Value));
            }
            else
            {
                call.Append('(').Append(parameter.Groups["var"].Value).Append(')');
            }
        }

        return call.ToString();
    }

    // The file name runs to the first blank outside {{ }}; it may be a variable ({{ page.widget }}).
    private static int FileNameEnd(string markup)
    {
        var depth = 0;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup.AsSpan(i).StartsWith("{{"))
            {
                depth++;
                i++;
            }
            else if (markup.AsSpan(i).StartsWith("}}"))
            {
                depth--;
                i++;
            }
            else if (depth == 0 && char.IsWhiteSpace(markup[i]))
            {
                return i;
            }
        }

        return markup.Length;
    }

    // A file name with {{ expr }} parts becomes a string concatenation evaluated at render time.
    private static string FileArgument(string file)
    {
        if (!file.Contains("{{", StringComparison.Ordinal))
        {
            return Quote(file.Trim('"', '\''));
        }

        var parts = new List<string>();
        var position = 0;
        foreach (Match variable in VariablePattern().Matches(file))
        {
            if (variable.Index > position)
            {
                parts.Add(Quote(file[position..variable.Index]));
            }

            parts.Add($"({variable.Groups["expr"].Value.Trim()})");
            position = variable.Index + variable.Length;
        }

        if (position < file.Length)
        {
            parts.Add(Quote(file[position..]));
        }

        return "(\"\" + " + string.Join(" + ", parts) + ")";
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string LineBreaksIn(string text) => new('\n', text.Count(c => c == '\n'));

    private static Regex EndTagPattern(string name) => name == "raw" ? EndRawPattern() : EndCommentPattern();

    [GeneratedRegex(@"(?<open>\{%-?)\s*(?<name>[a-z_]+)(?<markup>(?:[^%]|%(?!\}))*?)(?<close>-?%\})", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}")]
    private static partial Regex EndRawPattern();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}")]
    private static partial Regex EndCommentPattern();

    // Jekyll's include parameter syntax: key=value, value quoted or a variable name.
    [GeneratedRegex(@"(?<key>[\w-]+)\s*=\s*(?:""(?<dq>[^""\\]*(?:\\.[^""\\]*)*)""|'(?<sq>[^'\\]*(?:\\.[^'\\]*)*)'|(?<var>[\w.\[\]'""-]+))")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\{\{(?<expr>.*?)\}\}")]
    private static partial Regex VariablePattern();
}
