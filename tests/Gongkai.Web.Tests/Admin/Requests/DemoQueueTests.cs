using AngleSharp.Html.Parser;
using Gongkai.Data;
using Gongkai.Demo.Reports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests.Admin.Requests;

/// <summary>A back office whose clock (and so its demo data, docs/decisions/0011) is at 09:00 in China on a chosen day.</summary>
public sealed class DemoDayFactory(DateOnly today) : BackOfficeFactory
{
    /// <summary>The clock of this host.</summary>
    public FakeTimeProvider DayTime { get; } = new(new DateTimeOffset(today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(DayTime));
    }
}

/// <summary>
/// Issue 15: the demo's queue on /Admin/Requests, as the main agency's officer sees it on several todays — the two
/// overdue requests show 已逾期 and no other does; due-soon badges for the requests due in 1 and 3 working days.
/// </summary>
public sealed class DemoQueueTests
{
    [Theory]
    [InlineData("2026-03-11")]
    [InlineData("2026-02-13")]
    [InlineData("2026-12-28")]
    public async Task DemoQueue_OnToday_OverdueBadgesOnTheTwoOverdueOnly(string day)
    {
        using var factory = new DemoDayFactory(DateOnly.Parse(day));
        var officer = await factory.CreateOfficerAsync(DemoLiveRequests.MainAgencyCode);
        var client = await factory.SignedInClientAsync(officer);
        string[] tracking;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var ids = Enumerable.Range(0, 7).Select(DemoLiveRequests.QueueId).ToList();
            var byId = await db.DisclosureRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.TrackingNumber);
            tracking = [.. ids.Select(id => byId[id])];
        }

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/Admin/Requests"));

        Assert.Equal(("7", "2", "2"), (page.GetElementById("count-open")!.TextContent, page.GetElementById("count-due-soon")!.TextContent, page.GetElementById("count-overdue")!.TextContent));
        var rows = page.QuerySelectorAll("#queue tbody tr").ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r);
        Assert.Equal(tracking.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([tracking[3], tracking[4]], rows.Where(r => r.Value.QuerySelector(".badge.overdue") is not null).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["剩1个工作日", "剩3个工作日"], [rows[tracking[0]].QuerySelector(".badge.due-soon")!.TextContent, rows[tracking[1]].QuerySelector(".badge.due-soon")!.TextContent]);
        Assert.Null(rows[tracking[2]].QuerySelector(".badge"));
        Assert.Contains("待补正", rows[tracking[5]].TextContent, StringComparison.Ordinal);
        Assert.Contains("待确认", rows[tracking[6]].TextContent, StringComparison.Ordinal);
    }
}
