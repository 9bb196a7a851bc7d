using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Data.Tests;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Web.Tests.Catalogue;

/// <summary>
/// "Newest first" for searches with more matches than are ranked (docs/search.md): 发布日期 descending, then 索引号
/// descending — whatever order the entries were written or published in (SQLite keys its FTS5 rows by publication day
/// and sequence, and completes the last day read; PostgreSQL reads a window of recent days).
/// </summary>
public sealed class CatalogueSearchOrderTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private static readonly Agency City = new(Guid.NewGuid(), "A", "甲市人民政府", AgencyKind.Government, null);

    private static CatalogueEntry Entry(string indexNumber, DateOnly published)
    {
        var entry = CatalogueEntry.Draft(Guid.NewGuid(), City.Id, indexNumber, $"低保资金发放情况（{indexNumber}）",
            CatalogueBody.FromPlainText("低保资金按月发放。"), CatalogueCategory.SocialAssistance, published.AddDays(-3));
        entry.RecordImportedPublication(published);
        return entry;
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        db.Agencies.Add(City);
        await db.SaveChangesAsync();

        // Written (and published) out of date order, three on one day with 索引号 not in writing order.
        foreach (var (index, day) in new[] { ("A/2024-00001", new DateOnly(2024, 5, 1)), ("A/2022-00002", new DateOnly(2022, 1, 1)),
                     ("A/2025-00009", new DateOnly(2025, 1, 1)), ("A/2025-00003", new DateOnly(2025, 1, 1)), ("A/2025-00010", new DateOnly(2025, 1, 1)) })
        {
            db.CatalogueEntries.Add(Entry(index, day));
            await db.SaveChangesAsync();
        }

        return database;
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_NewestFirst_FollowsPublicationDateThenIndexNumberNotWritingOrder(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var search = new CatalogueSearch(db) { RankedUpTo = 1 };

        var pages = new List<IReadOnlyList<string>>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await search.SearchAsync(new CatalogueQuery("低保", Page: page, PageSize: 2));
            Assert.Equal(CatalogueOrder.Newest, result.Order);
            pages.Add(result.Hits.Select(h => h.Entry.IndexNumber).ToList());
        }

        Assert.Equal(["A/2025-00010", "A/2025-00009"], pages[0]);
        Assert.Equal(["A/2025-00003", "A/2024-00001"], pages[1]);
        Assert.Equal(["A/2022-00002"], pages[2]);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_NewestFirstWithPlannerStatistics_SameOrder(DatabaseProvider provider)
    {
        // With statistics PostgreSQL takes its other paths (a common bigram is not counted; dense matches are read by
        // walking the date index): the order must not change.
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"CatalogueEntries\"");
        var search = new CatalogueSearch(db) { RankedUpTo = 1 };

        var first = await search.SearchAsync(new CatalogueQuery("低保", PageSize: 2));
        var second = await search.SearchAsync(new CatalogueQuery("低保", Page: 2, PageSize: 2));
        var phrase = await search.SearchAsync(new CatalogueQuery("资金发放", PageSize: 10));

        Assert.Equal(CatalogueOrder.Newest, first.Order);
        Assert.Equal(["A/2025-00010", "A/2025-00009"], first.Hits.Select(h => h.Entry.IndexNumber));
        Assert.Equal(["A/2025-00003", "A/2024-00001"], second.Hits.Select(h => h.Entry.IndexNumber));
        Assert.Equal(5, phrase.Hits.Count);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_PhraseWithManyMatches_NewestFirstOnlyPhraseMatches(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.NewContext())
        {
            // Holds 资金, 金发 and 发放 but not the phrase 资金发放: must not be a hit although it is the newest.
            db.CatalogueEntries.Add(Entry2("A/2026-00001", new DateOnly(2026, 1, 1)));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var result = await new CatalogueSearch(check) { RankedUpTo = 1 }.SearchAsync(new CatalogueQuery("资金发放", PageSize: 10));

        Assert.Equal(CatalogueOrder.Newest, result.Order);
        Assert.Equal(["A/2025-00010", "A/2025-00009", "A/2025-00003", "A/2024-00001", "A/2022-00002"], result.Hits.Select(h => h.Entry.IndexNumber));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_EntryWithdrawn_LeavesTheIndex(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var db = database.NewContext())
        {
            var oldest = await db.CatalogueEntries.SingleAsync(e => e.IndexNumber == "A/2022-00002");
            oldest.Withdraw(new DateOnly(2026, 2, 1), "内容有误");
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var search = new CatalogueSearch(check) { RankedUpTo = 1 };
        var result = await search.SearchAsync(new CatalogueQuery("低保", PageSize: 10));

        Assert.DoesNotContain("A/2022-00002", result.Hits.Select(h => h.Entry.IndexNumber));
        Assert.Equal(4, result.Hits.Count);
        Assert.Equal(3, (await new CatalogueSearch(check).SearchAsync(new CatalogueQuery("低保", Year: 2025))).Total);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_NewestFirstWithYearFilter_OnlyThatYearNewestFirstAndCapped(DatabaseProvider provider)
    {
        // A newer (2026) and older matches around the year: the count and the page stay inside 2025.
        await using var database = await SeededAsync(provider);
        await using (var db = database.NewContext())
        {
            db.CatalogueEntries.Add(Entry("A/2026-00001", new DateOnly(2026, 1, 2)));
            await db.SaveChangesAsync();
        }

        foreach (var analyzed in new[] { false, true })
        {
            await using var check = database.NewContext();
            if (analyzed)
            {
                await check.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? "ANALYZE \"CatalogueEntries\"" : "ANALYZE");
            }

            var search = new CatalogueSearch(check) { RankedUpTo = 2 };
            var first = await search.SearchAsync(new CatalogueQuery("低保", Year: 2025, PageSize: 2));
            var second = await search.SearchAsync(new CatalogueQuery("低保", Year: 2025, Page: 2, PageSize: 2));
            var few = await search.SearchAsync(new CatalogueQuery("低保", Year: 2024));

            Assert.Equal(CatalogueOrder.Newest, first.Order);
            Assert.True(first.TotalIsLowerBound);
            Assert.Equal(2, first.Total);
            Assert.Equal(["A/2025-00010", "A/2025-00009"], first.Hits.Select(h => h.Entry.IndexNumber));
            Assert.Equal(["A/2025-00003"], second.Hits.Select(h => h.Entry.IndexNumber));
            Assert.Equal(CatalogueOrder.Relevance, few.Order);
            Assert.False(few.TotalIsLowerBound);
            Assert.Equal(["A/2024-00001"], few.Hits.Select(h => h.Entry.IndexNumber));
        }
    }

    [Theory]
    [DatabaseEngines]
    public async Task Search_NewestFirstWithAgencyFilter_OnlyThatAgencyNewestFirst(DatabaseProvider provider)
    {
        // Another agency's newer matches must neither be counted nor shown.
        var other = new Agency(Guid.NewGuid(), "B", "乙县人民政府", AgencyKind.Government, null);
        await using var database = await SeededAsync(provider);
        await using (var db = database.NewContext())
        {
            db.Agencies.Add(other);
            await db.SaveChangesAsync();
            for (var i = 1; i <= 4; i++)
            {
                var entry = CatalogueEntry.Draft(Guid.NewGuid(), other.Id, $"B/2026-0000{i}", "低保资金发放情况（乙县）",
                    CatalogueBody.FromPlainText("低保资金按月发放。"), CatalogueCategory.SocialAssistance, new DateOnly(2026, 1, i));
                entry.RecordImportedPublication(new DateOnly(2026, 1, i + 2));
                db.CatalogueEntries.Add(entry);
            }

            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var search = new CatalogueSearch(check) { RankedUpTo = 2 };
        var first = await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [City.Id], PageSize: 2));
        var rest = await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [City.Id], Page: 2, PageSize: 3));
        var otherOnly = await search.SearchAsync(new CatalogueQuery("低保", AgencyIds: [other.Id], Year: 2026, PageSize: 10));

        Assert.Equal(CatalogueOrder.Newest, first.Order);
        Assert.Equal(2, first.Total);
        Assert.Equal(["A/2025-00010", "A/2025-00009"], first.Hits.Select(h => h.Entry.IndexNumber));
        Assert.Equal(["A/2024-00001", "A/2022-00002"], rest.Hits.Select(h => h.Entry.IndexNumber));
        Assert.Equal(CatalogueOrder.Newest, otherOnly.Order);
        Assert.Equal(["B/2026-00004", "B/2026-00003", "B/2026-00002", "B/2026-00001"], otherOnly.Hits.Select(h => h.Entry.IndexNumber));
    }

    private static CatalogueEntry Entry2(string indexNumber, DateOnly published)
    {
        var entry = CatalogueEntry.Draft(Guid.NewGuid(), City.Id, indexNumber, "专项资金使用情况", CatalogueBody.FromPlainText("资金已拨付。金发镇补贴已发放。"),
            CatalogueCategory.Finance, published.AddDays(-3));
        entry.RecordImportedPublication(published);
        return entry;
    }
}
