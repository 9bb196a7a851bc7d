using System.Text;
using Gongkai.Data.Catalogue;
using Gongkai.Data.Imports;
using Gongkai.Documents.Spreadsheets;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests.Imports;

/// <summary>Documents an agency already published, imported into the catalogue and searchable at once.</summary>
public sealed class CatalogueImportTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 2, 10);

    [Theory]
    [DatabaseEngines]
    public async Task ImportAsync_CatalogueSheet_PublishedWithOriginalDatesAndFoundByTwoCharacterSearch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var csv = new StringBuilder();
        csv.AppendLine("某县人民政府已发布信息目录,,,,,,");
        csv.AppendLine("索引号,标题,文号,发布日期,主题分类,正文,链接");
        for (var i = 1; i <= 60; i++)
        {
            var subject = i % 3 == 0 ? "城乡低保标准调整" : "农村公路养护";
            csv.AppendLine($"MX/2019-{i:D5},关于{subject}的通知（第{i}号）,某政发〔2019〕{i}号,2019年{1 + (i % 12)}月{1 + (i % 27)}日,{(i % 2 == 0 ? "通知公告" : "社会救助")},\"根据有关规定，现就{subject}有关事项通知如下。\",");
        }

        csv.AppendLine("MX/2019-00099,原文在网站上的文件,,2019/12/31,政策文件,,http://www.example.gov.cn/zwgk/99.html");
        csv.AppendLine(",,,,,,");
        csv.AppendLine("合计,61条,,,,,");
        var (workbook, error) = SpreadsheetFile.Read(Encoding.UTF8.GetBytes(csv.ToString()), "目录.csv");
        Assert.True(workbook is not null, error);
        var check = CatalogueSheetReader.Read(workbook, LedgerVocabulary.Default, Today);

        var result = await new CatalogueImport(db).ImportAsync(agency, check, dryRun: false);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(61, result.Imported);
        var entry = await db.CatalogueEntries.AsNoTracking().SingleAsync(e => e.IndexNumber == "MX/2019-00003");
        Assert.Equal(CatalogueEntryStatus.Published, entry.Status);
        Assert.Equal(new DateOnly(2019, 4, 4), entry.PublishedOn);
        Assert.Equal("某政发〔2019〕3号", entry.DocumentNumber);
        Assert.Equal(CatalogueCategory.SocialAssistance, entry.Category);
        var linked = await db.CatalogueEntries.AsNoTracking().SingleAsync(e => e.IndexNumber == "MX/2019-00099");
        Assert.Contains("http://www.example.gov.cn/zwgk/99.html", linked.BodyText, StringComparison.Ordinal);

        var page = await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("低保"));
        Assert.Equal(20, page.Total);

        var again = await new CatalogueImport(db).ImportAsync(agency, CatalogueSheetReader.Read(workbook, LedgerVocabulary.Default, Today), dryRun: false);
        Assert.Equal(0, again.Imported);
        Assert.Equal(61, again.AlreadyThere);
        Assert.Equal(61, await db.CatalogueEntries.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_BadCatalogueRows_RefusedWithRowsAndNothingWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var agency = new Agency(Guid.NewGuid(), "MX-GOV", "某县人民政府", AgencyKind.Government, null);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var csv = "索引号,标题,发布日期,主题分类,正文\n" +
                  "A-1,好的条目,2020-01-02,社会救助,正文\n" +
                  "A-2,日期不对,2020-13-02,社会救助,正文\n" +
                  "A-1,重复索引号,2020-01-03,社会救助,正文\n" +
                  "A-4,分类不认识,2020-01-04,杂项,正文\n" +
                  "A-5,没有正文,2020-01-05,社会救助,\n";
        var (workbook, _) = SpreadsheetFile.Read(Encoding.UTF8.GetBytes(csv), "目录.csv");

        var result = await new CatalogueImport(db).ImportAsync(agency, CatalogueSheetReader.Read(workbook!, LedgerVocabulary.Default, Today), dryRun: false);

        Assert.Equal(ImportStatus.Refused, result.Status);
        Assert.Equal([3, 4, 5, 6], result.Refusals.Select(p => p.Row).Distinct().Order());
        Assert.Equal(0, await db.CatalogueEntries.CountAsync());
    }
}
