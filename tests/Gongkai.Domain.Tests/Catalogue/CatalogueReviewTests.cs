using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Catalogue;

public sealed class CatalogueReviewTests
{
    private static readonly RecordedBy Author = new("张三（zhang）", new DateTime(2025, 9, 26, 2, 0, 0, DateTimeKind.Utc));
    private static readonly RecordedBy Reviewer = new("李四（li）", new DateTime(2025, 9, 27, 2, 0, 0, DateTimeKind.Utc));
    private static readonly RecordedBy Other = new("王五（wang）", new DateTime(2025, 9, 28, 2, 0, 0, DateTimeKind.Utc));

    private static CatalogueEntry Draft(DateOnly? writtenOn = null) => CatalogueEntry.Draft(
        Guid.NewGuid(), Guid.NewGuid(), "XN/2025-00001", "关于做好秋季防火工作的通知", CatalogueBody.FromPlainText("各乡镇：做好防火工作。"),
        CatalogueCategory.Other, writtenOn ?? new DateOnly(2025, 9, 26), "某政办发〔2025〕9号", Validity.InForce, Author);

    private static CatalogueEntry Approved()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        entry.Approve(Reviewer);
        return entry;
    }

    [Fact]
    public void Publish_WithoutReview_RefusedCitingArticle17()
    {
        var entry = Draft();
        var e = Assert.Throws<RuleViolationException>(() => entry.Publish(new DateOnly(2025, 10, 9), Reviewer));
        Assert.Equal("未经保密审查通过的条目不能发布，请先送审（第十七条）。", e.Message);
        Assert.Equal(CatalogueEntryStatus.Draft, entry.Status);
    }

    [Fact]
    public void Publish_WhileSubmitted_Refused()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        Assert.Throws<RuleViolationException>(() => entry.Publish(new DateOnly(2025, 10, 9), Reviewer));
        Assert.Equal(CatalogueEntryStatus.SubmittedForReview, entry.Status);
    }

    [Fact]
    public void Approve_ByAuthor_Refused()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        var e = Assert.Throws<RuleViolationException>(() => entry.Approve(Author));
        Assert.Equal("保密审查须由作者以外的审核人进行，不能审查自己起草或修改的条目（第十七条）。", e.Message);
        Assert.Equal(CatalogueEntryStatus.SubmittedForReview, entry.Status);
    }

    [Fact]
    public void Approve_ByLastEditor_Refused()
    {
        var entry = Draft();
        entry.Revise("关于做好秋季防火工作的通知（修订）", CatalogueBody.FromPlainText("正文"), CatalogueCategory.Other, null, null, Validity.InForce, Reviewer);
        entry.SubmitForReview(Author);
        Assert.Throws<RuleViolationException>(() => entry.Approve(Reviewer));
        entry.Approve(Other);
        Assert.Equal(CatalogueEntryStatus.Approved, entry.Status);
    }

    [Fact]
    public void Approve_ByAnotherPerson_ThenPublish_IsPublic()
    {
        var entry = Approved();
        entry.Publish(new DateOnly(2025, 10, 9), Other);
        Assert.Equal(CatalogueEntryStatus.Published, entry.Status);
        Assert.Equal(Reviewer.Actor, entry.ReviewedBy);
        Assert.Equal(Other.Actor, entry.PublishedBy);
    }

    [Fact]
    public void Return_WithoutReason_Refused()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        var e = Assert.Throws<RuleViolationException>(() => entry.Return("  ", Reviewer));
        Assert.Equal("退回修改须说明理由。", e.Message);
    }

    [Fact]
    public void Return_WithReason_AuthorEditsAndSubmitsAgain()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        entry.Return("正文含有个人身份证号码，请删除。", Reviewer);
        Assert.Equal(CatalogueEntryStatus.Returned, entry.Status);
        Assert.Equal("正文含有个人身份证号码，请删除。", entry.ReturnReason);

        entry.Revise("关于做好秋季防火工作的通知", CatalogueBody.FromPlainText("已删除个人信息。"), CatalogueCategory.Other, null, null, Validity.InForce, Author);
        entry.SubmitForReview(Author);
        entry.Approve(Reviewer);
        Assert.Equal(CatalogueEntryStatus.Approved, entry.Status);
        Assert.Null(entry.ReturnReason);
    }

    [Fact]
    public void Revise_ApprovedEntry_NeedsANewReview()
    {
        var entry = Approved();
        entry.Revise("新标题", CatalogueBody.FromPlainText("新正文"), CatalogueCategory.Other, null, null, Validity.InForce, Author);
        Assert.Equal(CatalogueEntryStatus.Draft, entry.Status);
        Assert.Null(entry.ReviewedBy);
        Assert.Throws<RuleViolationException>(() => entry.Publish(new DateOnly(2025, 10, 9), Reviewer));
    }

    [Fact]
    public void Revise_UnderReview_Refused()
    {
        var entry = Draft();
        entry.SubmitForReview(Author);
        var e = Assert.Throws<RuleViolationException>(() => entry.Revise("x", CatalogueBody.FromPlainText("y"), CatalogueCategory.Other, null, null, Validity.InForce, Author));
        Assert.Equal("审查中的条目不能修改，请等待审查结果。", e.Message);
    }

    [Fact]
    public void Withdraw_WithoutReason_RefusedAndStaysPublished()
    {
        var entry = Approved();
        entry.Publish(new DateOnly(2025, 10, 9), Other);
        var e = Assert.Throws<RuleViolationException>(() => entry.Withdraw(new DateOnly(2025, 10, 10), ""));
        Assert.Equal("撤回目录条目须说明理由。", e.Message);
        Assert.Equal(CatalogueEntryStatus.Published, entry.Status);
    }

    [Fact]
    public void PublicationDeadline_MadeBeforeNationalDay2025_SkipsTheHolidayAndCountsTheMakeUpDays()
    {
        // 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are working days (国办发明电〔2024〕12号).
        var entry = Draft(new DateOnly(2025, 9, 26));
        Assert.Equal(new DateOnly(2025, 10, 30), entry.PublicationDeadline(WorkingDayCalendar.Official));
        Assert.Equal(0, entry.DaysLate(WorkingDayCalendar.Official, new DateOnly(2025, 10, 30)));
        Assert.Equal(1, entry.DaysLate(WorkingDayCalendar.Official, new DateOnly(2025, 10, 31)));
        Assert.Equal(1, entry.DaysLate(WorkingDayCalendar.Official, new DateOnly(2025, 11, 2)));
    }

    [Fact]
    public void DaysLate_PublishedLate_CountsUpToPublication()
    {
        var entry = Approved();
        entry.Publish(new DateOnly(2025, 11, 4), Other);
        Assert.Equal(3, entry.DaysLate(WorkingDayCalendar.Official));
        Assert.Equal(3, entry.DaysLate(WorkingDayCalendar.Official, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Change_PublishedEntry_RestartsTheDeadlineAndNeedsReview()
    {
        var entry = Approved();
        entry.Publish(new DateOnly(2025, 10, 9), Other);
        entry.Change("关于做好秋冬季防火工作的通知", CatalogueBody.FromPlainText("更新后的正文"), CatalogueCategory.Other, new DateOnly(2025, 9, 26), "某政办发〔2025〕9号", Validity.Amended, new DateOnly(2025, 12, 1), Author);

        Assert.Equal(CatalogueEntryStatus.Draft, entry.Status);
        Assert.Equal(new DateOnly(2025, 12, 1), entry.ChangedOn);
        Assert.Equal(new DateOnly(2025, 12, 1), entry.DeadlineStartsOn);
        Assert.Equal(new DateOnly(2025, 12, 29), entry.PublicationDeadline(WorkingDayCalendar.Official));
        Assert.Throws<RuleViolationException>(() => entry.Publish(new DateOnly(2025, 12, 2), Other));

        entry.SubmitForReview(Author);
        entry.Approve(Reviewer);
        entry.Publish(new DateOnly(2025, 12, 2), Other);
        Assert.Equal(0, entry.DaysLate(WorkingDayCalendar.Official));
    }

    [Fact]
    public void Change_BeforePublication_Refused()
    {
        var entry = Draft();
        Assert.Throws<RuleViolationException>(() => entry.Change("x", CatalogueBody.FromPlainText("y"), CatalogueCategory.Other, null, null, Validity.InForce, new DateOnly(2025, 12, 1), Author));
    }

    [Fact]
    public void AddAttachment_ToApprovedEntry_NeedsANewReview()
    {
        var entry = Approved();
        var file = CatalogueAttachmentFile.Upload(Guid.NewGuid(), entry.Id, "附件1.pdf", [.. "%PDF-1.7 test"u8]);
        entry.AddAttachment(file.Metadata, Author);
        Assert.Equal(CatalogueEntryStatus.Draft, entry.Status);
        Assert.True(Assert.Single(entry.Attachments).IsStored);
        Assert.Throws<RuleViolationException>(() => entry.AddAttachment(file.Metadata with { Id = Guid.NewGuid() }, Author));
        entry.RemoveAttachment(file.Id, Author);
        Assert.Empty(entry.Attachments);
    }

    [Theory]
    [InlineData("脚本.exe", "附件“脚本.exe”的类型不能上传：只接受 PDF、Word（.docx）、Excel（.xlsx）和图片（.png、.jpg）。")]
    [InlineData("伪装.pdf", "附件“伪装.pdf”的内容与其扩展名不符。")]
    public void Upload_WrongKind_Refused(string name, string message)
    {
        var e = Assert.Throws<RuleViolationException>(() => CatalogueAttachmentFile.Upload(Guid.NewGuid(), Guid.NewGuid(), name, [0x4D, 0x5A, 0x90, 0x00]));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Upload_TooLarge_Refused()
    {
        var content = new byte[CatalogueAttachmentFile.MaxBytes + 1];
        "%PDF"u8.CopyTo(content);
        var e = Assert.Throws<RuleViolationException>(() => CatalogueAttachmentFile.Upload(Guid.NewGuid(), Guid.NewGuid(), "大文件.pdf", content));
        Assert.Equal("附件“大文件.pdf”超过10 MB，不能上传。", e.Message);
    }

    [Fact]
    public void Upload_Docx_TakesTheTypeFromTheExtensionAndDropsFolders()
    {
        var file = CatalogueAttachmentFile.Upload(Guid.NewGuid(), Guid.NewGuid(), @"C:\Users\x\预算表.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2]);
        Assert.Equal("预算表.xlsx", file.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.Equal(6, file.Metadata.SizeBytes);
    }
}
