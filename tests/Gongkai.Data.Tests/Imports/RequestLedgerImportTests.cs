using System.Text;
using Gongkai.Data.AnnualReports;
using Gongkai.Data.Imports;
using Gongkai.Documents.Spreadsheets;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Imports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests.Imports;

/// <summary>Request ledgers composed to look like real ones, imported and counted in the 2021 table 三.</summary>
public sealed class RequestLedgerImportTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 2, 10);

    public static TheoryData<DatabaseProvider, string> Files()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite }.Concat(TestDatabase.PostgresConnectionString is null ? [] : [DatabaseProvider.Postgres]))
        {
            data.Add(provider, "xlsx");
            data.Add(provider, "csv-utf8-bom");
            data.Add(provider, "csv-gbk");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ImportAsync_MessyLedger_Report2021EqualsHandComputedTableEveryCell(DatabaseProvider provider, string kind)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();

        var result = await ImportAsync(db, agency, FileOf(kind), kind == "xlsx" ? "台账.xlsx" : "台账.csv");

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Empty(result.Refusals);
        Assert.Equal(LedgerFixture.Rows.Length, result.Imported);
        Assert.Contains(result.Problems, p => p.Kind == ImportProblemKind.Skipped && p.Value == "合计");
        if (kind == "xlsx")
        {
            Assert.Contains(result.Problems, p => p.Kind == ImportProblemKind.Skipped && p.Column == "K" && p.Reason.Contains("隐藏", StringComparison.Ordinal));
            Assert.Contains(result.Problems, p => p.Kind == ImportProblemKind.Skipped && p.Reason.Contains("合计、备注", StringComparison.Ordinal) && p.Value.StartsWith("注：", StringComparison.Ordinal));
        }

        var report = await new AnnualReportSource(db).GenerateAsync(agency, new ReportingYear(2025), ReportFormat.Format2021);
        foreach (var row in Table3Labels.Rows(ReportFormat.Format2021))
        {
            var expected = LedgerFixture.Expected2025.GetValueOrDefault(row[^1]) ?? new int[7];
            for (var c = 0; c < Table3Labels.Columns.Count; c++)
            {
                var value = report.Data.ValueAt(Table3Labels.At(row, Table3Labels.Columns[c]));
                Assert.True(expected[c] == value, $"{string.Join('›', row)} / {Table3Labels.NameOf(Table3Labels.Columns[c])}: expected {expected[c]}, got {value}");
            }
        }

        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task ImportAsync_ImportedRequest_CarriesEventsAndProvenanceOfItsRow()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();

        await ImportAsync(db, agency, LedgerFixture.Xlsx(), "台账.xlsx");

        var requests = await db.DisclosureRequests.AsNoTracking().ToListAsync();
        var company = requests.Single(r => r.Applicant.Name == "某某科技有限公司");
        Assert.Equal(new LedgerProvenance("台账.xlsx", company.ImportFileSha256!, "2025年台账", LedgerFixture.XlsxRowOf(2)), company.ImportedFrom);
        Assert.Equal(ApplicantKind.CommercialEnterprise, company.Applicant.Kind);
        Assert.Equal(SubmissionChannel.Post, company.Channel);
        Assert.Equal([RequestEventKind.Submitted, RequestEventKind.ExtensionApproved, RequestEventKind.Replied], company.Events.Select(e => e.Kind));
        Assert.Equal(Outcome.WithheldTradeSecret, company.Outcome);
        Assert.Equal(new DateOnly(2025, 5, 20), company.ClosedOn);
        Assert.True(company.WasExtended);
        Assert.Contains("第" + LedgerFixture.XlsxRowOf(2) + "行", company.Events[^1].Note!, StringComparison.Ordinal);

        var online = requests.Single(r => r.Applicant.Name == "李四");
        Assert.Equal(new DateOnly(2025, 3, 18), RequestInYear.ReceivedOn(online));
        Assert.Equal(RequestEventKind.ReceiptConfirmed, online.Events[1].Kind);
        var open = requests.Single(r => r.Applicant.Name == "钱七");
        Assert.Null(open.Outcome);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondImportChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var file = LedgerFixture.Xlsx();

        await ImportAsync(db, agency, file, "台账.xlsx");
        var events = await db.RequestEvents.CountAsync();
        var again = await ImportAsync(db, agency, file, "台账.xlsx");
        var csvCopy = await ImportAsync(db, agency, Encoding.UTF8.GetBytes(LedgerFixture.Csv()), "台账副本.csv");

        Assert.Equal(ImportStatus.Imported, again.Status);
        Assert.Equal(0, again.Imported);
        Assert.Equal(LedgerFixture.Rows.Length, again.AlreadyThere);
        Assert.Equal(0, csvCopy.Imported);
        Assert.Equal(LedgerFixture.Rows.Length, csvCopy.AlreadyThere);
        Assert.Equal(LedgerFixture.Rows.Length, await db.DisclosureRequests.CountAsync());
        Assert.Equal(events, await db.RequestEvents.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_EveryKindOfBadRow_RefusedWithItsRowAndNothingWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        string[][] rows =
        [
            ["1", "张三", "个人", "2025-03-05", "当面", "低保名单", "2025-03-20", "同意公开", "否", ""],                // line 3: good
            ["2", "李四", "个人", "2025-02-30", "当面", "拆迁补偿", "2025-03-20", "同意公开", "否", ""],               // line 4: impossible date
            ["3", "王五", "个人", "2025-04-10", "当面", "征收批复", "2025-04-01", "同意公开", "否", ""],               // line 5: reply before receipt
            ["4", "赵六", "个人", "2025-05-06", "当面", "环评报告", "2025-05-20", "已处理完毕", "否", ""],             // line 7 (after the blank line 6): unmappable outcome
            ["1", "张三", "个人", "2025-03-05", "当面", "低保名单", "2025-03-20", "同意公开", "否", ""],                // line 8: duplicate of line 3
            ["6", "钱七", "外国人", "2025-06-01", "当面", "预算", "2025-06-10", "同意公开", "否", ""],                 // line 9: unmappable applicant kind
            ["7", "孙八", "个人", "25/6/3", "飞鸽传书", "决算", "2025-06-20", "同意公开", "否", ""],                  // line 10: two-digit year, unknown channel
            ["8", "周九", "个人", "2025-07-01", "当面", "招标文件", "", "同意公开", "否", ""],                         // line 11: outcome without reply date
            ["9", "吴十", "个人", "2025-07-02", "当面", "采购合同", "2025-07-09", "不予公开", "否", ""],               // line 12: category without a ground
        ];

        var result = await ImportAsync(db, agency, Encoding.UTF8.GetBytes(LedgerFixture.Csv(rows)), "坏台账.csv");

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Equal(0, result.Imported);
        Assert.Equal(0, await db.DisclosureRequests.CountAsync());
        Assert.Equal(0, await db.RequestEvents.CountAsync());
        void Refused(int line, string column, string why) =>
            Assert.Contains(result.Refusals, p => p.Row == line && p.Column == column && p.Reason.Contains(why, StringComparison.Ordinal));
        Refused(4, "D", "不存在");
        Refused(5, "G", "早于收到日期");
        Refused(7, "H", "无法对应");
        Assert.Contains(result.Refusals, p => p.Row == 8 && p.Reason.Contains("与第3行重复", StringComparison.Ordinal));
        Refused(9, "C", "申请人类型");
        Refused(10, "D", "两位");
        Refused(10, "E", "申请方式");
        Refused(11, "G", "没有答复日期");
        Refused(12, "H", "大类");
        Assert.DoesNotContain(result.Refusals, p => p.Row == 3);
        Assert.All(result.Refusals, p => Assert.Equal("坏台账", p.Sheet));
    }

    [Fact]
    public async Task ImportAsync_DryRun_ReportsWithoutWriting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();

        var result = await ImportAsync(db, agency, LedgerFixture.Xlsx(), "台账.xlsx", dryRun: true);

        Assert.Equal(ImportStatus.DryRun, result.Status);
        Assert.Equal(LedgerFixture.Rows.Length, result.Imported);
        Assert.Equal(0, await db.DisclosureRequests.CountAsync());
    }

    internal static byte[] FileOf(string kind) => kind switch
    {
        "xlsx" => LedgerFixture.Xlsx(),
        "csv-utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(LedgerFixture.Csv())],
        "csv-gbk" => Gbk().GetBytes(LedgerFixture.Csv()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }

    private static async Task<ImportResult> ImportAsync(GongkaiDbContext db, Agency agency, byte[] file, string name, bool dryRun = false)
    {
        var (workbook, error) = SpreadsheetFile.Read(file, name);
        Assert.True(workbook is not null, error);
        var check = RequestLedgerReader.Read(workbook, LedgerVocabulary.Default, Today);
        return await new RequestLedgerImport(db, Time).ImportAsync(agency, check, "导入测试", dryRun);
    }
}
