using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A Git HTTP remote that goes down in the middle of a fetch, at a fixed point: it accepts one
/// connection, reads the request, stops listening (every later connection is refused), and only
/// then sends half a response and closes. The first fetch fails mid-response, every later one
/// with "connection refused": one outage, read two ways, in that order every time.
/// </summary>
public sealed class DroppingRemote : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Task _dropping;

    private DroppingRemote(TcpListener listener)
    {
        _listener = listener;
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/site.git";
        _dropping = DropFirstRequestAsync();
    }

    public string Url { get; }

    /// <summary>Completes once the first request was dropped (the listener was stopped before).</summary>
    public Task Dropped => _dropping;

    public static DroppingRemote Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new DroppingRemote(listener);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _dropping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Dispose();
    }

    private async Task DropFirstRequestAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        await ReadRequestHeadAsync(stream);
        _listener.Stop();
        // The status line and headers promise a body that never comes, as when a server dies mid-answer.
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-git-upload-pack-advertisement\r\nContent-Length: 4096\r\n\r\n001e# service=git-upload-pack\n0000";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
    }

    private static async Task ReadRequestHeadAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var buffer = new byte[1024];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
