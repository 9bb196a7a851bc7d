using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.TestSupport;

/// <summary>
/// A 2014-format annual report composed by us and printed the way the 西宁 2017 seed was saved from its web page: a
/// portal header, the title "{agency}{year}年政府信息公开工作年度报告", the six narrative parts, then the national
/// 统计表 flattened one label or value per line with blank lines between (the row labels are the domain's own
/// <see cref="StatisticsTableRows"/>, the values a fixed pattern). <see cref="Traditional"/> gives the same report
/// in traditional characters (as seed 002 was re-published). Reading tests use it for what they need of a "printed"
/// report — encodings, byte-order marks, scripts, the flattened table — so they run on a plain clone.
/// </summary>
public static class PrintedReport
{
    /// <summary>The agency named in the composed report.</summary>
    public const string Agency = "海东市";

    /// <summary>The report year of the composed report.</summary>
    public const int Year = 2017;

    /// <summary>One-to-one simplified → traditional pairs for every character of the composed report that differs.</summary>
    private static readonly (char Simplified, char Traditional)[] TraditionalPairs =
    [
        .. Pairs("东门户网站务发时间来源办报告规条例简称编写写题诉讼费问题该对与联系认贯彻组织领导健全机制进动开过纸质数据统计终复议称会闻访谈处转结实际总计万元单项项为属个隐私经济业务宁关应",
                 "東門戶網站務發時間來源辦報告規條例簡稱編寫寫題訴訟費問題該對與聯繫認貫徹組織領導健全機制進動開過紙質數據統計終復議稱會聞訪談處轉結實際總計萬元單項項為屬個隱私經濟業務寧關應"),
    ];

    /// <summary>The report in simplified characters, lines separated by '\n'.</summary>
    public static string Simplified { get; } = Compose();

    /// <summary>The same report in traditional characters (every line as long as its simplified one).</summary>
    public static string Traditional { get; } = ToTraditional(Simplified);

    /// <summary>The characters that differ between <see cref="Simplified"/> and <see cref="Traditional"/>.</summary>
    public static string TraditionalCharacters => new([.. TraditionalPairs.Select(p => p.Traditional).Distinct()]);

    /// <summary>The statistics cells in print order with the value printed for each.</summary>
    public static IEnumerable<(CellDefinition Cell, int Value)> TableValues() =>
        ReportLayout.For(ReportFormat.Format2014).Table(StatisticsTableRows.TableId).Cells.Select((c, i) => (c, i * 7 % 23));

    private static string Compose()
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\n\n");
        Line("中央政府门户网站 | 省政府");
        Line("2018-03-30 星期五");
        Line($"{Agency}{Year}年政府信息公开工作年度报告");
        Line("发布时间: 2018-03-30 09:00 来源: 市政府办公室");
        Line($"本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)第三十一条、第三十二条的规定编制,全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、行政复议和诉讼情况、政府信息公开相关费用情况、存在问题及下一步打算。本年度报告中所列数据的统计期限自{Year}年1月1日起至{Year}年12月31日止。如对本报告有疑问,请与{Agency}人民政府办公室联系。");
        Line("一、概述");
        Line($"{Year}年,{Agency}认真贯彻《条例》,加强组织领导,健全工作机制,有序推进政府信息公开工作。");
        Line("二、主动公开政府信息情况");
        Line($"{Year}年,全市主动公开政府信息1205条,其中通过政府网站公开政府信息980条。");
        Line("三、依申请公开政府信息情况");
        Line($"{Year}年,共收到政府信息公开申请36件,均已按期答复。");
        Line("四、行政复议、诉讼和申诉情况");
        Line($"{Year}年,因政府信息公开引起的行政复议3件,行政诉讼1件。");
        Line("五、政府信息公开相关费用情况");
        Line($"{Year}年,未收取任何费用。");
        Line("六、存在的主要问题及改进措施");
        Line("公开内容还不够全面,下一步将进一步加强培训,提高公开质量。");
        Line(StatisticsTableRows.Title);
        Line("统计指标");
        Line("单位");
        Line(StatisticsTableRows.ValueColumn);
        IReadOnlyList<string> printed = [];
        foreach (var (cell, value) in TableValues())
        {
            var common = printed.Zip(cell.RowPath).TakeWhile(p => p.First == p.Second).Count();
            foreach (var label in cell.RowPath.Skip(common))
            {
                Line(label);
            }

            Line(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            printed = cell.RowPath;
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static IEnumerable<(char, char)> Pairs(string simplified, string traditional) =>
        simplified.Length == traditional.Length
            ? simplified.Zip(traditional).Where(p => p.First != p.Second).DistinctBy(p => p.First)
            : throw new InvalidOperationException("the character lists differ in length");

    private static string ToTraditional(string simplified)
    {
        var map = TraditionalPairs.ToDictionary(p => p.Simplified, p => p.Traditional);
        return string.Concat(simplified.Select(c => map.GetValueOrDefault(c, c)));
    }
}
