using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class AnnualReportJsonTests
{
    private static readonly CellAddress Withheld3 =
        Table3Labels.At(["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"], ["申请人情况", "法人或其他组织", "商业企业"]);

    [Fact]
    public void Serialize_Cell_IsExactlyTableRowPathColumnPathValue()
    {
        var json = JsonSerializer.Serialize(new ReportCell(Withheld3, 2m), AnnualReportJson.Options);

        var node = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["table", "rowPath", "columnPath", "value"], node.Select(p => p.Key));
        Assert.Equal("三", (string?)node["table"]);
        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"], node["rowPath"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(2m, (decimal?)node["value"]);
        Assert.Contains("3.危及“三安全一稳定”", json); // Chinese written as is, not \u escapes
    }

    [Fact]
    public void Serialize_BlankCell_WritesNull()
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(new ReportCell(Withheld3, null), AnnualReportJson.Options))!.AsObject();

        Assert.True(node.ContainsKey("value"));
        Assert.Null(node["value"]);
    }

    [Fact]
    public void Serialize_Provenance_IsOptionalExtraProperties()
    {
        var cell = new ReportCell(Withheld3, 2m, ["r-1", "r-2"], new SourceLocation(120, 6345, "2"));

        var node = JsonNode.Parse(JsonSerializer.Serialize(cell, AnnualReportJson.Options))!.AsObject();

        Assert.Equal(["table", "rowPath", "columnPath", "value", "recordIds", "source"], node.Select(p => p.Key));
        Assert.Equal("{\"line\":120,\"offset\":6345,\"text\":\"2\"}", node["source"]!.ToJsonString());
    }

    [Fact]
    public void Serialize_FractionalAndNegativeValues_AreNumbers()
    {
        var fee = new ReportCell("二", ["第二十条第（八）项", "行政事业性收费"], ["本年收费金额（单位：万元）"], 12.35m);
        var change = new ReportCell("二", ["第二十条第（六）项", "行政处罚"], ["本年增/减"], -18m);

        Assert.Equal(12.35m, (decimal?)JsonNode.Parse(JsonSerializer.Serialize(fee, AnnualReportJson.Options))!["value"]);
        Assert.Equal(-18m, (decimal?)JsonNode.Parse(JsonSerializer.Serialize(change, AnnualReportJson.Options))!["value"]);
    }

    [Fact]
    public void Serialize_Document_HasFormatYearAgencyCellsFindings()
    {
        var report = Reports.Of(ReportFormat.Format2021, 2022, [new ReportCell(Withheld3, 2m)]);
        var findings = Reports.Check(report);

        var node = JsonNode.Parse(AnnualReportJson.Serialize(report, findings))!.AsObject();

        Assert.Equal(["format", "year", "agency", "cells", "findings"], node.Select(p => p.Key));
        Assert.Equal("2021", (string?)node["format"]);
        Assert.Equal(2022, (int?)node["year"]);
        Assert.Equal("{\"code\":\"test-agency\",\"name\":\"某市人民政府办公室\"}", node["agency"]!.ToJsonString(new JsonSerializerOptions { Encoder = AnnualReportJson.Options.Encoder }));
        var finding = node["findings"]!.AsArray().First()!.AsObject();
        Assert.Equal(["ruleId", "severity", "message", "evidence"], finding.Select(p => p.Key));
        Assert.Equal(["year", "table", "rowPath", "columnPath", "value"], finding["evidence"]!.AsArray().First()!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Deserialize_SerializedDocument_RoundTrips()
    {
        var cells = new ConsistentTable3(ReportFormat.Format2021, new int[22, 6], new int[6], new int[6]).Cells()
            .Select((c, i) => i == 0 ? c with { Source = new SourceLocation(3, 14, "0", page: 2) } : c)
            .Select(c => c.Address.Equals(Withheld3) ? c.WithRecords([Guid.Empty]) : c);
        var report = Reports.Of(ReportFormat.Format2021, 2021, cells);
        var broken = report.WithValue(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 5m);
        var findings = Reports.Check(broken);

        var (read, readFindings) = AnnualReportJson.Deserialize(AnnualReportJson.Serialize(broken, findings));

        Assert.Equal(broken.Format, read.Format);
        Assert.Equal(broken.Year, read.Year);
        Assert.Equal(broken.Agency, read.Agency);
        Assert.Equal(broken.Cells, read.Cells);
        Assert.Equal(findings.Select(f => (f.RuleId, f.Severity, f.Message, f.Evidence.Count)), readFindings.Select(f => (f.RuleId, f.Severity, f.Message, f.Evidence.Count)));
    }

    [Fact]
    public void Deserialize_HalfWidthLabelsInJson_StoresOfficialLabels()
    {
        const string json = """
            {"format":"Format2019","year":2019,"agency":{"code":"x","name":"上海市人民政府办公厅"},
             "cells":[{"table":"三","rowPath":["三、本年度办理结果","(一)予以公开"],"columnPath":["申请人情况","总计"],"value":null}]}
            """;

        var (report, findings) = AnnualReportJson.Deserialize(json);

        Assert.Equal("（一）予以公开", report.Cells[0].RowPath[1]);
        Assert.Empty(findings);
    }
}
