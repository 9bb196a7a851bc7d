namespace Gongkai.Domain.AnnualReports;

/// <summary>One cell in a relation: which report (this year's or last year's), where, and whether it is a total.</summary>
internal sealed record RelationTerm(AnnualReportData Report, CellAddress Address, bool IsTotal = false)
{
    public ReportCell Cell => Report.CellOrBlank(Address);
}
