using Gongkai.Data;
using Gongkai.Data.AnnualReports;
using Gongkai.Data.Officers;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The supervising office of 西宁市人民政府 rolls its units' reports up into its own, checks, approves and publishes it
/// (a correction, since the demo already published 2025's first version): every cell of table 三 equals the sum of the
/// units' own reports.
/// </summary>
public sealed class SupervisorReportJourneyTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const int Year = 2025;

    [BrowserFact]
    public async Task Supervisor_RollsUpUnitsAndPublishes_Table3IsTheSumOfTheUnits()
    {
        var user = await portal.CreateOfficerAsync("XN", "王主任", OfficerRole.Supervisor, OfficerRole.Approver);
        var page = await portal.SignedInPageAsync(user);

        await page.GotoAsync($"/Admin/Reports/Units?year={Year}");
        await page.Locator("#unit-list").WaitForAsync();
        Assert.Equal(6, await page.Locator("#unit-list tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "supervisor-units.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "本级报告（汇总）" }).ClickAsync();
        await page.Locator("#contribution-table").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "更正已发布的报告" }).ClickAsync();
        await page.Locator("p.success").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await page.Locator("p.success").WaitForAsync();
        Assert.Equal("待批准", await page.Locator("#report-state").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "批准发布" }).ClickAsync();
        await page.Locator("p.success").WaitForAsync();
        await page.GetByLabel("更正说明（向社会公开，第2版必填）").FillAsync("按各单位最新记录重新汇总表三。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布到门户网站" }).ClickAsync();
        await page.Locator("p.success").WaitForAsync();
        Assert.Equal("已发布 第2版", await page.Locator("#report-state").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "supervisor-rolled-up-report.png"), FullPage = true });

        var response = await page.APIRequest.GetAsync($"/api/reports/XN/{Year}");
        Assert.True(response.Ok);
        var published = AnnualReportJson.Deserialize(await response.TextAsync()).Report;

        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var source = new AnnualReportSource(db);
        var city = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == "XN");
        var children = await db.Agencies.AsNoTracking().Where(a => a.ParentId == city.Id).ToListAsync();
        var units = new List<AnnualReportData>();
        foreach (var child in children)
        {
            units.Add((await source.GenerateAsync(child, new ReportingYear(Year))).Data);
        }

        // 本级: the city's own records, which no unit of its own reports on.
        var rolled = await source.RollUpAsync(city, new ReportingYear(Year));
        units.Add(rolled.Units[0].Data);

        var table3 = published.Layout.Table(Table3Labels.TableId).Cells;
        Assert.Contains(table3, c => published.ValueAt(c.Address) > 0);
        foreach (var cell in table3)
        {
            var sum = units.Sum(u => u.ValueAt(cell.Address) ?? 0);
            Assert.True(published.ValueAt(cell.Address) == sum, $"{cell.Address.Describe()}: published {published.ValueAt(cell.Address)}, units {sum}");
        }

        await page.GotoAsync($"/reports/XN/{Year}");
        Assert.Contains("按各单位最新记录重新汇总表三。", await page.Locator("aside.report-tools").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Officer_UploadsAReportLargerThanThePortalsFormLimit_SeesTheAuditorsFindings()
    {
        var user = await portal.CreateOfficerAsync("XN-MZ", "李科员", OfficerRole.Officer);
        var page = await portal.SignedInPageAsync(user);
        var seed = PrintedReport.Simplified;
        var file = Path.Combine(KestrelPortal.Screenshots, "audit-upload.txt");
        await File.WriteAllTextAsync(file, seed + new string('\n', 200_000));

        await page.GotoAsync("/Admin/Reports/Audit");
        await page.GetByLabel("年度报告文件").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "审查" }).ClickAsync();
        await page.Locator("#audit-summary").WaitForAsync();
        Assert.Contains("2017", await page.Locator("#audit-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(KestrelPortal.Screenshots, "report-audit.png"), FullPage = true });
    }
}
