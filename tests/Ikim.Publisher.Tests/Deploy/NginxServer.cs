using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// The shipped nginx site (<c>deploy/nginx/ikim-publisher.conf.template</c>) rendered for a temp
/// folder and run as a real nginx bound to 127.0.0.1 on a free port. It has its own prefix, pid
/// file, logs and temp paths, so it touches nothing of a system nginx. Run as root, nginx's
/// workers drop to <c>nobody</c>, as they drop to <c>www-data</c> on a server: the releases the
/// worker writes must be readable by another user, and this proves they are.
/// </summary>
internal sealed partial class NginxServer : IAsyncDisposable
{
    public const string Template = "nginx/ikim-publisher.conf.template";
    private const int Sigterm = 15;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _log;

    private NginxServer(Process process, StringBuilder log, int port)
    {
        _process = process;
        _log = log;
        Port = port;
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>A client whose requests come from 127.0.0.1.</summary>
    public HttpClient Http { get; }

    /// <summary>What nginx wrote to its error log (stderr) so far: for assertion messages.</summary>
    public string ErrorLog
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Fills the template's <c>${IKIM_*}</c> placeholders as envsubst does; every placeholder must
    /// be given, so a new one added to the template without a value fails here, not in nginx.
    /// </summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var missing = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !values.ContainsKey(name)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No value for {string.Join(", ", missing)} in {Template}");
        }

        return Placeholder().Replace(template, m => values[m.Groups[1].Value]);
    }

    /// <summary>Renders the shipped site for <paramref name="siteRoot"/> and starts nginx with it.</summary>
    public static async Task<NginxServer> StartAsync(string folder, string siteRoot, string worker, string metricsAllow)
    {
        var nginx = ExternalTool.Require("nginx", "nginx-light");
        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        var configPath = Path.Combine(folder, "nginx.conf");

        // A port found free can be taken before nginx binds it: try again on a new one.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            File.WriteAllText(Path.Combine(folder, "site.conf"), Render(DeployFiles.Read(Template), new Dictionary<string, string>
            {
                ["IKIM_LISTEN"] = $"127.0.0.1:{port}",
                ["IKIM_SERVER_NAME"] = "_",
                ["IKIM_SITE_ROOT"] = siteRoot,
                ["IKIM_WORKER"] = worker,
                ["IKIM_METRICS_ALLOW"] = metricsAllow,
            }));
            File.WriteAllText(configPath, MainConfig(folder));

            var check = await ExternalTool.RunAsync(nginx, "-t", "-p", folder, "-c", configPath, "-e", "stderr");
            if (check.ExitCode != 0)
            {
                throw new InvalidOperationException($"nginx -t rejected the rendered {Template}: {check}");
            }

            var (server, addressInUse) = await TryStartAsync(nginx, folder, configPath, port);
            if (server is not null)
            {
                return server;
            }

            if (!addressInUse || attempt == 3)
            {
                throw new InvalidOperationException("nginx did not start");
            }
        }
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.x address reaches nginx on 127.0.0.1).</summary>
    public HttpClient ClientFrom(IPAddress source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM to the master stops its workers too; Process.Kill would orphan them.
            _ = kill(_process.Id, Sigterm);
        }

        // Also drains stderr, so ErrorLog is complete afterwards.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static async Task<(NginxServer? Server, bool AddressInUse)> TryStartAsync(string nginx, string folder, string configPath, int port)
    {
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", configPath, "-e", "stderr" })
        {
            start.ArgumentList.Add(argument);
        }

        // nginx logs "start worker processes" at notice level after its listening socket is open:
        // from then on connections are accepted, so no polling of the port is needed.
        var log = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data.Contains("start worker processes", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException("nginx exited"));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var server = new NginxServer(process, log, port);
        try
        {
            await started.Task.WaitAsync(StartLimit);
            return (server, false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            await server.DisposeAsync();
            var output = server.ErrorLog;
            if (output.Contains("Address already in use", StringComparison.Ordinal))
            {
                return (null, true);
            }

            throw new InvalidOperationException($"nginx did not start: {ex.Message}\n{output}");
        }
    }

    private static string MainConfig(string folder) => $$"""
        daemon off;
        master_process on;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log stderr notice;
        events { worker_connections 128; }
        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log {{folder}}/access.log;
            client_body_temp_path {{folder}}/temp/body;
            proxy_temp_path {{folder}}/temp/proxy;
            fastcgi_temp_path {{folder}}/temp/fastcgi;
            uwsgi_temp_path {{folder}}/temp/uwsgi;
            scgi_temp_path {{folder}}/temp/scgi;
            include {{folder}}/site.conf;
        }
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\$\{(IKIM_[A-Z_]+)\}")]
    private static partial Regex Placeholder();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
