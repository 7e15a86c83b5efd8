using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Ikim.Publisher.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// The recipes in deploy/ name settings, ports and paths of the worker. No Docker engine or
/// cluster runs here to try them, so these tests hold them to the code instead: a renamed
/// setting or endpoint fails here rather than in an operator's first deployment.
/// </summary>
public sealed partial class ShippedSettingsTests
{
    private static readonly string[] AppSettings = ["systemd/appsettings.json", "docker/appsettings.json"];

    [Fact]
    public void Every_setting_the_recipes_name_is_one_the_worker_reads()
    {
        var sections = OptionsSections();
        var named = RecipeFiles()
            .SelectMany(file => EnvironmentName().Matches(DeployFiles.Read(file)).Select(m => (file, key: m.Groups[1].Value + ":" + m.Groups[2].Value)))
            .Concat(AppSettings.SelectMany(file => Load(file).AsEnumerable()
                .Where(pair => pair.Value is not null && pair.Key != "Urls" && !pair.Key.StartsWith("Serilog:", StringComparison.Ordinal))
                .Select(pair => (file, key: pair.Key))))
            .ToList();

        Assert.Contains(named, n => n.key == "Hooks:GitHubSecret");
        var unknown = named.Where(n => !IsSetting(sections, n.key)).Select(n => $"{n.file}: {n.key}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "Settings the worker does not have:\n" + string.Join("\n", unknown));
    }

    [Theory]
    [InlineData("systemd/appsettings.json")]
    [InlineData("docker/appsettings.json")]
    public void Shipped_appsettings_pass_the_workers_validation(string file)
    {
        var configuration = Load(file);
        Assert.Equal(5080, new Uri(configuration["Urls"]!.Replace("+", "localhost", StringComparison.Ordinal)).Port);
        Assert.False(configuration.GetValue<bool>("Serving:Enabled"), "nginx serves the site; the worker should not");

        foreach (var (section, type) in OptionsSections())
        {
            var options = Activator.CreateInstance(type)!;
            configuration.GetSection(section).Bind(options);
            var problems = new List<ValidationResult>();
            Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true),
                $"{file}, section {section}: {string.Join("; ", problems.Select(p => p.ErrorMessage))}");
        }
    }

    [Fact]
    public async Task The_worker_answers_every_path_the_recipes_probe_on_port_5080()
    {
        var probed = RecipeFiles()
            .SelectMany(file => ProbeUrl().Matches(DeployFiles.Read(file)).Select(m => (file, port: int.Parse(m.Groups[1].Value), path: m.Groups[2].Value)))
            .ToList();
        var workers = RecipeFiles().SelectMany(file => WorkerAddress().Matches(DeployFiles.Read(file)).Select(m => (file, port: int.Parse(m.Groups[1].Value)))).ToList();
        Assert.Contains(probed, p => p.path == "/healthz");
        Assert.Contains(probed, p => p.path == "/readyz");
        Assert.NotEmpty(workers);
        Assert.All(probed, p => Assert.True(p.port == 5080, $"{p.file} probes port {p.port}"));
        Assert.All(workers, w => Assert.True(w.port == 5080, $"{w.file} sends nginx to port {w.port}"));

        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nhello");
        var sha = editor.CommitAndPush("First");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);
        await publisher.BuildOf(sha);

        foreach (var path in probed.Select(p => p.path).Distinct())
        {
            var response = await publisher.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static IConfiguration Load(string file) => new ConfigurationBuilder().AddJsonFile(DeployFiles.Path(file), optional: false).Build();

    private static IEnumerable<string> RecipeFiles() =>
        Directory.EnumerateFiles(DeployFiles.Path("."), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(DeployFiles.Path("."), path))
            .Order(StringComparer.Ordinal);

    /// <summary>Configuration sections of the worker: every options class's <c>Section</c> constant.</summary>
    private static List<(string Section, Type Type)> OptionsSections() =>
        typeof(PublisherHost).Assembly.GetTypes()
            .Where(t => t.Namespace == "Ikim.Publisher.Options" && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .Select(t => ((string)t.GetField("Section")!.GetRawConstantValue()!, t))
            .ToList();

    private static bool IsSetting(List<(string Section, Type Type)> sections, string key)
    {
        var parts = key.Split(':');
        return parts.Length == 2 && sections.Any(s =>
            string.Equals(s.Section, parts[0], StringComparison.OrdinalIgnoreCase)
            && s.Type.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true });
    }

    // Section__Key, as environment variables and Secrets name settings.
    [GeneratedRegex(@"\b([A-Z][A-Za-z]*)__([A-Z][A-Za-z]*)\b")]
    private static partial Regex EnvironmentName();

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)(/[\w./-]*)")]
    private static partial Regex ProbeUrl();

    // IKIM_WORKER=..., IKIM_WORKER: ..., or value: after `name: IKIM_WORKER`.
    [GeneratedRegex(@"IKIM_WORKER\W+(?:value:\s*)?[\w.-]+:(\d+)")]
    private static partial Regex WorkerAddress();
}
