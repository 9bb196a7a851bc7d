using Gongkai.Domain.AnnualReports;

namespace Gongkai.Demo.Reports;

/// <summary>
/// The parts of a demo report that people write (problems and improvements, other matters, and for the 2019/2021
/// format the general situation around the drafted figures) — short, ordinary texts of the kind agencies publish.
/// </summary>
public static class DemoReportTexts
{
    /// <summary>The people's text of each part that needs one, by heading.</summary>
    public static IReadOnlyDictionary<string, string> For(ReportLayout layout, string agencyName, int year)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in layout.Sections)
        {
            var heading = section.Heading;
            if (heading.Contains("主要问题", StringComparison.Ordinal))
            {
                texts[heading] = $"{year}年，{agencyName}政府信息公开工作仍存在一些不足：部分单位对主动公开的重视程度不够，公开内容的及时性、完整性有待提高；政策解读形式较为单一；依申请公开答复的规范化水平有待进一步提升。\n"
                    + "下一步，将加强业务培训，完善主动公开目录，落实政策文件与解读材料同步起草、同步审签、同步发布，规范依申请公开受理、审查、答复、送达各环节，提高答复质量。";
            }
            else if (heading.Contains("其他需要报告", StringComparison.Ordinal))
            {
                texts[heading] = year >= 2021
                    ? $"本年度{agencyName}未收取信息处理费。按照国务院办公厅政府信息公开工作年度报告格式要求，本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
                    : $"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。";
            }
            else if (heading.Contains("主动公开", StringComparison.Ordinal))
            {
                texts[heading] = $"{agencyName}依托政府门户网站、政府公报、政务新媒体和政府信息公开查阅点，及时主动公开机构职能、规范性文件、规划计划、财政预决算、人事任免等政府信息。";
            }
            else if (heading.Contains("依申请公开", StringComparison.Ordinal))
            {
                texts[heading] = "严格按照受理、登记、审查、答复、送达、归档等程序办理政府信息公开申请，做到依法、规范、及时答复。";
            }
            else if (heading.Contains("收费", StringComparison.Ordinal))
            {
                texts[heading] = "严格执行政府信息公开收费有关规定。";
            }
            else if (heading.Contains("行政复议", StringComparison.Ordinal))
            {
                texts[heading] = "依法做好因政府信息公开引发的行政复议、行政诉讼的答复和应诉工作。";
            }
            else if (heading.StartsWith("一、总体情况", StringComparison.Ordinal))
            {
                texts[heading] = $"{year}年，{agencyName}坚持以公开为常态、不公开为例外，围绕中心工作做好主动公开、依申请公开、政府信息管理和平台建设，进一步提升政务公开质量。";
            }
        }

        return texts;
    }
}
