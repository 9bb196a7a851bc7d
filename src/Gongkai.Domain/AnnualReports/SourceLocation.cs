using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Where a value was read in a published report, for the auditor: the 1-based line, the 0-based character offset from
/// the start of the decoded source (UTF-16 code units, as .NET strings count; for DOCX/PDF, of the extracted text),
/// the 1-based page for paged sources, and the text exactly as written there — "2.46万件", "9616余条", "-8",
/// "全部按时办结", or an empty string for a cell left blank.
/// <para>
/// How sure the reading is (<see cref="Certainty"/>; <see cref="Doubt"/> says why in Chinese, <see cref="OcrConfidence"/>
/// for OCR) and, for a PDF, where on the page (<see cref="Box"/>). JSON: "certainty", "doubt", "ocrConfidence" and
/// "box" are written only when the reading is not plain <see cref="ReadingCertainty.Read"/> or a box is known.
/// </para>
/// </summary>
public sealed record SourceLocation
{
    /// <summary>A location.</summary>
    /// <param name="line">1-based line number in the source document.</param>
    /// <param name="offset">0-based character offset of <paramref name="text"/> from the start of the document.</param>
    /// <param name="text">The text exactly as written.</param>
    /// <param name="page">1-based page for paged sources (PDF); 0 when the source has no pages.</param>
    [JsonConstructor]
    public SourceLocation(int line, int offset, string text, int page = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentNullException.ThrowIfNull(text);
        Line = line;
        Offset = offset;
        Text = text;
        Page = page;
    }

    /// <summary>1-based line number.</summary>
    [JsonPropertyName("line"), JsonPropertyOrder(0)]
    public int Line { get; }

    /// <summary>0-based character offset from the start of the document.</summary>
    [JsonPropertyName("offset"), JsonPropertyOrder(1)]
    public int Offset { get; }

    /// <summary>The text exactly as written.</summary>
    [JsonPropertyName("text"), JsonPropertyOrder(2)]
    public string Text { get; }

    /// <summary>1-based page of a paged source; 0 (and omitted from JSON) when the source has no pages.</summary>
    [JsonPropertyName("page"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Page { get; }

    /// <summary>How sure the reading is; <see cref="ReadingCertainty.Read"/> (omitted from JSON) unless a reader says otherwise.</summary>
    [JsonPropertyName("certainty"), JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ReadingCertainty Certainty { get; init; }

    /// <summary>For a reading that is not certain: what is in doubt, in Chinese ("该行印有3个数值、7个列，数值的位置不唯一").</summary>
    [JsonPropertyName("doubt"), JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Doubt { get; init; }

    /// <summary>For <see cref="ReadingCertainty.Ocr"/>: the OCR engine's confidence in the value (0–1).</summary>
    [JsonPropertyName("ocrConfidence"), JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? OcrConfidence { get; init; }

    /// <summary>Where on the page the value was printed (PDF), or null.</summary>
    [JsonPropertyName("box"), JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PageBox? Box { get; init; }

    /// <summary>True when the value was read unambiguously (<see cref="ReadingCertainty.Read"/>).</summary>
    [JsonIgnore]
    public bool IsCertain => Certainty == ReadingCertainty.Read;

    /// <summary>
    /// This location read with doubt: <paramref name="certainty"/> and why. A location already in doubt keeps its
    /// first doubt unless the new one is stronger (OCR and inferred outrank loose labels and ambiguous placement).
    /// </summary>
    public SourceLocation WithDoubt(ReadingCertainty certainty, string doubt)
    {
        ArgumentNullException.ThrowIfNull(doubt);
        if (certainty == ReadingCertainty.Read)
        {
            return this;
        }

        return IsCertain || Rank(certainty) > Rank(Certainty)
            ? this with { Certainty = certainty, Doubt = doubt }
            : this;
    }

    /// <summary>How the reading is described to a user, in Chinese: "第12行" or "第3页", with the doubt when there is one.</summary>
    public string Describe()
    {
        var where = Page > 0 ? $"第{Page}页" : $"第{Line}行";
        return IsCertain ? where : $"{where}（{CertaintyName(Certainty)}：{Doubt}）";
    }

    /// <summary>The Chinese name of a certainty: 读取确定 / 位置不唯一 / 由合计推断 / OCR识别 / 标签近似匹配.</summary>
    public static string CertaintyName(ReadingCertainty certainty) => certainty switch
    {
        ReadingCertainty.Ambiguous => "位置不唯一",
        ReadingCertainty.Inferred => "由合计推断",
        ReadingCertainty.Ocr => "OCR识别",
        ReadingCertainty.LooseLabel => "标签近似匹配",
        _ => "读取确定",
    };

    private static int Rank(ReadingCertainty certainty) => certainty switch
    {
        ReadingCertainty.Read => 0,
        ReadingCertainty.LooseLabel => 1,
        ReadingCertainty.Ambiguous => 2,
        ReadingCertainty.Inferred => 3,
        _ => 4,
    };
}
