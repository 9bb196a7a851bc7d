using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Data.Tests.Imports;

/// <summary>
/// A county office's 2025 request ledger as offices keep them: two title rows, a two-row header with 申请人 merged over
/// 姓名 and 类型 (the other headers merged down), a hidden column, a blank row, dates in every form (text 2025-03-05,
/// 2025/3/5, 2025.3.5, 2025年3月5日, a date-formatted Excel serial, a plain serial number), words instead of the
/// taxonomy, a totals row and a notes row at the bottom. The same rows as CSV (UTF-8 with BOM, or GBK).
/// The 2021 table 三 this ledger gives for 2025 is computed by hand in <see cref="Expected2025"/>.
/// </summary>
public static class LedgerFixture
{
    /// <summary>Columns after 序号: 姓名, 类型, 收到日期, 申请方式, 申请内容, 答复日期, 答复结果, 是否延期, 备注.</summary>
    public static readonly string[][] Rows =
    [
        ["1", "张三", "个人", "2025-03-05", "当面", "2024年城乡低保对象名单", "2025/3/20", "同意公开", "否", ""],
        ["2", "李四", "公民", "SERIAL:2025-03-18", "网上申请", "某路段拆迁补偿标准", "2025.4.2", "部分公开", "否", "涉及个人信息部分不公开"],
        ["3", "某某科技有限公司", "企业", "2025年4月7日", "信函", "2024年政府采购合同", "2025年5月20日", "不予公开（涉及商业秘密）", "是", "征求第三方意见"],
        ["4", "王五", "自然人", "2025/5/6", "EMS", "1998年某村土地征收批复", "2025-05-28", "信息不存在", "否", ""],
        ["5", "某律师事务所", "律师事务所", "2025.6.3", "电子邮件", "某行政处罚决定书", "2025-06-20", "重复申请", "", ""],
        ["6", "某研究院", "科研院所", "NUMBER:2025-07-01", "传真", "近十年空气质量分析报告", "2025-07-25", "需另行制作", "否", ""],
        ["7", "某公益协会", "社会组织", "2025-08-11", "窗口", "投诉某单位违规收费", "2025-08-30", "信访类", "否", ""],
        ["8", "赵六", "个人", "2025-09-01", "现场", "某项目环评报告", "2025-09-25", "逾期未补正", "否", ""],
        ["9", "钱七", "个人", "2025-12-22", "在线", "2025年财政预算执行情况", "", "", "", "办理中"],
        ["10", "孙八", "个人", "2024-12-20", "信函", "2024年度部门决算", "2025-01-15", "予以公开", "否", ""],
        ["11", "周九建材有限公司", "公司", "2024-12-27", "网络", "某工程招标文件", "", "办理中", "是", ""],
        ["12", "某村民委员会", "其他组织", "2025-10-10", "邮寄", "某河道治理工程资料", "2025-10-30", "不属于本机关负责公开", "否", "已告知水利局联系方式"],
        ["13", "郑十一", "个人", "2023-11-01", "当面", "2023年征兵工作方案", "2023-11-20", "同意公开", "否", ""],
        ["14", "王五", "自然人", "2025-11-03", "当面", "2025年城乡低保标准", "2025-11-20", "已主动公开", "否", ""],
    ];

    /// <summary>The 1-based file row of <see cref="Rows"/>[i] in the XLSX (two title rows, two header rows, a blank row after row 5).</summary>
    public static int XlsxRowOf(int index) => 5 + index + (index >= 5 ? 1 : 0);

