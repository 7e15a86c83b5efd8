namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>One token of a template (text, <c>{% tag %}</c> or <c>{{ output }}</c>) and where it starts in the file.</summary>
internal sealed record Token(string Text, int Line, int Column);
