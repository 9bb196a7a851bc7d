using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Data.Tests;
using Gongkai.Demo;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests.Catalogue;

/// <summary>The Chinese full-text search on each engine (SQLite always, PostgreSQL when GONGKAI_TEST_POSTGRES is set).</summary>
public sealed class CatalogueSearchTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private static readonly Agency CityA = new(Guid.NewGuid(), "A", "甲市人民政府", AgencyKind.Government, null);
    private static readonly Agency CityB = new(Guid.NewGuid(), "B", "乙市人民政府", AgencyKind.Government, null);

    private static CatalogueEntry Entry(Agency agency, int n, string title, string body, CatalogueCategory category, DateOnly published)
    {
        var entry = CatalogueEntry.Draft(Guid.NewGuid(), agency.Id, $"{agency.Code}/{published.Year}-{n:D5}", title, CatalogueBody.FromPlainText(body), category, published.AddDays(-3));
        entry.RecordImportedPublication(published);
        return entry;
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.AddRange(CityA, CityB);
        db.CatalogueEntries.AddRange(
            Entry(CityA, 1, "关于调整城乡低保标准的通知", "城市低保标准提高到每人每月800元。", CatalogueCategory.SocialAssistance, new DateOnly(2024, 3, 5)),
            Entry(CityA, 2, "2023年部门预算公开", "一般公共预算收入。低保资金另行安排。", CatalogueCategory.Finance, new DateOnly(2023, 2, 1)),
            Entry(CityB, 3, "胜利路棚户区拆迁补偿方案", "被征收人可以选择货币补偿。", CatalogueCategory.LandAndExpropriation, new DateOnly(2024, 6, 1)),
            Entry(CityB, 4, "关于低保对象动态管理的通知", "做好城乡低保工作，低保对象应保尽保，低保资金按月发放。", CatalogueCategory.SocialAssistance, new DateOnly(2024, 7, 1)),
            Entry(CityB, 5, "保低温施工的安全提示", "冬季施工保低温。", CatalogueCategory.Other, new DateOnly(2024, 12, 1)));
        var withdrawn = Entry(CityA, 6, "已撤回的低保公示", "低保名单。", CatalogueCategory.SocialAssistance, new DateOnly(2024, 1, 1));
        withdrawn.Withdraw(new DateOnly(2024, 1, 2), "含个人信息");
        db.CatalogueEntries.Add(withdrawn);
        await db.SaveChangesAsync();
        return database;
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_TwoCharacterQuery_FindsPublishedEntriesRankedAndHighlighted(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();

        var result = await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("低保"));

        Assert.Equal(3, result.Total);
        Assert.DoesNotContain(result.Hits, h => h.Entry.Title.Contains("保低", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Hits, h => h.Entry.Status != CatalogueEntryStatus.Published);
        Assert.Equal("关于低保对象动态管理的通知", result.Hits[0].Entry.Title);
        Assert.True(result.Hits[0].Score >= result.Hits[1].Score && result.Hits[1].Score >= result.Hits[2].Score);
        Assert.Contains(new TextSegment("低保", true), result.Hits[0].Title);
        Assert.Contains(result.Hits[0].Snippet, s => s.IsMatch && s.Text == "低保");
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_PhraseOfFourCharacters_MatchesOnlyTheContiguousPhrase(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();

        var result = await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("货币补偿"));
        var none = await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("低保补偿"));

        Assert.Equal(["胜利路棚户区拆迁补偿方案"], result.Hits.Select(h => h.Entry.Title));
        Assert.Equal(0, none.Total);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_Filters_ByAgencyCategoryAndYear(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db);

        Assert.Equal(2, (await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [CityA.Id]))).Total);
        Assert.Equal(2, (await search.SearchAsync(new CatalogueQuery("低保", Category: CatalogueCategory.SocialAssistance))).Total);
        Assert.Equal(1, (await search.SearchAsync(new CatalogueQuery("低保", Year: 2023))).Total);
        Assert.Equal(3, (await search.SearchAsync(new CatalogueQuery(null, AgencyIds: [CityB.Id]))).Total);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_AllFiltersTogether_IntersectTheTerms(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db);

        var all = await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [CityB.Id, CityA.Id], Category: CatalogueCategory.SocialAssistance, Year: 2024));
        var none = await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [CityB.Id], Category: CatalogueCategory.Finance, Year: 2024));

        Assert.Equal(["关于低保对象动态管理的通知", "关于调整城乡低保标准的通知"], all.Hits.Select(h => h.Entry.Title).Order(StringComparer.Ordinal));
        Assert.Equal(0, none.Total);
    }

    /// <summary>PostgreSQL keeps the filters as lexemes of the search vector (CatalogueFilterTokens); what a reader types
    /// must never reach them — on either engine the same query finds nothing.</summary>
    [Theory]
    [DatabaseEngines]
    public async Task Search_QueryWrittenLikeAFilterLexeme_MatchesNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db);

        foreach (var typed in new[] { "年份2024", "分类socialassistance", $"机构{CityA.Id:N}", "年份2024 低保" })
        {
            Assert.Equal(0, (await search.SearchAsync(new CatalogueQuery(typed))).Total);
        }
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_Paging_SplitsTheRankedList(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db);

        var first = await search.SearchAsync(new CatalogueQuery("低保", Page: 1, PageSize: 2));
        var second = await search.SearchAsync(new CatalogueQuery("低保", Page: 2, PageSize: 2));

        Assert.Equal(2, first.PageCount);
        Assert.Equal(2, first.Hits.Count);
        Assert.Single(second.Hits);
        Assert.Empty(first.Hits.Select(h => h.Entry.Id).Intersect(second.Hits.Select(h => h.Entry.Id)));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_MatchesWithinRankedLimit_AreRankedByRelevanceNotDate(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddNewestWeakMatchAsync(database);
        await using var db = database.NewContext();

        var result = await new CatalogueSearch(db) { RankedUpTo = 4 }.SearchAsync(new CatalogueQuery("低保"));

        Assert.Equal(CatalogueOrder.Relevance, result.Order);
        Assert.False(result.TotalIsLowerBound);
        Assert.Equal(4, result.Total);
        Assert.Equal("关于低保对象动态管理的通知", result.Hits[0].Entry.Title);
        Assert.Equal("2025年工作总结", result.Hits[^1].Entry.Title);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_MoreMatchesThanRanked_NewestFirstAndTotalIsLowerBound(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddNewestWeakMatchAsync(database);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db) { RankedUpTo = 3 };

        var first = await search.SearchAsync(new CatalogueQuery("低保", PageSize: 3));
        var second = await search.SearchAsync(new CatalogueQuery("低保", Page: 2, PageSize: 3));

        Assert.Equal(CatalogueOrder.Newest, first.Order);
        Assert.True(first.TotalIsLowerBound);
        Assert.Equal(3, first.Total);
        Assert.Equal(["2025年工作总结", "关于低保对象动态管理的通知", "关于调整城乡低保标准的通知"], first.Hits.Select(h => h.Entry.Title));
        Assert.Equal(["2023年部门预算公开"], second.Hits.Select(h => h.Entry.Title));
        Assert.Contains(first.Hits[0].Snippet, s => s.IsMatch && s.Text == "低保");
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_MoreMatchesThanRankedButFilteredToFew_IsRanked(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddNewestWeakMatchAsync(database);
        await using var db = database.NewContext();

        var result = await new CatalogueSearch(db) { RankedUpTo = 2 }.SearchAsync(new CatalogueQuery("低保", AgencyIds: [CityB.Id]));

        Assert.Equal(CatalogueOrder.Relevance, result.Order);
        Assert.Equal(["关于低保对象动态管理的通知", "2025年工作总结"], result.Hits.Select(h => h.Entry.Title));
    }

    [Fact]
    public async Task BulkInsert_Entries_ReadBackLikeEfAndAreSearchable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            await GongkaiDatabase.PrepareAsync(db, Time);
            db.Agencies.Add(CityA);
            await db.SaveChangesAsync();
            var entry = CatalogueEntry.Draft(Guid.NewGuid(), CityA.Id, "A/2024-00077", "关于拆迁补偿的公告", CatalogueBody.FromPlainText("货币补偿。"),
                CatalogueCategory.LandAndExpropriation, new DateOnly(2024, 5, 1), "甲政发〔2024〕7号", Validity.InForce,
                [new CatalogueAttachment("补偿表.xlsx", "application/vnd.ms-excel", 1234)]);
            entry.RecordImportedPublication(new DateOnly(2024, 5, 6));
            Assert.Equal(1, await CatalogueBulkInsert.InsertAsync(db, [entry]));
        }

        await using var check = database.NewContext();
        var read = await check.CatalogueEntries.SingleAsync();
        Assert.Equal(("关于拆迁补偿的公告", new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 6), Validity.InForce, CatalogueEntryStatus.Published),
            (read.Title, read.WrittenOn, read.PublishedOn, read.Validity, read.Status));
        Assert.Equal("补偿表.xlsx", Assert.Single(read.Attachments).FileName);
        Assert.Equal(CityA.Id, read.AgencyId);
        Assert.Equal(read.Id, Assert.Single((await new CatalogueSearch(check).SearchAsync(new CatalogueQuery("拆迁"))).Hits).Entry.Id);
    }

    [Fact]
    public void DemoText_GeneratedCatalogue_CommonTermHitsARealisticShare()
    {
        var agency = DemoAgencies.All[0];
        var texts = Enumerable.Range(1_000_000, 4000).Select(i => DemoCatalogueText.For(agency, i, new DateOnly(2026, 11, 23))).ToList();

        double Share(string term) => texts.Count(t => (t.Title + t.Body).Contains(term, StringComparison.Ordinal)) / (double)texts.Count;

        Assert.InRange(Share("低保"), 0.005, 0.04);
        Assert.InRange(Share("拆迁"), 0.003, 0.04);
        Assert.InRange(texts.Select(t => t.Title).Distinct().Count(), 1500, 4000);
    }

    private static async Task AddNewestWeakMatchAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        db.CatalogueEntries.Add(Entry(CityB, 7, "2025年工作总结",
            "全年完成各项工作任务，推进政务公开、营商环境、项目建设、安全生产、信访维稳、乡村振兴和民生实事，其中低保工作按计划推进，群众满意度持续提升，各项指标均达到年度目标。",
            CatalogueCategory.Other, new DateOnly(2025, 1, 10)));
        await db.SaveChangesAsync();
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_AfterWithdrawAndRevise_IndexFollowsTheEntry(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.NewContext())
        {
            var draft = CatalogueEntry.Draft(Guid.NewGuid(), CityA.Id, "A/2024-09999", "拆迁公告草稿", CatalogueBody.FromPlainText("草稿"), CatalogueCategory.Other);
            db.CatalogueEntries.Add(draft);
            await db.SaveChangesAsync();
            draft.Revise("招聘公告", CatalogueBody.FromPlainText("公开招聘社区工作者"), draft.Category, null, null, Validity.NotApplicable, new RecordedBy("测试", TestClock.UtcNow));
            draft.RecordImportedPublication(new DateOnly(2024, 8, 1));
            var entry = await db.CatalogueEntries.SingleAsync(e => e.Title == "胜利路棚户区拆迁补偿方案");
            db.CatalogueEntries.Remove(entry);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var search = new CatalogueSearch(check);
        Assert.Equal(0, (await search.SearchAsync(new CatalogueQuery("拆迁"))).Total);
        Assert.Equal(1, (await search.SearchAsync(new CatalogueQuery("招聘"))).Total);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_TwoCharacterQuery_UsesTheFullTextIndex(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var sql = new CatalogueSearch(db).Candidates(SearchTerms.Parse("低保")).ToQueryString();

        var plan = await PlanAsync(db, sql, provider);

        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("VIRTUAL TABLE INDEX", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("IX_CatalogueEntries_SearchVector", plan, StringComparison.Ordinal);
        }
    }

    [Theory]
    [DatabaseEngines]
    public async Task Demo_LoadedTwice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        var options = new DemoOptions(12, 4);

        var first = await DemoData.EnsureLoadedAsync(db, Time, options);
        var second = await DemoData.EnsureLoadedAsync(db, Time, options);

        Assert.Equal(5 * 12 + 7 * 4, first);
        Assert.Equal(0, second);
        Assert.Equal(DemoAgencies.All.Count, await db.Agencies.CountAsync());
        Assert.Equal(DemoAgencies.All.Count, await db.DisclosureGuides.CountAsync());
        Assert.True((await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("低保"))).Total > 0);
        Assert.True(await db.CatalogueEntries.AllAsync(e => e.PublishedOn <= new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Demo_Generate_AddsTheRequestedNumberOfSearchableEntries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);

        await DemoData.GenerateCatalogueAsync(db, 250, new DateOnly(2026, 11, 23));

        Assert.Equal(250, await db.CatalogueEntries.CountAsync());
        Assert.True((await new CatalogueSearch(db).SearchAsync(new CatalogueQuery("通知"))).Total > 0);
    }

    private static async Task<string> PlanAsync(GongkaiDbContext db, string sql, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // ToQueryString declares parameters first (SQLite: ".param set p0 '…'", PostgreSQL: "-- p0='…'"); inline them as literals.
        var lines = sql.Split('\n');
        var body = string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("--", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal) || l.StartsWith("-- ", StringComparison.Ordinal)))
        {
            var declaration = line.StartsWith(".param", StringComparison.Ordinal) ? line[".param set ".Length..] : line[3..];
            var split = declaration.IndexOfAny([' ', '=']);
            var name = "@" + declaration[..split].TrimStart('@');
            var value = declaration[(split + 1)..].Trim();
            if (value.StartsWith('\'') && value.EndsWith('\''))
            {
                value = value[1..^1];
            }

            body = body.Replace(name, "'" + value.Replace("''", "'", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        command.CommandText = (provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + body;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? string.Empty);
        }

        return string.Join('\n', plan);
    }
}
