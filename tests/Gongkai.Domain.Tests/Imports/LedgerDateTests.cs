using Gongkai.Domain.Imports;

namespace Gongkai.Domain.Tests.Imports;

public sealed class LedgerDateTests
{
    private static readonly DateOnly Today = new(2026, 2, 10);

    [Theory]
    [InlineData("2025-03-05")]
    [InlineData("2025/3/5")]
    [InlineData("2025.3.5")]
    [InlineData("2025年3月5日")]
    [InlineData("2025年03月05日 14:30")]
    [InlineData("20250305")]
    [InlineData("２０２５－０３－０５")]
    [InlineData("45721")]
    public void Read_EveryFormOfficesWrite_GivesTheDay(string text)
    {
        var (date, error) = LedgerDate.Read(new ImportCell(text), Today);

        Assert.Null(error);
        Assert.Equal(new DateOnly(2025, 3, 5), date);
    }

    [Fact]
    public void Read_DateFormattedSerialCell_GivesTheDay()
    {
        var (date, _) = LedgerDate.Read(new ImportCell("2025-03-05", 45721, IsDateFormatted: true), Today);

        Assert.Equal(new DateOnly(2025, 3, 5), date);
    }

    [Theory]
    [InlineData("2025-02-30", "不存在")]
    [InlineData("2025-13-01", "不存在")]
    [InlineData("25/3/5", "两位")]
    [InlineData("3月5日", "没有写年份")]
    [InlineData("2007-01-01", "早于")]
    [InlineData("2027-01-01", "晚于今天")]
    [InlineData("上周三", "无法识别")]
    public void Read_DateThatCannotBeTaken_RefusedWithReason(string text, string reason)
    {
        var (date, error) = LedgerDate.Read(new ImportCell(text), Today);

        Assert.Null(date);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
