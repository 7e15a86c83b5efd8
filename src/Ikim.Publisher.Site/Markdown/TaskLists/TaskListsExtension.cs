using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.TaskLists;

/// <summary>
/// GFM task lists as kramdown-parser-gfm writes them: a disabled checkbox, the list classed
/// <c>task-list</c> and every item from the first task on classed <c>task-list-item</c>.
/// </summary>
public sealed class TaskListsExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new TaskListRenderer()];

    public void Process(KramdownContext context)
    {
        foreach (var list in context.Document.Descendants<ListBlock>())
        {
            var isTaskList = false;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList task })
                {
                    isTaskList = true;
                    if (task.NextSibling is LiteralInline next)
                    {
                        next.Content = new StringSlice(next.Content.ToString().TrimStart());
                    }
                }

                if (isTaskList)
                {
                    KramdownAttributes.Of(item)["class"] = "task-list-item";
                }
            }

            if (isTaskList)
            {
                KramdownAttributes.Of(list)["class"] = "task-list";
            }
        }
    }
}

public sealed class TaskListRenderer : KramdownObjectRenderer<TaskList>
{
    protected override void Write(KramdownHtmlRenderer renderer, TaskList obj) =>
        renderer.Write(obj.Checked
            ? "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"
            : "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />");
}
