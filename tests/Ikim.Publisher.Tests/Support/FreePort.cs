using System.Net;
using System.Net.Sockets;

namespace Ikim.Publisher.Tests.Support;

/// <summary>A port the OS just handed out on 127.0.0.1, for servers (nginx, sshd) that cannot be told to pick one themselves.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    /// <summary>Waits (bounded) until something accepts connections on the port.</summary>
    public static async Task WaitUntilListeningAsync(int port, Func<bool> gaveUp, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !gaveUp())
            {
                // Readiness probe of a process we started: retry until it listens or exits.
                await Task.Delay(20);
            }
        }
    }
}
