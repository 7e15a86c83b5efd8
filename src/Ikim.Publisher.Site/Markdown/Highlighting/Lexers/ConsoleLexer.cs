using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Highlighting.Lexers;

/// <summary>
/// Rouge 3.30's <c>console</c> lexer (lib/rouge/lexers/console.rb) with its default options: a
/// line with a prompt (up to the first <c>$</c>, <c>#</c>, <c>&gt;</c> or <c>;</c>) is prompt plus
/// shell, lexed on from the previous command line; any other line is output; <c>...</c> is a snip.
/// </summary>
public sealed partial class ConsoleLexer : RougeLexer
{
    private readonly ShellLexer _shell = new();

    public override IReadOnlyList<string> Names => ["console", "terminal", "shell_session", "shell-session"];

    public override IEnumerable<(string Token, string Value)> Tokens(string code, Stack<string> stack)
    {
        var shellState = NewState();
        foreach (Match line in Line().Matches(code))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var text = line.Value;
            if (Snip().IsMatch(line.Groups[1].Value + line.Groups[2].Value))
            {
                shellState = NewState();
                yield return ("c", text);
            }
            else if (Prompt().Match(text) is { Success: true } prompt)
            {
                yield return ("gp", prompt.Value);
                var rest = text[prompt.Length..];
                var space = rest.Length - rest.TrimStart().Length;
                yield return ("w", rest[..space]);
                foreach (var token in _shell.Tokens(rest[space..], shellState))
                {
                    yield return token;
                }
            }
            else
            {
                shellState = NewState();
                yield return ("go", text);
            }
        }
    }

    [GeneratedRegex(@"(.*)(\n|$)")]
    private static partial Regex Line();

    [GeneratedRegex(@"\A\s*(?:<[.]+>|[.]+)\s*\z")]
    private static partial Regex Snip();

    [GeneratedRegex(@"^.*?(?:\$|\#|>|;)", RegexOptions.Singleline)]
    private static partial Regex Prompt();
}