    /// <summary>The 2025 table 三 (2021 format) by hand: row label → [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]; other rows 0.</summary>
    public static IReadOnlyDictionary<string, int[]> Expected2025 { get; } = new Dictionary<string, int[]>
    {
        // received in 2025: rows 1,2,4,8,9,14 (自然人), 3 (企业), 6 (科研), 7 (公益), 5 (律所), 12 (其他)
        ["一、本年新收政府信息公开申请数量"] = [6, 1, 1, 1, 1, 1, 11],
        // received in 2024, open on 1 January 2025: rows 10 (自然人), 11 (企业)
        ["二、上年结转政府信息公开申请数量"] = [1, 1, 0, 0, 0, 0, 2],
        ["（一）予以公开"] = [3, 0, 0, 0, 0, 0, 3],                 // rows 1, 10, 14 (已主动公开 counts as 予以公开)
        ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] = [1, 0, 0, 0, 0, 0, 1], // row 2
        ["4.保护第三方合法权益"] = [0, 1, 0, 0, 0, 0, 1],          // row 3 (商业秘密)
        ["1.本机关不掌握相关政府信息"] = [1, 0, 0, 0, 0, 1, 1 + 1], // rows 4 (不存在), 12 (非本机关)
        ["2.没有现成信息需要另行制作"] = [0, 0, 1, 0, 0, 0, 1],    // row 6
        ["1.信访举报投诉类申请"] = [0, 0, 0, 1, 0, 0, 1],          // row 7
        ["2.重复申请"] = [0, 0, 0, 0, 1, 0, 1],                   // row 5
        ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] = [1, 0, 0, 0, 0, 0, 1], // row 8
        ["（七）总计"] = [6, 1, 1, 1, 1, 1, 11],
        ["四、结转下年度继续办理"] = [1, 1, 0, 0, 0, 0, 2],          // rows 9, 11
    };

    /// <summary>The ledger as an XLSX workbook.</summary>
    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }) { Count = 2 });
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            Row NewRow() => new() { RowIndex = ++r };
            var title = NewRow();
            title.Append(Text("A", r, "某县人民政府2025年政府信息公开申请办理台账"));
            data.Append(title);
            var unit = NewRow();
            unit.Append(Text("A", r, "填报单位：某县政务公开办"), Text("H", r, "单位：件"));
            data.Append(unit);
            string[] upper = ["序号", "申请人", "", "收到日期", "申请方式", "申请内容", "答复日期", "答复结果", "是否延期", "备注", "内部编号"];
            string[] lower = ["", "姓名（名称）", "类型", "", "", "", "", "", "", "", ""];
            foreach (var labels in new[] { upper, lower })
            {
                var header = NewRow();
                for (var c = 0; c < labels.Length; c++)
                {
                    header.Append(Text(Col(c), r, labels[c]));
                }

                data.Append(header);
            }

            for (var i = 0; i < Rows.Length; i++)
            {
                if (i == 5)
                {
                    data.Append(NewRow());
                }

                var row = NewRow();
                for (var c = 0; c < Rows[i].Length; c++)
                {
                    var value = Rows[i][c];
                    if (value.StartsWith("SERIAL:", StringComparison.Ordinal))
                    {
                        row.Append(new Cell { CellReference = Col(c) + r, StyleIndex = 1, CellValue = new CellValue(Serial(value[7..]).ToString(CultureInfo.InvariantCulture)) });
                    }
                    else if (value.StartsWith("NUMBER:", StringComparison.Ordinal))
                    {
                        row.Append(new Cell { CellReference = Col(c) + r, CellValue = new CellValue(Serial(value[7..]).ToString(CultureInfo.InvariantCulture)) });
                    }
                    else if (value.Length > 0)
                    {
                        row.Append(Text(Col(c), r, value));
                    }
                }

                row.Append(Text("K", r, "NB-" + (i + 1)));
                data.Append(row);
            }

            var totals = NewRow();
            totals.Append(Text("A", r, "合计"), Text("F", r, "14件"));
            data.Append(totals);
            var notes = NewRow();
            notes.Append(Text("A", r, "注：本台账由政务公开办按月登记，答复结果以告知书为准。"));
            data.Append(notes);

            var worksheet = new Worksheet(
                new Columns(new Column { Min = 11, Max = 11, Hidden = true, Width = 10, CustomWidth = true }),
                data,
                new MergeCells(
                    new MergeCell { Reference = "A1:J1" },
                    new MergeCell { Reference = "B3:C3" },
                    new MergeCell { Reference = "A3:A4" },
                    new MergeCell { Reference = "D3:D4" },
                    new MergeCell { Reference = "E3:E4" },
                    new MergeCell { Reference = "F3:F4" },
                    new MergeCell { Reference = "G3:G4" },
                    new MergeCell { Reference = "H3:H4" },
                    new MergeCell { Reference = "I3:I4" },
                    new MergeCell { Reference = "J3:J4" }));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "2025年台账" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The ledger as CSV text: a title row, a one-row header, a blank row, a totals row (serials written as dates).</summary>
    public static string Csv(IEnumerable<string[]>? rows = null)
    {
        var text = new StringBuilder();
        text.AppendLine("某县人民政府2025年依申请公开台账,,,,,,,,,");
        text.AppendLine("序号,申请人姓名（名称）,申请人类别,登记时间,申请渠道,所需信息,办结日期,处理结果,是否延期,备注");
        var i = 0;
        foreach (var row in rows ?? Rows)
        {
            if (i++ == 3)
            {
                text.AppendLine(",,,,,,,,,");
            }

            text.AppendLine(string.Join(',', row.Select(v => Quote(
                v.StartsWith("SERIAL:", StringComparison.Ordinal) ? v[7..]
                : v.StartsWith("NUMBER:", StringComparison.Ordinal) ? Serial(v[7..]).ToString(CultureInfo.InvariantCulture)
                : v))));
        }

        text.AppendLine("合计,14件,,,,,,,,");
        return text.ToString();
    }

    /// <summary>The Excel serial number of an ISO date.</summary>
    public static int Serial(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture).DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Col(int index) => ((char)('A' + index)).ToString();

    private static Cell Text(string column, uint row, string text) =>
        new() { CellReference = column + row, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
