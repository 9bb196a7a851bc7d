using Gongkai.Data;
using Gongkai.Data.Catalogue;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The demo data the portal starts with: the seed agencies, their disclosure guides and catalogue entries. Ids are
/// derived from stable names, so <see cref="EnsureLoadedAsync"/> can run on every start and adds only what is missing.
/// </summary>
public static class DemoData
{
    /// <summary>Loads the demo agencies, guides and catalogue entries that are not yet in the database.</summary>
    /// <returns>The number of catalogue entries added.</returns>
    public static async Task<int> EnsureLoadedAsync(GongkaiDbContext db, TimeProvider time, DemoOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        options ??= DemoOptions.Default;
        var today = ChinaClock.Today(time);

        var existing = await db.Agencies.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var agency in DemoAgencies.All.Where(a => !existing.Contains(a.Id)))
        {
            var parent = agency.ParentCode is null ? (Guid?)null : DemoAgencies.ByCode(agency.ParentCode).Id;
            db.Agencies.Add(new Agency(agency.Id, agency.Code, agency.Name, agency.Kind, parent));
        }

        await db.SaveChangesAsync(cancellationToken);

        var guided = await db.DisclosureGuides.Select(g => g.AgencyId).ToListAsync(cancellationToken);
        foreach (var agency in DemoAgencies.All.Where(a => !guided.Contains(a.Id)))
        {
            db.DisclosureGuides.Add(GuideOf(agency, today));
        }

        await db.SaveChangesAsync(cancellationToken);

        var added = 0;
        foreach (var agency in DemoAgencies.All)
        {
            var count = agency.ParentCode is null ? options.EntriesPerGovernment : options.EntriesPerSubordinate;
            var have = await db.CatalogueEntries.CountAsync(e => e.AgencyId == agency.Id, cancellationToken);
            if (have >= count)
            {
                continue;
            }

            var ids = (await db.CatalogueEntries.Where(e => e.AgencyId == agency.Id).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
            for (var i = 1; i <= count; i++)
            {
                var entry = Entry(agency, i, today, "demo");
                if (!ids.Contains(entry.Id))
                {
                    db.CatalogueEntries.Add(entry);
                    added++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return added;
    }

    /// <summary>
    /// Adds <paramref name="count"/> further generated entries (for the search benchmark: 1,000,000) through the bulk
    /// path (<see cref="CatalogueBulkInsert"/>: one transaction and a prepared INSERT on SQLite, binary COPY on
    /// PostgreSQL), with the same search tokens and full-text index as entries saved through EF. Entries get fresh
    /// ids under the series name <paramref name="series"/>; run it once per series. Publication dates fall in the six
    /// years up to <paramref name="latest"/>.
    /// </summary>
    /// <returns>The number of entries added.</returns>
    public static async Task<int> GenerateCatalogueAsync(GongkaiDbContext db, int count, DateOnly latest, string series = "bulk", IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await EnsureAgenciesAsync(db, cancellationToken);
        var entries = Enumerable.Range(0, count).Select(i => Entry(DemoAgencies.All[i % DemoAgencies.All.Count], 1_000_000 + i, latest, series));
        return await CatalogueBulkInsert.InsertAsync(db, entries, count, progress, cancellationToken);
    }

    /// <summary>Adds the demo agencies that are not yet in the database.</summary>
    internal static async Task EnsureAgenciesAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Agencies.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var agency in DemoAgencies.All.Where(a => !existing.Contains(a.Id)))
        {
            var parent = agency.ParentCode is null ? (Guid?)null : DemoAgencies.ByCode(agency.ParentCode).Id;
            db.Agencies.Add(new Agency(agency.Id, agency.Code, agency.Name, agency.Kind, parent));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static CatalogueEntry Entry(DemoAgency agency, int sequence, DateOnly latest, string series)
    {
        var text = DemoCatalogueText.For(agency, sequence, latest);
        var indexNumber = $"{agency.CreditCode}/{text.PublishedOn.Year}-{(series == "demo" ? "" : series + "-")}{sequence:D5}";
        IEnumerable<CatalogueAttachment> attachments = text.Category is CatalogueCategory.Finance or CatalogueCategory.Procurement
            ? [new CatalogueAttachment(text.Title + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 24_576 + sequence % 9000)]
            : [];
        var entry = CatalogueEntry.Draft(
            DemoIds.For($"entry:{series}:{agency.Code}:{sequence}"), agency.Id, indexNumber, text.Title,
            CatalogueBody.FromPlainText(text.Body), text.Category, text.WrittenOn, text.DocumentNumber, text.Validity, attachments);
        entry.RecordImportedPublication(text.PublishedOn);
        return entry;
    }

    private static DisclosureGuide GuideOf(DemoAgency agency, DateOnly today) => DisclosureGuide.Create(
        agency.Id,
        $"为便于公民、法人和其他组织获取{agency.Name}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。{agency.Name}主动公开的政府信息按主题分类编入政府信息公开目录，可在本网站“公开目录”栏目浏览、检索。",
        $"{agency.Name}政府信息公开工作机构",
        $"{agency.Place}人民路1号政务服务中心二楼",
        "工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
        "0000-0000000（示例）",
        null,
        null,
        null,
        "行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费（条例 第四十二条）。",
        "公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例 第五十一条）。",
        today);
}
