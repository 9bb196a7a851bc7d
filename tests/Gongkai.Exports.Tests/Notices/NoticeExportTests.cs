using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Gongkai.Exports.Notices;

namespace Gongkai.Exports.Tests.Notices;

public sealed class NoticeExportTests
{
    private static readonly RecordedBy Officer = new("officer.li", new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc));

    public static TheoryData<NoticeKind> Kinds() => new(NoticeKinds.All);

    private static NoticeText Text(NoticeKind kind, int sequence = 12)
    {
        var request = RequestBuilder.InPerson(Guid.NewGuid(), "XN-2025-0007", new DateOnly(2025, 3, 3), Officer);
        var fields = new NoticeFields
        {
            Reply = "现将该信息随本告知书一并提供。", Grounds = "涉及第三方个人隐私<且>未获同意。", LegalBasis = "《中华人民共和国政府信息公开条例》第十五条",
            CorrectionItems = "请写明文号。", CorrectionPeriod = "10个工作日内", ExtensionPeriod = "20个工作日", DelayedUntil = "2025年6月30日",
            FeeAmountFen = 30000, PaymentPeriod = "20个工作日内", ThirdParty = "某某建设有限公司",
        };
        var template = NoticeTemplate.BuiltIn(request.AgencyId, "西宁市城中区人民政府", kind);
        return NoticeComposer.Compose(template, new NoticeNumber("城政依复", 2025, sequence), fields.ValuesFor(request, "西宁市城中区人民政府", new DateOnly(2025, 3, 10)));
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Docx_EveryKind_PassesOpenXmlValidator(NoticeKind kind)
    {
        using var document = Open(new NoticeDocxWriter().Write(Text(kind)));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.Empty(errors);
    }

    [Fact]
    public void Docx_Reply_ContainsNumberTitleAndRemediesInOrder()
    {
        var text = Text(NoticeKind.Withheld);
        using var document = Open(new NoticeDocxWriter().Write(text));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToArray();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Equal(("西宁市城中区人民政府", NoticeDocxWriter.LetterheadStyle), (paragraphs[0].InnerText, StyleOf(paragraphs[0])));
        Assert.Equal(("城政依复〔2025〕12号", NoticeDocxWriter.DocumentNumberStyle), (paragraphs[1].InnerText, StyleOf(paragraphs[1])));
        Assert.Equal(("政府信息不予公开告知书", NoticeDocxWriter.TitleStyle), (paragraphs[2].InnerText, StyleOf(paragraphs[2])));
        Assert.Equal(("张三：", NoticeDocxWriter.AddresseeStyle), (paragraphs[3].InnerText, StyleOf(paragraphs[3])));
        Assert.Contains(paragraphs, p => p.InnerText == NoticeRemedies.Default);
        Assert.Contains(paragraphs, p => p.InnerText == "经审查，您申请获取的政府信息属于不予公开的范围，理由是：涉及第三方个人隐私<且>未获同意。");
        Assert.Equal(["西宁市城中区人民政府", "2025年3月10日"], paragraphs.Where(p => StyleOf(p) == NoticeDocxWriter.SignatureStyle).Select(p => p.InnerText));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var number = styles.Elements<Style>().Single(s => s.StyleId == NoticeDocxWriter.DocumentNumberStyle);
        Assert.Equal(NoticeDocxWriter.Red, number.StyleParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);
        Assert.Equal("仿宋_GB2312", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("政府信息不予公开告知书（城政依复〔2025〕12号）", document.PackageProperties.Title);
    }

    [Fact]
    public void Html_Page_EscapesTextAndCarriesNumber()
    {
        var page = new NoticeHtmlWriter().Page(Text(NoticeKind.Withheld));

        Assert.Contains("<div class=\"number\">城政依复〔2025〕12号</div>", page);
        Assert.Contains("涉及第三方个人隐私&lt;且&gt;未获同意。", page);
        Assert.Contains(NoticeRemedies.Default, page);
    }

    [Fact]
    public async Task Renderer_NoChromium_GivesDocxWithoutPdf()
    {
        var renderer = new NoticeFileRenderer(new ChromiumOptions { ExecutablePath = "/nonexistent/chromium" });

        var files = await renderer.RenderAsync(Text(NoticeKind.CorrectionRequest));

        Assert.False(renderer.PrintsPdf);
        Assert.NotEmpty(files.Docx);
        Assert.Null(files.Pdf);
        await Assert.ThrowsAsync<ChromiumNotFoundException>(() => renderer.PdfAsync(Text(NoticeKind.CorrectionRequest)));
    }

    [ChromiumFact]
    public async Task Renderer_WithChromium_PrintsPdfWithTheNumberAndRemedies()
    {
        var files = await new NoticeFileRenderer().RenderAsync(Text(NoticeKind.PartlyDisclosed, 7));

        Assert.NotNull(files.Pdf);
        Assert.Equal("%PDF"u8.ToArray(), files.Pdf![..4]);
        var read = new Gongkai.Documents.ReportDocumentReader().Read(files.Pdf, "notice.pdf");
        var all = string.Concat(read.Lines.Select(l => l.Original)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("城政依复〔2025〕7号", all);
        Assert.Contains("六十日内", all);
    }
}
