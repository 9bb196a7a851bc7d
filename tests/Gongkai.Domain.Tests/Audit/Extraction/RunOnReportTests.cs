using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Extraction;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Reports as they come off government sites with their line breaks lost, composed after real ones (a 2019-format
/// district report saved from its page): headings inline, table 四 printed as a bare row of fifteen numbers, a row's
/// figures run together, and the contact block's address, phone number and date kept out of the figures.
/// </summary>
public sealed class RunOnReportTests
{
    private const string Head =
        "某某区人民政府办公室2020年政府信息公开工作年度报告 本报告依据《中华人民共和国政府信息公开条例》第五十条要求编制。联系地址：某某区长江路128号，邮编014080，联系电话：0472-5212345。" +
        "一、总体情况 2020年，我区认真贯彻落实《条例》，全年主动公开政府信息1520条。 ";

    private const string Table3 =
        "三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ";

    private const string Table4Head =
        "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 ";

    private const string Tail = "五、存在的主要问题及改进情况 公开质量有待提高。 六、其他需要报告的事项 无。 某某区人民政府办公室 2021年1月20日";

    private static AuditReport Audit(string oneLine) => ReportAuditor.Audit(ReportText.FromPlainText(oneLine, "saved.txt"));

    private static decimal? Value(AuditReport audit, CellAddress address) => audit.Cells.Single(c => c.Address.Equals(address)).Value;

    [Fact]
    public void Audit_OneLineWithTable4AsABareRowOfFifteen_ReadsEveryColumnForCertain()
    {
        var audit = Audit(Head + Table4Head + "1 0 0 0 1 0 0 0 1 1 0 0 0 0 0 " + Tail);
        Assert.Equal(("2019", 2020), (audit.Format, audit.Year));
        var table4 = audit.Cells.Where(c => c.Table == T4.TableId).ToArray();
        Assert.Equal(15, table4.Length);
        Assert.All(table4, c => Assert.True(c.Source!.IsCertain));
        Assert.Equal(1, Value(audit, T4.At([T4.Reconsideration, T4.Upheld])));
        Assert.Equal(1, Value(audit, T4.At([T4.Reconsideration, T4.Total])));
        Assert.Equal(1, Value(audit, T4.At([T4.Litigation, T4.SuedDirectly, T4.Pending])));
        Assert.Equal(1, Value(audit, T4.At([T4.Litigation, T4.SuedDirectly, T4.Total])));
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Audit_Table4RunTogether_IsSplitOneDigitPerColumnAndMarkedInferred()
    {
        var audit = Audit(Head + Table4Head + "100010001100000 " + Tail);
        var table4 = audit.Cells.Where(c => c.Table == T4.TableId).ToArray();
        Assert.Equal(15, table4.Length);
        Assert.All(table4, c => Assert.Equal(ReadingCertainty.Inferred, c.Source!.Certainty));
        Assert.Equal(1, Value(audit, T4.At([T4.Litigation, T4.SuedDirectly, T4.Total])));
        Assert.Contains(audit.Findings, f => f.RuleId == Domain.Audit.Rules.AuditRuleIds.ReadingInferred);
    }

    [Fact]
    public void Audit_Table3RowRunTogether_IsSplitTheOneWayItsTotalAllows()
    {
        // 36 | 5 | 0 | 0 | 0 | 2 | 43 printed as "365000243": the only split whose six parts add up to the last
        var audit = Audit(Head + Table3 + "一、本年新收政府信息公开申请数量365000243 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 " + Table4Head + Tail);
        var row = T3.Columns.Select(c => audit.Cells.SingleOrDefault(x => x.Address.Equals(T3.At(T3.NewRequestsRow, c)))).ToArray();
        Assert.Equal([36m, 5m, 0m, 0m, 0m, 2m, 43m], row.Select(c => c?.Value));
        Assert.All(row, c => Assert.Equal(ReadingCertainty.Inferred, c!.Source!.Certainty));
        Assert.All(T3.Columns, c => Assert.Equal(0, Value(audit, T3.At(T3.CarriedOverRow, c))));
    }

    [Fact]
    public void Audit_Table3RowRunTogetherWithTwoSplits_IsSetAsideAsAmbiguous()
    {
        // "120001013" is 12|0|0|0|1|0|13 or 1|2|0|0|0|10|13: both add up, so neither is used
        var audit = Audit(Head + Table3 + "一、本年新收政府信息公开申请数量120001013 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 " + Table4Head + Tail);
        var cell = Assert.Single(audit.Cells, c => c.Address.Equals(T3.At(T3.NewRequestsRow, T3.Columns[0])));
        Assert.Equal(ReadingCertainty.Ambiguous, cell.Source!.Certainty);
        Assert.Contains(audit.Findings, f => f.RuleId == Domain.Audit.Rules.AuditRuleIds.ReadingAmbiguous && f.Severity == FindingSeverity.Warning);
        Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Audit_OneLine_AddressPhoneAndDatesAreNoFigures()
    {
        var audit = Audit(Head + Table4Head + "1 0 0 0 1 0 0 0 1 1 0 0 0 0 0 " + Tail);
        Assert.DoesNotContain(audit.Cells, c => c.Value is 128 or 14080 or 5212345 or 472 or 2021);
        Assert.DoesNotContain(audit.Claims, c => c.Value is 128 or 14080 or 5212345 or 472);
        Assert.Equal(15, audit.Cells.Count(c => c.Table == T4.TableId));
    }
}
