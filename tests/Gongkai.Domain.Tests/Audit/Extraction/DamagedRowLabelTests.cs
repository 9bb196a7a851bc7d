using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Tests.Audit.Claims;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Row labels damaged the way OCR and copying damage them (issue 14 leftovers): the wrapped label of 部分公开 whose first
/// line was lost, an angle bracket read for a round one. The row is still found (by its remark) and its figures read.
/// </summary>
public sealed class DamagedRowLabelTests
{
    private static readonly IReadOnlyList<ReportCell> Tables = DraftedNarrative.ConsistentTables(ReportFormat.Format2021, new Random(12));

    private static AuditReport AuditWithLabel(string printed)
    {
        var text = GeneratedReports.Text2019(ReportFormat.Format2021, 2023, Tables, "一、总体情况\n本年度工作正常。");
        Assert.Contains(T3.PartiallyDisclosed, text, StringComparison.Ordinal);
        return ReportAuditor.Audit(ReportText.FromPlainText(text.Replace(T3.PartiallyDisclosed, printed, StringComparison.Ordinal), "damaged.txt"));
    }

    [Theory]
    [InlineData("(分区处理的，只计这一情形，不计ion")] // first line lost, remark garbled and cut
    [InlineData("（区分处理的，只计这一情形，不计其他情形）")] // first line lost
    [InlineData("(=) 部分公开〈区分处理的，只计这一情形，不计sabia")] // 〈 read for （, remark cut
    public void Audit_PartlyDisclosedRowWithDamagedLabel_RowRead(string printed)
    {
        var audit = AuditWithLabel(printed);

        foreach (var column in T3.Columns)
        {
            var expected = Tables.Single(c => c.RowPath.SequenceEqual([T3.Outcomes, T3.PartiallyDisclosed]) && c.ColumnPath.SequenceEqual(column));
            var read = Assert.Single(audit.Cells, c => c.RowPath.SequenceEqual([T3.Outcomes, T3.PartiallyDisclosed]) && c.ColumnPath.SequenceEqual(column));
            Assert.Equal(expected.Value, read.Value);
        }

        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Audit_ColumnHeaderWithTwoCharactersSwapped_ColumnRead()
    {
        // OCR read 现行有效件数 as 现有行效件数: one swap of neighbouring characters
        var text = GeneratedReports.Text2019(ReportFormat.Format2021, 2023, Tables, "一、总体情况\n本年度工作正常。");
        var audit = ReportAuditor.Audit(ReportText.FromPlainText(text.Replace("现行有效件数", "现有行效件数", StringComparison.Ordinal), "swapped.txt"));

        var expected = Tables.Where(c => c.Table == "二" && c.ColumnPath[^1] == "现行有效件数").ToList();
        Assert.Equal(2, expected.Count);
        foreach (var cell in expected)
        {
            Assert.Equal(cell.Value, Assert.Single(audit.Cells, c => c.Address.Equals(cell.Address)).Value);
        }
    }

    [Fact]
    public void Audit_RemarkSharingFewCharacters_NotTakenForTheRow()
    {
        // "（只计本机关）" shares no run of six characters with the official remark: no row is guessed from it
        var audit = AuditWithLabel("（只计本机关情形）");

        Assert.DoesNotContain(audit.Cells, c => c.RowPath.SequenceEqual([T3.Outcomes, T3.PartiallyDisclosed]));
    }
}
