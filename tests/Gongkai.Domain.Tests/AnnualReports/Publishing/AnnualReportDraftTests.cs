using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.AnnualReports.Publishing;

public sealed class AnnualReportDraftTests
{
    private static readonly Guid AgencyId = Guid.Parse("6f1c1f0e-0000-4000-8000-000000000001");
    private static readonly RecordedBy Officer = new("张三", new DateTime(2024, 3, 1, 2, 0, 0, DateTimeKind.Utc));
    private static readonly RecordedBy Head = new("李四", new DateTime(2024, 3, 2, 2, 0, 0, DateTimeKind.Utc));
    private const string Problems = "五、存在的主要问题及改进情况";
    private const string Other = "六、其他需要报告的事项";

    private static AnnualReportData Data => Reports.Zeros(ReportFormat.Format2021, 2023);

    private static AnnualReportDraft Written()
    {
        var draft = AnnualReportDraft.Start(Guid.NewGuid(), AgencyId, 2023, ReportFormat.Format2021, Officer);
        draft.Edit(Problems, "一是解读不够及时。", Officer);
        draft.Edit(Other, "无。", Officer);
        return draft;
    }

    private static AnnualReportDraft Approved()
    {
        var draft = Written();
        draft.Check(Data, Reports.Check(Data), Officer);
        draft.Approve(Head);
        return draft;
    }

    [Fact]
    public void Start_NewDraft_IsDraftOfVersionOne()
    {
        var draft = AnnualReportDraft.Start(Guid.NewGuid(), AgencyId, 2023, ReportFormat.Format2021, Officer);

        Assert.Equal(AnnualReportState.Draft, draft.State);
        Assert.Equal(1, draft.VersionNumber);
        Assert.Equal(0, draft.PublishedVersionNumber);
    }

    [Fact]
    public void Check_PartsFiveAndSixEmpty_RecordsAnErrorPerPart()
    {
        var draft = AnnualReportDraft.Start(Guid.NewGuid(), AgencyId, 2023, ReportFormat.Format2021, Officer);

        var findings = draft.Check(Data, Reports.Check(Data), Officer);

        var missing = findings.Where(f => f.RuleId == AnnualReportDraft.MissingPartRuleId).ToArray();
        Assert.Equal(2, missing.Length);
        Assert.All(missing, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains(Problems, missing[0].Message);
        Assert.Equal(AnnualReportState.Checked, draft.State);
        Assert.Equal(findings, draft.Findings);
    }

    [Fact]
    public void Approve_CheckWithError_ThrowsNamingTheRule()
    {
        var draft = AnnualReportDraft.Start(Guid.NewGuid(), AgencyId, 2023, ReportFormat.Format2021, Officer);
        draft.Check(Data, Reports.Check(Data), Officer);

        var refused = Assert.Throws<RuleViolationException>(() => draft.Approve(Head));

        Assert.Contains("不能批准", refused.Message);
        Assert.Contains(AnnualReportDraft.MissingPartRuleTitle, refused.Message);
        Assert.Equal(AnnualReportState.Checked, draft.State);
    }

    [Fact]
    public void Approve_ConsistencyError_ThrowsWithTheRuleTitle()
    {
        var broken = Data.WithValue(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn), 5);
        var draft = Written();
        draft.Check(broken, Reports.Check(broken), Officer);

        var refused = Assert.Throws<RuleViolationException>(() => draft.Approve(Head));

        Assert.Contains(IntakeBalancesOutcomes.RuleId, refused.Message);
        Assert.Contains(new IntakeBalancesOutcomes().Title, refused.Message);
    }

    [Fact]
    public void Approve_WithoutCheck_Throws()
    {
        var draft = Written();

        Assert.Throws<RuleViolationException>(() => draft.Approve(Head));
    }

    [Fact]
    public void Publish_Approved_FreezesVersionOne()
    {
        var draft = Approved();
        var at = new RecordedBy("李四", new DateTime(2024, 3, 10, 20, 0, 0, DateTimeKind.Utc));

        var version = draft.Publish(Guid.NewGuid(), at, "gongkai 1.2.0");

        Assert.Equal(1, version.VersionNumber);
        Assert.False(version.IsCorrection);
        Assert.Null(version.ChangeNote);
        Assert.Equal(ReportFormat.Format2021, version.Format);
        Assert.Equal("gongkai 1.2.0", version.GeneratorVersion);
        Assert.Equal(at, version.PublishedBy);
        Assert.Equal(new DateOnly(2024, 3, 11), version.PublishedOn);
        Assert.Equal(Data.Cells, version.Data().Cells);
        Assert.Equal(draft.Findings, version.Findings());
        Assert.Equal(AnnualReportState.Published, draft.State);
        Assert.Equal(1, draft.PublishedVersionNumber);
    }

