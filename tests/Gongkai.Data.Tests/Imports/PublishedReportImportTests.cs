using System.Security.Cryptography;
using Gongkai.Data.AnnualReports;
using Gongkai.Data.Imports;
using Gongkai.Documents;
using Gongkai.Documents.Spreadsheets;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Imports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests.Imports;

/// <summary>Past annual reports imported as the baseline of the cross-year rules and the opening carry-over.</summary>
public sealed class PublishedReportImportTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero));

    [SeedFact]
    public async Task ImportAsync_Baiyunebo2019Seed_Report2020OpeningCarryOverEqualsSeedCarriedForwardPerColumn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "BYEB", "白云鄂博矿区人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var path = SeedFolder.File("003");
        var bytes = await File.ReadAllBytesAsync(path);
        var text = new ReportDocumentReader().Read(bytes, Path.GetFileName(path));
        var audit = ReportAuditor.Audit(text);

        var result = await new PublishedReportImport(db, Time).ImportAsync(agency,
            [new PublishedReportImport.ReadReport(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), audit, string.Join('\n', text.Lines.Select(l => l.Original)))],
            "导入测试", dryRun: false);

        Assert.Equal(ImportStatus.Imported, result.Status);
        var version = await db.AnnualReportVersions.AsNoTracking().SingleAsync();
        Assert.True(version.IsImported);
        Assert.Equal(2019, version.Year);
        var seedCarriedForward = Table3Labels.Columns.Select(c => version.Data().ValueAt(Table3Labels.At(Table3Labels.CarriedForwardRow, c))).ToList();
        Assert.All(seedCarriedForward, v => Assert.NotNull(v));

        var report2020 = await new AnnualReportSource(db).GenerateAsync(agency, new ReportingYear(2020));
        var opening = Table3Labels.Columns.Select(c => report2020.Data.ValueAt(Table3Labels.At(Table3Labels.CarriedOverRow, c))).ToList();
        Assert.Equal(seedCarriedForward, opening);
        Assert.Equal(ReportFormat.Format2019, report2020.Data.Format);

        var again = await new PublishedReportImport(db, Time).ImportAsync(agency,
            [new PublishedReportImport.ReadReport(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), audit, string.Empty)],
            "导入测试", dryRun: false);
        Assert.Equal(0, again.Imported);
        Assert.Equal(1, await db.AnnualReportVersions.CountAsync());
    }

    [Fact]
    public async Task GenerateAsync_ImportedLastYearWithOpenRequestsAndNoneInRecords_OpeningCarryOverFromReportShownAsSuch()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        int[] carried = [2, 1, 0, 0, 1, 0, 4];
        var cells = Table3Labels.Columns.Select((c, i) => new ReportCell(Table3Labels.At(Table3Labels.CarriedForwardRow, c), carried[i])).ToList();
        var audit = new AuditReport("某县2024年报.html", "某县人民政府", 2024, ReportFormat.Format2021, 0.9, cells, [], []);
        await new PublishedReportImport(db, Time).ImportAsync(agency, [new PublishedReportImport.ReadReport("某县2024年报.html", new string('a', 64), audit, "……")], "导入测试", false);

        var report = await new AnnualReportSource(db).GenerateAsync(agency, new ReportingYear(2025), ReportFormat.Format2021);

        for (var i = 0; i < carried.Length; i++)
        {
            var cell = report.Data.CellOrBlank(Table3Labels.At(Table3Labels.CarriedOverRow, Table3Labels.Columns[i]));
            Assert.Equal(carried[i], cell.Value);
            Assert.Contains("导入：某县2024年报.html", cell.Source!.Text, StringComparison.Ordinal);
        }

        Assert.Contains(report.Findings, f => f.RuleId == OpeningCarryOver.RuleId && f.Severity == FindingSeverity.Info && f.Message.Contains("自然人2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_LedgerHoldsLastYearsOpenRequests_RecordsWinOverImportedReport()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var cells = Table3Labels.Columns.Select(c => new ReportCell(Table3Labels.At(Table3Labels.CarriedForwardRow, c), 9)).ToList();
        await new PublishedReportImport(db, Time).ImportAsync(agency,
            [new PublishedReportImport.ReadReport("2024.html", new string('b', 64), new AuditReport("2024.html", null, 2024, ReportFormat.Format2021, 0.9, cells, [], []), "")], "导入测试", false);
        var (workbook, _) = SpreadsheetFile.Read(LedgerFixture.Xlsx(), "台账.xlsx");
        await new RequestLedgerImport(db, Time).ImportAsync(agency, RequestLedgerReader.Read(workbook!, LedgerVocabulary.Default, new DateOnly(2026, 2, 10)), "导入测试", false);

        var report = await new AnnualReportSource(db).GenerateAsync(agency, new ReportingYear(2025), ReportFormat.Format2021);

        Assert.Equal(2, report.Data.ValueAt(Table3Labels.At(Table3Labels.CarriedOverRow, Table3Labels.TotalColumn)));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == OpeningCarryOver.RuleId);
    }

    [Fact]
    public async Task ImportPublished_ThenEdit_RefusedAsReadOnly()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        await new PublishedReportImport(db, Time).ImportAsync(agency,
            [new PublishedReportImport.ReadReport("2024.html", new string('c', 64), new AuditReport("2024.html", null, 2024, ReportFormat.Format2021, 0.9, [], [], []), "")], "导入测试", false);

        var draft = await db.AnnualReportDrafts.SingleAsync();

        Assert.Throws<RuleViolationException>(() => draft.Edit("一、总体情况", "改写", new RecordedBy("officer", DateTime.UtcNow)));
        Assert.Throws<RuleViolationException>(() => draft.StartCorrection(new RecordedBy("officer", DateTime.UtcNow)));
    }
}
