using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class ChineseTextNormalizerTests
{
    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("第二十条第（一）项", "第二十条第(一)项")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("４８件", "48件")]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("内政办发〔2011〕28号", "内政办发[2011]28号")]
    [InlineData("危及“三安全一稳定”", "危及\"三安全一稳定\"")]
    [InlineData("0472—8517617", "0472-8517617")]
    public void Normalize_FullWidthForms_FoldToHalfWidth(string input, string expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("统 计 指 标", "统计指标")]
    [InlineData("商业\u3000企业", "商业企业")]
    [InlineData("\u00A0\u00A0根据《条例》 ", "根据《条例》")]
    [InlineData("四、 政府信息公开", "四、政府信息公开")]
    [InlineData("(一) 组织领导", "(一)组织领导")]
    [InlineData("白云鄂博矿区人民政府 2019年", "白云鄂博矿区人民政府 2019年")]
    [InlineData("www.bynr.gov.cn   2018", "www.bynr.gov.cn 2018")]
    [InlineData("a\u200Bb", "ab")]
    public void Normalize_Whitespace_CollapsesAndDropsBetweenChinese(string input, string expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_Tab_IsKeptAsCellSeparator()
    {
        Assert.Equal("予以公开\t0\t1", ChineseTextNormalizer.Normalize("予以公开 \t 0\t1"));
    }

    [Theory]
    [InlineData("條例", "条例")]
    [InlineData("機關", "机关")]
    [InlineData("資訊", "资讯")]
    [InlineData("政府信息公開申請數", "政府信息公开申请数")]
    [InlineData("處理", "处理")]
    [InlineData("復議", "复议")]
    [InlineData("訴訟", "诉讼")]
    [InlineData("維持", "维持")]
    [InlineData("糾正", "纠正")]
    [InlineData("結轉", "结转")]
    [InlineData("總計", "总计")]
    [InlineData("實際", "实际")]
    [InlineData("辦結", "办结")]
    [InlineData("費", "费")]
    [InlineData("萬元", "万元")]
    public void Normalize_TraditionalVocabulary_BecomesSimplified(string input, string expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.Normalize(input));
    }

    [SeedFact]
    public void Normalize_EveryTraditionalCharacterOfSeed002_IsMapped()
    {
        var seed = File.ReadAllText(SeedReports.Path("002"));

        var normalized = ChineseTextNormalizer.Normalize(seed, ChineseScript.Traditional);

        var left = normalized.Where(c => ChineseTextNormalizer.IsCjkIdeograph(c) && "並來個後從機關條開數處復訴維糾結轉總實際辦費萬報區員".Contains(c)).ToList();
        Assert.Empty(left);
        Assert.Contains("二连浩特市人民政府办公室", normalized, StringComparison.Ordinal);
        Assert.Contains("有人干", normalized, StringComparison.Ordinal);
        Assert.Contains("门户网站", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_AmbiguousCharacterInSimplifiedText_IsLeftAlone()
    {
        Assert.Equal("乾县人民政府", ChineseTextNormalizer.Normalize("乾县人民政府"));
        Assert.Equal("干县人民政府", ChineseTextNormalizer.Normalize("乾县人民政府", ChineseScript.Traditional));
    }

    [Theory]
    [InlineData("㈠加强领导", "(一)加强领导")]
    [InlineData("㈣公共服务", "(四)公共服务")]
    [InlineData("⑴当面", "(1)当面")]
    [InlineData("①当面", "(1)当面")]
    [InlineData("⒈政府公报", "1.政府公报")]
    [InlineData("Ⅱ", "II")]
    public void Normalize_EnclosedNumerals_Expand(string input, string expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("二〇一七年度", "2017年度")]
    [InlineData("二○一八年三月", "2018年三月")]
    [InlineData("十二年", "十二年")]
    [InlineData("第一二三四五年", "第一二三四五年")]
    public void Normalize_YearInChineseNumerals_BecomesDigits(string input, string expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.Normalize(input));
    }

    [Fact]
    public void NormalizeWithMap_SpanOfNormalisedText_MapsBackToOriginal()
    {
        const string original = "㈠ 收到申请 ４８ 件";
        var normalized = ChineseTextNormalizer.NormalizeWithMap(original);

        var at = normalized.Text.IndexOf("48", StringComparison.Ordinal);
        var span = normalized.ToOriginalSpan(new TextSpan(at, 2));

        Assert.Equal("(一)收到申请 48 件", normalized.Text);
        Assert.Equal("４８", span.Slice(original));
    }

    [Fact]
    public void NormalizeWithMap_UnchangedText_NeedsNoMap()
    {
        var normalized = ChineseTextNormalizer.NormalizeWithMap("政府信息公开");

        Assert.Equal(3, normalized.ToOriginalIndex(3));
    }

    [Theory]
    [InlineData("根據《中華人民共和國政府信息公開條例》要求，現公布二連浩特市人民政府辦公室年度報告", ChineseScript.Traditional)]
    [InlineData("根据《中华人民共和国政府信息公开条例》要求，现公布年度报告", ChineseScript.Simplified)]
    [InlineData("西宁市2017年度報告", ChineseScript.Simplified)]
    [InlineData("", ChineseScript.Simplified)]
    public void DetectScript_Text_TellsTraditionalFromSimplified(string text, ChineseScript expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.DetectScript(text));
    }

    [Theory]
    [InlineData('４', '4')]
    [InlineData('（', '(')]
    [InlineData('\u3000', ' ')]
    [InlineData('條', '条')]
    [InlineData('a', 'a')]
    public void FoldChar_SingleCharacter_FoldsInPlace(char input, char expected)
    {
        Assert.Equal(expected, ChineseTextNormalizer.FoldChar(input));
    }
}