    [Fact]
    public void Publish_Version_KeepsTheCheckedTextWithDraftedFigures()
    {
        var version = Approved().Publish(Guid.NewGuid(), Head, "1.0");

        var document = version.ToDocument();

        Assert.Equal(6, document.Sections.Count);
        Assert.StartsWith("本年制发规章0件", document.Sections[0].Text);
        Assert.Equal("一是解读不够及时。", document.Sections[4].Text);
        Assert.Equal("无。", document.Sections[5].Text);
    }

    [Fact]
    public void Publish_NotApproved_Throws()
    {
        var draft = Written();
        draft.Check(Data, Reports.Check(Data), Officer);

        Assert.Throws<RuleViolationException>(() => draft.Publish(Guid.NewGuid(), Head, "1.0"));
    }

    [Fact]
    public void Edit_AfterCheck_ReturnsToDraftAndNeedsANewCheck()
    {
        var draft = Approved();

        draft.Edit(Other, "本年度无其他需要报告的事项。", Officer);

        Assert.Equal(AnnualReportState.Draft, draft.State);
        Assert.Empty(draft.Findings);
        Assert.Throws<RuleViolationException>(() => draft.Publish(Guid.NewGuid(), Head, "1.0"));
    }

    [Fact]
    public void Edit_AfterPublishing_StartsNextVersionAndLeavesThePublishedOneUnchanged()
    {
        var draft = Approved();
        var first = draft.Publish(Guid.NewGuid(), Head, "1.0");
        var frozen = first.SectionsJson;

        draft.Edit(Other, "更正了表三的一处数字。", Officer);

        Assert.Equal(AnnualReportState.Draft, draft.State);
        Assert.Equal(2, draft.VersionNumber);
        Assert.Equal(frozen, first.SectionsJson);
        Assert.Equal("无。", first.ToDocument().Sections[5].Text);
    }

    [Fact]
    public void Publish_CorrectionWithoutChangeNote_Throws()
    {
        var draft = Approved();
        draft.Publish(Guid.NewGuid(), Head, "1.0");
        draft.StartCorrection(Officer);
        draft.Check(Data, Reports.Check(Data), Officer);
        draft.Approve(Head);

        var refused = Assert.Throws<RuleViolationException>(() => draft.Publish(Guid.NewGuid(), Head, "1.1", "  "));

        Assert.Contains("更正说明", refused.Message);
        Assert.Equal(AnnualReportState.Approved, draft.State);
    }

    [Fact]
    public void Publish_CorrectionWithChangeNote_IsVersionTwo()
    {
        var draft = Approved();
        draft.Publish(Guid.NewGuid(), Head, "1.0");
        draft.StartCorrection(Officer);
        var corrected = Data.WithValue(Table3Labels.At(Table3Labels.CarriedOverRow, Table3Labels.TotalColumn), 0);
        draft.Check(corrected, Reports.Check(corrected), Officer);
        draft.Approve(Head);

        var second = draft.Publish(Guid.NewGuid(), Head, "1.1", "更正表三“上年结转”数字。");

        Assert.Equal(2, second.VersionNumber);
        Assert.True(second.IsCorrection);
        Assert.Equal("更正表三“上年结转”数字。", second.ChangeNote);
        Assert.Equal(2, draft.PublishedVersionNumber);
    }

    [Fact]
    public void Check_Published_Throws()
    {
        var draft = Approved();
        draft.Publish(Guid.NewGuid(), Head, "1.0");

        Assert.Throws<RuleViolationException>(() => draft.Check(Data, [], Officer));
    }

    [Fact]
    public void StartCorrection_NotPublished_Throws() =>
        Assert.Throws<RuleViolationException>(() => Written().StartCorrection(Officer));

    [Fact]
    public void Edit_UnknownPart_Throws() =>
        Assert.Throws<RuleViolationException>(() => Written().Edit("七、附件", "x", Officer));

    [Fact]
    public void Check_DataOfAnotherYear_Throws() =>
        Assert.Throws<ArgumentException>(() => Written().Check(Reports.Zeros(ReportFormat.Format2021, 2022), [], Officer));

    [Fact]
    public void Check_WarningsOnly_AllowsApproval()
    {
        var draft = Written();
        var warning = new Finding("x.warning", FindingSeverity.Warning, "提示", []);

        draft.Check(Data, [warning], Officer);
        draft.Approve(Head);

        Assert.Equal(AnnualReportState.Approved, draft.State);
    }

    [Fact]
    public void Edit_SamePartTwice_KeepsOneEntryWithTheLastText()
    {
        var draft = Written();

        draft.Edit("五、存在的主要问题及改进情况", "二是培训不足。", Head);

        var edit = Assert.Single(draft.Edits, e => e.Heading == Problems);
        Assert.Equal("二是培训不足。", edit.Text);
        Assert.Equal(Head, edit.EditedBy);
    }
}
