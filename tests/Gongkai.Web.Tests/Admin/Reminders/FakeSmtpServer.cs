using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gongkai.Web.Tests.Admin.Reminders;

/// <summary>A minimal SMTP server on 127.0.0.1 that accepts every message and keeps its raw DATA.</summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts listening.</summary>
    public FakeSmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The messages received: recipients and raw data.</summary>
    public List<(string To, string Data)> Messages { get; } = [];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake");
            var to = string.Empty;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 fake");
                        break;
                    case "RCPT":
                        to = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go on");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } d && d != ".")
                        {
                            data.AppendLine(d);
                        }

                        lock (Messages)
                        {
                            Messages.Add((to, data.ToString()));
                        }

                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        goto done;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }

        done:;
        }
    }
}
