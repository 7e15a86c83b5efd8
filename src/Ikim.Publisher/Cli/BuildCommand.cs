using System.Diagnostics;
using Ikim.Publisher.Site;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Cli;

/// <summary>
/// <c>ikim-publisher build -s SRC -d DEST [--config a.yml,b.yml] [--baseurl P] [--drafts] [--future] [--unpublished] [--themes DIR]</c>:
/// builds a folder once, like <c>jekyll build</c>. Themes are looked for in <c>--themes</c> folders, else in <c>themes/</c> next to the source. Exit 0 on success, 1 with <c>file:line: message</c> on a site error,
/// 2 on bad usage.
/// </summary>
public static class BuildCommand
{
    private const string Usage = "usage: ikim-publisher build [-s|--source SRC] [-d|--destination DEST] [--config a.yml,b.yml] [--baseurl PATH] [--drafts] [--future] [--unpublished] [--themes DIR]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }

        var watch = Stopwatch.StartNew();
        output.WriteLine($"      Source: {options.Source}");
        output.WriteLine($" Destination: {options.Destination}");
        output.Write("  Generating... ");
        try
        {
            var epoch = SourceDateEpoch.Read();
            ISourceTree tree = new DirectorySourceTree(options.Source);
            tree = epoch is { } fixedNow ? SourceDateEpoch.Clamp(tree, fixedNow) : tree;
            var destinationInSource = Path.GetRelativePath(Path.GetFullPath(options.Source), Path.GetFullPath(options.Destination)).Replace('\\', '/');
            if (!destinationInSource.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(destinationInSource))
            {
                tree = new SourceWithoutDestination(tree, destinationInSource);
            }

            var request = new BuildRequest(tree, options.Destination, epoch ?? DateTimeOffset.Now)
            {
                ConfigFiles = options.ConfigFiles,
                ConfigOverrides = options.Overrides,
                ThemesPaths = options.ThemesPaths.Count > 0 ? options.ThemesPaths : [Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Source).TrimEnd(Path.DirectorySeparatorChar)) ?? "/", "themes")],
                Repository = SourceRepository.Read(options.Source),
                // A one-off build: no next build will reuse its renders.
                RecordDependencies = false,
            };
            var result = new SiteBuilder(MarkdownPipelineFactory.Create()).Build(request);
            output.WriteLine($"done in {watch.Elapsed.TotalSeconds:0.000} seconds.");
            foreach (var warning in result.Warnings)
            {
                error.WriteLine($"     Warning: {warning.Path}: {warning.Message}");
            }

            output.WriteLine($"     Summary: {result.Pages} pages and documents, {result.StaticFiles} static files, {result.FilesWritten} files written ({string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"))})");
            return 0;
        }
        catch (SiteBuildException ex)
        {
            output.WriteLine("failed.");
            error.WriteLine(ex.Message);
            return 1;
        }
        catch (DirectoryNotFoundException ex)
        {
            output.WriteLine("failed.");
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static bool TryParse(string[] args, out BuildOptions options, out string problem)
    {
        options = new BuildOptions();
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Value()
            {
                return i + 1 < args.Length ? args[++i] : null;
            }

            switch (arg)
            {
                case "-s" or "--source":
                    options.Source = Value() ?? "";
                    break;
                case "-d" or "--destination":
                    options.Destination = Value() ?? "";
                    break;
                case "--config":
                    options.ConfigFiles = (Value() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--baseurl" or "-b":
                    options.Overrides["baseurl"] = Value();
                    break;
                case "--drafts" or "-D":
                    options.Overrides["show_drafts"] = true;
                    break;
                case "--future":
                    options.Overrides["future"] = true;
                    break;
                case "--unpublished":
                    options.Overrides["unpublished"] = true;
                    break;
                case "--themes":
                    options.ThemesPaths.Add(Value() ?? "");
                    break;
                default:
                    problem = $"unknown option '{arg}'";
                    return false;
            }
        }

        if (options.Source.Length == 0 || options.Destination.Length == 0)
        {
            problem = "source and destination must not be empty";
            return false;
        }

        // The destination is emptied of everything the build does not write: it must never hold the source.
        var fromDestination = Path.GetRelativePath(Path.GetFullPath(options.Destination), Path.GetFullPath(options.Source));
        if (fromDestination == "." || (!fromDestination.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(fromDestination)))
        {
            problem = "the destination cannot be or contain the source folder";
            return false;
        }

        // Config files are named relative to the working directory, as with jekyll build --config; the
        // builder reads only through the source tree, so they must lie inside the source.
        var sourceRoot = Path.GetFullPath(options.Source);
        options.ConfigFiles = options.ConfigFiles?.Select(f => Path.GetRelativePath(sourceRoot, Path.GetFullPath(f)).Replace('\\', '/')).ToArray();
        if (options.ConfigFiles?.FirstOrDefault(f => f.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(f)) is { } outside)
        {
            problem = $"configuration file '{outside}' must be inside the source folder";
            return false;
        }

        return true;
    }

    private sealed class BuildOptions
    {
        public string Source { get; set; } = ".";

        public string Destination { get; set; } = "_site";

        public IReadOnlyList<string>? ConfigFiles { get; set; }

        public Dictionary<string, object?> Overrides { get; } = new(StringComparer.Ordinal);

        public List<string> ThemesPaths { get; } = [];
    }
}
