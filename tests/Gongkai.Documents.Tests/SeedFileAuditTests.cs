using Gongkai.Domain.AnnualReports;

namespace Gongkai.Documents.Tests;

/// <summary>The seed files audited from disk in one call, as the CLI will do it.</summary>
public sealed class SeedFileAuditTests
{
    [SeedTheory]
    [InlineData("000", "巴彦淖尔市", 2017, "2014")]
    [InlineData("001", "西宁市", 2017, "2014")]
    [InlineData("002", "二连浩特市人民政府办公室", 2011, "2008")]
    [InlineData("003", "白云鄂博矿区人民政府", 2019, "2019")]
    [InlineData("004", "博乐市", 2017, "2014")]
    public void Audit_SeedFile_ReadsAgencyYearFormatWithoutErrors(string seed, string agency, int year, string format)
    {
        var audit = new ReportFileAuditor().Audit(SeedFiles.Path(seed));
        Assert.Equal((agency, year, format), (audit.Agency, audit.Year, audit.Format));
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.StartsWith("{", audit.ToJson(), StringComparison.Ordinal);
    }

    [SeedFact]
    public void Audit_XiningWithPreviousOfOtherCity_RunsCrossYearWithoutErrors()
    {
        var audit = new ReportFileAuditor().Audit(SeedFiles.Path("001"), SeedFiles.Path("000"));
        Assert.Equal(4, audit.Count(FindingSeverity.Warning) - audit.Findings.Count(f => f.RuleId.StartsWith("audit.previous", StringComparison.Ordinal)));
    }
}
