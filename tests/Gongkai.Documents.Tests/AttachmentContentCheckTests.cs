using System.Text;
using Gongkai.Documents.Guards;

namespace Gongkai.Documents.Tests;

/// <summary>Issue 12 finding 8 at the check itself: attachments are judged by content, not by their first bytes.</summary>
public sealed class AttachmentContentCheckTests
{
    [Theory]
    [InlineData("通知.docx")]
    [InlineData("统计表.xlsx")]
    public void Check_RandomBytesAfterPk_IsRefused(string name)
    {
        Assert.Contains($"附件“{name}”", AttachmentContentCheck.Check(name, HostileFiles.RandomAfterPk(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZipOfTextNamedDocx_IsNotAWordDocument()
    {
        var zip = HostileFiles.Zip(("a.txt", Encoding.UTF8.GetBytes("不是 Word")));

        Assert.Contains("不是有效的Word 文档", AttachmentContentCheck.Check("通知.docx", zip), StringComparison.Ordinal);
        Assert.Contains("不是有效的Excel 表格", AttachmentContentCheck.Check("表.xlsx", zip), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WordDocumentNamedXlsx_IsNotAWorkbook()
    {
        Assert.NotNull(AttachmentContentCheck.Check("表.xlsx", HostileFiles.Docx("<w:p/>")));
        Assert.Null(AttachmentContentCheck.Check("通知.docx", HostileFiles.Docx("<w:p/>")));
    }

    [Fact]
    public void Check_Pdf_NeedsItsSkeletonAndPassesTheGuard()
    {
        Assert.Null(AttachmentContentCheck.Check("a.pdf", HostileFiles.Pdf("<</Length 0>>")));
        Assert.Contains("不是完整的 PDF", AttachmentContentCheck.Check("a.pdf", "%PDF-1.4 只有文件头"u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("嵌套超过", AttachmentContentCheck.Check("a.pdf", HostileFiles.PdfNestedDictionaries()), StringComparison.Ordinal);
        Assert.Contains("不是有效的 PDF", AttachmentContentCheck.Check("a.pdf", "PK\u0003\u0004"u8.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Images_NeedTheirHeaderAndEnd()
    {
        Assert.NotNull(AttachmentContentCheck.Check("a.png", [0x89, 0x50, 0x4E, 0x47]));
        Assert.NotNull(AttachmentContentCheck.Check("a.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]));
        Assert.Null(AttachmentContentCheck.Check("a.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9]));
    }
}
