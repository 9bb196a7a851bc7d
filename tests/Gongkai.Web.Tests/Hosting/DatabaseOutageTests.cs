using System.Net.Sockets;
using Gongkai.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Web.Tests.Hosting;

public sealed class DatabaseOutageTests
{
    [Fact]
    public void IsOutage_ConnectionRefused_IsTrue() =>
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect to 127.0.0.1:5433", new SocketException((int)SocketError.ConnectionRefused))));

    [Fact]
    public void IsOutage_ShutdownInsideASaveChanges_IsTrue() =>
        Assert.True(DatabaseOutage.IsOutage(new DbUpdateException("save failed", new TimeoutException("read timed out"))));

    [Fact]
    public void IsOutage_ProgrammingError_IsFalse()
    {
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(DatabaseOutage.IsOutage(new DbUpdateException("unique violation", new InvalidOperationException())));
    }
}
