using System.Data.Common;
using System.Net.Sockets;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Tells a database that cannot be reached (stopped, restarting, failing over, refusing connections, timing out)
/// from a fault of the request: the first is answered 503 with a Chinese page or problem (<see cref="ErrorResponses"/>)
/// and <c>Retry-After</c>, the second 500. Every write is one transaction, so an outage leaves no half-written record.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is told to wait (<c>Retry-After</c>).</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>The Chinese explanation shown on the page and in the problem.</summary>
    public const string Detail = "数据库暂时无法访问，系统正在恢复，请稍后再试。已提交成功（已取得申请编号）的申请不受影响；未取得申请编号的，请稍后重新提交。";

    /// <summary>Whether <paramref name="exception"/> (or one inside it) says the database is unreachable.</summary>
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // SQLSTATE class 08 connection exception, 57P01–57P03 admin/crash shutdown and cannot-connect-now
                // (a primary shutting down or a standby starting), 53 insufficient resources
                case DbException db when db.SqlState is { } state
                    && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)):
                case DbException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
