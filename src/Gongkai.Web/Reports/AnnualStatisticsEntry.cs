using System.Globalization;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Generation;
using Gongkai.Domain.AnnualReports.Statistics;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reports;

/// <summary>
/// 年度统计数填报: the numbers of an annual report Gongkai cannot count from its records (条例 第五十条 — table 二's
/// 许可 / 处罚 / 强制 / 收费 of 2019 and 2021, the 2014 统计表's 主动公开、回应解读、会议培训、人员经费 rows, …), entered for one
/// agency, year and format with a source note (<see cref="AnnualStatistic"/>). Cells records compute are not offered.
/// </summary>
public sealed class AnnualStatisticsEntry(GongkaiDbContext db)
{
    /// <summary>The format the agency's report of <paramref name="year"/> uses: its draft's, else the year's.</summary>
    public async Task<ReportFormat> FormatAsync(Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Year == year)
            .Select(d => (ReportFormat?)d.Format)
            .FirstOrDefaultAsync(cancellationToken);
        return draft ?? ReportFormat.DefaultFor(year);
    }

    /// <summary>The cells of <paramref name="format"/> people enter, by table, in printed order.</summary>
    public static IReadOnlyList<(ReportTable Table, IReadOnlyList<CellDefinition> Cells)> EnterableCells(ReportFormat format) =>
        ReportLayout.For(format).Tables
            .Select(t => (t, (IReadOnlyList<CellDefinition>)t.Cells.Where(c => !AnnualReportGenerator.IsComputedFromRecords(format, c.Address)).ToArray()))
            .Where(t => t.Item2.Count > 0)
            .ToArray();

    /// <summary>The statistics entered for the agency, year and format, by cell key.</summary>
    public async Task<IReadOnlyDictionary<string, AnnualStatistic>> EnteredAsync(Guid agencyId, int year, ReportFormat format, CancellationToken cancellationToken = default)
    {
        var entered = await db.AnnualStatistics.AsNoTracking()
            .Where(s => s.AgencyId == agencyId && s.Year == year && s.Format == format)
            .ToListAsync(cancellationToken);
        return entered
            .GroupBy(s => s.Cell.Key)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.RecordedAtUtc).First());
    }

    /// <summary>
    /// Enters or revises the numbers given (cell → text as typed; an empty text leaves the cell as it is), all with the
    /// one <paramref name="source"/>. Nothing is saved when any number is refused; the messages are in Chinese.
    /// </summary>
    /// <returns>The number of cells entered or changed, or the refusals.</returns>
    public async Task<StatisticsSaveResult> SaveAsync(
        Guid agencyId, int year, ReportFormat format, IReadOnlyList<(CellDefinition Cell, string? Text)> values, string? source, RecordedBy by,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<string>();
        var parsed = new List<(CellDefinition Cell, decimal Value)>();
        foreach (var (cell, text) in values)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (TryParse(text, out var value))
            {
                parsed.Add((cell, value));
            }
            else
            {
                errors.Add($"{cell.Address.Describe()}：“{text.Trim()}”不是数字，请填写阿拉伯数字（金额可带小数）。");
            }
        }

        if (parsed.Count == 0 && errors.Count == 0)
        {
            return new StatisticsSaveResult(0, ["没有填写任何数字。"]);
        }

        var entered = await db.AnnualStatistics
            .Where(s => s.AgencyId == agencyId && s.Year == year && s.Format == format)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var (cell, value) in parsed)
        {
            try
            {
                var existing = entered.Where(s => s.Cell.Equals(cell.Address)).OrderByDescending(s => s.RecordedAtUtc).FirstOrDefault();
                if (existing is null)
                {
                    db.AnnualStatistics.Add(AnnualStatistic.Enter(Guid.NewGuid(), agencyId, new ReportingYear(year), format, cell.Address, value, source ?? string.Empty, by));
                    changed++;
                }
                else if (existing.Value != value || existing.Source != (source ?? string.Empty).Trim())
                {
                    existing.Revise(value, source ?? string.Empty, by);
                    changed++;
                }
            }
            catch (RuleViolationException e)
            {
                errors.Add(e.Message);
            }
        }

        if (errors.Count > 0)
        {
            return new StatisticsSaveResult(0, errors.Distinct().ToArray());
        }

        await db.SaveChangesAsync(cancellationToken);
        return new StatisticsSaveResult(changed, []);
    }

    private static bool TryParse(string text, out decimal value)
    {
        var cleaned = text.Trim().Normalize(System.Text.NormalizationForm.FormKC).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

/// <summary>What <see cref="AnnualStatisticsEntry.SaveAsync"/> did.</summary>
/// <param name="Changed">Cells entered or changed.</param>
/// <param name="Errors">The refusals (nothing saved when any).</param>
public sealed record StatisticsSaveResult(int Changed, IReadOnlyList<string> Errors);
