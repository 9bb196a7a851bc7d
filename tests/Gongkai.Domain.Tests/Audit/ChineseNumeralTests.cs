using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("一百零五", 105)]
    [InlineData("一千零一十", 1010)]
    [InlineData("三万五千", 35000)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("二〇一七", 2017)]
    [InlineData("零", 0)]
    [InlineData("贰拾叁", 23)]
    public void TryParse_ValidNumeral_ReturnsValue(string text, long expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("百")]
    [InlineData("二三十")]
    [InlineData("十百")]
    [InlineData("一是")]
    public void TryParse_InvalidNumeral_ReturnsFalse(string text)
    {
        Assert.False(ChineseNumeral.TryParse(text, out _));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(105, "一百零五")]
    public void Format_Number_WritesHeadingNumeral(int value, string expected)
    {
        Assert.Equal(expected, ChineseNumeral.Format(value));
        Assert.True(ChineseNumeral.TryParse(expected, out var back));
        Assert.Equal(value, back);
    }
}
