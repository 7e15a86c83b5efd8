namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's YAML lexer (lexers/yaml.rb), which tracks indentation to tell keys from values.</summary>
internal sealed class YamlLexer : RegexLexer<YamlLexer>
{
    private const string PlainScalarStart = @"[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'""%@`]";

    private static readonly LexerStates<YamlLexer> Definition = new LexerStates<YamlLexer>()
        .State("basic", s => s.Rule("#.*$", Tok.CommentSingle))
        .State("root", s => s
            .Mixin("basic")
            .Rule(@"\n+", Tok.Text)
            .Rule("[ ]+(?=#|$)", Tok.Text)
            .Rule(@"^%YAML\b", (l, _) =>
            {
                l.Token(Tok.NameTag);
                l.ResetIndent();
                l.Push("yaml_directive");
            })
            .Rule(@"^%TAG\b", (l, _) =>
            {
                l.Token(Tok.NameTag);
                l.ResetIndent();
                l.Push("tag_directive");
            })
            .Rule(@"^(?:---|\.\.\.)(?= |$)", (l, _) =>
            {
                l.Token(Tok.NameNamespace);
                l.ResetIndent();
                l.Push("block_line");
            })
            .Rule(@"[ ]*(?!\s|$)", (l, m) =>
            {
                var (text, error) = l.SaveIndent(m.Value);
                l.Token(Tok.Text, text);
                l.Token(Tok.Error, error);
                l.Push("block_line");
                l.Push("indentation");
            }))
        .State("indentation", s => s
            .Rule(@"\s*?\n", (l, _) =>
            {
                l.Token(Tok.Text);
                l.Pop(2);
            })
            .Rule("[ ]+(?=[-:?](?:[ ]|$))", (l, m) =>
            {
                l.Token(Tok.Text);
                l._nextIndent += m.Length;
            })
            .Rule("[?:-](?=[ ]|$)", (l, m) =>
            {
                l.SetIndent(m.Value, implicitly: false);
                l.Token(Tok.PunctuationIndicator);
            })
            .Rule("[ ]*", (l, m) =>
            {
                l.Token(Tok.Text);
                l._nextIndent += m.Length;
                l.Pop();
            }))
        .State("block_line", s => s
            .Rule("[ ]*(?=#|$)", Tok.Text, "#pop")
            .Rule("[ ]+", Tok.Text)
            .Mixin("descriptors")
            .Mixin("block_nodes")
            .Mixin("flow_nodes")
            .Rule("(?=" + PlainScalarStart + @"|[?:-][^ \t\n\r\f\v])", (l, _) =>
            {
                l.Token(Tok.NameVariable);
                l.Push("plain_scalar_in_block_context");
            }))
        .State("descriptors", s => s
            .Rule(@"!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>", Tok.KeywordType)
            .Rule(@"
              (?:![\w-]+)? # handle
              !(?:[\w;/?:@&=+$,.!~*\'()\[\]%-]*) # suffix
            ", Tok.KeywordType, options: "x")
            .Rule(@"&[\p{L}\p{Nl}\p{Nd}_-]+", Tok.NameLabel)
            .Rule(@"\*[\p{L}\p{Nl}\p{Nd}_-]+", Tok.NameVariable))
        .State("block_nodes", s => s
            .Rule(@"([^#,:?\[\]{}""'\n]+)(:)(?=\s|$)", (l, m) =>
            {
                l.Groups(Tok.NameAttribute, Tok.PunctuationIndicator);
                l.SetIndent(m.Value, implicitly: true);
            })
            .Rule(@"[\|>][+-]?", (l, _) =>
            {
                l.Token(Tok.PunctuationIndicator);
                l.Push("block_scalar_content");
                l.Push("block_scalar_header");
            }))
        .State("flow_nodes", s => s
            .Rule(@"\[", Tok.PunctuationIndicator, "flow_sequence")
            .Rule(@"\{", Tok.PunctuationIndicator, "flow_mapping")
            .Rule("'", Tok.StrSingle, "single_quoted_scalar")
            .Rule("\"", Tok.StrDouble, "double_quoted_scalar"))
        .State("flow_collection", s => s
            .Rule(@"\s+", Tok.Text, options: "m")
            .Mixin("basic")
            .Rule("[?:,]", Tok.PunctuationIndicator)
            .Mixin("descriptors")
            .Mixin("flow_nodes")
            .Rule("(?=" + PlainScalarStart + ")", (l, _) => l.Push("plain_scalar_in_flow_context")))
        .State("flow_sequence", s => s
            .Rule(@"\]", Tok.PunctuationIndicator, "#pop")
            .Mixin("flow_collection"))
        .State("flow_mapping", s => s
            .Rule(@"\}", Tok.PunctuationIndicator, "#pop")
            .Mixin("flow_collection"))
        .State("block_scalar_content", s => s
            .Rule(@"\n+", Tok.Text)
            .Rule("^[ ]+$", (l, m) =>
            {
                var mark = Math.Min(l._blockScalarIndent ?? m.Length, m.Length);
                l.Token(Tok.Text, m.Value[..mark]);
                l.Token(Tok.NameConstant, m.Value[mark..]);
            })
            .Rule("^[ ]*", (l, m) =>
            {
                l.Token(Tok.Text);
                var dedentLevel = l._blockScalarIndent ?? l.Indent;
                l._blockScalarIndent ??= m.Length;
                if (m.Length < dedentLevel)
                {
                    l.SaveIndent(m.Value);
                    l.Pop();
                    l.Push("indentation");
                }
            })
            .Rule(@"[^\n\r\f\v]+", Tok.Str))
        .State("block_scalar_header", s => s
            .Rule(@"
              (
                ([1-9])[+-]? | [+-]?([1-9])?
              )(?=[ ]|$)
            ", "x", (l, m) =>
            {
                l._blockScalarIndent = null;
                l.Goto("ignored_line");
                if (m.Length == 0)
                {
                    return;
                }

                var increment = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : null;
                if (increment is not null)
                {
                    l._blockScalarIndent = l.Indent + int.Parse(increment, System.Globalization.CultureInfo.InvariantCulture);
                }

                l.Token(Tok.PunctuationIndicator);
            }))
        .State("ignored_line", s => s
            .Mixin("basic")
            .Rule("[ ]+", Tok.Text)
            .Rule(@"\n", Tok.Text, "#pop"))
        .State("quoted_scalar_whitespaces", s => s
            .Rule("^[ ]+", Tok.Text)
            .Rule("[ ]+$", Tok.Text)
            .Rule(@"\n+", Tok.Text, options: "m")
            .Rule("[ ]+", Tok.NameVariable))
        .State("single_quoted_scalar", s => s
            .Mixin("quoted_scalar_whitespaces")
            .Rule(@"\\'", Tok.StrEscape)
            .Rule("'", Tok.Str, "#pop")
            .Rule(@"[^\s']+", Tok.Str))
        .State("double_quoted_scalar", s => s
            .Rule("\"", Tok.Str, "#pop")
            .Mixin("quoted_scalar_whitespaces")
            .Rule(@"\\[0abt\tn\nvfre ""\\N_LP]", Tok.StrEscape)
            .Rule(@"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", Tok.StrEscape)
            .Rule(@"[^ \t\n\r\f\v""\\]+", Tok.Str))
        .State("plain_scalar_in_block_context_new_line", s => s
            .Rule(@"^[ ]+\n", Tok.Text)
            .Rule(@"\n+", Tok.Text, options: "m")
            .Rule(@"^(?=---|\.\.\.)", (l, _) => l.Pop(3))
            .Rule("^[ ]*", (l, m) =>
            {
                l.Token(Tok.Text);
                l.Pop();
                if (m.Length <= l.Indent)
                {
                    l.Pop();
                    l.SaveIndent(m.Value);
                    l.Push("indentation");
                }
            }))
        .State("plain_scalar_in_block_context", s => s
            .Rule("[ ]*(?=:[ \n]|:$)", Tok.Text, "#pop")
            .Rule(@"[ ]*:\S+", Tok.Str)
            .Rule("[ ]+(?=#)", Tok.Text, "#pop")
            .Rule("[ ]+$", Tok.Text)
            .Rule(@"\n+", (l, _) =>
            {
                l.Token(Tok.Text);
                l.Push("plain_scalar_in_block_context_new_line");
            })
            .Rule("[ ]+", Tok.Str)
            .Rule("true|false|null", Tok.NameConstant)
            .Rule(@"\d+(?:\.\d+)?(?=(\r?\n)| +#)", Tok.Num, "#pop")
            .Rule(@"[^\s:]+", Tok.Str))
        .State("plain_scalar_in_flow_context", s => s
            .Rule(@"[ ]*(?=[,:?\[\]{}])", Tok.Text, "#pop")
            .Rule("[ ]+(?=#)", Tok.Text, "#pop")
            .Rule("^[ ]+", Tok.Text)
            .Rule("[ ]+$", Tok.Text)
            .Rule(@"\n+", Tok.Text)
            .Rule("[ ]+", Tok.NameVariable)
            .Rule(@"[^\s,:?\[\]{}]+", Tok.NameVariable))
        .State("yaml_directive", s => s
            .Rule(@"([ ]+)(\d+\.\d+)", (l, _) =>
            {
                l.Groups(Tok.Text, Tok.Num);
                l.Goto("ignored_line");
            }))
        .State("tag_directive", s => s
            .Rule(@"
              ([ ]+)(!|![\w-]*!) # prefix
              ([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+) # tag handle
            ", "x", (l, _) =>
            {
                l.Groups(Tok.Text, Tok.KeywordType, Tok.Text, Tok.KeywordType);
                l.Goto("ignored_line");
            }));

    private readonly List<int> _indentStack = [0];
    private int _nextIndent;
    private int? _blockScalarIndent;

    protected override LexerStates<YamlLexer> States => Definition;

    private int Indent => _indentStack[^1];

    protected override YamlLexer New() => new();

    protected override void OnStart() => ResetIndent();

    private void ResetIndent()
    {
        _indentStack.Clear();
        _indentStack.Add(0);
        _nextIndent = 0;
        _blockScalarIndent = null;
    }

    // A line's leading spaces: a dedent pops indent levels, and what lies left of the new level is text.
    private (string Text, string Error) SaveIndent(string match)
    {
        _nextIndent = match.Length;
        if (_nextIndent >= Indent)
        {
            return (match, "");
        }

        while (_indentStack.Count > 1 && _nextIndent < Indent)
        {
            _indentStack.RemoveAt(_indentStack.Count - 1);
        }

        var cut = Math.Min(Indent, match.Length);
        return (match[..cut], match[cut..]);
    }

    private void SetIndent(string match, bool implicitly)
    {
        if (Indent < _nextIndent)
        {
            _indentStack.Add(_nextIndent);
        }

        if (!implicitly)
        {
            _nextIndent += match.Length;
        }
    }

}
