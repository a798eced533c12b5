using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ShopCrm.Tests.Core.Email;

// A real SMTP server (aiosmtpd) that stores every message it accepts in a Maildir. CI starts one and
// names it in the environment; otherwise the fixture starts its own. It never skips: mail that was
// not really sent must fail the suite.
public sealed class SmtpServerFixture : IDisposable
{
    public const string PortVariable = "SHOPCRM_TEST_SMTP_PORT";
    public const string MaildirVariable = "SHOPCRM_TEST_MAILDIR";

    // Debian's interpreter, which has python3-aiosmtpd; the python3 first on PATH may be another one.
    private const string Python = "/usr/bin/python3";

    private readonly Process? server;
    private readonly string? ownMaildir;
    private readonly StringBuilder serverErrors = new();

    public SmtpServerFixture()
    {
        var port = Environment.GetEnvironmentVariable(PortVariable);
        var maildir = Environment.GetEnvironmentVariable(MaildirVariable);
        if (!string.IsNullOrEmpty(port) || !string.IsNullOrEmpty(maildir))
        {
            if (!int.TryParse(port, out var number) || string.IsNullOrEmpty(maildir))
            {
                throw new InvalidOperationException($"Set both {PortVariable} and {MaildirVariable} (now '{port}' and '{maildir}'), or neither to let the tests start their own SMTP server.");
            }

            Port = number;
            Maildir = maildir;
            WaitUntilListening(TimeSpan.FromSeconds(10), process: null);
            return;
        }

        Port = FreeLoopbackPort();
        ownMaildir = Path.Combine(Path.GetTempPath(), "shopcrm-maildir-" + Guid.NewGuid().ToString("N"));
        Maildir = ownMaildir;
        try
        {
            server = Process.Start(new ProcessStartInfo(Python)
            {
                ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir },
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException($"{Python} did not start.");
            // Read as it comes so a chatty server never blocks on a full pipe, and keep it for the error.
            server.ErrorDataReceived += (_, e) =>
            {
                lock (serverErrors)
                {
                    serverErrors.AppendLine(e.Data);
                }
            };
            server.BeginErrorReadLine();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new InvalidOperationException(Help($"could not run {Python}: {ex.Message}"), ex);
        }

        WaitUntilListening(TimeSpan.FromSeconds(15), server);
    }

    public int Port { get; }

    public string Maildir { get; }

    // aiosmtpd writes the file before it answers the final 250, but a shared CI server may be slower.
    public async Task<MimeEntity> WaitForMessageAsync(string messageId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            foreach (var folder in new[] { "new", "cur" }.Select(f => Path.Combine(Maildir, f)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    var raw = await File.ReadAllTextAsync(file);
                    if (raw.Contains(messageId, StringComparison.Ordinal))
                    {
                        return MimeEntity.Parse(raw);
                    }
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message with {messageId} arrived in {Maildir} within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    // Every message the real SMTP server stored for one address, once `count` of them have arrived.
    public async Task<IReadOnlyList<MimeEntity>> MailsToAsync(string address, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = new List<MimeEntity>();
            foreach (var folder in new[] { "new", "cur" }.Select(f => Path.Combine(Maildir, f)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    var raw = await File.ReadAllTextAsync(file);
                    if (raw.Contains(address, StringComparison.Ordinal))
                    {
                        found.Add(MimeEntity.Parse(raw));
                    }
                }
            }

            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, found.Count);
                return found;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        if (server is not null)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(5000);
            }

            server.Dispose();
        }

        if (ownMaildir is not null && Directory.Exists(ownMaildir))
        {
            Directory.Delete(ownMaildir, recursive: true);
        }
    }

    private void WaitUntilListening(TimeSpan timeout, Process? process)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process is { HasExited: true })
            {
                process.WaitForExit();
                lock (serverErrors)
                {
                    throw new InvalidOperationException(Help($"aiosmtpd exited with code {process.ExitCode}: {serverErrors.ToString().Trim()}"));
                }
            }

            try
            {
                using var client = new TcpClient { ReceiveTimeout = 2000 };
                client.Connect(IPAddress.Loopback, Port);
                using var reader = new StreamReader(client.GetStream());
                // A listening socket is not enough: wait for the greeting so the first test does not race it.
                if (reader.ReadLine()?.StartsWith("220", StringComparison.Ordinal) == true)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException(Help($"nothing answered SMTP on 127.0.0.1:{Port} within {timeout.TotalSeconds} s"));
            }

            Thread.Sleep(100);
        }
    }

    private static string Help(string problem) =>
        $"The e-mail tests need a real SMTP server and none is available: {problem}. " +
        $"Install Debian's python3-aiosmtpd (apt-get install -y python3-aiosmtpd), or start one and set {PortVariable} and {MaildirVariable}.";

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
