using System.Globalization;
using Gongkai.Web.Tests.Admin;
using Gongkai.Web.Tests.Admin.Reminders;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>One web node of a <see cref="TestCluster"/>: the back office on the cluster's database, mailing through its fake SMTP server.</summary>
public sealed class ClusterNodeFactory(WebTestDatabase database, int smtpPort) : BackOfficeFactory(database)
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>(base.Overrides)
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:From"] = "gongkai@example.gov.cn",
        ["Admin:BaseAddress"] = "https://gk.example.gov.cn",
    };
}

/// <summary>
/// Several web nodes on one database (a shared SQLite file, or one PostgreSQL database) and one fake SMTP server, as
/// a provincial platform runs them behind a load balancer. Each node has its own fake clock, all at <see cref="TestClock.Start"/>.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebTestDatabase _database;

    private TestCluster(string folder, WebTestDatabase database, FakeSmtpServer smtp, IReadOnlyList<ClusterNodeFactory> nodes)
    {
        _folder = folder;
        _database = database;
        Smtp = smtp;
        Nodes = nodes;
    }

    /// <summary>The nodes, started in order (the first migrates, loads the demo and writes the first Data Protection key).</summary>
    public IReadOnlyList<ClusterNodeFactory> Nodes { get; }

    /// <summary>The mail server every node sends to.</summary>
    public FakeSmtpServer Smtp { get; }

    /// <summary>Starts <paramref name="count"/> nodes on a new database of the chosen engine.</summary>
    public static TestCluster Start(bool postgres, int count = 3)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-cluster-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = WebTestDatabase.Create(folder, postgres);
        var smtp = new FakeSmtpServer();
        var nodes = Enumerable.Range(0, count).Select(_ => new ClusterNodeFactory(database, smtp.Port)).ToList();
        foreach (var node in nodes)
        {
            _ = node.Services;
        }

        return new TestCluster(folder, database, smtp, nodes);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
