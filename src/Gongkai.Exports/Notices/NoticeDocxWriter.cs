using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Notices;

namespace Gongkai.Exports.Notices;

/// <summary>
/// A notice (告知书) as a Word document in the conventions of <see cref="ReportDocxWriter"/> and of government
/// documents: A4 with the same margins; the agency's name as a red letterhead in 方正小标宋简体, the document number
/// centred in 仿宋_GB2312 三号 above a red rule; the title in 方正小标宋简体 二号; the addressee flush left; the body in
/// 仿宋_GB2312 三号 with a two-character indent and a 28-point line; signatory and date flush right.
/// </summary>
public sealed class NoticeDocxWriter
{
    /// <summary>Style id of the letterhead (版头).</summary>
    public const string LetterheadStyle = "Letterhead";

    /// <summary>Style id of the document-number line, which carries the red rule.</summary>
    public const string DocumentNumberStyle = "DocumentNumber";

    /// <summary>Style id of the title.</summary>
    public const string TitleStyle = "Title";

    /// <summary>Style id of the addressee line.</summary>
    public const string AddresseeStyle = "Addressee";

    /// <summary>Style id of the signatory and date lines.</summary>
    public const string SignatureStyle = "Signature";

    /// <summary>The red of the letterhead and rule.</summary>
    public const string Red = "FF0000";

    /// <summary>The MIME type of the file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The .docx bytes of <paramref name="notice"/>.</summary>
    public byte[] Write(NoticeText notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = $"{notice.Title}（{notice.DocumentNumber}）";
            document.PackageProperties.Creator = notice.Signatory;
            document.PackageProperties.Language = "zh-CN";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<FontTablePart>().Fonts = OfficialDocx.FontTable();
            main.Document = new Document(Body(notice));
        }

        return stream.ToArray();
    }

    private static Body Body(NoticeText notice)
    {
        var body = new Body(
            OfficialDocx.StyledParagraph(LetterheadStyle, notice.Letterhead),
            OfficialDocx.StyledParagraph(DocumentNumberStyle, notice.DocumentNumber),
            OfficialDocx.StyledParagraph(TitleStyle, notice.Title));
        if (notice.Addressee is { } addressee)
        {
            body.Append(OfficialDocx.StyledParagraph(AddresseeStyle, addressee));
        }

        foreach (var paragraph in notice.Paragraphs)
        {
            body.Append(new Paragraph(new Run(OfficialDocx.TextOf(paragraph))));
        }

        body.Append(new Paragraph());
        body.Append(OfficialDocx.StyledParagraph(SignatureStyle, notice.Signatory));
        body.Append(OfficialDocx.StyledParagraph(SignatureStyle, notice.DateLine));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    private static Styles Styles()
    {
        var defaults = OfficialDocx.Defaults();

        var normal = OfficialDocx.NormalStyle();

        var letterhead = OfficialDocx.ParagraphStyle(LetterheadStyle, "Letterhead",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "900", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "240" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("方正小标宋简体"),
                Color = new Color { Val = Red },
                FontSize = new FontSize { Val = "60" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "60" },
            });

        var number = OfficialDocx.ParagraphStyle(DocumentNumberStyle, "Document Number",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12U, Space = 8U, Color = Red }),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "560" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties());

        var title = OfficialDocx.ParagraphStyle(TitleStyle, "Title",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "560" },
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties
            {
                RunFonts = OfficialDocx.Fonts("方正小标宋简体"),
                FontSize = new FontSize { Val = "44" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "44" },
            });

        var addressee = OfficialDocx.ParagraphStyle(AddresseeStyle, "Addressee",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            new StyleRunProperties());

        var signature = OfficialDocx.ParagraphStyle(SignatureStyle, "Signature",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = new Indentation { Right = "640", FirstLineChars = 0, FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Right },
            },
            new StyleRunProperties());

        return new Styles(defaults, normal, letterhead, number, title, addressee, signature);
    }
}
