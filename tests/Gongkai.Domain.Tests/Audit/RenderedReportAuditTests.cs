using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;
using Gongkai.Domain.Tests.Audit.Claims;
using Gongkai.Domain.Tests.Audit.Extraction;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>
/// Clean generated reports (consistent tables, the drafter's narrative) audited in the renderings real sites produce:
/// tables flattened one cell per line (blank cells as blank lines, with and without separator lines) and the whole
/// report on one line. No clean report may get an error finding; values the reader could not place appear as
/// warnings naming the doubt; what is read stands at the right address.
/// </summary>
public sealed class RenderedReportAuditTests
{
    private const int Reports = 1000;

    private static (ReportFormat Format, int Year, IReadOnlyList<ReportCell> Cells, string Narrative) Generate(int seed)
    {
        var format = seed % 2 == 0 ? ReportFormat.Format2019 : ReportFormat.Format2021;
        var year = format == ReportFormat.Format2019 ? 2020 : 2022;
        var random = new Random(seed);
        var consistent = DraftedNarrative.ConsistentTables(format, random);
        var narrative = DraftedNarrative.For2019(format, consistent).Text;

        // real reports leave cells blank where nothing happened: half the zeros are printed blank (blank parts count
        // as 0, so every relation still holds)
        var cells = consistent.Select(c => c.Value == 0 && random.Next(2) == 0 ? c with { Value = null } : c).ToArray();
        return (format, year, cells, narrative);
    }

    private static void AssertCleanReading(AuditReport audit, IReadOnlyList<ReportCell> cells, string rendering, int seed, List<string> failures, ref int read, ref int total)
    {
        var errors = audit.Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            failures.Add($"{rendering} #{seed}: {errors[0]}");
        }

        var expected = cells.ToDictionary(c => c.Address.Key, c => c.Value);
        foreach (var cell in audit.Cells.Where(c => c.Table != NarrativeFigures.TableId))
        {
            total++;
            if (!expected.TryGetValue(cell.Address.Key, out var value) || value != cell.Value)
            {
                if (cell.Source is { IsCertain: true })
                {
                    failures.Add($"{rendering} #{seed}: {cell.Address} read for certain as {cell.Value}, generated {(expected.ContainsKey(cell.Address.Key) ? value : "nothing")}");
                }
            }
            else
            {
                read++;
            }
        }

        foreach (var finding in audit.Findings.Where(f => f.Severity == FindingSeverity.Warning && f.RuleId != AuditRuleIds.ReadingAmbiguous && f.RuleId != AuditRuleIds.ReadingInferred))
        {
            if (!finding.Message.Contains("读取存疑", StringComparison.Ordinal))
            {
                failures.Add($"{rendering} #{seed}: warning without a doubt named: {finding}");
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Audit_FlattenedGeneratedReports_NoErrorAndEveryCertainCellRight(bool separators)
    {
        var failures = new List<string>();
        int read = 0, total = 0, expectedCells = 0;
        for (var seed = 0; seed < Reports; seed++)
        {
            var (format, year, cells, narrative) = Generate(seed);
            var text = GeneratedReports.Text2019(format, year, cells, narrative, FlattenedTableRendering.Text(format, cells, separators));
            var audit = ReportAuditor.Audit(ReportText.FromPlainText(text, "flattened.txt"));
            expectedCells += cells.Count;
            AssertCleanReading(audit, cells, separators ? "flattened+separators" : "flattened", seed, failures, ref read, ref total);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures, e.g.\n{string.Join("\n", failures.Take(8))}");
        Assert.True(read >= expectedCells * 0.95, $"read {read} of {expectedCells} cells");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void Audit_OneLineGeneratedReports_NoErrorAndEveryCertainCellRight(string joiner)
    {
        var failures = new List<string>();
        int read = 0, total = 0, expectedCells = 0;
        for (var seed = 0; seed < Reports; seed++)
        {
            var (format, year, cells, narrative) = Generate(seed);
            var text = GeneratedReports.Text2019(format, year, cells, narrative, FlattenedTableRendering.Text(format, cells, separators: false));
            var oneLine = string.Join(joiner, text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var audit = ReportAuditor.Audit(ReportText.FromPlainText(oneLine, "one-line.txt"));
            Assert.Equal((format.ToString()[^4..], year), (audit.Format, audit.Year));
            expectedCells += cells.Count;
            AssertCleanReading(audit, cells, joiner.Length == 0 ? "one line, run together" : "one line, spaced", seed, failures, ref read, ref total);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures, e.g.\n{string.Join("\n", failures.Take(8))}");
        Assert.True(read >= expectedCells * (joiner.Length == 0 ? 0.0 : 0.5), $"read {read} of {expectedCells} cells");
    }
}
