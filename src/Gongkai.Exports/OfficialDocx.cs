using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Exports;

/// <summary>
/// The 公文 look shared by the report and notice DOCX files (GB/T 9704 conventions): 仿宋_GB2312 三号 body with 28-point
/// exact line spacing and two-character first-line indent, 方正小标宋简体 titles, Times New Roman for Latin text, and
/// the font table with the fallback Word uses when a font is missing.
/// </summary>
internal static class OfficialDocx
{
    /// <summary>The font for Latin letters and digits.</summary>
    public const string LatinFont = "Times New Roman";

    /// <summary>A paragraph of the style, holding the text as one run (spaces kept).</summary>
    public static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } }, new Run(TextOf(text)));

    /// <summary>A text element that keeps leading and trailing spaces.</summary>
    public static Text TextOf(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Run fonts: <paramref name="eastAsia"/> for Chinese, <see cref="LatinFont"/> for the rest.</summary>
    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont, Hint = FontTypeHintValues.EastAsia };

    /// <summary>Document defaults: 仿宋_GB2312 16 pt (三号), zh-CN, exact 28 pt lines.</summary>
    public static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = Fonts("仿宋_GB2312"),
            FontSize = new FontSize { Val = "32" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "32" },
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
        }));

    /// <summary>The Normal style: justified, first line indented by two characters.</summary>
    public static Style NormalStyle() => new(
        new StyleName { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties
        {
            Indentation = new Indentation { FirstLineChars = 200, FirstLine = "640" },
            Justification = new Justification { Val = JustificationValues.Both },
        })
    { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };

    /// <summary>A paragraph style based on Normal.</summary>
    public static Style ParagraphStyle(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    /// <summary>The fonts the documents use, each with the alternative Word falls back to when it is not installed.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Fonts FontTable() => new(
        EastAsianFont("仿宋_GB2312", "仿宋", FontFamilyValues.Modern, FontPitchValues.Fixed),
        EastAsianFont("方正小标宋简体", "宋体", FontFamilyValues.Script, FontPitchValues.Variable),
        EastAsianFont("黑体", "SimHei", FontFamilyValues.Modern, FontPitchValues.Fixed),
        EastAsianFont("宋体", "SimSun", FontFamilyValues.Auto, FontPitchValues.Variable),
        new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = LatinFont });

    private static Font EastAsianFont(string name, string alternative, FontFamilyValues family, FontPitchValues pitch) =>
        new(new AltName { Val = alternative }, new FontCharSet { Val = "86" }, new FontFamily { Val = family }, new Pitch { Val = pitch }) { Name = name };
}
